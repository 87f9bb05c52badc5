#include "scalebarcode.h"

#include "domain/barcode.h"
#include "storage/storesettings.h"

#include <QCoreApplication>

namespace bodega {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bodega::ScaleBarcode", text);
}

bool allDigits(const QString &s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
} // namespace

QList<int> ScaleBarcodeFormat::allPrefixes()
{
    QList<int> out;
    for (int p = 20; p <= 29; ++p)
        out << p;
    return out;
}

Result<QList<int>> ScaleBarcodeFormat::parsePrefixes(const QString &text)
{
    const QString field = QStringLiteral("scale.prefixes");
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().split(QLatin1Char('-'));
        bool okFrom = false, okTo = false;
        const int from = range.value(0).trimmed().toInt(&okFrom);
        const int to = range.size() == 2 ? range.value(1).trimmed().toInt(&okTo) : from;
        if (range.size() > 2 || !okFrom || (range.size() == 2 && !okTo) || from < 20 || to > 29 ||
            from > to)
            return Error::validation(
                field, tr("Scale label prefixes are two digits from 20 to 29, e.g. 20-29 or 20,28"),
                {{QStringLiteral("value"), text}});
        for (int p = from; p <= to; ++p)
            if (!out.contains(p))
                out << p;
    }
    if (out.isEmpty())
        return Error::validation(field, tr("Give at least one scale label prefix"),
                                 {{QStringLiteral("value"), text}});
    return out;
}

Result<ScaleBarcodeFormat> ScaleBarcodeFormat::fromSettings(const StoreSettings &settings)
{
    ScaleBarcodeFormat f;
    auto prefixes = settings.valueOr(QStringLiteral("scale.prefixes"), QStringLiteral("20-29"));
    if (!prefixes)
        return prefixes.error();
    auto parsed = parsePrefixes(*prefixes);
    if (!parsed)
        return parsed.error();
    f.prefixes = *parsed;
    auto digits = settings.valueOr(QStringLiteral("scale.item_digits"), QStringLiteral("5"));
    if (!digits)
        return digits.error();
    bool ok = false;
    f.itemDigits = digits->toInt(&ok);
    if (!ok || f.itemDigits < 4 || f.itemDigits > 6)
        return Error::validation(QStringLiteral("scale.item_digits"),
                                 tr("The scale's item code has 4, 5 or 6 digits"),
                                 {{QStringLiteral("value"), *digits}});
    auto embedded = settings.valueOr(QStringLiteral("scale.embedded"), QStringLiteral("weight"));
    if (!embedded)
        return embedded.error();
    if (*embedded == QLatin1String("weight"))
        f.embedded = Embedded::Weight;
    else if (*embedded == QLatin1String("price"))
        f.embedded = Embedded::Price;
    else
        return Error::validation(QStringLiteral("scale.embedded"),
                                 tr("Scale labels carry a weight or a price"),
                                 {{QStringLiteral("value"), *embedded}});
    return f;
}

Result<std::optional<ScaleLabel>> ScaleBarcode::parse(const QString &code,
                                                      const ScaleBarcodeFormat &format)
{
    const QString c = code.trimmed();
    if (c.size() != 13 || !allDigits(c) || !format.prefixes.contains(c.left(2).toInt()))
        return std::optional<ScaleLabel>();
    if (auto valid = Barcode::validate(c); !valid)
        return valid.error();
    const int valueDigits = 10 - format.itemDigits;
    ScaleLabel label;
    label.itemCode = c.mid(2, format.itemDigits);
    const qint64 value = c.mid(2 + format.itemDigits, valueDigits).toLongLong();
    label.productBarcode = Barcode::withCheckDigit(c.left(2 + format.itemDigits) +
                                                   QString(valueDigits, QLatin1Char('0')));
    if (format.embedded == ScaleBarcodeFormat::Embedded::Weight)
        label.weight = Quantity::fromMilli(value);
    else
        label.priceMinor = value;
    return std::optional<ScaleLabel>(label);
}

} // namespace bodega
