#pragma once

#include "common/result.h"

#include <QString>

namespace bodega {

// A price reduction on a line or on the whole sale: a percentage (in basis
// points, 1000 = 10 %) or an amount in the currency's minor units. Never
// more than what it applies to.
class Discount
{
public:
    enum class Kind { None, Percent, Amount };

    Discount() = default;
    static Result<Discount> percent(qint64 basisPoints,
                                    const QString &field = QStringLiteral("discount"));
    static Result<Discount> amount(qint64 minor, const QString &field = QStringLiteral("discount"));
    // What a cashier types: "10%" / "2,5 %" (percent) or "500" / "4.50"
    // (an amount in the currency); empty or "0" is no discount.
    static Result<Discount> parse(const QString &text, const QString &currency,
                                  const QString &field = QStringLiteral("discount"));

    Kind kind() const { return m_kind; }
    qint64 value() const { return m_value; }
    bool isNone() const { return m_kind == Kind::None || m_value == 0; }
    // Minor units taken off `grossMinor`, rounded half away from zero and
    // capped at the gross.
    qint64 appliedTo(qint64 grossMinor) const;
    QString toString(const QString &currency) const; // "10 %", "$ 500"

    bool operator==(const Discount &o) const { return m_kind == o.m_kind && m_value == o.m_value; }

private:
    Discount(Kind kind, qint64 value) : m_kind(kind), m_value(value) {}
    Kind m_kind = Kind::None;
    qint64 m_value = 0;
};

} // namespace bodega
