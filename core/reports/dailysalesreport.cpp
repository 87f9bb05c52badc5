#include "dailysalesreport.h"

#include "pos/settlement.h"
#include "storage/storesettings.h"

#include <algorithm>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace bodega {

namespace {

QJsonArray linesJson(const QVector<DailySalesLine> &lines)
{
    QJsonArray out;
    for (const DailySalesLine &l : lines)
        out.append(l.toJson());
    return out;
}

// The tender a payment row stands for: a wallet by its provider, since
// Nequi and Daviplata settle apart.
QString tenderCode(const QString &kind, const QString &provider)
{
    return kind == QLatin1String("wallet") && !provider.isEmpty()
               ? kind + QLatin1Char(':') + provider
               : kind;
}

int tenderOrder(const QString &code)
{
    static const QStringList order{QStringLiteral("cash"), QStringLiteral("card"),
                                   QStringLiteral("transfer"), QStringLiteral("wallet")};
    const int i = order.indexOf(code.section(QLatin1Char(':'), 0, 0));
    return i < 0 ? order.size() : i;
}

// The line of a table for `code`, made (all amounts zero) the first time.
DailySalesLine &lineFor(QMap<QString, DailySalesLine> &table, const QString &code,
                        const QString &name, const QString &currency)
{
    auto it = table.find(code);
    if (it == table.end()) {
        DailySalesLine l;
        l.code = code;
        l.name = name;
        l.sales = l.discounts = l.refunds = l.taxBase = l.tax = Money(0, currency);
        it = table.insert(code, l);
    }
    return *it;
}

} // namespace

QJsonObject DailySalesLine::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("items"), items.toString()},
                       {QStringLiteral("sales"), sales.minor()},
                       {QStringLiteral("discounts"), discounts.minor()},
                       {QStringLiteral("refunds"), refunds.minor()},
                       {QStringLiteral("net"), net().minor()},
                       {QStringLiteral("tax_base"), taxBase.minor()},
                       {QStringLiteral("tax"), tax.minor()}};
}

QJsonObject DailySales::toJson() const
{
    QJsonObject t = total.toJson();
    t.insert(QStringLiteral("gross"), gross().minor());
    t.insert(QStringLiteral("returns"), totals.returns);
    t.remove(QStringLiteral("code"));
    t.remove(QStringLiteral("name"));
    return QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                       {QStringLiteral("time_zone"), timeZone},
                       {QStringLiteral("store"), storeName},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("totals"), t},
                       {QStringLiteral("tenders"), linesJson(tenders)},
                       {QStringLiteral("categories"), linesJson(categories)},
                       {QStringLiteral("cashiers"), linesJson(cashiers)},
                       {QStringLiteral("taxes"), linesJson(taxes)},
                       {QStringLiteral("split_tender_refunds"), splitTenderRefunds.minor()}};
}

DailySalesReport::DailySalesReport(Database &db, const Clock &clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_sales(db, clock, std::move(zone))
{
}

DailySalesReport::DailySalesReport(Database &db, const Clock &clock)
    : DailySalesReport(db, clock, SalesReport::storeTimeZone(db))
{
}

Result<QDate> DailySalesReport::parseDay(const QString &text, const QString &field)
{
    // Exactly YYYY-MM-DD: Qt's ISO parser would also take "2026-12-3 ".
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid())
        return Error::validation(field, tr("The day must be a date as YYYY-MM-DD: %1").arg(text));
    return day;
}

Status DailySalesReport::checkFormat(const QString &format, const QString &field)
{
    if (format == QLatin1String("pdf") || format == QLatin1String("csv"))
        return {};
    return Error::validation(
        field, tr("The format is pdf or csv, not %1").arg(format),
        {{QStringLiteral("allowed"), QStringList{QStringLiteral("pdf"), QStringLiteral("csv")}}});
}

QString DailySalesReport::fileName(const QDate &day, const QString &format)
{
    return QStringLiteral("ventas-%1.%2").arg(day.toString(Qt::ISODate), format);
}

QDate DailySalesReport::dayOfFileName(const QString &fileName, QString *format)
{
    static const QRegularExpression name(
        QStringLiteral("^ventas-(\\d{4}-\\d{2}-\\d{2})\\.(pdf|csv)$"));
    const auto m = name.match(fileName);
    if (!m.hasMatch())
        return {};
    if (format)
        *format = m.captured(2);
    return QDate::fromString(m.captured(1), Qt::ISODate);
}

