#include "tilllimits.h"

#include "pos/discount.h"

namespace bodega {

Result<TillLimits> TillLimits::fromSettings(const StoreSettings &settings)
{
    auto text = settings.read(QStringLiteral("till.cashier_discount_limit"));
    if (!text)
        return text.error();
    TillLimits limits;
    if (!*text || (*text)->trimmed().isEmpty())
        return limits;
    auto basisPoints = parseCashierDiscountLimit(**text);
    if (!basisPoints)
        return basisPoints.error();
    limits.m_cashierDiscount = *basisPoints;
    return limits;
}

Result<int> TillLimits::parseCashierDiscountLimit(const QString &text)
{
    QString value = text.trimmed();
    if (!value.endsWith(QLatin1Char('%')))
        value += QLatin1Char('%');
    // The same parser as a typed "10%" discount: one idea of a percentage.
    auto percent = Discount::parse(value, QStringLiteral("COP"),
                                   QStringLiteral("till.cashier_discount_limit"));
    if (!percent)
        return percent.error();
    return int(percent->value());
}

qint64 TillLimits::discountBasisPoints(const CartTotals &totals)
{
    const qint64 off = totals.lineDiscounts.minor() + totals.saleDiscount.minor();
    if (off <= 0 || totals.gross.minor() <= 0)
        return 0;
    // off x 10^4 stays inside 64 bits for any amount the validator accepts.
    return (off * 10000 + totals.gross.minor() - 1) / totals.gross.minor();
}

bool TillLimits::discountNeedsApproval(const CartTotals &totals, Role role) const
{
    if (AccessPolicy::allows(role, Permission::ApproveOverride))
        return false;
    return discountBasisPoints(totals) > m_cashierDiscount;
}

} // namespace bodega
