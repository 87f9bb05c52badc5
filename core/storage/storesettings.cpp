#include "storesettings.h"

#include "common/hybridlogicalclock.h"

namespace bodega {

Result<std::optional<QString>> StoreSettings::read(const QString &key) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    if (auto s = m_db.run(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>();
    const QString v = q.value(0).toString();
    q.finish();
    return std::optional<QString>(v);
}

Result<QString> StoreSettings::valueOr(const QString &key, const QString &fallback) const
{
    auto v = read(key);
    if (!v)
        return v.error();
    return v->value_or(fallback);
}

Result<QVector<int>> StoreSettings::configuredTaxRates() const
{
    auto stored = valueOr(taxRatesKey(), QString());
    if (!stored)
        return stored.error();
    QVector<int> rates;
    for (const QString &part : stored->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int bp = part.toInt(&ok);
        if (!ok || bp < 0 || bp > 10000)
            return Error{ErrorCode::StorageCorrupt,
                         tr("The stored tax rates are unreadable: %1").arg(stored->left(100)),
                         {{QStringLiteral("field"), QStringLiteral("tax_rates")}}};
        rates << bp;
    }
    return rates;
}

QString StoreSettings::storedTaxRates(const QVector<int> &basisPoints)
{
    QStringList parts;
    for (int r : basisPoints)
        parts << QString::number(r);
    return parts.join(QLatin1Char(','));
}

Result<QString> StoreSettings::storeCurrency() const
{
    return valueOr(QStringLiteral("currency"), QStringLiteral("COP"));
}

Result<StoreSettings::HlcState> StoreSettings::hlcState() const
{
    auto last = valueOr(QStringLiteral("hlc"), QString());
    if (!last)
        return last.error();
    auto node = strictTerminalCode();
    if (!node)
        return node.error();
    return HlcState{HlcStamp::parse(*last), *node};
}

Result<QString> StoreSettings::nextHlc(qint64 physicalMs)
{
    auto state = hlcState();
    if (!state)
        return state.error();
    const QString next = HlcStamp::tick(state->last, physicalMs, state->node).toString();
    if (auto s = setValue(QStringLiteral("hlc"), next); !s)
        return s.error();
    return next;
}

Status StoreSettings::observeHlc(const QString &remoteStamp, qint64 physicalMs)
{
    const auto remote = HlcStamp::parse(remoteStamp);
    if (!remote)
        return {};
    auto state = hlcState();
    if (!state)
        return state.error();
    if (state->last && remote->wallMs < state->last->wallMs)
        return {}; // already ahead: nothing to learn
    return setValue(QStringLiteral("hlc"),
                    HlcStamp::receive(state->last, *remote, physicalMs, state->node).toString());
}

QString StoreSettings::value(const QString &key, const QString &fallback) const
{
    auto v = read(key);
    return v.ok() && v->has_value() ? v->value() : fallback;
}

Status StoreSettings::initialize()
{
    if (isInitialized())
        return {};
    Transaction tx(m_db);
    Status s = tx.started();
    if (s)
        s = setValue(QStringLiteral("initialized_at"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (s)
        s = setValue(QStringLiteral("currency"), currency());
    if (s)
        s = tx.commit();
    return s;
}

Status StoreSettings::setValue(const QString &key, const QString &value)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, Database::text(value));
    return m_db.run(q);
}

} // namespace bodega
