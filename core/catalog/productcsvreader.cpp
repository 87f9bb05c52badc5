#include "productcsvreader.h"

#include "io/htmltext.h"

namespace bodega {

namespace {

// Product-level Shopify columns: set on a handle's first row, blank on the
// rows of its other variants.
const ShopifyColumn inheritedColumns[] = {
    ShopifyColumn::Title,       ShopifyColumn::Body,
    ShopifyColumn::Vendor,      ShopifyColumn::ProductCategory,
    ShopifyColumn::Type,        ShopifyColumn::Tags,
    ShopifyColumn::Status,      ShopifyColumn::TaxRate,
    ShopifyColumn::Threshold,   ShopifyColumn::Unit,
    ShopifyColumn::AiWritten,   ShopifyColumn::Option1Name,
    ShopifyColumn::Option2Name, ShopifyColumn::Option3Name};

Error importError(const QString &message, const QString &field)
{
    return Error{ErrorCode::ImportFailed,
                 message,
                 {{QStringLiteral("line"), 1}, {QStringLiteral("field"), field}}};
}

} // namespace

ProductCsvReader::ProductCsvReader(QIODevice &device) : m_csv(device) {}

Result<QHash<int, QString>> ProductCsvReader::mapGeneric(const QStringList &header,
                                                         const QMap<QString, QString> &mapping)
{
    QHash<int, QString> fields;
    QSet<QString> taken;
    QSet<int> explicitColumns;
    const QStringList known = ProductCsvColumns::fields();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        int column = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(it.key().trimmed(), Qt::CaseInsensitive) == 0) {
                column = i;
                break;
            }
        }
        if (column < 0)
            return Error::validation(QStringLiteral("map"),
                                     tr("The file has no column \"%1\"").arg(it.key()),
                                     {{QStringLiteral("column"), it.key()}});
        const QString field = it.value().trimmed().toLower();
        explicitColumns.insert(column);
        if (field.isEmpty() || field == QLatin1String("ignore"))
            continue;
        if (!known.contains(field))
            return Error::validation(QStringLiteral("map"),
                                     tr("Unknown field \"%1\": use one of %2")
                                         .arg(field, known.join(QStringLiteral(", "))),
                                     {{QStringLiteral("column"), it.key()}});
        if (taken.contains(field))
            return Error::validation(QStringLiteral("map"),
                                     tr("Two columns are mapped to %1").arg(field),
                                     {{QStringLiteral("column"), it.key()}});
        taken.insert(field);
        fields.insert(column, field);
    }
    // Exact field names first, then the guesses: "name" beats "Producto".
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < header.size(); ++i) {
            if (explicitColumns.contains(i) || fields.contains(i))
                continue;
            const QString h = header.at(i).trimmed().toLower();
            const QString field =
                pass == 0 ? (known.contains(h) ? h : QString()) : ProductCsvColumns::guessField(h);
            if (field.isEmpty() || taken.contains(field))
                continue;
            taken.insert(field);
            fields.insert(i, field);
        }
    }
    return fields;
}

Status ProductCsvReader::start(Expect expect, const QMap<QString, QString> &mapping)
{
    auto header = m_csv.next();
    if (!header)
        return header.error();
    if (!header->has_value())
        return importError(tr("The file is empty"), QString());
    m_header = header->value().fields;
    const ProductCsvFormat detected = ProductCsvColumns::detect(m_header);
    if (expect == Expect::Generic) {
        m_format = ProductCsvFormat::Generic;
    } else if (expect == Expect::Shopify) {
        // Only Title is required by Shopify's current template: a file with
        // it is read as that even when nothing else looks like Shopify.
        m_format = detected == ProductCsvFormat::ShopifyLegacy ? ProductCsvFormat::ShopifyLegacy
                                                               : ProductCsvFormat::ShopifyCurrent;
    } else {
        m_format = detected;
    }
    if (m_format == ProductCsvFormat::Generic) {
        auto fields = mapGeneric(m_header, mapping);
        if (!fields)
            return fields.error();
        m_fields = *fields;
        bool hasName = false;
        for (const QString &f : std::as_const(m_fields))
            hasName = hasName || f == QLatin1String("name");
        if (!hasName)
            return importError(tr("Line 1: the header has no \"name\" column"),
                               QStringLiteral("name"));
        return {};
    }
    for (int c = 0; c <= static_cast<int>(ShopifyColumn::AiWritten); ++c) {
        const int i = ProductCsvColumns::find(m_header, m_format, static_cast<ShopifyColumn>(c));
        if (i >= 0)
            m_shopify.insert(c, i);
    }
    QList<ShopifyColumn> required{ShopifyColumn::Title};
    if (m_format == ProductCsvFormat::ShopifyLegacy)
        required.prepend(ShopifyColumn::Handle);
    for (ShopifyColumn c : required) {
        if (!m_shopify.contains(static_cast<int>(c))) {
            const QString name = ProductCsvColumns::name(m_format, c);
            return importError(tr("Line 1: this Shopify file has no \"%1\" column").arg(name),
                               name);
        }
    }
    return {};
}

