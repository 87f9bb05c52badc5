#include "salesreport.h"

#include "pos/demandforecast.h"
#include "pos/stockreport.h"
#include "storage/storesettings.h"

#include <algorithm>
#include <cmath>
#include <QJsonObject>
#include <QSet>

namespace bodega {

namespace {

QString stamp(const QDateTime &utc)
{
    return utc.toString(Qt::ISODateWithMs);
}

// Net quantity sold per product between two instants: sale lines of sales
// made then, less the lines returned then.
const char *const NetSoldSql =
    "SELECT product_id, SUM(qty) AS qty, SUM(revenue) AS rev FROM ("
    " SELECT l.product_id AS product_id, l.qty_milli AS qty, l.total_minor AS revenue"
    " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
    " WHERE s.created_at >= ? AND s.created_at < ?"
    " UNION ALL"
    " SELECT l.product_id, -rl.qty_milli, -rl.refund_minor"
    " FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id"
    " JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.line_no"
    " WHERE r.created_at >= ? AND r.created_at < ?"
    ") GROUP BY product_id";

} // namespace

QJsonObject SalesPeriod::toJson() const
{
    return QJsonObject{{QStringLiteral("period"), code},
                       {QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)}};
}

SalesReport::SalesReport(Database &db, const Clock &clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_zone(std::move(zone))
{
}

QTimeZone SalesReport::storeTimeZone(Database &db)
{
    const QString id =
        StoreSettings(db).value(QStringLiteral("time_zone"), QStringLiteral("America/Bogota"));
    QTimeZone zone(id.toUtf8());
    if (zone.isValid())
        return zone;
    QTimeZone bogota("America/Bogota");
    return bogota.isValid() ? bogota : QTimeZone(-5 * 3600);
}

QStringList SalesReport::periodCodes()
{
    return {QStringLiteral("today"),      QStringLiteral("yesterday"),
            QStringLiteral("this_week"),  QStringLiteral("last_7_days"),
            QStringLiteral("this_month"), QStringLiteral("last_30_days"),
            QStringLiteral("custom")};
}

QDateTime SalesReport::startOfDayUtc(const QDate &day) const
{
    return QDateTime(day, QTime(0, 0), m_zone).toUTC();
}

QString SalesReport::currency() const
{
    return StoreSettings(m_db).currency();
}

Result<SalesPeriod> SalesReport::period(const QString &code, const QString &from,
                                        const QString &to) const
{
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    SalesPeriod p;
    p.code = code.isEmpty() ? QStringLiteral("today") : code;
    if (!from.isEmpty() || !to.isEmpty() || p.code == QLatin1String("custom")) {
        if (!code.isEmpty() && code != QLatin1String("custom")) {
            return Error::validation(
                QStringLiteral("period"),
                tr("Give either a named period or dates (from, to), not both."));
        }
        p.code = QStringLiteral("custom");
        p.from = QDate::fromString(from, Qt::ISODate);
        if (!p.from.isValid()) {
            return Error::validation(QStringLiteral("from"),
                                     tr("The first day must be a date (YYYY-MM-DD): %1").arg(from));
        }
        p.to = to.isEmpty() ? p.from : QDate::fromString(to, Qt::ISODate);
        if (!p.to.isValid() || p.to < p.from) {
            return Error::validation(QStringLiteral("to"),
                                     tr("The last day must be a date (YYYY-MM-DD) on or after "
                                        "the first: %1")
                                         .arg(to));
        }
        if (p.from.daysTo(p.to) >= MaxPeriodDays) {
            return Error::validation(QStringLiteral("to"),
                                     tr("A period may span at most %1 days.").arg(MaxPeriodDays));
        }
    } else if (p.code == QLatin1String("today")) {
        p.from = p.to = today;
    } else if (p.code == QLatin1String("yesterday")) {
        p.from = p.to = today.addDays(-1);
    } else if (p.code == QLatin1String("this_week")) {
        p.from = today.addDays(1 - today.dayOfWeek()); // Monday
        p.to = today;
    } else if (p.code == QLatin1String("last_7_days")) {
        p.from = today.addDays(-6);
        p.to = today;
    } else if (p.code == QLatin1String("this_month")) {
        p.from = QDate(today.year(), today.month(), 1);
        p.to = today;
    } else if (p.code == QLatin1String("last_30_days")) {
        p.from = today.addDays(-29);
        p.to = today;
    } else {
        return Error::validation(
            QStringLiteral("period"),
            tr("Unknown period %1; one of %2").arg(code, periodCodes().join(QStringLiteral(", "))),
            {{QStringLiteral("allowed"), periodCodes()}});
    }
    p.startUtc = startOfDayUtc(p.from);
    p.endUtc = startOfDayUtc(p.to.addDays(1));
    return p;
}

Result<Money> SalesReport::money(const QString &sql, const QVariantList &bindings) const
{
    auto q = m_db.exec(sql, bindings);
    if (!q)
        return q.error();
    return Money(q->next() ? q->value(0).toLongLong() : 0, currency());
}

Result<SalesTotals> SalesReport::summary(const SalesPeriod &period) const
{
    const QVariantList span{stamp(period.startUtc), stamp(period.endUtc)};
    auto q = m_db.exec(QStringLiteral("SELECT count(*), coalesce(sum(total_minor), 0), "
                                      "coalesce(sum(tax_minor), 0), "
                                      "coalesce(sum(discount_minor), 0) FROM sales "
                                      "WHERE created_at >= ? AND created_at < ?"),
                       span);
    if (!q)
        return q.error();
    const QString cur = currency();
    SalesTotals t;
    if (q->next()) {
        t.sales = q->value(0).toLongLong();
        t.total = Money(q->value(1).toLongLong(), cur);
        t.tax = Money(q->value(2).toLongLong(), cur);
        t.discounts = Money(q->value(3).toLongLong(), cur);
    } else {
        t.total = t.tax = t.discounts = Money(0, cur);
    }
    auto r = m_db.exec(QStringLiteral("SELECT count(*), coalesce(sum(refund_minor), 0) FROM "
                                      "sale_returns WHERE created_at >= ? AND created_at < ?"),
                       span);
    if (!r)
        return r.error();
    t.refunds = Money(0, cur);
    if (r->next()) {
        t.returns = r->value(0).toLongLong();
        t.refunds = Money(r->value(1).toLongLong(), cur);
    }
    t.net = Money(t.total.minor() - t.refunds.minor(), cur);
    auto items = m_db.exec(QStringLiteral("SELECT coalesce(sum(l.qty_milli), 0) FROM sales s "
                                          "JOIN sale_lines l ON l.sale_id = s.id "
                                          "WHERE s.created_at >= ? AND s.created_at < ?"),
                           span);
    if (!items)
        return items.error();
    t.itemsSold = Quantity::fromMilli(items->next() ? items->value(0).toLongLong() : 0);
    return t;
}

Result<QVector<ProductSales>> SalesReport::topProducts(const SalesPeriod &period, int limit) const
{
    const QString start = stamp(period.startUtc), end = stamp(period.endUtc);
    // Names are read only for the rows that rank at or above the limit-th
    // (its ties included, which the name orders): joining every product that
    // sold to the catalog first cost a random read per product, most of a
    // second at a million sales a year (tests/bench, bodega_dashboard_bench).
    auto q =
        m_db.exec(QStringLiteral("WITH n AS MATERIALIZED (SELECT * FROM (%1) WHERE qty > 0), "
                                 "cut AS (SELECT qty, rev FROM n ORDER BY qty DESC, rev DESC "
                                 "LIMIT 1 OFFSET ?) "
                                 "SELECT n.product_id, p.name, p.sku, p.unit, n.qty, n.rev FROM n "
                                 "JOIN products p ON p.id = n.product_id "
                                 "WHERE NOT EXISTS (SELECT 1 FROM cut) "
                                 "OR (n.qty, n.rev) >= (SELECT qty, rev FROM cut) "
                                 "ORDER BY n.qty DESC, n.rev DESC, p.name LIMIT ?")
                      .arg(QLatin1String(NetSoldSql)),
                  {start, end, start, end, std::max(0, limit - 1), limit});
    if (!q)
        return q.error();
    const QString cur = currency();
    QVector<ProductSales> out;
    while (q->next()) {
        ProductSales s;
        s.productId = q->value(0).toString();
        s.name = q->value(1).toString();
        s.sku = q->value(2).toString();
        s.unit = unitFromCode(q->value(3).toString()).value_or(UnitOfMeasure::Unit);
        s.quantity = Quantity::fromMilli(q->value(4).toLongLong());
        s.revenue = Money(q->value(5).toLongLong(), cur);
        out << s;
    }
    return out;
}

Result<QVector<CategorySales>> SalesReport::categorySales(const SalesPeriod &period) const
{
    const QString start = stamp(period.startUtc), end = stamp(period.endUtc);
    auto q = m_db.exec(QStringLiteral("SELECT p.category, SUM(n.qty) AS qty, SUM(n.rev) AS rev "
                                      "FROM (%1) AS n JOIN products p ON p.id = n.product_id "
                                      "GROUP BY p.category HAVING SUM(n.rev) > 0 "
                                      "ORDER BY rev DESC, p.category")
                           .arg(QLatin1String(NetSoldSql)),
                       {start, end, start, end});
    if (!q)
        return q.error();
    const QString cur = currency();
    QVector<CategorySales> out;
    while (q->next()) {
        CategorySales s;
        s.category = q->value(0).toString();
        s.quantity = Quantity::fromMilli(q->value(1).toLongLong());
        s.revenue = Money(q->value(2).toLongLong(), cur);
        out << s;
    }
    return out;
}

Result<SalesReport::ReorderPage>
SalesReport::reorderSuggestions(const StockReport &stock, int coverDays, int limit,
                                const std::function<bool(const QString &)> &supplier) const
{
    // The pace is the demand forecast's (exponentially weighted, weekday
    // aware) over the velocity window; the cover asked for and the threshold
    // decide how much.
    ForecastOptions options;
    options.historyWeeks = VelocityWindowDays / 7;
    auto lines = DemandForecast(m_db, m_clock, m_zone, options).compute();
    if (!lines)
        return lines.error();
    QSet<QString> sold;
    QVector<ReorderSuggestion> urgent;
    for (const DemandForecastLine &l : *lines) {
        if (l.dailyDemand <= 0)
            continue;
        sold.insert(l.product.id);
        const Product &p = l.product;
        if (supplier && !supplier(p.supplier))
            continue;
        ReorderSuggestion s;
        s.product = p;
        s.product.active = true;
        s.soldInWindow = l.soldInHistory;
        s.dailyVelocity = l.dailyDemand;
        s.leadTimeDays = l.leadTimeDays;
        s.stockOutDate = l.stockOutDate;
        s.supplierId = l.supplierId;
        const double need = s.dailyVelocity * coverDays +
                            double(p.threshold.milli() - p.stock.milli()) / Quantity::Scale;
        const qint64 units = qint64(std::ceil(need - 1e-9));
        if (units <= 0)
            continue;
        s.suggested = Quantity::fromUnits(units);
        s.daysOfCover = l.daysOfCover.value_or(-1);
        urgent << s;
    }
    std::stable_sort(urgent.begin(), urgent.end(),
                     [](const ReorderSuggestion &a, const ReorderSuggestion &b) {
                         const double ka = a.daysOfCover < 0 ? 1e18 : a.daysOfCover;
                         const double kb = b.daysOfCover < 0 ? 1e18 : b.daysOfCover;
                         if (ka != kb)
                             return ka < kb;
                         return a.product.name < b.product.name;
                     });
    ReorderPage page;
    if (urgent.size() > limit) {
        urgent.resize(limit);
        page.more = true;
        page.suggestions = urgent;
        return page;
    }
    page.suggestions = urgent;
    // Then what is low without having sold: the threshold alone.
    auto low = stock.lowest(limit - int(urgent.size()), [&](const Product &p) {
        return !sold.contains(p.id) && (!supplier || supplier(p.supplier));
    });
    if (!low)
        return low.error();
    for (const Product &p : low->products) {
        ReorderSuggestion s;
        s.product = p;
        s.suggested = Quantity::fromUnits(qint64(
            std::ceil(double(p.threshold.milli() - p.stock.milli()) / Quantity::Scale - 1e-9)));
        page.suggestions << s;
    }
    page.more = low->more;
    return page;
}

} // namespace bodega
