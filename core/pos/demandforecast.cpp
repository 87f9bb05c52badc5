#include "demandforecast.h"

#include "storage/outbox.h"
#include "storage/storesettings.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace bodega {

namespace {

const auto PredictedLowKey = QLatin1String("forecast.predicted_low");
constexpr int StockOutHorizonDays = 366;

QString stamp(const QDateTime &utc)
{
    return utc.toString(Qt::ISODateWithMs);
}

double units(Quantity q)
{
    return double(q.milli()) / Quantity::Scale;
}

// Net quantity per product and local day: sales on the day they were made,
// returns on the day they came back. The local day is the UTC stamp moved
// by the zone's offset now (a zone that changed its offset inside the
// window puts the hour next to midnight on the neighbouring day for the
// weeks before the change; es-CO has no daylight saving).
const char *const DailySql =
    "SELECT product_id, day, SUM(qty) FROM ("
    " SELECT l.product_id AS product_id, date(s.created_at, ?) AS day, l.qty_milli AS qty"
    " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
    " WHERE s.created_at >= ? AND s.created_at < ?%1"
    " UNION ALL"
    " SELECT l.product_id, date(r.created_at, ?), -rl.qty_milli"
    " FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id"
    " JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.line_no"
    " WHERE r.created_at >= ? AND r.created_at < ?%1"
    ") GROUP BY product_id, day";

} // namespace

