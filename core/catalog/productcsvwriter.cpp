#include "productcsvwriter.h"

#include "io/htmltext.h"

namespace bodega {

ProductCsvWriter::ProductCsvWriter(QIODevice &device, ProductCsvFormat format)
    : m_csv(device), m_format(format), m_header(ProductCsvColumns::exportHeader(format))
{
}

Status ProductCsvWriter::writeHeader()
{
    return m_csv.writeRecord(m_header);
}

QString ProductCsvWriter::handleFor(const QString &name)
{
    const QString plain = ProductCsvColumns::normalized(name);
    QString handle;
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            handle += c;
        else if (!handle.isEmpty() && !handle.endsWith(QLatin1Char('-')))
            handle += QLatin1Char('-');
    }
    while (handle.endsWith(QLatin1Char('-')))
        handle.chop(1);
    return handle.isEmpty() ? QStringLiteral("product") : handle;
}

QString ProductCsvWriter::taxPercent(int bp)
{
    QString s = QString::number(bp / 100);
    if (const int rest = bp % 100; rest != 0) {
        s += QStringLiteral(".%1").arg(rest, 2, 10, QLatin1Char('0'));
        if (s.endsWith(QLatin1Char('0')))
            s.chop(1);
    }
    return s;
}

static QString aiWritten(const Product &p)
{
    QStringList marks;
    if (p.descriptionGenerated)
        marks << QStringLiteral("description");
    if (p.categoryGenerated)
        marks << QStringLiteral("category");
    return marks.join(QLatin1Char(','));
}

QStringList ProductCsvWriter::genericRecord(const Product &p) const
{
    return {p.sku,
            p.barcode,
            p.name,
            p.keywords.join(QLatin1Char(',')),
            p.description,
            p.category,
            unitCode(p.unit),
            p.price.toPlainString(),
            p.cost.toPlainString(),
            taxPercent(p.taxRateBasisPoints),
            p.threshold.toString(),
            p.supplier,
            p.active ? QStringLiteral("yes") : QStringLiteral("no"),
            p.stock.toString(),
            aiWritten(p)};
}

QStringList ProductCsvWriter::shopifyRecord(const Product &p)
{
    QString handle = handleFor(p.name);
    if (m_handles.contains(handle))
        handle += QLatin1Char('-') + handleFor(p.sku);
    m_handles.insert(handle);
    const QString yes = QStringLiteral("TRUE");
    const QString no = QStringLiteral("FALSE");
    QMap<QString, QString> v;
    const auto set = [&](ShopifyColumn c, const QString &text) {
        v.insert(ProductCsvColumns::name(m_format, c), text);
    };
    set(ShopifyColumn::Handle, handle);
    set(ShopifyColumn::Title, p.name);
    set(ShopifyColumn::Body, HtmlText::toHtml(p.description));
    set(ShopifyColumn::Vendor, p.supplier);
    set(ShopifyColumn::Type, p.category);
    set(ShopifyColumn::Tags, p.keywords.join(QStringLiteral(", ")));
    set(ShopifyColumn::Published, p.active ? yes : no);
    set(ShopifyColumn::Option1Name, QStringLiteral("Title"));
    set(ShopifyColumn::Option1Value, QStringLiteral("Default Title"));
    set(ShopifyColumn::Sku, p.sku);
    set(ShopifyColumn::InventoryQty, p.stock.toString());
    set(ShopifyColumn::Price, p.price.toPlainString());
    set(ShopifyColumn::Taxable, p.taxRateBasisPoints > 0 ? yes : no);
    set(ShopifyColumn::Barcode, p.barcode);
    set(ShopifyColumn::Cost, p.cost.minor() == 0 ? QString() : p.cost.toPlainString());
    set(ShopifyColumn::Status, p.active ? QStringLiteral("active") : QStringLiteral("archived"));
    set(ShopifyColumn::TaxRate, taxPercent(p.taxRateBasisPoints));
    set(ShopifyColumn::Threshold, p.threshold.toString());
    set(ShopifyColumn::Unit, unitCode(p.unit));
    set(ShopifyColumn::AiWritten, aiWritten(p));
    // Shopify's own defaults for a variant it tracks stock of.
    const bool legacy = m_format == ProductCsvFormat::ShopifyLegacy;
    v.insert(legacy ? QStringLiteral("Variant Inventory Tracker")
                    : QStringLiteral("Inventory tracker"),
             QStringLiteral("shopify"));
    v.insert(legacy ? QStringLiteral("Variant Inventory Policy")
                    : QStringLiteral("Continue selling when out of stock"),
             legacy ? QStringLiteral("deny") : QStringLiteral("DENY"));
    v.insert(legacy ? QStringLiteral("Variant Fulfillment Service")
                    : QStringLiteral("Fulfillment service"),
             QStringLiteral("manual"));
    v.insert(legacy ? QStringLiteral("Variant Requires Shipping")
                    : QStringLiteral("Requires shipping"),
             yes);
    v.insert(legacy ? QStringLiteral("Gift Card") : QStringLiteral("Gift card"), no);
    QStringList record;
    record.reserve(m_header.size());
    for (const QString &column : std::as_const(m_header))
        record << v.value(column);
    return record;
}

Status ProductCsvWriter::write(const Product &product)
{
    return m_csv.writeRecord(m_format == ProductCsvFormat::Generic ? genericRecord(product)
                                                                   : shopifyRecord(product));
}

} // namespace bodega
