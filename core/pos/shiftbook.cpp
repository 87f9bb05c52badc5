#include "shiftbook.h"

#include "common/uuid.h"
#include "security/auditaction.h"
#include "security/auditlog.h"
#include "security/userstore.h"
#include "storage/storesettings.h"

#include <QJsonObject>

namespace bodega {

QJsonObject ShiftSummary::toJson() const
{
    QJsonObject tenders;
    for (auto it = salesByTender.begin(); it != salesByTender.end(); ++it)
        tenders.insert(it.key(), it.value().minor());
    QJsonObject refunds;
    for (auto it = refundsByTender.begin(); it != refundsByTender.end(); ++it)
        refunds.insert(it.key(), it.value().minor());
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("terminal"), terminal},
                  {QStringLiteral("opened_at"), openedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("closed_at"),
                   closedAt.isValid() ? closedAt.toString(Qt::ISODateWithMs) : QString()},
                  {QStringLiteral("currency"), cashFloat.currency()},
                  {QStringLiteral("float"), cashFloat.minor()},
                  {QStringLiteral("sales"), sales},
                  {QStringLiteral("sales_by_tender"), tenders},
                  {QStringLiteral("refunds_by_tender"), refunds},
                  {QStringLiteral("cash_refunds"), cashRefunds.minor()},
                  {QStringLiteral("split_tender_refunds"), splitTenderRefunds.minor()},
                  {QStringLiteral("cash_in"), cashIn.minor()},
                  {QStringLiteral("cash_out"), cashOut.minor()},
                  {QStringLiteral("expected_cash"), expectedCash.minor()}};
    if (counted) {
        o.insert(QStringLiteral("counted_cash"), counted->minor());
        o.insert(QStringLiteral("difference"), difference.minor());
    }
    return o;
}

Status ShiftBook::require(const std::optional<Actor> &by) const
{
    return UserStore(m_db, m_clock).check(by, Permission::Sell);
}

