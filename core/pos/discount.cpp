#include "discount.h"

#include "domain/money.h"
#include "domain/rounding.h"

#include <QCoreApplication>

namespace bodega {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bodega::Discount", text);
}
} // namespace

Result<Discount> Discount::percent(qint64 basisPoints, const QString &field)
{
    if (basisPoints < 0 || basisPoints > 10000)
        return Error::validation(field, tr("A discount is between 0 % and 100 %"),
                                 {{QStringLiteral("value"), basisPoints}});
    return Discount(basisPoints == 0 ? Kind::None : Kind::Percent, basisPoints);
}

Result<Discount> Discount::amount(qint64 minor, const QString &field)
{
    if (minor < 0)
        return Error::validation(field, tr("A discount cannot be negative"),
                                 {{QStringLiteral("value"), minor}});
    return Discount(minor == 0 ? Kind::None : Kind::Amount, minor);
}

Result<Discount> Discount::parse(const QString &text, const QString &currency, const QString &field)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Discount();
    if (t.endsWith(QLatin1Char('%'))) {
        t.chop(1);
        // Two decimals of a percent are basis points.
        auto bp = parseScaledDecimal(t.trimmed(), 2, field);
        if (!bp)
            return bp.error();
        return percent(*bp, field);
    }
    auto money = Money::parse(t, currency, field);
    if (!money)
        return money.error();
    return amount(money->minor(), field);
}

qint64 Discount::appliedTo(qint64 grossMinor) const
{
    if (grossMinor <= 0)
        return 0;
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::Percent:
        return roundedDivide(grossMinor * m_value, 10000);
    case Kind::Amount:
        return qMin(m_value, grossMinor);
    }
    return 0;
}

QString Discount::toString(const QString &currency) const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Percent:
        return formatScaledDecimal(m_value, 2, true) + QStringLiteral(" %");
    case Kind::Amount:
        return Money(m_value, currency).format();
    }
    return QString();
}

} // namespace bodega
