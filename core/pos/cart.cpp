#include "cart.h"

#include "domain/productvalidator.h"
#include "domain/rounding.h"

#include <algorithm>
#include <QCoreApplication>

namespace bodega {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bodega::Cart", text);
}

// A line above a product's largest allowed price is a typing error; the
// limit keeps 500 lines times 10^4 (the tax extraction) inside 64 bits.
constexpr qint64 kMaxLineMinor = ProductValidator::MaxAmountMinor;
constexpr qint64 kMaxQtyMilli = 99'999'999; // 99,999.999 units
} // namespace

Result<CartLine> Cart::lineFor(const Product &p) const
{
    if (!p.active)
        return Error::validation(QStringLiteral("product"),
                                 tr("%1 is no longer sold (inactive)").arg(p.name),
                                 {{QStringLiteral("product_id"), p.id}});
    if (p.price.currency() != m_currency)
        return Error::validation(QStringLiteral("currency"),
                                 tr("%1 is priced in %2, this sale is in %3")
                                     .arg(p.name, p.price.currency(), m_currency),
                                 {{QStringLiteral("product_id"), p.id}});
    if (m_lines.size() >= MaxLines)
        return Error::validation(QStringLiteral("lines"),
                                 tr("A sale has at most %1 lines").arg(MaxLines));
    CartLine line;
    line.productId = p.id;
    line.sku = p.sku;
    line.name = p.name;
    line.unit = p.unit;
    line.unitPrice = p.price;
    line.taxRateBasisPoints = p.taxRateBasisPoints;
    return line;
}

Status Cart::checkQuantity(const CartLine &line, Quantity qty) const
{
    if (qty.milli() <= 0)
        return Error::validation(QStringLiteral("qty"), tr("The quantity must be more than zero"),
                                 {{QStringLiteral("qty"), qty.toString()}});
    if (qty.milli() > kMaxQtyMilli)
        return Error::validation(QStringLiteral("qty"), tr("The quantity is too large"),
                                 {{QStringLiteral("qty"), qty.toString()}});
    if (line.unit == UnitOfMeasure::Unit && !qty.isWhole() && !line.labelPrice)
        return Error::validation(QStringLiteral("qty"),
                                 tr("%1 is sold by the unit, not by weight").arg(line.name),
                                 {{QStringLiteral("qty"), qty.toString()}});
    if (__int128(line.unitPrice.minor()) * qty.milli() > __int128(kMaxLineMinor) * Quantity::Scale)
        return Error::validation(QStringLiteral("qty"), tr("The line's amount is too large"),
                                 {{QStringLiteral("qty"), qty.toString()}});
    return {};
}

Status Cart::checkLine(int line) const
{
    if (line < 0 || line >= m_lines.size())
        return Error::validation(QStringLiteral("line"), tr("There is no line %1").arg(line + 1),
                                 {{QStringLiteral("line"), line + 1}});
    return {};
}

Result<int> Cart::add(const Product &product, Quantity qty)
{
    auto line = lineFor(product);
    if (!line)
        return line.error();
    for (int i = 0; i < m_lines.size(); ++i) {
        CartLine &existing = m_lines[i];
        if (existing.productId == product.id && existing.discount.isNone() &&
            !existing.labelPrice && existing.unitPrice == product.price) {
            if (auto s = checkQuantity(existing, existing.qty + qty); !s)
                return s.error();
            existing.qty += qty;
            return i;
        }
    }
    if (auto s = checkQuantity(*line, qty); !s)
        return s.error();
    line->qty = qty;
    m_lines.push_back(*line);
    return int(m_lines.size() - 1);
}

Result<int> Cart::addLabel(const Product &product, const ScaleLabel &label)
{
    auto line = lineFor(product);
    if (!line)
        return line.error();
    if (label.weight) {
        line->qty = *label.weight;
    } else if (label.priceMinor) {
        if (product.price.minor() <= 0)
            return Error::validation(QStringLiteral("price"),
                                     tr("%1 has no price per unit to weigh by").arg(product.name),
                                     {{QStringLiteral("product_id"), product.id}});
        line->labelPrice = Money(*label.priceMinor, m_currency);
        // What the label's price buys at the product's price, for the ledger.
        line->qty = Quantity::fromMilli(
            roundedDivide(*label.priceMinor * Quantity::Scale, product.price.minor()));
    }
    if (auto s = checkQuantity(*line, line->qty); !s)
        return s.error();
    m_lines.push_back(*line);
    return int(m_lines.size() - 1);
}

