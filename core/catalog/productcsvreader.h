#pragma once

#include "catalog/productcsvformat.h"
#include "common/result.h"
#include "io/csvreader.h"

#include <QHash>
#include <QIODevice>
#include <QMap>

namespace bodega {

// One product as a file row gives it, in Bodega's field names (those of
// CatalogService::productFromText plus stock, tax, active and ai_written).
// Only non-empty values are there: an empty cell gives nothing.
struct ProductCsvRow
{
    int line = 0;
    QMap<QString, QString> fields;
};

// Reads a product CSV (generic or Shopify's, either header set) row by row
// into ProductCsvRows. Shopify rows sharing a handle are the variants of one
// product: each becomes its own product named by its option values ("Café
// molido — 500 g"), inheriting the title, body, vendor, type, tags and status
// of the handle's first row; rows that only add an image are passed over.
// Shopify writes a handle's rows one after another: a handle seen again
// later starts a new group (its rows need their own title).
class ProductCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ProductCsvReader)

public:
    enum class Expect { Generic, Shopify, Detect };

    explicit ProductCsvReader(QIODevice &device);

    // Reads the header. Shopify: the header set is detected; a missing
    // required column (Title, and Handle in the older export) is
    // IMPORT_FAILED naming it. Generic: `mapping` (header name -> field, an
    // empty field ignores the column) over the guesses from header names;
    // no name column is IMPORT_FAILED naming "name", a mapping naming a
    // column or field that is not there VALIDATION_FAILED on "map".
    Status start(Expect expect, const QMap<QString, QString> &mapping = {});
    ProductCsvFormat format() const { return m_format; }
    const QStringList &header() const { return m_header; }
    // Generic: column index -> field.
    const QHash<int, QString> &columnFields() const { return m_fields; }

    // The next product row; std::nullopt at the end. A malformed CSV record
    // is IMPORT_FAILED naming its line (details "fatal" when nothing after
    // it can be read).
    Result<std::optional<ProductCsvRow>> next();

    // Column index -> field for a generic header (see start()).
    static Result<QHash<int, QString>> mapGeneric(const QStringList &header,
                                                  const QMap<QString, QString> &mapping);

private:
    ProductCsvRow genericRow(const CsvRecord &record) const;
    // Empty when the record only adds an image to the product before it.
    std::optional<ProductCsvRow> shopifyRow(const CsvRecord &record);
    QString cell(const CsvRecord &record, ShopifyColumn column) const;

    CsvReader m_csv;
    ProductCsvFormat m_format = ProductCsvFormat::Generic;
    QStringList m_header;
    QHash<int, QString> m_fields;
    QHash<int, int> m_shopify; // ShopifyColumn -> column index
    // The product-level cells of the handle being read.
    QString m_handle;
    QHash<int, QString> m_inherited;
};

} // namespace bodega