QString ProductCsvReader::cell(const CsvRecord &record, ShopifyColumn column) const
{
    const int i = m_shopify.value(static_cast<int>(column), -1);
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

ProductCsvRow ProductCsvReader::genericRow(const CsvRecord &record) const
{
    ProductCsvRow row;
    row.line = record.line;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.key() < record.fields.size()) {
            const QString value = record.fields.at(it.key());
            if (!value.trimmed().isEmpty())
                row.fields.insert(it.value(), value);
        }
    }
    return row;
}

std::optional<ProductCsvRow> ProductCsvReader::shopifyRow(const CsvRecord &record)
{
    const QString handle = cell(record, ShopifyColumn::Handle);
    const bool variantRow = !handle.isEmpty() && handle == m_handle;
    if (variantRow) {
        // An image row carries nothing of a variant.
        const bool imageOnly = cell(record, ShopifyColumn::Sku).isEmpty() &&
                               cell(record, ShopifyColumn::Price).isEmpty() &&
                               cell(record, ShopifyColumn::Barcode).isEmpty() &&
                               cell(record, ShopifyColumn::Option1Value).isEmpty() &&
                               cell(record, ShopifyColumn::InventoryQty).isEmpty();
        if (imageOnly)
            return std::nullopt;
    } else {
        m_handle = handle;
        m_inherited.clear();
    }
    const auto value = [&](ShopifyColumn c) {
        const QString own = cell(record, c);
        if (!variantRow) {
            if (!own.isEmpty())
                m_inherited.insert(static_cast<int>(c), own);
            return own;
        }
        return own.isEmpty() ? m_inherited.value(static_cast<int>(c)) : own;
    };
    for (ShopifyColumn c : inheritedColumns)
        (void)value(c);

    ProductCsvRow row;
    row.line = record.line;
    auto put = [&row](const char *field, const QString &text) {
        if (!text.isEmpty())
            row.fields.insert(QString::fromLatin1(field), text);
    };
    QString name = value(ShopifyColumn::Title);
    QStringList options;
    for (ShopifyColumn c :
         {ShopifyColumn::Option1Value, ShopifyColumn::Option2Value, ShopifyColumn::Option3Value}) {
        const QString v = cell(record, c);
        // "Default Title" is how Shopify spells "no options".
        if (!v.isEmpty() && v.compare(QLatin1String("Default Title"), Qt::CaseInsensitive) != 0)
            options << v;
    }
    if (!name.isEmpty() && !options.isEmpty())
        name += QStringLiteral(" — ") + options.join(QStringLiteral(" / "));
    put("name", name);
    put("sku", cell(record, ShopifyColumn::Sku));
    put("barcode", cell(record, ShopifyColumn::Barcode));
    put("description", HtmlText::fromHtml(value(ShopifyColumn::Body)));
    // Type is the store's own word for it; Product Category is Shopify's
    // taxonomy path ("Food, Beverages & Tobacco > Food Items > Coffee"),
    // whose last step is the closest to a shelf category.
    QString category = value(ShopifyColumn::Type);
    if (category.isEmpty())
        category = value(ShopifyColumn::ProductCategory).section(QLatin1Char('>'), -1).trimmed();
    put("category", category);
    put("supplier", value(ShopifyColumn::Vendor));
    put("keywords", value(ShopifyColumn::Tags));
    put("price", cell(record, ShopifyColumn::Price));
    put("cost", cell(record, ShopifyColumn::Cost));
    put("stock", cell(record, ShopifyColumn::InventoryQty));
    put("active", value(ShopifyColumn::Status));
    QString tax = value(ShopifyColumn::TaxRate);
    // Not taxable is 0 %; taxable without Bodega's rate keeps the product's.
    const QString taxable = cell(record, ShopifyColumn::Taxable);
    if (tax.isEmpty() && taxable.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        tax = QStringLiteral("0");
    put("tax", tax);
    put("threshold", value(ShopifyColumn::Threshold));
    put("unit", value(ShopifyColumn::Unit));
    put("ai_written", value(ShopifyColumn::AiWritten));
    return row;
}

Result<std::optional<ProductCsvRow>> ProductCsvReader::next()
{
    for (;;) {
        auto record = m_csv.next();
        if (!record)
            return record.error();
        if (!record->has_value())
            return std::optional<ProductCsvRow>();
        if (m_format == ProductCsvFormat::Generic)
            return std::optional<ProductCsvRow>(genericRow(record->value()));
        if (auto row = shopifyRow(record->value()))
            return std::optional<ProductCsvRow>(std::move(*row));
    }
}

} // namespace bodega
