#include "product.h"

#include <QJsonArray>

namespace bodega {

QString unitCode(UnitOfMeasure unit)
{
    switch (unit) {
    case UnitOfMeasure::Unit:
        return QStringLiteral("unit");
    case UnitOfMeasure::Kilogram:
        return QStringLiteral("kg");
    case UnitOfMeasure::Liter:
        return QStringLiteral("l");
    }
    return QStringLiteral("unit");
}

std::optional<UnitOfMeasure> unitFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c.isEmpty() || c == QLatin1String("unit") || c == QLatin1String("und") ||
        c == QLatin1String("u"))
        return UnitOfMeasure::Unit;
    if (c == QLatin1String("kg"))
        return UnitOfMeasure::Kilogram;
    if (c == QLatin1String("l") || c == QLatin1String("lt"))
        return UnitOfMeasure::Liter;
    return std::nullopt;
}

static QJsonValue quantityJson(Quantity q)
{
    // Whole quantities as JSON integers (what scripts expect for "stock"),
    // fractional ones as numbers with up to three decimals.
    if (q.isWhole())
        return QJsonValue(q.milli() / Quantity::Scale);
    return QJsonValue(static_cast<double>(q.milli()) / Quantity::Scale);
}

QJsonObject Product::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("barcode"), barcode},
        {QStringLiteral("name"), name},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
        {QStringLiteral("description"), description},
        {QStringLiteral("description_generated"), descriptionGenerated},
        {QStringLiteral("category"), category},
        {QStringLiteral("category_generated"), categoryGenerated},
        {QStringLiteral("unit"), unitCode(unit)},
        {QStringLiteral("price"), price.minor()},
        {QStringLiteral("cost"), cost.minor()},
        {QStringLiteral("currency"), price.currency()},
        {QStringLiteral("tax_rate_bp"), taxRateBasisPoints},
        {QStringLiteral("stock"), quantityJson(stock)},
        {QStringLiteral("threshold"), quantityJson(threshold)},
        {QStringLiteral("low"), isLow()},
        {QStringLiteral("supplier"), supplier},
        {QStringLiteral("active"), active},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs)},
    };
}

} // namespace bodega
