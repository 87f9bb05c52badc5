#include "money.h"

#include "domain/localeformat.h"
#include "domain/rounding.h"

#include <QCoreApplication>

namespace bodega {

const Currency *Currency::find(const QString &code)
{
    static const Currency currencies[] = {
        {QStringLiteral("COP"), 0, QStringLiteral("$")},
        {QStringLiteral("USD"), 2, QStringLiteral("US$")},
        {QStringLiteral("EUR"), 2, QStringLiteral("€")},
        {QStringLiteral("MXN"), 2, QStringLiteral("MX$")},
        {QStringLiteral("PEN"), 2, QStringLiteral("S/")},
        {QStringLiteral("CLP"), 0, QStringLiteral("CLP$")},
    };
    for (const auto &c : currencies) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

int Money::decimals() const
{
    const Currency *c = Currency::find(m_currency);
    return c ? c->decimals : 2;
}

Result<Money> Money::parse(const QString &text, const QString &currency, const QString &field)
{
    const Currency *c = Currency::find(currency);
    if (!c)
        return Error::validation(
            QStringLiteral("currency"),
            QCoreApplication::translate("bodega::Money", "Unknown currency: %1").arg(currency));
    auto scaled = parseScaledDecimal(text, c->decimals, field);
    if (!scaled)
        return scaled.error();
    return Money(*scaled, currency);
}

Money Money::times(Quantity qty) const
{
    return Money(roundedDivide(m_minor * qty.milli(), Quantity::Scale), m_currency);
}

QString Money::toPlainString() const
{
    return formatScaledDecimal(m_minor, decimals(), false);
}

QString Money::format(const QLocale &locale) const
{
    const Currency *c = Currency::find(m_currency);
    const int d = decimals();
    qint64 scale = 1;
    for (int k = 0; k < d; ++k)
        scale *= 10;
    const qint64 abs = m_minor < 0 ? -m_minor : m_minor;
    QString number = LocaleFormat(locale).integer(abs / scale);
    if (d > 0)
        number +=
            locale.decimalPoint() + QStringLiteral("%1").arg(abs % scale, d, 10, QLatin1Char('0'));
    const QString symbol = c ? c->symbol : m_currency;
    return (m_minor < 0 ? QStringLiteral("-") : QString()) + symbol + QLatin1Char(' ') + number;
}

} // namespace bodega
