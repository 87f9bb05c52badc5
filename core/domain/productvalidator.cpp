#include "productvalidator.h"

#include "domain/barcode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bodega {

void ProductValidator::normalize(Product &p)
{
    p.sku = p.sku.trimmed();
    p.barcode = p.barcode.trimmed();
    p.name = p.name.simplified();
    p.description = p.description.trimmed();
    p.category = p.category.simplified();
    p.supplier = p.supplier.simplified();
    QStringList keywords;
    for (const QString &k : std::as_const(p.keywords)) {
        const QString s = k.simplified();
        if (!s.isEmpty() && !keywords.contains(s, Qt::CaseInsensitive))
            keywords << s;
    }
    p.keywords = keywords;
}

Status ProductValidator::validateQuantity(Quantity qty, const QString &field, bool allowZero,
                                          bool allowNegative)
{
    const qint64 max = MaxQuantityUnits * Quantity::Scale;
    if (qty.milli() > max || qty.milli() < -max)
        return Error::validation(field, tr("%1 is absurdly large").arg(field));
    if (!allowNegative && qty.milli() < 0)
        return Error::validation(field, tr("%1 cannot be negative").arg(field));
    if (!allowZero && qty.milli() == 0)
        return Error::validation(field, tr("%1 cannot be zero").arg(field));
    return {};
}

Status ProductValidator::validate(const Product &p)
{
    if (p.name.isEmpty())
        return Error::validation(QStringLiteral("name"), tr("The product needs a name"));
    if (p.name.size() > MaxNameLength)
        return Error::validation(QStringLiteral("name"),
                                 tr("The name is longer than %1 characters").arg(MaxNameLength),
                                 {{QStringLiteral("length"), p.name.size()}});
    static const QRegularExpression skuPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*$"));
    if (p.sku.isEmpty())
        return Error::validation(QStringLiteral("sku"), tr("The product needs a SKU"));
    if (p.sku.size() > MaxSkuLength || !skuPattern.match(p.sku).hasMatch())
        return Error::validation(
            QStringLiteral("sku"),
            tr("The SKU must be up to %1 letters, digits, '.', '_', '/' or '-'").arg(MaxSkuLength));
    if (!p.barcode.isEmpty()) {
        auto b = Barcode::validate(p.barcode);
        if (!b)
            return b.error();
    }
    if (p.keywords.size() > MaxKeywords)
        return Error::validation(QStringLiteral("keywords"),
                                 tr("At most %1 keywords").arg(MaxKeywords));
    for (const QString &k : p.keywords) {
        if (k.size() > MaxKeywordLength)
            return Error::validation(
                QStringLiteral("keywords"),
                tr("A keyword is longer than %1 characters").arg(MaxKeywordLength));
    }
    if (p.description.size() > MaxDescriptionLength)
        return Error::validation(
            QStringLiteral("description"),
            tr("The description is longer than %1 characters").arg(MaxDescriptionLength));
    if (p.category.size() > MaxCategoryLength)
        return Error::validation(
            QStringLiteral("category"),
            tr("The category is longer than %1 characters").arg(MaxCategoryLength));
    if (p.supplier.size() > MaxSupplierLength)
        return Error::validation(
            QStringLiteral("supplier"),
            tr("The supplier is longer than %1 characters").arg(MaxSupplierLength));
    if (!Currency::find(p.price.currency()))
        return Error::validation(QStringLiteral("currency"),
                                 tr("Unknown currency: %1").arg(p.price.currency()));
    if (p.price.minor() < 0)
        return Error::validation(QStringLiteral("price"), tr("The price cannot be negative"));
    if (p.price.minor() > MaxAmountMinor)
        return Error::validation(QStringLiteral("price"), tr("The price is absurdly large"));
    if (p.cost.minor() < 0)
        return Error::validation(QStringLiteral("cost"), tr("The cost cannot be negative"));
    if (p.cost.minor() > MaxAmountMinor)
        return Error::validation(QStringLiteral("cost"), tr("The cost is absurdly large"));
    if (p.taxRateBasisPoints < 0 || p.taxRateBasisPoints > 10000)
        return Error::validation(QStringLiteral("tax_rate"),
                                 tr("The tax rate must be between 0 % and 100 %"));
    if (auto s = validateQuantity(p.threshold, QStringLiteral("threshold"), true); !s)
        return s;
    return {};
}

} // namespace bodega
