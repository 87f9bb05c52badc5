#pragma once

#include "pos/scalebarcode.h"
#include "storage/productrepository.h"

namespace bodega {

// What a scan (or a typed code) at the till stands for.
struct ScannedItem
{
    Product product;
    std::optional<ScaleLabel> label; // a weighed item's scale label
};

// Turns what the scanner sends into a product: a scale label (its item
// registered under the label's zero-value barcode, or under the PLU as its
// SKU), else a barcode, SKU or id as the catalog resolves them.
class ScanResolver
{
public:
    ScanResolver(const ProductRepository &products, ScaleBarcodeFormat format)
        : m_products(products), m_format(std::move(format))
    {
    }

    Result<ScannedItem> resolve(const QString &code) const;

private:
    const ProductRepository &m_products;
    ScaleBarcodeFormat m_format;
};

} // namespace bodega
