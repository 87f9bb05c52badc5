#include "productcsvformat.h"

#include <QHash>

namespace bodega {

namespace {

struct ColumnNames
{
    ShopifyColumn column;
    const char *current; // nullptr: the header set has no such column
    const char *legacy;
};

const char *const TaxRateMeta = "Tax rate (product.metafields.bodega.tax_rate)";
const char *const ThresholdMeta =
    "Low-stock threshold (product.metafields.bodega.low_stock_threshold)";
const char *const UnitMeta = "Unit (product.metafields.bodega.unit)";
const char *const AiMeta = "AI-written (product.metafields.bodega.ai_written)";

const ColumnNames columnNames[] = {
    {ShopifyColumn::Handle, "URL handle", "Handle"},
    {ShopifyColumn::Title, "Title", "Title"},
    {ShopifyColumn::Body, "Description", "Body (HTML)"},
    {ShopifyColumn::Vendor, "Vendor", "Vendor"},
    {ShopifyColumn::ProductCategory, "Product category", "Product Category"},
    {ShopifyColumn::Type, "Type", "Type"},
    {ShopifyColumn::Tags, "Tags", "Tags"},
    {ShopifyColumn::Published, "Published on online store", "Published"},
    {ShopifyColumn::Option1Name, "Option1 name", "Option1 Name"},
    {ShopifyColumn::Option1Value, "Option1 value", "Option1 Value"},
    {ShopifyColumn::Option2Name, "Option2 name", "Option2 Name"},
    {ShopifyColumn::Option2Value, "Option2 value", "Option2 Value"},
    {ShopifyColumn::Option3Name, "Option3 name", "Option3 Name"},
    {ShopifyColumn::Option3Value, "Option3 value", "Option3 Value"},
    {ShopifyColumn::Sku, "SKU", "Variant SKU"},
    {ShopifyColumn::Grams, "Weight value (grams)", "Variant Grams"},
    {ShopifyColumn::InventoryQty, "Inventory quantity", "Variant Inventory Qty"},
    {ShopifyColumn::Price, "Price", "Variant Price"},
    {ShopifyColumn::CompareAtPrice, "Compare-at price", "Variant Compare At Price"},
    {ShopifyColumn::Taxable, "Charge tax", "Variant Taxable"},
    {ShopifyColumn::Barcode, "Barcode", "Variant Barcode"},
    {ShopifyColumn::Cost, "Cost per item", "Cost per item"},
    {ShopifyColumn::Status, "Status", "Status"},
    {ShopifyColumn::TaxRate, TaxRateMeta, TaxRateMeta},
    {ShopifyColumn::Threshold, ThresholdMeta, ThresholdMeta},
    {ShopifyColumn::Unit, UnitMeta, UnitMeta},
    {ShopifyColumn::AiWritten, AiMeta, AiMeta},
};

const ColumnNames &namesOf(ShopifyColumn column)
{
    return columnNames[static_cast<int>(column)];
}

// A metafield column is found by its "(product.metafields.ns.key)" part:
// Shopify lets the merchant rename what comes before it.
QString metafieldKey(const QString &header)
{
    const int open = header.lastIndexOf(QLatin1String("(product.metafields."));
    if (open < 0 || !header.endsWith(QLatin1Char(')')))
        return {};
    return header.mid(open + 1, header.size() - open - 2).trimmed().toLower();
}

} // namespace

QString ProductCsvColumns::formatCode(ProductCsvFormat format)
{
    switch (format) {
    case ProductCsvFormat::Generic:
        return QStringLiteral("csv");
    case ProductCsvFormat::ShopifyCurrent:
        return QStringLiteral("shopify-current");
    case ProductCsvFormat::ShopifyLegacy:
        return QStringLiteral("shopify-legacy");
    }
    return QStringLiteral("csv");
}

QString ProductCsvColumns::formatName(ProductCsvFormat format)
{
    switch (format) {
    case ProductCsvFormat::Generic:
        return tr("Generic CSV");
    case ProductCsvFormat::ShopifyCurrent:
        return tr("Shopify (current template)");
    case ProductCsvFormat::ShopifyLegacy:
        return tr("Shopify (older export)");
    }
    return {};
}

QString ProductCsvColumns::normalized(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.toLower();
    }
    out = out.simplified();
    while (out.endsWith(QLatin1Char(':')) || out.endsWith(QLatin1Char('*')))
        out.chop(1);
    return out.trimmed();
}

