#pragma once

#include "common/result.h"

#include <QString>

namespace bodega {

// GS1 retail barcodes with their check digits. Scanners and humans both make
// mistakes; the check digit catches a single wrong digit and most swaps.
class Barcode
{
public:
    enum class Kind { Ean13, Ean8, UpcA };

    // Returns the barcode trimmed, or INVALID_BARCODE naming the problem.
    static Result<QString> validate(const QString &text,
                                    const QString &field = QStringLiteral("barcode"));
    static Kind kindOf(const QString &validBarcode);
    // The GS1 mod-10 check digit for the digits that precede it.
    static int checkDigit(const QString &digitsWithoutCheck);
    static QString withCheckDigit(const QString &digitsWithoutCheck);
};

} // namespace bodega