QJsonObject DemandForecastLine::toJson() const
{
    const auto round = [](double v, double scale) { return std::round(v * scale) / scale; };
    QJsonArray factors;
    for (double f : weekdayFactors)
        factors.append(round(f, 1000));
    QJsonObject o{
        {QStringLiteral("product_id"), product.id},
        {QStringLiteral("sku"), product.sku},
        {QStringLiteral("name"), product.name},
        {QStringLiteral("stock_milli"), product.stock.milli()},
        {QStringLiteral("on_order_milli"), onOrder.milli()},
        {QStringLiteral("history_days"), historyDays},
        {QStringLiteral("sold_milli"), soldInHistory.milli()},
        {QStringLiteral("daily_demand"), round(dailyDemand, 1000)},
        {QStringLiteral("weekday_factors_used"), weekdayFactorsUsed},
        {QStringLiteral("weekday_factors"), factors},
        {QStringLiteral("sigma"), round(sigma, 1000)},
        {QStringLiteral("safety_stock"), round(safetyStock, 1000)},
        {QStringLiteral("lead_time_days"), leadTimeDays},
        {QStringLiteral("lead_time_from_supplier"), leadTimeFromSupplier},
        {QStringLiteral("supplier_id"), supplierId.isEmpty() ? QJsonValue() : supplierId},
        {QStringLiteral("supplier"), supplierName},
        {QStringLiteral("days_of_cover"),
         daysOfCover ? QJsonValue(round(*daysOfCover, 10)) : QJsonValue()},
        {QStringLiteral("stock_out_date"),
         stockOutDate.isValid() ? QJsonValue(stockOutDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("horizon_demand"), round(horizonDemand, 1000)},
        {QStringLiteral("suggested_milli"), suggested.milli()},
        {QStringLiteral("stock_out_within_lead_time"), stockOutWithinLeadTime},
    };
    if (unitCost) {
        o.insert(QStringLiteral("unit_cost_minor"), unitCost->minor());
        o.insert(QStringLiteral("currency"), unitCost->currency());
    }
    return o;
}

DemandForecast::DemandForecast(Database &db, const Clock &clock, QTimeZone zone,
                               ForecastOptions options)
    : m_db(db), m_clock(clock), m_zone(std::move(zone)), m_options(std::move(options))
{
}

QDate DemandForecast::today() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

void DemandForecast::forecast(DemandForecastLine &line, const QVector<double> &daily,
                              const QDate &firstDay, const ForecastOptions &options)
{
    const int n = int(daily.size());
    line.historyDays = n;
    const QDate today = firstDay.addDays(n - 1);
    const auto weekday = [&](int i) { return firstDay.addDays(i).dayOfWeek() - 1; };
    double total = 0;
    for (double x : daily)
        total += x;
    const double mean = n > 0 ? total / n : 0;

    // Weekday factors: a weekday's mean over the overall mean, once every
    // weekday has been seen four times; flat before that.
    line.weekdayFactors.fill(1.0);
    line.weekdayFactorsUsed = n >= 28 && mean > 0;
    if (line.weekdayFactorsUsed) {
        std::array<double, 7> sum{}, count{};
        for (int i = 0; i < n; ++i) {
            sum[weekday(i)] += daily[i];
            count[weekday(i)] += 1;
        }
        for (int d = 0; d < 7; ++d)
            line.weekdayFactors[d] = sum[d] / count[d] / mean;
    }
    const auto &f = line.weekdayFactors;

    // The level: exponentially weighted mean of the days with the weekday
    // taken out (days of a weekday that never sells say nothing about it).
    double weighted = 0, weights = 0, w = 1;
    for (int i = n - 1; i >= 0; --i, w *= 1 - options.alpha) {
        const double factor = f[weekday(i)];
        if (factor <= 0)
            continue;
        weighted += w * daily[i] / factor;
        weights += w;
    }
    line.dailyDemand = weights > 0 ? weighted / weights : 0;

    // Spread around the weekday-adjusted mean (sample deviation).
    double squares = 0;
    for (int i = 0; i < n; ++i) {
        const double r = daily[i] - mean * f[weekday(i)];
        squares += r * r;
    }
    line.sigma = n > 1 ? std::sqrt(squares / (n - 1)) : 0;
    line.safetyStock = options.serviceZ * line.sigma * std::sqrt(double(line.leadTimeDays));

    const double stock = units(line.product.stock);
    const auto expected = [&](const QDate &day) {
        return line.dailyDemand * f[day.dayOfWeek() - 1];
    };
    line.daysOfCover.reset();
    line.stockOutDate = QDate();
    line.horizonDemand = 0;
    line.suggested = Quantity();
    line.stockOutWithinLeadTime = false;
    if (line.dailyDemand <= 0)
        return; // nothing sells: it lasts for ever and nothing is suggested
    line.daysOfCover = std::max(0.0, stock / line.dailyDemand);
    // Today counts: stock that sells out today runs out today.
    double left = stock;
    for (int i = 0; i <= StockOutHorizonDays; ++i) {
        if (left <= 1e-9) {
            line.stockOutDate = today.addDays(std::max(0, i - 1));
            break;
        }
        left -= expected(today.addDays(i));
    }
    if (!line.stockOutDate.isValid() && left <= 1e-9)
        line.stockOutDate = today.addDays(StockOutHorizonDays);
    line.stockOutWithinLeadTime =
        line.stockOutDate.isValid() && today.daysTo(line.stockOutDate) < line.leadTimeDays;
    // What sells from tomorrow until the order after next can arrive.
    for (int i = 1; i <= line.leadTimeDays + options.reviewDays; ++i)
        line.horizonDemand += expected(today.addDays(i));
    const double need = line.horizonDemand + line.safetyStock - stock - units(line.onOrder);
    const qint64 whole = qint64(std::ceil(need - 1e-9));
    line.suggested = Quantity::fromUnits(std::max<qint64>(0, whole));
}

Result<QVector<DemandForecastLine>> DemandForecast::compute() const
{
    const QDate last = today();
    const QDate windowStart = last.addDays(1 - 7 * std::max(1, m_options.historyWeeks));
    const QString start = stamp(QDateTime(windowStart, QTime(0, 0), m_zone).toUTC());
    const QString end = stamp(QDateTime(last.addDays(1), QTime(0, 0), m_zone).toUTC());
    const int offset = m_zone.offsetFromUtc(m_clock.now());
    const QString shift = QStringLiteral("%1%2 seconds")
                              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                              .arg(std::abs(offset));
    const bool one = !m_options.productId.isEmpty();

    // The products, with stock and what is already on its way.
    QVariantList bindings;
    if (one)
        bindings << m_options.productId;
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT p.id, p.name, p.sku, p.unit, p.supplier, p.threshold_milli, p.cost_minor, "
            "p.currency, p.created_at, coalesce(st.qty_milli, 0), coalesce(oo.qty, 0) "
            "FROM products p LEFT JOIN stock_levels st ON st.product_id = p.id "
            "LEFT JOIN (SELECT l.product_id, SUM(max(l.ordered_milli - l.received_milli, 0)) "
            "AS qty FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.po_id "
            "WHERE o.status IN ('sent', 'partially_received') GROUP BY l.product_id) oo "
            "ON oo.product_id = p.id WHERE p.active = 1%1")
            .arg(one ? QLatin1String(" AND p.id = ?") : QLatin1String()),
        bindings);
    if (!q)
        return q.error();
    QVector<DemandForecastLine> lines;
    QHash<QString, int> index;
    while (q->next()) {
        DemandForecastLine l;
        Product &p = l.product;
        p.id = q->value(0).toString();
        p.name = q->value(1).toString();
        p.sku = q->value(2).toString();
        p.unit = unitFromCode(q->value(3).toString()).value_or(UnitOfMeasure::Unit);
        p.supplier = q->value(4).toString();
        p.threshold = Quantity::fromMilli(q->value(5).toLongLong());
        p.cost = Money(q->value(6).toLongLong(), q->value(7).toString());
        p.price = Money(0, q->value(7).toString());
        p.createdAt = QDateTime::fromString(q->value(8).toString(), Qt::ISODateWithMs);
        p.stock = Quantity::fromMilli(q->value(9).toLongLong());
        l.onOrder = Quantity::fromMilli(q->value(10).toLongLong());
        l.leadTimeDays = m_options.defaultLeadDays;
        l.supplierName = p.supplier;
        index.insert(p.id, int(lines.size()));
        lines << l;
    }
    if (one && lines.isEmpty())
        return Error::notFound(QStringLiteral("product"), m_options.productId);

    // The supplier: the product's own (by name) among those with a price
    // for it, else the cheapest (then quickest) that has one, else the
    // supplier named on the product.
    auto named = m_db.exec(QStringLiteral("SELECT id, name, lead_time_days FROM suppliers"));
    if (!named)
        return named.error();
    struct SupplierRow
    {
        QString id, name;
        int lead = 0;
    };
    QHash<QString, SupplierRow> byName;
    while (named->next()) {
        const SupplierRow s{named->value(0).toString(), named->value(1).toString(),
                            named->value(2).toInt()};
        byName.insert(s.name.toCaseFolded(), s);
    }
    auto prices = m_db.exec(
        QStringLiteral("SELECT sp.product_id, s.id, s.name, s.lead_time_days, sp.price_minor, "
                       "sp.currency FROM supplier_prices sp JOIN suppliers s ON s.id = "
                       "sp.supplier_id%1 ORDER BY sp.product_id, sp.price_minor, "
                       "s.lead_time_days, s.name")
            .arg(one ? QLatin1String(" WHERE sp.product_id = ?") : QLatin1String()),
        one ? QVariantList{m_options.productId} : QVariantList{});
    if (!prices)
        return prices.error();
    QSet<QString> priced, ownPriced;
    while (prices->next()) {
        auto it = index.constFind(prices->value(0).toString());
        if (it == index.constEnd())
            continue;
        DemandForecastLine &l = lines[*it];
        const QString name = prices->value(2).toString();
        const bool own = name.compare(l.product.supplier, Qt::CaseInsensitive) == 0;
        if (ownPriced.contains(l.product.id) || (priced.contains(l.product.id) && !own))
            continue;
        priced.insert(l.product.id);
        if (own)
            ownPriced.insert(l.product.id);
        l.supplierId = prices->value(1).toString();
        l.supplierName = name;
        l.leadTimeDays = prices->value(3).toInt();
        l.leadTimeFromSupplier = true;
        l.unitCost = Money(prices->value(4).toLongLong(), prices->value(5).toString());
    }
    for (DemandForecastLine &l : lines) {
        if (priced.contains(l.product.id))
            continue;
        auto s = byName.constFind(l.product.supplier.toCaseFolded());
        if (s == byName.constEnd())
            continue;
        l.supplierId = s->id;
        l.supplierName = s->name;
        l.leadTimeDays = s->lead;
        l.leadTimeFromSupplier = true;
    }

    // Daily demand, one grouped query for all products.
    const QString onlyOne = one ? QStringLiteral(" AND l.product_id = ?") : QString();
    QVariantList daily{shift, start, end};
    if (one)
        daily << m_options.productId;
    daily << shift << start << end;
    if (one)
        daily << m_options.productId;
    auto d = m_db.exec(QString::fromLatin1(DailySql).arg(onlyOne), daily);
    if (!d)
        return d.error();
    const int windowDays = int(windowStart.daysTo(last)) + 1;
    QVector<QVector<double>> series(lines.size());
    QVector<QDate> firstSold(lines.size());
    while (d->next()) {
        auto it = index.constFind(d->value(0).toString());
        const QDate day = QDate::fromString(d->value(1).toString(), Qt::ISODate);
        if (it == index.constEnd() || !day.isValid())
            continue;
        const int at = int(windowStart.daysTo(day));
        if (at < 0 || at >= windowDays)
            continue;
        QVector<double> &s = series[*it];
        if (s.isEmpty())
            s.fill(0, windowDays);
        const double net = double(d->value(2).toLongLong()) / Quantity::Scale;
        s[at] = net;
        if (net > 0 && (!firstSold[*it].isValid() || day < firstSold[*it]))
            firstSold[*it] = day;
    }
    for (int i = 0; i < lines.size(); ++i) {
        DemandForecastLine &l = lines[i];
        QVector<double> &s = series[i];
        double sold = 0;
        for (double &x : s) {
            sold += x;
            x = std::max(0.0, x); // a day of more returns than sales sold nothing
        }
        l.soldInHistory = Quantity::fromMilli(qint64(std::llround(std::max(0.0, sold) * 1000)));
        // History starts when the product could first sell: created, or
        // sold (stores import products after selling them), in the window.
        QDate from = l.product.createdAt.isValid() ? l.product.createdAt.toTimeZone(m_zone).date()
                                                   : windowStart;
        if (firstSold[i].isValid() && firstSold[i] < from)
            from = firstSold[i];
        from = std::clamp(from, windowStart, last);
        const int skip = int(windowStart.daysTo(from));
        const QVector<double> days =
            s.isEmpty() ? QVector<double>(windowDays - skip, 0.0) : s.mid(skip);
        forecast(l, days, from, m_options);
    }
    return lines;
}

