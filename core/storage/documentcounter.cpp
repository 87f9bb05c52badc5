#include "documentcounter.h"

namespace bodega {

Result<QString> DocumentCounter::next(Database &db, Kind kind, const QString &terminal)
{
    // The two tables predate this class and count differently (the last
    // number given, the next one to give); each statement returns the number
    // issued now.
    const bool receipt = kind == Receipt;
    QSqlQuery &q = db.prepared(
        receipt ? QStringLiteral("INSERT INTO receipt_counters (terminal, last_no) VALUES (?, 1) "
                                 "ON CONFLICT (terminal) DO UPDATE SET last_no = last_no + 1 "
                                 "RETURNING last_no")
                : QStringLiteral("INSERT INTO po_counters (terminal, next_no) VALUES (?, 2) "
                                 "ON CONFLICT (terminal) DO UPDATE SET next_no = next_no + 1 "
                                 "RETURNING next_no - 1"));
    q.bindValue(0, terminal);
    if (auto s = db.run(q); !s)
        return s.error();
    if (!q.next())
        return Error::storage(receipt ? tr("No receipt number was issued")
                                      : tr("No purchase order number was issued"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return QStringLiteral("%1%2-%3")
        .arg(receipt ? QString() : QStringLiteral("OC-"), terminal)
        .arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace bodega
