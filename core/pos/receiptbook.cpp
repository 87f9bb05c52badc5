#include "receiptbook.h"

#include "storage/storesettings.h"

#include <QJsonArray>

namespace bodega {

QJsonObject Receipt::toJson() const
{
    QJsonArray jsonLines;
    for (const ReceiptLine &l : lines)
        jsonLines.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                                     {QStringLiteral("product_id"), l.productId},
                                     {QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("unit"), unitCode(l.unit)},
                                     {QStringLiteral("qty"), l.qty.toString()},
                                     {QStringLiteral("unit_price"), l.unitPrice.minor()},
                                     {QStringLiteral("discount"), l.discount.minor()},
                                     {QStringLiteral("total"), l.total.minor()},
                                     {QStringLiteral("tax_rate_bp"), l.taxRateBasisPoints}});
    QJsonArray jsonTaxes;
    for (const TaxBreakdownLine &t : taxes)
        jsonTaxes.append(QJsonObject{{QStringLiteral("rate_bp"), t.rateBasisPoints},
                                     {QStringLiteral("base"), t.base.minor()},
                                     {QStringLiteral("tax"), t.tax.minor()}});
    QJsonArray jsonPayments;
    for (const Tender &p : payments)
        jsonPayments.append(QJsonObject{{QStringLiteral("kind"), Tender::kindCode(p.kind)},
                                        {QStringLiteral("amount"), p.amount.minor()},
                                        {QStringLiteral("reference"), p.reference},
                                        {QStringLiteral("provider"), p.provider}});
    return QJsonObject{{QStringLiteral("sale_id"), saleId},
                       {QStringLiteral("receipt_no"), receiptNo},
                       {QStringLiteral("terminal"), terminal},
                       {QStringLiteral("cashier"), cashier},
                       {QStringLiteral("completed_at"), completedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("lines"), jsonLines},
                       {QStringLiteral("gross"), gross.minor()},
                       {QStringLiteral("discount"), discount.minor()},
                       {QStringLiteral("total"), total.minor()},
                       {QStringLiteral("tax"), tax.minor()},
                       {QStringLiteral("taxes"), jsonTaxes},
                       {QStringLiteral("payments"), jsonPayments},
                       {QStringLiteral("change"), change.minor()}};
}

Result<Receipt> ReceiptBook::byNumber(const QString &receiptNo) const
{
    return load(QStringLiteral("receipt_no"), receiptNo.trimmed());
}

Result<Receipt> ReceiptBook::bySaleId(const QString &saleId) const
{
    return load(QStringLiteral("id"), saleId);
}

Result<Receipt> ReceiptBook::load(const QString &column, const QString &key) const
{
    // `column` is one of two literals above, never user input.
    auto q = m_db.exec(QStringLiteral("SELECT id, receipt_no, terminal, cashier, created_at, "
                                      "currency, total_minor, discount_minor, tax_minor, "
                                      "change_minor FROM sales WHERE ") +
                           column + QStringLiteral(" = ?"),
                       {key});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Receipt"), key);
    Receipt r;
    r.saleId = q->value(0).toString();
    r.receiptNo = q->value(1).toString();
    r.terminal = q->value(2).toString();
    r.cashier = q->value(3).toString();
    r.completedAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs);
    r.currency = q->value(5).toString();
    const auto money = [&r](qint64 minor) { return Money(minor, r.currency); };
    r.total = money(q->value(6).toLongLong());
    r.discount = money(q->value(7).toLongLong());
    r.tax = money(q->value(8).toLongLong());
    r.change = money(q->value(9).toLongLong());
    q->finish();

    const StoreSettings settings(m_db);
    r.storeName = settings.storeName();
    r.storeTaxId = settings.value(QStringLiteral("store.tax_id"));
    r.storeAddress = settings.value(QStringLiteral("store.address"));
    r.footer = settings.value(QStringLiteral("receipt.footer"));

    // Sales recorded before schema 9 have no name of their own: the
    // catalog's is the best there is.
    auto lines = m_db.exec(
        QStringLiteral("SELECT l.line_no, l.product_id, coalesce(nullif(l.sku, ''), p.sku, ''), "
                       "coalesce(nullif(l.name, ''), p.name, ''), coalesce(p.unit, 'unit'), "
                       "l.qty_milli, l.unit_price_minor, l.discount_minor, l.total_minor, "
                       "l.tax_rate_bp FROM sale_lines l LEFT JOIN products p ON p.id = "
                       "l.product_id WHERE l.sale_id = ? ORDER BY l.line_no"),
        {r.saleId});
    if (!lines)
        return lines.error();
    QMap<int, qint64> byRate;
    r.gross = money(0);
    while (lines->next()) {
        ReceiptLine l;
        l.lineNo = lines->value(0).toInt();
        l.productId = lines->value(1).toString();
        l.sku = lines->value(2).toString();
        l.name = lines->value(3).toString();
        l.unit = unitFromCode(lines->value(4).toString()).value_or(UnitOfMeasure::Unit);
        l.qty = Quantity::fromMilli(lines->value(5).toLongLong());
        l.unitPrice = money(lines->value(6).toLongLong());
        l.discount = money(lines->value(7).toLongLong());
        l.total = money(lines->value(8).toLongLong());
        l.taxRateBasisPoints = lines->value(9).toInt();
        byRate[l.taxRateBasisPoints] += l.total.minor();
        r.gross = r.gross + l.total + l.discount;
        r.lines << l;
    }
    lines->finish();
    r.taxes = taxBreakdown(byRate, r.currency);

    auto payments = m_db.exec(QStringLiteral("SELECT kind, amount_minor, reference, provider "
                                             "FROM sale_payments WHERE sale_id = ? ORDER BY "
                                             "payment_no"),
                              {r.saleId});
    if (!payments)
        return payments.error();
    r.tendered = r.change;
    while (payments->next()) {
        Tender t;
        t.kind = Tender::kindFromCode(payments->value(0).toString()).value_or(Tender::Kind::Cash);
        t.amount = money(payments->value(1).toLongLong());
        t.reference = payments->value(2).toString();
        t.provider = payments->value(3).toString();
        r.tendered = r.tendered + t.amount;
        r.payments << t;
    }
    payments->finish();
    return r;
}

Result<QVector<SaleSummary>> ReceiptBook::recent(int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT s.id, s.receipt_no, s.created_at, s.cashier, s.total_minor, "
                       "s.currency, (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) "
                       "FROM sales s ORDER BY s.created_at DESC, s.receipt_no DESC LIMIT ?"),
        {qMax(1, limit)});
    if (!q)
        return q.error();
    QVector<SaleSummary> out;
    while (q->next()) {
        SaleSummary s;
        s.saleId = q->value(0).toString();
        s.receiptNo = q->value(1).toString();
        s.completedAt = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        s.cashier = q->value(3).toString();
        s.total = Money(q->value(4).toLongLong(), q->value(5).toString());
        s.lines = q->value(6).toInt();
        out << s;
    }
    return out;
}

} // namespace bodega
