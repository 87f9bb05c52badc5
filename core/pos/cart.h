#pragma once

#include "common/uuid.h"
#include "domain/money.h"
#include "domain/product.h"
#include "pos/discount.h"
#include "pos/scalebarcode.h"

#include <optional>
#include <QMap>
#include <QVector>

namespace bodega {

// One line of a cart. Prices include tax, as Colombian shelf prices do.
struct CartLine
{
    QString productId;
    QString sku;
    QString name;
    UnitOfMeasure unit = UnitOfMeasure::Unit;
    Quantity qty;
    Money unitPrice; // tax included
    int taxRateBasisPoints = 0;
    Discount discount;
    // A price-embedding scale label fixes what the line costs; the
    // quantity is then derived from it for the stock ledger.
    std::optional<Money> labelPrice;
};

struct CartLineTotals
{
    Money gross;        // before any discount
    Money lineDiscount; // this line's own discount
    Money saleDiscount; // its share of the sale discount
    Money net;          // what the customer pays for it, tax included
};

struct TaxBreakdownLine
{
    int rateBasisPoints = 0;
    Money base; // net of tax
    Money tax;
    Money total; // base + tax: what lines at this rate cost
};

struct CartTotals
{
    QVector<CartLineTotals> lines;
    Money gross;
    Money lineDiscounts;
    Money saleDiscount;
    Money total; // to pay
    Money taxBase;
    Money tax;
    QVector<TaxBreakdownLine> taxes; // one per rate, highest rate first
    Quantity items;                  // sum of quantities, for the display
};

// Tax extracted per rate from what the lines at each rate cost, tax
// included (base = amount / (1 + rate), rounded once per rate), highest rate
// first. The cart's totals and a receipt rebuilt from a stored sale both
// split tax through this.
QVector<TaxBreakdownLine> taxBreakdown(const QMap<int, qint64> &amountByRate,
                                       const QString &currency);

// The cashier's cart before payment. Every amount is an integer count of the
// currency's minor units and every total comes from totals(), the one place
// that prices, discounts and splits tax (receipts, the screen, the sale
// record and the sync event all read it).
//
// Rounding: a line's gross is unit price × quantity rounded once; a
// percentage discount is rounded once per line; the sale discount is spread
// over the lines in proportion to their amounts with the largest-remainder
// method, so the lines add up to the total exactly; tax is extracted once
// per rate from what the lines at that rate cost (base = amount / (1 + rate)),
// so base + tax per rate equals those lines to the peso.
class Cart
{
public:
    explicit Cart(QString currency = QStringLiteral("COP"))
        : m_currency(std::move(currency)), m_checkoutId(newId())
    {
    }

    static constexpr int MaxLines = 500;

    QString currency() const { return m_currency; }
    const QVector<CartLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    const Discount &saleDiscount() const { return m_saleDiscount; }
    // The id of the sale this cart becomes, made with the cart (and again by
    // clear()): a second checkout of the same cart (a double press, a retry
    // after an answer that never came) finds its sale already recorded and
    // records nothing.
    const QString &checkoutId() const { return m_checkoutId; }

    // Adds `qty` of a product. A product already in the cart without its own
    // discount gets its quantity raised instead of a second line (scanning
    // the same can three times is one line of 3). Returns the line's index.
    Result<int> add(const Product &product, Quantity qty);
    // A weighed item from its scale label: always a line of its own.
    Result<int> addLabel(const Product &product, const ScaleLabel &label);

    Status setQuantity(int line, Quantity qty);
    Status setLineDiscount(int line, const Discount &discount);
    Status setSaleDiscount(const Discount &discount);
    // Voids a line before the sale completes.
    Status removeLine(int line);
    void clear();

    CartTotals totals() const;

private:
    Status checkLine(int line) const;
    Status checkQuantity(const CartLine &line, Quantity qty) const;
    Result<CartLine> lineFor(const Product &product) const;

    QString m_currency;
    QString m_checkoutId;
    QVector<CartLine> m_lines;
    Discount m_saleDiscount;
};

} // namespace bodega