Result<DailySales> DailySalesReport::forDay(const QDate &day) const
{
    auto period = m_sales.period(QStringLiteral("custom"), day.toString(Qt::ISODate));
    if (!period)
        return period.error();
    auto totals = m_sales.summary(*period);
    if (!totals)
        return totals.error();
    StoreSettings settings(m_db);
    DailySales d;
    d.day = day;
    d.timeZone = QString::fromUtf8(m_sales.timeZone().id());
    d.period = *period;
    d.storeName = settings.storeName();
    d.currency = settings.currency();
    d.generatedAt = m_clock.now();
    d.totals = *totals;
    const Money zero(0, d.currency);
    d.splitTenderRefunds = zero;
    d.total.code = QStringLiteral("total");
    d.total.name = tr("Total");
    d.total.count = totals->sales;
    d.total.items = totals->itemsSold;
    d.total.sales = totals->total;
    d.total.discounts = totals->discounts;
    d.total.refunds = totals->refunds;
    d.total.taxBase = d.total.tax = zero;

    const QVariantList span{d.period.startUtc.toString(Qt::ISODateWithMs),
                            d.period.endUtc.toString(Qt::ISODateWithMs)};
    for (auto read : {&DailySalesReport::readTenders, &DailySalesReport::readCategories,
                      &DailySalesReport::readCashiers, &DailySalesReport::readTaxes}) {
        if (auto s = (this->*read)(d, span); !s)
            return s.error();
    }
    for (const DailySalesLine &t : std::as_const(d.taxes)) {
        d.total.taxBase = d.total.taxBase + t.taxBase;
        d.total.tax = d.total.tax + t.tax;
    }
    return d;
}

Status DailySalesReport::readTenders(DailySales &d, const QVariantList &span) const
{
    QMap<QString, DailySalesLine> byCode;
    const auto line = [&](const QString &kind, const QString &provider) -> DailySalesLine & {
        const auto known = Tender::kindFromCode(kind);
        return lineFor(byCode, tenderCode(kind, provider),
                       known ? Tender::kindName(*known, provider) : kind, d.currency);
    };
    auto payments = m_db.exec(
        QStringLiteral("SELECT p.kind, CASE WHEN p.kind = 'wallet' THEN p.provider ELSE '' END, "
                       "count(*), sum(p.amount_minor) FROM sales s JOIN sale_payments p ON "
                       "p.sale_id = s.id WHERE s.created_at >= ? AND s.created_at < ? "
                       "GROUP BY 1, 2"),
        span);
    if (!payments)
        return payments.error();
    while (payments->next()) {
        DailySalesLine &l = line(payments->value(0).toString(), payments->value(1).toString());
        l.count += payments->value(2).toLongLong();
        l.sales = l.sales + Money(payments->value(3).toLongLong(), d.currency);
    }
    payments->finish();
    // A return records no tender of its own: it goes back the way its sale
    // was paid when that was one way, else through the drawer (as ShiftBook).
    auto refunds = m_db.exec(
        QStringLiteral(
            "SELECT r.refund_minor, count(DISTINCT p.kind || ':' || CASE WHEN p.kind = 'wallet' "
            "THEN p.provider ELSE '' END), min(p.kind), min(CASE WHEN p.kind = 'wallet' THEN "
            "p.provider ELSE '' END) FROM sale_returns r LEFT JOIN sale_payments p ON p.sale_id "
            "= r.sale_id WHERE r.created_at >= ? AND r.created_at < ? GROUP BY r.id"),
        span);
    if (!refunds)
        return refunds.error();
    while (refunds->next()) {
        const Money amount(refunds->value(0).toLongLong(), d.currency);
        if (amount.minor() == 0)
            continue;
        const bool split = refunds->value(1).toInt() > 1;
        const QString kind = refunds->value(2).toString();
        DailySalesLine &l = split || kind.isEmpty() ? line(QStringLiteral("cash"), {})
                                                    : line(kind, refunds->value(3).toString());
        l.refunds = l.refunds + amount;
        if (split)
            d.splitTenderRefunds = d.splitTenderRefunds + amount;
    }
    d.tenders = byCode.values().toVector();
    std::stable_sort(d.tenders.begin(), d.tenders.end(),
                     [](const DailySalesLine &a, const DailySalesLine &b) {
                         return tenderOrder(a.code) < tenderOrder(b.code);
                     });
    return {};
}

