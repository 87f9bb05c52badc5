#pragma once

#include "common/result.h"
#include "domain/quantity.h"

#include <optional>
#include <QList>
#include <QString>

namespace bodega {

class StoreSettings;

// How this store's scales print their labels: EAN-13 codes in the GS1
// restricted-circulation range (prefix 20-29), laid out as
// PP IIIII VVVVV C: prefix, item code (the scale's PLU), the embedded value,
// check digit. The value is the weight in grams (or millilitres) or the
// label's price in the currency's minor units.
struct ScaleBarcodeFormat
{
    enum class Embedded { Weight, Price };

    QList<int> prefixes = allPrefixes();
    int itemDigits = 5; // the value gets the rest of the 10 digits
    Embedded embedded = Embedded::Weight;

    // Settings: scale.prefixes ("20-29" or "20,21,28"), scale.item_digits
    // (4-6), scale.embedded ("weight" | "price"). Bad settings are an error
    // naming the key, not a silent default.
    static Result<ScaleBarcodeFormat> fromSettings(const StoreSettings &settings);
    static Result<QList<int>> parsePrefixes(const QString &text);
    static QList<int> allPrefixes(); // 20-29
};

// One scanned scale label.
struct ScaleLabel
{
    QString itemCode; // the PLU, digits as printed
    // The product's own barcode: the label with its value zeroed and the
    // check digit recomputed, as stores register weighed products.
    QString productBarcode;
    std::optional<Quantity> weight;   // Embedded::Weight: grams as thousandths of kg
    std::optional<qint64> priceMinor; // Embedded::Price
};

class ScaleBarcode
{
public:
    // nullopt when `code` is not a scale label under `format` (another
    // barcode, a SKU); INVALID_BARCODE when it is one with a wrong check digit.
    static Result<std::optional<ScaleLabel>> parse(const QString &code,
                                                   const ScaleBarcodeFormat &format);
};

} // namespace bodega