Result<ShiftSummary> ShiftBook::open(const std::optional<Actor> &by, const Money &cashFloat)
{
    if (auto s = require(by); !s)
        return s.error();
    if (cashFloat.minor() < 0)
        return Error::validation(QStringLiteral("float"), tr("The float cannot be negative"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    StoreSettings settings(m_db);
    auto terminal = settings.strictTerminalCode();
    if (!terminal)
        return terminal.error();
    auto currency = settings.storeCurrency();
    if (!currency)
        return currency.error();
    if (cashFloat.currency() != *currency)
        return Error::validation(QStringLiteral("currency"),
                                 tr("This store counts cash in %1").arg(*currency));
    const QString id = newId();
    auto r = m_db.exec(QStringLiteral("INSERT INTO shifts (id, terminal, opened_at, opened_by, "
                                      "float_minor) VALUES (?, ?, ?, ?, ?)"),
                       {id, *terminal, m_clock.now().toString(Qt::ISODateWithMs),
                        Database::text(by ? by->userId : QString()), cashFloat.minor()});
    if (!r) {
        if (r.error().code == ErrorCode::Duplicate)
            return Error::validation(QStringLiteral("shift"),
                                     tr("A shift is already open at %1").arg(*terminal));
        return r.error();
    }
    if (auto s = AuditLog(m_db, m_clock)
                     .record(by, AuditAction::ShiftOpened, id, {},
                             {{QStringLiteral("float"), cashFloat.minor()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary(id);
}

Status ShiftBook::moveCash(const std::optional<Actor> &by, const Money &amount,
                           const QString &reason)
{
    if (auto s = require(by); !s)
        return s;
    const QString why = reason.simplified();
    if (amount.minor() == 0)
        return Error::validation(QStringLiteral("amount"), tr("Say how much cash moved"));
    if (why.isEmpty() || why.size() > 500)
        return Error::validation(QStringLiteral("reason"),
                                 tr("Cash in or out needs a reason (up to 500 characters)"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto shift = current();
    if (!shift)
        return shift.error();
    if (amount.currency() != shift->cashFloat.currency())
        return Error::validation(
            QStringLiteral("currency"),
            tr("This store counts cash in %1").arg(shift->cashFloat.currency()));
    auto r = m_db.exec(QStringLiteral("INSERT INTO shift_cash_movements (id, shift_id, at, "
                                      "amount_minor, reason, user_id) VALUES (?, ?, ?, ?, ?, ?)"),
                       {newId(), shift->id, m_clock.now().toString(Qt::ISODateWithMs),
                        amount.minor(), why, Database::text(by ? by->userId : QString())});
    if (!r)
        return r.error();
    if (auto s = AuditLog(m_db, m_clock)
                     .record(by, AuditAction::CashMoved, shift->id,
                             {{QStringLiteral("expected_cash"), shift->expectedCash.minor()}},
                             {{QStringLiteral("amount"), amount.minor()},
                              {QStringLiteral("reason"), why},
                              {QStringLiteral("expected_cash"),
                               shift->expectedCash.minor() + amount.minor()}});
        !s)
        return s;
    return tx.commit();
}

Result<ShiftSummary> ShiftBook::current() const
{
    return find(QStringLiteral("closed_at = ''"), tr("Open shift"));
}

Result<ShiftSummary> ShiftBook::latest() const
{
    return find(QStringLiteral("1 = 1"), tr("Shift"));
}

Result<ShiftSummary> ShiftBook::find(const QString &where, const QString &what) const
{
    auto terminal = StoreSettings(m_db).strictTerminalCode();
    if (!terminal)
        return terminal.error();
    // `where` is one of the two literals above, never user input.
    auto q = m_db.exec(QStringLiteral("SELECT id FROM shifts WHERE terminal = ? AND ") + where +
                           QStringLiteral(" ORDER BY opened_at DESC LIMIT 1"),
                       {*terminal});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(what, *terminal);
    const QString id = q->value(0).toString();
    q->finish();
    return summary(id);
}

Result<ShiftSummary> ShiftBook::close(const std::optional<Actor> &by, const Money &counted)
{
    if (auto s = require(by); !s)
        return s.error();
    if (counted.minor() < 0)
        return Error::validation(QStringLiteral("counted"), tr("Counted cash cannot be negative"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto shift = current();
    if (!shift)
        return shift.error();
    if (counted.currency() != shift->cashFloat.currency())
        return Error::validation(
            QStringLiteral("currency"),
            tr("This store counts cash in %1").arg(shift->cashFloat.currency()));
    auto r = m_db.exec(QStringLiteral("UPDATE shifts SET closed_at = ?, closed_by = ?, "
                                      "counted_minor = ?, expected_minor = ? WHERE id = ?"),
                       {m_clock.now().toString(Qt::ISODateWithMs),
                        Database::text(by ? by->userId : QString()), counted.minor(),
                        shift->expectedCash.minor(), shift->id});
    if (!r)
        return r.error();
    if (auto s = AuditLog(m_db, m_clock)
                     .record(by, AuditAction::ShiftClosed, shift->id,
                             {{QStringLiteral("expected_cash"), shift->expectedCash.minor()}},
                             {{QStringLiteral("counted_cash"), counted.minor()},
                              {QStringLiteral("difference"),
                               counted.minor() - shift->expectedCash.minor()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary(shift->id);
}

Result<ShiftSummary> ShiftBook::summary(const QString &shiftId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT terminal, opened_at, closed_at, float_minor, "
                                      "counted_minor FROM shifts WHERE id = ?"),
                       {shiftId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Shift"), shiftId);
    ShiftSummary s;
    s.id = shiftId;
    s.terminal = q->value(0).toString();
    const QString opened = q->value(1).toString();
    const QString closed = q->value(2).toString();
    s.openedAt = QDateTime::fromString(opened, Qt::ISODateWithMs);
    if (!closed.isEmpty())
        s.closedAt = QDateTime::fromString(closed, Qt::ISODateWithMs);
    auto currency = StoreSettings(m_db).storeCurrency();
    if (!currency)
        return currency.error();
    const auto money = [&](qint64 minor) { return Money(minor, *currency); };
    s.cashFloat = money(q->value(3).toLongLong());
    if (!q->value(4).isNull())
        s.counted = money(q->value(4).toLongLong());
    q->finish();
    // The shift's window at this terminal: ISO timestamps compare as text.
    const QString until = closed.isEmpty() ? QStringLiteral("9999") : closed;
    auto tenders = m_db.exec(
        QStringLiteral("SELECT p.kind, sum(p.amount_minor) FROM sales s JOIN sale_payments p "
                       "ON p.sale_id = s.id WHERE s.terminal = ? AND s.created_at >= ? AND "
                       "s.created_at <= ? GROUP BY p.kind"),
        {s.terminal, opened, until});
    if (!tenders)
        return tenders.error();
    while (tenders->next())
        s.salesByTender.insert(tenders->value(0).toString(), money(tenders->value(1).toLongLong()));
    // Each return goes back through its sale's tender when the sale had one
    // kind; '' marks a split-tender sale (see ShiftSummary::refundsByTender).
    auto refunds = m_db.exec(
        QStringLiteral("SELECT kind, sum(refund) FROM (SELECT r.refund_minor AS refund, (SELECT "
                       "CASE WHEN count(DISTINCT p.kind) > 1 THEN '' ELSE coalesce(min(p.kind), "
                       "'cash') END FROM sale_payments p WHERE p.sale_id = r.sale_id) AS kind "
                       "FROM sale_returns r WHERE r.created_at >= ? AND r.created_at <= ?) "
                       "GROUP BY kind"),
        {opened, until});
    if (!refunds)
        return refunds.error();
    qint64 cashRefunds = 0;
    s.splitTenderRefunds = money(0);
    while (refunds->next()) {
        const QString kind = refunds->value(0).toString();
        const qint64 amount = refunds->value(1).toLongLong();
        if (kind.isEmpty())
            s.splitTenderRefunds = money(amount);
        if (kind.isEmpty() || kind == QLatin1String("cash"))
            cashRefunds += amount;
        else
            s.refundsByTender.insert(kind, money(amount));
    }
    refunds->finish();
    s.cashRefunds = money(cashRefunds);
    if (cashRefunds > 0)
        s.refundsByTender.insert(QStringLiteral("cash"), s.cashRefunds);
    auto counts = m_db.exec(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM sales WHERE terminal = ? AND created_at >= ? AND "
            "created_at <= ?), (SELECT coalesce(sum(amount_minor), 0) FROM "
            "shift_cash_movements WHERE shift_id = ? AND amount_minor > 0), (SELECT "
            "coalesce(-sum(amount_minor), 0) FROM shift_cash_movements WHERE shift_id = ? AND "
            "amount_minor < 0)"),
        {s.terminal, opened, until, shiftId, shiftId});
    if (!counts || !counts->next())
        return counts ? Error::storage(tr("The shift could not be summed")) : counts.error();
    s.sales = counts->value(0).toInt();
    s.cashIn = money(counts->value(1).toLongLong());
    s.cashOut = money(counts->value(2).toLongLong());
    counts->finish();
    const qint64 cashSales = s.salesByTender.value(QStringLiteral("cash"), money(0)).minor();
    s.expectedCash = money(s.cashFloat.minor() + cashSales - s.cashRefunds.minor() +
                           s.cashIn.minor() - s.cashOut.minor());
    if (s.counted)
        s.difference = money(s.counted->minor() - s.expectedCash.minor());
    return s;
}

} // namespace bodega
