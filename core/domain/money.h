#pragma once

#include "domain/quantity.h"

#include <QLocale>
#include <QString>

namespace bodega {

struct Currency
{
    QString code;   // ISO 4217
    int decimals;   // minor units in use: COP is traded without cents
    QString symbol; // as printed on receipts

    static const Currency *find(const QString &code);
};

// An amount of money as an integer count of minor units plus its currency.
// Never a floating-point number.
class Money
{
public:
    Money() = default;
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

    // "18900" (COP), "4.50" or "4,50" (USD): amounts in currency units, as a
    // user types them. More decimals than the currency has is an error.
    static Result<Money> parse(const QString &text, const QString &currency,
                               const QString &field = QStringLiteral("price"));

    qint64 minor() const { return m_minor; }
    QString currency() const { return m_currency; }
    int decimals() const;

    // Price of a quantity at this unit price, rounded once with roundedDivide.
    Money times(Quantity qty) const;
    Money operator+(const Money &o) const { return Money(m_minor + o.m_minor, m_currency); }
    Money operator-(const Money &o) const { return Money(m_minor - o.m_minor, m_currency); }
    bool operator==(const Money &o) const
    {
        return m_minor == o.m_minor && m_currency == o.m_currency;
    }
    bool operator!=(const Money &o) const { return !(*this == o); }

    QString toPlainString() const;                           // "18900", "4.50": machine format
    QString format(const QLocale &locale = QLocale()) const; // "$ 18.900", "US$ 4,50"

private:
    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("COP");
};

} // namespace bodega