Status Cart::setQuantity(int line, Quantity qty)
{
    if (auto s = checkLine(line); !s)
        return s;
    CartLine &l = m_lines[line];
    if (l.labelPrice)
        return Error::validation(QStringLiteral("qty"),
                                 tr("A weighed item's quantity comes from its label"),
                                 {{QStringLiteral("line"), line + 1}});
    if (auto s = checkQuantity(l, qty); !s)
        return s;
    l.qty = qty;
    return {};
}

Status Cart::setLineDiscount(int line, const Discount &discount)
{
    if (auto s = checkLine(line); !s)
        return s;
    m_lines[line].discount = discount;
    return {};
}

Status Cart::setSaleDiscount(const Discount &discount)
{
    m_saleDiscount = discount;
    return {};
}

Status Cart::removeLine(int line)
{
    if (auto s = checkLine(line); !s)
        return s;
    m_lines.removeAt(line);
    return {};
}

void Cart::clear()
{
    m_lines.clear();
    m_saleDiscount = Discount();
    m_checkoutId = newId(); // the next sale
}

CartTotals Cart::totals() const
{
    CartTotals t;
    const Money zero(0, m_currency);
    t.gross = t.lineDiscounts = t.saleDiscount = t.total = t.taxBase = t.tax = zero;
    t.lines.resize(m_lines.size());

    // Lines and their own discounts.
    qint64 afterLines = 0;
    QVector<qint64> amounts(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i) {
        const CartLine &l = m_lines.at(i);
        const qint64 gross =
            l.labelPrice ? l.labelPrice->minor() : l.unitPrice.times(l.qty).minor();
        const qint64 off = l.discount.appliedTo(gross);
        amounts[i] = gross - off;
        afterLines += amounts[i];
        t.lines[i].gross = Money(gross, m_currency);
        t.lines[i].lineDiscount = Money(off, m_currency);
        t.gross = t.gross + t.lines[i].gross;
        t.lineDiscounts = t.lineDiscounts + t.lines[i].lineDiscount;
        t.items += l.qty;
    }

    // The sale discount, spread in proportion with the largest remainder.
    const qint64 saleOff = m_saleDiscount.appliedTo(afterLines);
    QVector<qint64> share(m_lines.size(), 0);
    if (saleOff > 0) {
        QVector<std::pair<qint64, int>> remainders;
        qint64 given = 0;
        for (int i = 0; i < m_lines.size(); ++i) {
            // saleOff x amount can reach 10^26: exact in 128 bits.
            const __int128 exact = __int128(saleOff) * amounts[i];
            share[i] = qint64(exact / afterLines);
            remainders.push_back({qint64(exact % afterLines), i});
            given += share[i];
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int k = 0; given < saleOff; ++k, ++given)
            ++share[remainders[k % remainders.size()].second];
    }

    // Tax per rate, extracted from what the lines at that rate cost.
    QMap<int, qint64> byRate;
    for (int i = 0; i < m_lines.size(); ++i) {
        const qint64 net = amounts[i] - share[i];
        t.lines[i].saleDiscount = Money(share[i], m_currency);
        t.lines[i].net = Money(net, m_currency);
        t.total = t.total + t.lines[i].net;
        byRate[m_lines.at(i).taxRateBasisPoints] += net;
    }
    t.saleDiscount = Money(saleOff, m_currency);
    t.taxes = taxBreakdown(byRate, m_currency);
    for (const TaxBreakdownLine &tax : std::as_const(t.taxes)) {
        t.taxBase = t.taxBase + tax.base;
        t.tax = t.tax + tax.tax;
    }
    return t;
}

QVector<TaxBreakdownLine> taxBreakdown(const QMap<int, qint64> &amountByRate,
                                       const QString &currency)
{
    QVector<TaxBreakdownLine> taxes;
    for (auto it = amountByRate.end(); it != amountByRate.begin();) {
        --it;
        TaxBreakdownLine tax;
        tax.rateBasisPoints = it.key();
        const qint64 base = roundedDivide(it.value() * 10000, 10000 + it.key());
        tax.base = Money(base, currency);
        tax.tax = Money(it.value() - base, currency);
        tax.total = Money(it.value(), currency);
        taxes.push_back(tax);
    }
    return taxes;
}

} // namespace bodega
