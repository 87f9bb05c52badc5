#include "dashboardquery.h"

#include "storage/storesettings.h"

#include <algorithm>
#include <QElapsedTimer>

namespace bodega {

namespace {

// The key of the quarter hour a UTC instant starts (sales_quarter_hours.bucket).
QString bucketKey(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

QDate nextStart(SalesGrouping grouping, const QDate &from)
{
    switch (grouping) {
    case SalesGrouping::Day:
        return from.addDays(1);
    case SalesGrouping::Week:
        return from.addDays(7);
    case SalesGrouping::Month:
        return from.addMonths(1);
    }
    return from.addDays(1);
}

} // namespace

bool DashboardSnapshot::hasSales() const
{
    for (const SalesBucket &b : salesOverTime) {
        if (b.sales > 0 || b.refunds.minor() != 0)
            return true;
    }
    return !topProducts.isEmpty();
}

DashboardQuery::DashboardQuery(Database &db, const Clock &clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_zone(zone), m_report(db, clock, zone), m_stock(db)
{
}

QString DashboardQuery::groupingCode(SalesGrouping grouping)
{
    switch (grouping) {
    case SalesGrouping::Day:
        return QStringLiteral("day");
    case SalesGrouping::Week:
        return QStringLiteral("week");
    case SalesGrouping::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("day");
}

std::optional<SalesGrouping> DashboardQuery::groupingFromCode(const QString &code)
{
    for (SalesGrouping g : {SalesGrouping::Day, SalesGrouping::Week, SalesGrouping::Month}) {
        if (code == groupingCode(g))
            return g;
    }
    return std::nullopt;
}

Result<QVector<SalesBucket>> DashboardQuery::salesOverTime(SalesGrouping grouping,
                                                           int buckets) const
{
    auto today = m_report.period(QStringLiteral("today"));
    if (!today)
        return today.error();
    const QDate last = today->from;
    QDate first;
    switch (grouping) {
    case SalesGrouping::Day:
        first = last.addDays(1 - buckets);
        break;
    case SalesGrouping::Week:
        first = last.addDays(1 - last.dayOfWeek()).addDays(-7 * (buckets - 1)); // Mondays
        break;
    case SalesGrouping::Month:
        first = QDate(last.year(), last.month(), 1).addMonths(1 - buckets);
        break;
    }
    // The chart's span is one SalesReport period: the same limit.
    if (buckets < 1 || first.daysTo(last) >= SalesReport::MaxPeriodDays) {
        return Error::validation(QStringLiteral("buckets"),
                                 tr("The sales chart spans at most %1 days; %2 %3s do not fit.")
                                     .arg(SalesReport::MaxPeriodDays)
                                     .arg(buckets)
                                     .arg(groupingCode(grouping)));
    }

    // The local days of each point become UTC instants the way every sales
    // figure does it (SalesReport::period): daylight saving included.
    QVector<SalesBucket> out;
    QStringList starts;
    QString end;
    const QString cur = StoreSettings(m_db).currency();
    for (QDate from = first; from <= last; from = nextStart(grouping, from)) {
        SalesBucket b;
        b.from = from;
        b.to = std::min(nextStart(grouping, from).addDays(-1), last);
        auto p = m_report.period(QStringLiteral("custom"), b.from.toString(Qt::ISODate),
                                 b.to.toString(Qt::ISODate));
        if (!p)
            return p.error();
        b.total = b.refunds = b.net = Money(0, cur);
        starts << bucketKey(p->startUtc);
        end = bucketKey(p->endUtc);
        out << b;
    }
    auto q = m_db.exec(QStringLiteral("SELECT bucket, sales, total_minor, refund_minor FROM "
                                      "sales_quarter_hours WHERE bucket >= ? AND bucket < ? "
                                      "ORDER BY bucket"),
                       {starts.first(), end});
    if (!q)
        return q.error();
    qsizetype at = 0;
    while (q->next()) {
        const QString key = q->value(0).toString();
        while (at + 1 < starts.size() && key >= starts[at + 1])
            ++at;
        SalesBucket &b = out[at];
        b.sales += q->value(1).toLongLong();
        b.total = Money(b.total.minor() + q->value(2).toLongLong(), cur);
        b.refunds = Money(b.refunds.minor() + q->value(3).toLongLong(), cur);
    }
    for (SalesBucket &b : out)
        b.net = Money(b.total.minor() - b.refunds.minor(), cur);
    return out;
}

Result<QVector<LowProduct>> DashboardQuery::lowProducts(int limit, bool *more) const
{
    auto page = m_stock.lowest(limit);
    if (!page)
        return page.error();
    if (more)
        *more = page->more;
    QVector<LowProduct> out;
    for (const Product &p : page->products) {
        LowProduct low;
        low.product = p;
        // One product at a time: the forecast of a dozen products reads
        // their own sales through the product index, not the whole history.
        ForecastOptions options;
        options.productId = p.id;
        auto lines = DemandForecast(m_db, m_clock, m_zone, options).compute();
        if (!lines)
            return lines.error();
        if (!lines->isEmpty()) {
            const DemandForecastLine &line = lines->first();
            low.dailyDemand = line.dailyDemand;
            low.daysOfCover = line.daysOfCover;
            low.stockOutDate = line.stockOutDate;
        }
        out << low;
    }
    return out;
}

Result<DashboardSnapshot> DashboardQuery::snapshot(const DashboardOptions &options) const
{
    DashboardSnapshot s;
    s.currency = StoreSettings(m_db).currency();
    s.grouping = options.grouping;
    QElapsedTimer timer;
    timer.start();
    auto any = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM products WHERE active = 1)"));
    if (!any)
        return any.error();
    s.hasProducts = any->next() && any->value(0).toBool();

    const int buckets = options.grouping == SalesGrouping::Day    ? options.dayBuckets
                        : options.grouping == SalesGrouping::Week ? options.weekBuckets
                                                                  : options.monthBuckets;
    auto sales = salesOverTime(options.grouping, buckets);
    if (!sales)
        return sales.error();
    s.salesOverTime = *sales;
    s.salesMs = timer.restart();

    auto recent = m_report.period(options.recentPeriod);
    if (!recent)
        return recent.error();
    s.recent = *recent;
    auto top = m_report.topProducts(s.recent, options.topProducts);
    if (!top)
        return top.error();
    s.topProducts = *top;
    s.topMs = timer.restart();
    auto categories = m_report.categorySales(s.recent);
    if (!categories)
        return categories.error();
    s.categories = *categories;
    s.categoriesMs = timer.restart();

    auto low = lowProducts(options.lowProducts, &s.moreLow);
    if (!low)
        return low.error();
    s.low = *low;
    auto count = m_stock.countLow(LowCountCap);
    if (!count)
        return count.error();
    s.lowCount = *count;
    s.lowMs = timer.restart();
    return s;
}

} // namespace bodega