Result<QStringList>
DemandForecast::recordPredictedStockOuts(const QVector<DemandForecastLine> &lines)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    StoreSettings settings(m_db);
    auto stored = settings.valueOr(PredictedLowKey, QStringLiteral("[]"));
    if (!stored)
        return stored.error();
    QSet<QString> before;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored->toUtf8()).array())
        before.insert(v.toString());
    QSet<QString> now = m_options.productId.isEmpty() ? QSet<QString>() : before;
    if (!m_options.productId.isEmpty())
        now.remove(m_options.productId);
    Outbox outbox(m_db, m_clock);
    QStringList announced;
    for (const DemandForecastLine &l : lines) {
        if (!l.stockOutWithinLeadTime)
            continue;
        now.insert(l.product.id);
        if (before.contains(l.product.id))
            continue;
        const QJsonObject payload{
            {QStringLiteral("product_id"), l.product.id},
            {QStringLiteral("product_name"), l.product.name},
            {QStringLiteral("sku"), l.product.sku},
            {QStringLiteral("current_stock_milli"), l.product.stock.milli()},
            {QStringLiteral("on_order_milli"), l.onOrder.milli()},
            {QStringLiteral("daily_demand_milli"), qint64(std::llround(l.dailyDemand * 1000))},
            {QStringLiteral("predicted_stock_out"), l.stockOutDate.toString(Qt::ISODate)},
            {QStringLiteral("lead_time_days"), l.leadTimeDays},
            {QStringLiteral("supplier_id"), l.supplierId.isEmpty() ? QJsonValue() : l.supplierId},
            {QStringLiteral("supplier"), l.supplierName},
            {QStringLiteral("suggested_milli"), l.suggested.milli()},
        };
        if (auto e = outbox.append(QStringLiteral("stock.low_predicted"), 1, l.product.id, payload);
            !e)
            return e.error();
        announced << l.product.id;
    }
    QStringList ids(now.begin(), now.end());
    ids.sort();
    if (auto s = settings.setValue(
            PredictedLowKey,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return announced;
}

} // namespace bodega
