#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "domain/money.h"
#include "domain/product.h"
#include "pos/demandforecast.h"
#include "pos/salesreport.h"
#include "pos/stockreport.h"
#include "storage/database.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

namespace bodega {

// How the sales-over-time chart groups the days.
enum class SalesGrouping { Day, Week, Month };

// One point of the sales-over-time chart: local days from..to of the store
// zone (a week from Monday, a month from the 1st; the last one ends today).
struct SalesBucket
{
    QDate from;
    QDate to;
    qint64 sales = 0;
    Money total;   // paid, tax included
    Money refunds; // paid back for returns made in those days
    Money net;     // total - refunds, as SalesReport::summary counts it
};

// A product below its threshold with what the forecast says of it.
struct LowProduct
{
    Product product;                   // id, sku, name, unit, supplier, threshold, stock
    double dailyDemand = 0;            // DemandForecast's expected units a day
    std::optional<double> daysOfCover; // none: it does not sell (endless cover)
    QDate stockOutDate;                // invalid when nothing sells
};

struct DashboardOptions
{
    SalesGrouping grouping = SalesGrouping::Day;
    int lowProducts = 12;  // bars in the stock-against-threshold chart
    int topProducts = 10;  // best sellers listed
    int dayBuckets = 30;   // days shown when grouping by day
    int weekBuckets = 12;  // weeks when grouping by week
    int monthBuckets = 12; // months when grouping by month
    // Best sellers and category share: what sells now, for this week's
    // orders. A week also keeps the grouped read small at a million sales a
    // year (~55,000 sale lines; the last 30 days were ~250,000, 2-4 s on a
    // loaded 2-core machine, see tests/bench/README.md).
    QString recentPeriod = QStringLiteral("last_7_days");
};

// Everything the dashboard shows, read at one moment.
struct DashboardSnapshot
{
    QString currency;
    bool hasProducts = false; // any active product: none is an empty store
    SalesGrouping grouping = SalesGrouping::Day;
    QVector<SalesBucket> salesOverTime; // oldest first
    SalesPeriod recent;                 // the span of top products and category share
    QVector<ProductSales> topProducts;
    QVector<CategorySales> categories;
    QVector<LowProduct> low; // lowest stock first
    bool moreLow = false;    // other products are low too
    qint64 lowCount = 0;     // products below their threshold, counted up to LowCountCap
    // Milliseconds each part took (what the benchmark and the log report).
    qint64 salesMs = 0, topMs = 0, categoriesMs = 0, lowMs = 0;

    bool hasSales() const;
};

// The manager's dashboard figures (SPEC: Stock, low-stock dashboard; issue 6
// point 1), read-only, every aggregate computed in SQL: sales over time from
// the per-quarter-hour totals the schema keeps by trigger (local schema 13),
// grouped into the store zone's days, weeks and months through
// SalesReport::period; best sellers and category share through SalesReport;
// the lowest products from StockReport's walk up the stock index, each with
// DemandForecast's days of cover. Reads a bounded number of rows whatever
// the size of the catalog and the sales history. Keep one per connection:
// StockReport caches the highest threshold.
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(bodega::DashboardQuery)

public:
    static constexpr qint64 LowCountCap = 1000;

    DashboardQuery(Database &db, const Clock &clock, QTimeZone zone);

    Result<DashboardSnapshot> snapshot(const DashboardOptions &options) const;

    // `buckets` days, weeks or months ending today (the last one partial).
    Result<QVector<SalesBucket>> salesOverTime(SalesGrouping grouping, int buckets) const;
    // The `limit` active products lowest in stock among those below their
    // threshold, with their days of cover; `more` when others are low too.
    Result<QVector<LowProduct>> lowProducts(int limit, bool *more = nullptr) const;

    const SalesReport &report() const { return m_report; }

    static QString groupingCode(SalesGrouping grouping); // day, week, month
    static std::optional<SalesGrouping> groupingFromCode(const QString &code);

private:
    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    SalesReport m_report;
    StockReport m_stock;
};

} // namespace bodega