int ProductCsvColumns::find(const QStringList &header, ProductCsvFormat format,
                            ShopifyColumn column)
{
    const ColumnNames &names = namesOf(column);
    const char *wanted = format == ProductCsvFormat::ShopifyLegacy ? names.legacy : names.current;
    if (!wanted)
        return -1;
    const QString target = QString::fromLatin1(wanted);
    const QString key = metafieldKey(target);
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed();
        if (key.isEmpty() ? h.compare(target, Qt::CaseInsensitive) == 0 : metafieldKey(h) == key)
            return i;
    }
    return -1;
}

QString ProductCsvColumns::name(ProductCsvFormat format, ShopifyColumn column)
{
    const ColumnNames &names = namesOf(column);
    return QString::fromLatin1(format == ProductCsvFormat::ShopifyLegacy ? names.legacy
                                                                         : names.current);
}

ProductCsvFormat ProductCsvColumns::detect(const QStringList &header)
{
    // Only the names one header set has and the other lacks count (compared
    // without case: "Option1 Name" and "Option1 name" say nothing).
    int legacy = 0;
    for (const ColumnNames &names : columnNames) {
        if (QString::fromLatin1(names.current)
                .compare(QString::fromLatin1(names.legacy), Qt::CaseInsensitive) == 0)
            continue;
        if (find(header, ProductCsvFormat::ShopifyLegacy, names.column) >= 0)
            ++legacy;
    }
    if (legacy >= 2)
        return ProductCsvFormat::ShopifyLegacy;
    // "Title", "SKU", "Price" or "Description" are generic names too: the
    // current template also needs a column no other program names so.
    if (find(header, ProductCsvFormat::ShopifyCurrent, ShopifyColumn::Title) < 0)
        return ProductCsvFormat::Generic;
    static const QStringList onlyShopify = {
        QStringLiteral("url handle"),         QStringLiteral("published on online store"),
        QStringLiteral("inventory quantity"), QStringLiteral("compare-at price"),
        QStringLiteral("charge tax"),         QStringLiteral("weight value (grams)"),
        QStringLiteral("option1 value")};
    for (const QString &h : header) {
        if (onlyShopify.contains(h.trimmed().toLower()))
            return ProductCsvFormat::ShopifyCurrent;
    }
    return ProductCsvFormat::Generic;
}

QStringList ProductCsvColumns::exportHeader(ProductCsvFormat format)
{
    QStringList h;
    if (format == ProductCsvFormat::ShopifyLegacy) {
        h << QStringLiteral("Handle") << QStringLiteral("Title") << QStringLiteral("Body (HTML)")
          << QStringLiteral("Vendor") << QStringLiteral("Product Category")
          << QStringLiteral("Type") << QStringLiteral("Tags") << QStringLiteral("Published")
          << QStringLiteral("Option1 Name") << QStringLiteral("Option1 Value")
          << QStringLiteral("Option2 Name") << QStringLiteral("Option2 Value")
          << QStringLiteral("Option3 Name") << QStringLiteral("Option3 Value")
          << QStringLiteral("Variant SKU") << QStringLiteral("Variant Grams")
          << QStringLiteral("Variant Inventory Tracker") << QStringLiteral("Variant Inventory Qty")
          << QStringLiteral("Variant Inventory Policy")
          << QStringLiteral("Variant Fulfillment Service") << QStringLiteral("Variant Price")
          << QStringLiteral("Variant Compare At Price")
          << QStringLiteral("Variant Requires Shipping") << QStringLiteral("Variant Taxable")
          << QStringLiteral("Variant Barcode") << QStringLiteral("Image Src")
          << QStringLiteral("Image Position") << QStringLiteral("Image Alt Text")
          << QStringLiteral("Gift Card") << QStringLiteral("SEO Title")
          << QStringLiteral("SEO Description") << QStringLiteral("Variant Image")
          << QStringLiteral("Variant Weight Unit") << QStringLiteral("Variant Tax Code")
          << QStringLiteral("Cost per item") << QStringLiteral("Status");
    } else if (format == ProductCsvFormat::ShopifyCurrent) {
        h << QStringLiteral("Title") << QStringLiteral("URL handle")
          << QStringLiteral("Description") << QStringLiteral("Vendor")
          << QStringLiteral("Product category") << QStringLiteral("Type") << QStringLiteral("Tags")
          << QStringLiteral("Published on online store") << QStringLiteral("Status")
          << QStringLiteral("SKU") << QStringLiteral("Barcode") << QStringLiteral("Option1 name")
          << QStringLiteral("Option1 value") << QStringLiteral("Option2 name")
          << QStringLiteral("Option2 value") << QStringLiteral("Option3 name")
          << QStringLiteral("Option3 value") << QStringLiteral("Price")
          << QStringLiteral("Compare-at price") << QStringLiteral("Cost per item")
          << QStringLiteral("Charge tax") << QStringLiteral("Tax code")
          << QStringLiteral("Inventory tracker") << QStringLiteral("Inventory quantity")
          << QStringLiteral("Continue selling when out of stock")
          << QStringLiteral("Weight value (grams)") << QStringLiteral("Weight unit for display")
          << QStringLiteral("Requires shipping") << QStringLiteral("Fulfillment service")
          << QStringLiteral("Product image URL") << QStringLiteral("Image position")
          << QStringLiteral("Image alt text") << QStringLiteral("Variant image URL")
          << QStringLiteral("Gift card") << QStringLiteral("SEO title")
          << QStringLiteral("SEO description");
    } else {
        return fields();
    }
    h << QString::fromLatin1(TaxRateMeta) << QString::fromLatin1(ThresholdMeta)
      << QString::fromLatin1(UnitMeta) << QString::fromLatin1(AiMeta);
    return h;
}

