#include "barcode.h"

#include <QCoreApplication>

namespace bodega {

int Barcode::checkDigit(const QString &digits)
{
    // Weights 3,1,3,1... from the rightmost data digit.
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        const int d = digits.at(digits.size() - 1 - i).digitValue();
        sum += (i % 2 == 0) ? d * 3 : d;
    }
    return (10 - sum % 10) % 10;
}

QString Barcode::withCheckDigit(const QString &digits)
{
    return digits + QString::number(checkDigit(digits));
}

Result<QString> Barcode::validate(const QString &text, const QString &field)
{
    const QString code = text.trimmed();
    auto fail = [&](const QString &why) {
        return Error{ErrorCode::InvalidBarcode,
                     why,
                     {{QStringLiteral("field"), field}, {QStringLiteral("value"), code.left(64)}}};
    };
    for (const QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fail(
                QCoreApplication::translate("bodega::Barcode", "Barcode must contain only digits"));
    }
    if (code.size() != 8 && code.size() != 12 && code.size() != 13)
        return fail(QCoreApplication::translate(
                        "bodega::Barcode",
                        "Barcode must have 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13) digits, not %1")
                        .arg(code.size()));
    const int expected = checkDigit(code.left(code.size() - 1));
    if (code.back().digitValue() != expected)
        return fail(QCoreApplication::translate("bodega::Barcode",
                                                "Barcode check digit is wrong (expected %1)")
                        .arg(expected));
    return code;
}

Barcode::Kind Barcode::kindOf(const QString &code)
{
    if (code.size() == 8)
        return Kind::Ean8;
    if (code.size() == 12)
        return Kind::UpcA;
    return Kind::Ean13;
}

} // namespace bodega