Result<QVector<DailySalesLine>>
DailySalesReport::breakdown(const QString &soldSql, const QString &backSql, const QString &unnamed,
                            const QString &currency, const QVariantList &span) const
{
    QMap<QString, DailySalesLine> byKey;
    const auto line = [&](const QString &key) -> DailySalesLine & {
        return lineFor(byKey, key, key.isEmpty() ? unnamed : key, currency);
    };
    auto sold = m_db.exec(soldSql, span);
    if (!sold)
        return sold.error();
    while (sold->next()) {
        DailySalesLine &l = line(sold->value(0).toString());
        l.count = sold->value(1).toLongLong();
        l.items = Quantity::fromMilli(sold->value(2).toLongLong());
        l.sales = Money(sold->value(3).toLongLong(), currency);
        l.discounts = Money(sold->value(4).toLongLong(), currency);
    }
    sold->finish();
    auto back = m_db.exec(backSql, span);
    if (!back)
        return back.error();
    while (back->next())
        line(back->value(0).toString()).refunds = Money(back->value(1).toLongLong(), currency);
    return byKey.values().toVector();
}

Status DailySalesReport::readCategories(DailySales &d, const QVariantList &span) const
{
    auto lines = breakdown(
        QStringLiteral("SELECT coalesce(p.category, ''), count(*), sum(l.qty_milli), "
                       "sum(l.total_minor), sum(l.discount_minor) FROM sales s JOIN sale_lines l "
                       "ON l.sale_id = s.id LEFT JOIN products p ON p.id = l.product_id "
                       "WHERE s.created_at >= ? AND s.created_at < ? GROUP BY 1"),
        QStringLiteral("SELECT coalesce(p.category, ''), sum(rl.refund_minor) FROM sale_returns r "
                       "JOIN sale_return_lines rl ON rl.return_id = r.id JOIN sale_lines l ON "
                       "l.sale_id = rl.sale_id AND l.line_no = rl.line_no LEFT JOIN products p "
                       "ON p.id = l.product_id WHERE r.created_at >= ? AND r.created_at < ? "
                       "GROUP BY 1"),
        tr("(no category)"), d.currency, span);
    if (!lines)
        return lines.error();
    d.categories = *lines;
    std::stable_sort(d.categories.begin(), d.categories.end(),
                     [](const DailySalesLine &a, const DailySalesLine &b) {
                         return a.net().minor() > b.net().minor();
                     });
    return {};
}

Status DailySalesReport::readCashiers(DailySales &d, const QVariantList &span) const
{
    // Refunds are the drawer's of whoever made the return, not necessarily
    // who sold it.
    auto lines = breakdown(
        QStringLiteral("SELECT cashier, count(*), 0, sum(total_minor), sum(discount_minor) FROM "
                       "sales WHERE created_at >= ? AND created_at < ? GROUP BY cashier"),
        QStringLiteral("SELECT coalesce(u.name, ''), sum(r.refund_minor) FROM sale_returns r "
                       "LEFT JOIN users u ON u.id = r.user_id WHERE r.created_at >= ? AND "
                       "r.created_at < ? GROUP BY 1"),
        tr("(no user)"), d.currency, span);
    if (!lines)
        return lines.error();
    d.cashiers = *lines;
    return {};
}

Status DailySalesReport::readTaxes(DailySales &d, const QVariantList &span) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT rate, sum(sold), sum(back) FROM ("
                       " SELECT l.tax_rate_bp AS rate, l.total_minor AS sold, 0 AS back"
                       " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
                       " WHERE s.created_at >= ? AND s.created_at < ?"
                       " UNION ALL"
                       " SELECT l.tax_rate_bp, 0, rl.refund_minor"
                       " FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id"
                       " JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.line_no"
                       " WHERE r.created_at >= ? AND r.created_at < ?"
                       ") GROUP BY rate"),
        span + span);
    if (!q)
        return q.error();
    QMap<int, qint64> netByRate;
    QMap<int, std::pair<qint64, qint64>> soldAndBack;
    while (q->next()) {
        const int rate = q->value(0).toInt();
        soldAndBack.insert(rate, {q->value(1).toLongLong(), q->value(2).toLongLong()});
        netByRate.insert(rate, q->value(1).toLongLong() - q->value(2).toLongLong());
    }
    // The VAT of the day's net at each rate, extracted as the cart does.
    for (const TaxBreakdownLine &t : taxBreakdown(netByRate, d.currency)) {
        DailySalesLine l;
        l.code = QString::number(t.rateBasisPoints);
        l.name = QLocale().toString(t.rateBasisPoints / 100.0, 'f',
                                    t.rateBasisPoints % 100 == 0 ? 0 : 2) +
                 QStringLiteral(" %");
        l.sales = Money(soldAndBack.value(t.rateBasisPoints).first, d.currency);
        l.refunds = Money(soldAndBack.value(t.rateBasisPoints).second, d.currency);
        l.discounts = Money(0, d.currency);
        l.taxBase = t.base;
        l.tax = t.tax;
        d.taxes << l;
    }
    return {};
}

} // namespace bodega
