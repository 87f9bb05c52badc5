#include "storesettings.h"

namespace bodega {

QString StoreSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    if (!m_db.run(q) || !q.next())
        return fallback;
    const QString v = q.value(0).toString();
    q.finish();
    return v;
}

Status StoreSettings::setValue(const QString &key, const QString &value)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    return m_db.run(q);
}

} // namespace bodega
