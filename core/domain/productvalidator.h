#pragma once

#include "common/result.h"
#include "domain/product.h"

#include <QCoreApplication>

namespace bodega {

// The limits a product must respect before it reaches the store. Each failure
// names its field, so the form and the CLI can point at it.
class ProductValidator
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ProductValidator)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxSkuLength = 64;
    static constexpr int MaxKeywords = 30;
    static constexpr int MaxKeywordLength = 64;
    static constexpr int MaxDescriptionLength = 4000;
    static constexpr int MaxCategoryLength = 100;
    static constexpr int MaxSupplierLength = 200;
    // 10^12 minor units: far above any real shelf price in any supported currency.
    static constexpr qint64 MaxAmountMinor = 1000000000000LL;
    static constexpr qint64 MaxQuantityUnits = 1000000000LL;

    static Status validate(const Product &product);
    // Normalizes text fields (trim, collapse keyword duplicates) before validation.
    static void normalize(Product &product);
    static Status validateQuantity(Quantity qty, const QString &field, bool allowZero = false,
                                   bool allowNegative = false);
};

} // namespace bodega
