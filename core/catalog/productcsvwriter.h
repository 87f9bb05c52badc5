#pragma once

#include "catalog/productcsvformat.h"
#include "domain/product.h"
#include "io/csvwriter.h"

#include <QSet>

namespace bodega {

// Writes products as a product CSV that ProductCsvReader reads back to the
// same products (and Shopify imports): one product per Shopify product with
// a single "Default Title" variant, its handle made from its name (plus the
// SKU when two names make the same handle). What Shopify has no column for
// (tax rate, low-stock threshold, unit, AI marks) travels as metafield
// columns; ids, clocks and timestamps stay in the store.
class ProductCsvWriter
{
public:
    ProductCsvWriter(QIODevice &device, ProductCsvFormat format);

    Status writeHeader();
    Status write(const Product &product);

    // "Café molido 500 g" -> "cafe-molido-500-g".
    static QString handleFor(const QString &name);
    // 1900 -> "19", 850 -> "8.5".
    static QString taxPercent(int basisPoints);

private:
    QStringList genericRecord(const Product &p) const;
    QStringList shopifyRecord(const Product &p);

    CsvWriter m_csv;
    ProductCsvFormat m_format;
    QStringList m_header;
    QSet<QString> m_handles;
};

} // namespace bodega
