#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace bodega {

// The product CSV files Bodega reads and writes. Shopify has two header sets
// for the same data: the template of its current admin (Title, URL handle,
// Description, SKU, Price, Inventory quantity, ...) and the older export
// (Handle, Title, Body (HTML), Variant SKU, Variant Price, ...), which stores
// still have on disk and tools still write. Generic is any other CSV, read
// through a column -> field mapping.
enum class ProductCsvFormat { Generic, ShopifyCurrent, ShopifyLegacy };

// What a Shopify column means to Bodega, whichever header set names it.
enum class ShopifyColumn {
    Handle,
    Title,
    Body,
    Vendor,
    ProductCategory,
    Type,
    Tags,
    Published,
    Option1Name,
    Option1Value,
    Option2Name,
    Option2Value,
    Option3Name,
    Option3Value,
    Sku,
    Grams,
    InventoryQty,
    Price,
    CompareAtPrice,
    Taxable,
    Barcode,
    Cost,
    Status,
    // Bodega's own fields, as Shopify metafield columns: Shopify keeps
    // them, and they bring back what its format has no column for.
    TaxRate,
    Threshold,
    Unit,
    AiWritten,
};

class ProductCsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ProductCsvColumns)

public:
    // "csv", "shopify-current", "shopify-legacy": the CLI's and the logs' names.
    static QString formatCode(ProductCsvFormat format);
    static QString formatName(ProductCsvFormat format); // for people, translated

    // Which header set a header row is, from its column names.
    static ProductCsvFormat detect(const QStringList &header);
    // The column of `column` in `header` for `format`, or -1.
    static int find(const QStringList &header, ProductCsvFormat format, ShopifyColumn column);
    // The header name of `column` in `format` (a Shopify format).
    static QString name(ProductCsvFormat format, ShopifyColumn column);
    // Every column an export writes, in Shopify's order.
    static QStringList exportHeader(ProductCsvFormat format);

    // The product fields a generic CSV can fill, by the names productFromText
    // and the generic header use: name, sku, barcode, price, ...
    static QStringList fields();
    // The field a column header most likely means, in Spanish or English
    // ("Precio de venta" -> price, "Código de barras" -> barcode); empty
    // when none.
    static QString guessField(const QString &header);
    // A header name compared loosely: lower case, no accents, single spaces.
    static QString normalized(const QString &header);
};

} // namespace bodega
