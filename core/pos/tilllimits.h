#pragma once

#include "pos/cart.h"
#include "security/accesspolicy.h"
#include "storage/storesettings.h"

#include <QCoreApplication>

namespace bodega {

// What a cashier may do at the till without a manager's PIN (SPEC: Point of
// sale; Users, security, audit). Managers and admins approve their own.
// Store setting till.cashier_discount_limit: the largest discount, as a
// percentage of the sale before discounts, a cashier gives alone (default
// 10 %). Voiding a line is always allowed and audited; voiding a whole
// sale takes a manager.
class TillLimits
{
    Q_DECLARE_TR_FUNCTIONS(bodega::TillLimits)

public:
    static constexpr int DefaultCashierDiscountBasisPoints = 1000;

    static Result<TillLimits> fromSettings(const StoreSettings &settings);
    // "10" or "10%" as basis points; VALIDATION_FAILED naming the setting.
    static Result<int> parseCashierDiscountLimit(const QString &text);

    int cashierDiscountBasisPoints() const { return m_cashierDiscount; }
    // The sale's discounts as basis points of its gross (rounded up, so
    // 10.01 % is over a 10 % limit).
    static qint64 discountBasisPoints(const CartTotals &totals);
    bool discountNeedsApproval(const CartTotals &totals, Role role) const;

private:
    int m_cashierDiscount = DefaultCashierDiscountBasisPoints;
};

} // namespace bodega
