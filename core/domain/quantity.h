#pragma once

#include "common/result.h"

#include <QLocale>
#include <QString>

namespace bodega {

// A fixed-point quantity in thousandths, so weighed goods (1.250 kg) work
// without floating point. 1 unit == 1000 milli.
class Quantity
{
public:
    static constexpr qint64 Scale = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromUnits(qint64 units) { return Quantity(units * Scale); }
    // Accepts "3", "-2", "1.5", "1,250"; more than three decimals is an error,
    // never a silent rounding.
    static Result<Quantity> parse(const QString &text,
                                  const QString &field = QStringLiteral("qty"));

    constexpr qint64 milli() const { return m_milli; }
    bool isWhole() const { return m_milli % Scale == 0; }
    QString toString() const; // "3", "1.5", "-0.25": machine format, '.' decimal point
    QString format(const QLocale &locale) const; // for people: "1,5" in es-CO

    constexpr Quantity operator+(Quantity o) const { return Quantity(m_milli + o.m_milli); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_milli - o.m_milli); }
    constexpr Quantity operator-() const { return Quantity(-m_milli); }
    Quantity &operator+=(Quantity o)
    {
        m_milli += o.m_milli;
        return *this;
    }
    Quantity &operator-=(Quantity o)
    {
        m_milli -= o.m_milli;
        return *this;
    }
    constexpr bool operator==(Quantity o) const { return m_milli == o.m_milli; }
    constexpr bool operator!=(Quantity o) const { return m_milli != o.m_milli; }
    constexpr bool operator<(Quantity o) const { return m_milli < o.m_milli; }
    constexpr bool operator<=(Quantity o) const { return m_milli <= o.m_milli; }
    constexpr bool operator>(Quantity o) const { return m_milli > o.m_milli; }
    constexpr bool operator>=(Quantity o) const { return m_milli >= o.m_milli; }

private:
    constexpr explicit Quantity(qint64 milli) : m_milli(milli) {}
    qint64 m_milli = 0;
};

// Shared by Quantity and Money: parse a plain decimal into an integer scaled by
// 10^decimals. Rejects exponents, thousands separators, extra decimals, overflow.
Result<qint64> parseScaledDecimal(const QString &text, int decimals, const QString &field);
QString formatScaledDecimal(qint64 scaled, int decimals, bool trimZeros);

} // namespace bodega