QStringList ProductCsvColumns::fields()
{
    return {
        QStringLiteral("sku"),      QStringLiteral("barcode"),     QStringLiteral("name"),
        QStringLiteral("keywords"), QStringLiteral("description"), QStringLiteral("category"),
        QStringLiteral("unit"),     QStringLiteral("price"),       QStringLiteral("cost"),
        QStringLiteral("tax"),      QStringLiteral("threshold"),   QStringLiteral("supplier"),
        QStringLiteral("active"),   QStringLiteral("stock"),       QStringLiteral("ai_written")};
}

QString ProductCsvColumns::guessField(const QString &header)
{
    static const QHash<QString, QString> synonyms = [] {
        QHash<QString, QString> m;
        const auto add = [&m](const char *field, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(QString::fromUtf8(n), QString::fromLatin1(field));
        };
        add("name", {"name", "nombre", "producto", "product", "product name", "nombre del producto",
                     "title", "titulo", "articulo", "item", "descripcion corta"});
        add("sku", {"sku", "codigo", "code", "referencia", "ref", "codigo interno", "item code",
                    "variant sku", "id producto", "product code"});
        add("barcode", {"barcode", "codigo de barras", "cod barras", "cod. barras", "ean", "ean13",
                        "ean-13", "upc", "gtin", "variant barcode", "codigo ean"});
        add("price", {"price", "precio", "precio venta", "precio de venta", "pvp", "sale price",
                      "variant price", "precio unitario", "valor", "unit price"});
        add("cost", {"cost", "costo", "coste", "precio compra", "precio de compra", "cost per item",
                     "costo unitario", "unit cost"});
        add("stock",
            {"stock", "existencias", "cantidad", "quantity", "qty", "inventario", "inventory",
             "inventory quantity", "variant inventory qty", "on hand", "unidades"});
        add("category", {"category", "categoria", "type", "tipo", "departamento", "familia",
                         "product category", "product type", "linea", "grupo"});
        add("supplier", {"supplier", "proveedor", "vendor", "distribuidor", "fabricante"});
        add("description",
            {"description", "descripcion", "detalle", "body", "body (html)", "notes", "notas"});
        add("keywords", {"keywords", "palabras clave", "tags", "etiquetas"});
        add("unit", {"unit", "unidad", "unidad de medida", "uom", "um", "medida"});
        add("tax", {"tax", "iva", "impuesto", "tax rate", "tasa iva", "% iva", "iva %", "vat",
                    "tarifa iva"});
        add("threshold", {"threshold", "umbral", "stock minimo", "minimo", "min stock",
                          "reorder point", "punto de reorden", "low stock threshold"});
        add("active", {"active", "activo", "estado", "status", "habilitado"});
        return m;
    }();
    return synonyms.value(normalized(header));
}

} // namespace bodega
