#include "quantity.h"

#include <limits>
#include <QCoreApplication>

namespace bodega {

Result<qint64> parseScaledDecimal(const QString &text, int decimals, const QString &field)
{
    const QString t = text.trimmed();
    auto fail = [&](const QString &why) {
        return Error::validation(field, why, {{QStringLiteral("value"), text.left(64)}});
    };
    if (t.isEmpty())
        return fail(QCoreApplication::translate("bodega::Quantity", "%1 is empty").arg(field));
    if (t.size() > 24)
        return fail(QCoreApplication::translate("bodega::Quantity", "%1 is too long").arg(field));

    int i = 0;
    bool negative = false;
    if (t.at(0) == QLatin1Char('-') || t.at(0) == QLatin1Char('+')) {
        negative = t.at(0) == QLatin1Char('-');
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000000;
    for (; i < t.size() && t.at(i).isDigit(); ++i, ++wholeDigits) {
        whole = whole * 10 + t.at(i).digitValue();
        if (whole > limit)
            return fail(
                QCoreApplication::translate("bodega::Quantity", "%1 is out of range").arg(field));
    }
    qint64 frac = 0;
    int fracDigits = 0;
    if (i < t.size() && (t.at(i) == QLatin1Char('.') || t.at(i) == QLatin1Char(','))) {
        ++i;
        for (; i < t.size() && t.at(i).isDigit(); ++i, ++fracDigits) {
            const int d = t.at(i).digitValue();
            if (fracDigits >= decimals) {
                if (d != 0)
                    return fail(QCoreApplication::translate("bodega::Quantity",
                                                            "%1 has more than %2 decimals")
                                    .arg(field)
                                    .arg(decimals));
                continue;
            }
            frac = frac * 10 + d;
        }
    }
    if (i != t.size() || (wholeDigits == 0 && fracDigits == 0))
        return fail(
            QCoreApplication::translate("bodega::Quantity", "%1 is not a number").arg(field));
    for (int k = std::min(fracDigits, decimals); k < decimals; ++k)
        frac *= 10;
    qint64 scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    const qint64 value = whole * scale + frac;
    return negative ? -value : value;
}

QString formatScaledDecimal(qint64 scaled, int decimals, bool trimZeros)
{
    qint64 scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    const bool negative = scaled < 0;
    const quint64 abs =
        negative ? static_cast<quint64>(-(scaled + 1)) + 1 : static_cast<quint64>(scaled);
    QString out = QString::number(abs / static_cast<quint64>(scale));
    if (decimals > 0) {
        QString frac = QStringLiteral("%1").arg(abs % static_cast<quint64>(scale), decimals, 10,
                                                QLatin1Char('0'));
        if (trimZeros) {
            while (frac.endsWith(QLatin1Char('0')))
                frac.chop(1);
        }
        if (!frac.isEmpty())
            out += QLatin1Char('.') + frac;
    }
    return negative ? QLatin1Char('-') + out : out;
}

Result<Quantity> Quantity::parse(const QString &text, const QString &field)
{
    auto scaled = parseScaledDecimal(text, 3, field);
    if (!scaled)
        return scaled.error();
    return Quantity::fromMilli(*scaled);
}

QString Quantity::toString() const
{
    return formatScaledDecimal(m_milli, 3, true);
}

QString Quantity::format(const QLocale &locale) const
{
    QString text = toString();
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    return text;
}

} // namespace bodega
