// The manager dashboard's figures (issue 6, point 1) on a constructed store:
// sales made through CatalogService on a ManualClock, in the store's zone
// (America/Bogota, UTC-5), so every day, week and month boundary is known.
#include "pos/dashboardquery.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace bodega;
using namespace bodega::test;

namespace {

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// Wednesday 2026-11-18, 10:00 in Bogotá (15:00 UTC).
struct DashboardStore
{
    const qint64 now = utcMs("2026-11-18T15:00:00Z");
    TempStore store;

    DashboardStore() { store.clock.setMs(utcMs("2026-08-01T12:00:00Z")); }

    Product add(const char *sku, const char *name, const char *category, qint64 price, qint64 stock,
                qint64 threshold = 5)
    {
        Product p = sampleProduct(QString::fromUtf8(name), QString::fromLatin1(sku));
        p.barcode.clear();
        p.category = QString::fromUtf8(category);
        p.price = Money(price, QStringLiteral("COP"));
        p.threshold = Quantity::fromUnits(threshold);
        auto r = store.catalog->addProduct(p, Quantity::fromUnits(stock), false);
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        return r ? *r : p;
    }

    SaleRecord sell(const char *sku, qint64 qty, const char *atUtc)
    {
        store.clock.setMs(utcMs(atUtc));
        auto r = store.catalog->sell(QString::fromLatin1(sku), Quantity::fromUnits(qty));
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        store.clock.setMs(now);
        return r ? *r : SaleRecord{};
    }

    DashboardQuery query()
    {
        store.clock.setMs(now);
        return DashboardQuery(*store.db, store.clock, SalesReport::storeTimeZone(*store.db));
    }
};

const SalesBucket *bucketOf(const QVector<SalesBucket> &buckets, const QDate &day)
{
    for (const SalesBucket &b : buckets) {
        if (b.from <= day && day <= b.to)
            return &b;
    }
    return nullptr;
}

} // namespace

TEST(Dashboard, DaysAreTheStoreZonesAndNetOfReturnsAsTheSalesSummaryCountsThem)
{
    DashboardStore d;
    d.add("ARR", "Arroz Diana 500 g", "Granos", 2900, 100);
    d.sell("ARR", 1, "2026-11-17T04:59:00Z");                         // 16 Nov, 23:59 local
    d.sell("ARR", 2, "2026-11-17T05:00:00Z");                         // 17 Nov, 00:00 local
    const SaleRecord late = d.sell("ARR", 3, "2026-11-18T04:59:59Z"); // 17 Nov, 23:59:59
    d.sell("ARR", 1, "2026-11-18T14:00:00Z");                         // today
    d.store.clock.setMs(utcMs("2026-11-18T14:30:00Z"));
    auto back = d.store.catalog->returnItems(late.receiptNo, {{1, Quantity::fromUnits(1)}},
                                             QStringLiteral("bolsa rota"), std::nullopt);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();

    DashboardQuery q = d.query();
    auto days = q.salesOverTime(SalesGrouping::Day, 30);
    ASSERT_TRUE(days.ok()) << days.error().message.toStdString();
    ASSERT_EQ(days->size(), 30);
    EXPECT_EQ(days->first().from, QDate(2026, 10, 20));
    EXPECT_EQ(days->last().from, QDate(2026, 11, 18));
    EXPECT_EQ(days->last().to, QDate(2026, 11, 18));
    const SalesBucket *sixteenth = bucketOf(*days, QDate(2026, 11, 16));
    const SalesBucket *seventeenth = bucketOf(*days, QDate(2026, 11, 17));
    const SalesBucket *today = bucketOf(*days, QDate(2026, 11, 18));
    ASSERT_TRUE(sixteenth && seventeenth && today);
    EXPECT_EQ(sixteenth->sales, 1);
    EXPECT_EQ(sixteenth->net.minor(), 2900);
    EXPECT_EQ(seventeenth->sales, 2);
    EXPECT_EQ(seventeenth->total.minor(), 5 * 2900);
    EXPECT_EQ(seventeenth->refunds.minor(), 0); // the return was made today
    EXPECT_EQ(today->sales, 1);
    EXPECT_EQ(today->total.minor(), 2900);
    EXPECT_EQ(today->refunds.minor(), back->refund.minor());
    EXPECT_EQ(today->net.minor(), 2900 - back->refund.minor());
    EXPECT_EQ(today->net.currency(), QStringLiteral("COP"));
    qint64 others = 0;
    for (const SalesBucket &b : *days)
        others += b.sales;
    EXPECT_EQ(others, 4);
    // Every day is what SalesReport says of it.
    for (const SalesBucket &b : *days) {
        auto p = q.report().period(QStringLiteral("custom"), b.from.toString(Qt::ISODate));
        ASSERT_TRUE(p.ok());
        auto summary = q.report().summary(*p);
        ASSERT_TRUE(summary.ok());
        EXPECT_EQ(b.net.minor(), summary->net.minor()) << b.from.toString().toStdString();
        EXPECT_EQ(b.sales, summary->sales);
    }
}

TEST(Dashboard, WeeksStartOnMondayAndMonthsOnTheFirstInTheStoreZone)
{
    DashboardStore d;
    d.add("LEC", "Leche entera 1 l", "Lácteos", 4200, 100);
    d.sell("LEC", 1, "2026-11-16T04:30:00Z"); // Sunday 15 Nov, 23:30 local: last week
    d.sell("LEC", 2, "2026-11-16T05:10:00Z"); // Monday 16 Nov, 00:10 local: this week
    d.sell("LEC", 4, "2026-11-01T04:59:00Z"); // 31 Oct, 23:59 local: October
    d.sell("LEC", 8, "2026-11-01T05:00:00Z"); // 1 Nov, 00:00 local: November
    DashboardQuery q = d.query();

    auto weeks = q.salesOverTime(SalesGrouping::Week, 12);
    ASSERT_TRUE(weeks.ok());
    ASSERT_EQ(weeks->size(), 12);
    EXPECT_EQ(weeks->last().from, QDate(2026, 11, 16));
    EXPECT_EQ(weeks->last().to, QDate(2026, 11, 18)); // ends today
    EXPECT_EQ(weeks->at(10).from, QDate(2026, 11, 9));
    EXPECT_EQ(weeks->at(10).to, QDate(2026, 11, 15));
    for (const SalesBucket &w : *weeks)
        EXPECT_EQ(w.from.dayOfWeek(), 1) << w.from.toString().toStdString();
    EXPECT_EQ(weeks->last().total.minor(), 2 * 4200);
    EXPECT_EQ(weeks->at(10).total.minor(), 1 * 4200);
    EXPECT_EQ(weeks->at(9).total.minor(), 0);         // 2..8 Nov
    EXPECT_EQ(weeks->at(8).total.minor(), 12 * 4200); // 26 Oct..1 Nov: both
    EXPECT_EQ(weeks->at(8).sales, 2);

    auto months = q.salesOverTime(SalesGrouping::Month, 12);
    ASSERT_TRUE(months.ok());
    ASSERT_EQ(months->size(), 12);
    EXPECT_EQ(months->first().from, QDate(2025, 12, 1));
    EXPECT_EQ(months->last().from, QDate(2026, 11, 1));
    EXPECT_EQ(months->last().to, QDate(2026, 11, 18));
    EXPECT_EQ(months->at(10).to, QDate(2026, 10, 31));
    EXPECT_EQ(months->at(10).total.minor(), 4 * 4200);
    EXPECT_EQ(months->last().total.minor(), (1 + 2 + 8) * 4200);
    EXPECT_EQ(months->last().sales, 3);

    auto tooLong = q.salesOverTime(SalesGrouping::Month, 13);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(tooLong.error().details.value(QStringLiteral("field")).toString(),
              QStringLiteral("buckets"));
}

TEST(Dashboard, TopProductsByQuantityThenRevenueAndCategorySharesAddUp)
{
    DashboardStore d;
    d.add("ARR", "Arroz Diana 500 g", "Granos", 2900, 100);
    d.add("FRI", "Frijol cargamanto 500 g", "Granos", 6500, 100);
    d.add("LEC", "Leche entera 1 l", "Lácteos", 4200, 100);
    d.add("QUE", "Queso campesino 250 g", "Lácteos", 9000, 100);
    d.sell("ARR", 3, "2026-11-12T05:00:00Z"); // 12 Nov, 00:00 local: the first of 7 days
    d.sell("FRI", 3, "2026-11-13T15:00:00Z"); // ties ARR on quantity, more revenue
    d.sell("LEC", 5, "2026-11-14T15:00:00Z");
    d.sell("QUE", 1, "2026-11-15T15:00:00Z");
    d.sell("QUE", 9, "2026-11-12T04:59:00Z"); // 11 Nov, 23:59 local: before the last 7 days

    DashboardOptions options;
    options.topProducts = 3;
    auto snap = d.query().snapshot(options);
    ASSERT_TRUE(snap.ok()) << snap.error().message.toStdString();
    EXPECT_EQ(snap->recent.from, QDate(2026, 11, 12));
    EXPECT_EQ(snap->recent.to, QDate(2026, 11, 18));
    ASSERT_EQ(snap->topProducts.size(), 3);
    EXPECT_EQ(snap->topProducts[0].sku, QStringLiteral("LEC"));
    EXPECT_EQ(snap->topProducts[1].sku, QStringLiteral("FRI"));
    EXPECT_EQ(snap->topProducts[2].sku, QStringLiteral("ARR"));
    EXPECT_EQ(snap->topProducts[1].revenue.minor(), 3 * 6500);
    ASSERT_EQ(snap->categories.size(), 2); // most revenue first
    EXPECT_EQ(snap->categories[0].category, QStringLiteral("Lácteos"));
    EXPECT_EQ(snap->categories[0].revenue.minor(), 5 * 4200 + 9000);
    EXPECT_EQ(snap->categories[0].quantity, Quantity::fromUnits(6));
    EXPECT_EQ(snap->categories[1].category, QStringLiteral("Granos"));
    EXPECT_EQ(snap->categories[1].revenue.minor(), 3 * 2900 + 3 * 6500);
    EXPECT_EQ(snap->categories[1].quantity, Quantity::fromUnits(6));
    EXPECT_TRUE(snap->hasSales());
    EXPECT_TRUE(snap->hasProducts);
}

TEST(Dashboard, LowProductsLowestFirstWithTheForecastsDaysOfCover)
{
    DashboardStore d;
    d.add("ARR", "Arroz Diana 500 g", "Granos", 2900, 40, 10);
    d.add("LEC", "Leche entera 1 l", "Lácteos", 4200, 30, 10);
    d.add("SAL", "Sal refisal 1 kg", "Granos", 1800, 3, 10); // low, never sells
    d.add("OK", "Aceite 1 l", "Granos", 12000, 50, 10);      // not low
    for (int day = 14; day >= 0; --day) {
        const QDateTime at =
            QDateTime::fromString(QStringLiteral("2026-11-18T14:00:00Z"), Qt::ISODate)
                .addDays(-day);
        d.sell("ARR", 2, qPrintable(at.toString(Qt::ISODate)));
        d.sell("LEC", 1, qPrintable(at.toString(Qt::ISODate)));
    }
    // ARR: 40 - 30 = 10 left, one more sale makes it low; LEC: 30 - 15 = 15, not low.
    d.sell("ARR", 2, "2026-11-18T14:10:00Z"); // 8 left

    DashboardQuery q = d.query();
    bool more = true;
    auto low = q.lowProducts(10, &more);
    ASSERT_TRUE(low.ok()) << low.error().message.toStdString();
    EXPECT_FALSE(more);
    ASSERT_EQ(low->size(), 2);
    EXPECT_EQ(low->at(0).product.sku, QStringLiteral("SAL"));
    EXPECT_EQ(low->at(0).product.stock, Quantity::fromUnits(3));
    EXPECT_FALSE(low->at(0).daysOfCover.has_value()); // nothing sells: endless
    EXPECT_EQ(low->at(1).product.sku, QStringLiteral("ARR"));
    EXPECT_EQ(low->at(1).product.threshold, Quantity::fromUnits(10));
    ForecastOptions fo;
    fo.productId = low->at(1).product.id;
    auto forecast =
        DemandForecast(*d.store.db, d.store.clock, SalesReport::storeTimeZone(*d.store.db), fo)
            .compute();
    ASSERT_TRUE(forecast.ok());
    ASSERT_TRUE(low->at(1).daysOfCover.has_value());
    EXPECT_DOUBLE_EQ(*low->at(1).daysOfCover, *forecast->first().daysOfCover);
    EXPECT_GT(low->at(1).dailyDemand, 1.0);
    EXPECT_LT(*low->at(1).daysOfCover, 10.0);
    EXPECT_EQ(low->at(1).stockOutDate, forecast->first().stockOutDate);

    auto one = q.lowProducts(1, &more);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->size(), 1);
    EXPECT_TRUE(more);
    auto snap = q.snapshot({});
    ASSERT_TRUE(snap.ok());
    EXPECT_EQ(snap->lowCount, 2);
}

TEST(Dashboard, AnEmptyStoreSaysSo)
{
    TempStore store;
    DashboardQuery q(*store.db, store.clock, SalesReport::storeTimeZone(*store.db));
    for (SalesGrouping g : {SalesGrouping::Day, SalesGrouping::Week, SalesGrouping::Month}) {
        DashboardOptions options;
        options.grouping = g;
        auto snap = q.snapshot(options);
        ASSERT_TRUE(snap.ok()) << snap.error().message.toStdString();
        EXPECT_FALSE(snap->hasProducts);
        EXPECT_FALSE(snap->hasSales());
        EXPECT_TRUE(snap->low.isEmpty());
        EXPECT_TRUE(snap->categories.isEmpty());
        EXPECT_FALSE(snap->salesOverTime.isEmpty());
    }
    EXPECT_EQ(DashboardQuery::groupingFromCode(QStringLiteral("week")), SalesGrouping::Week);
    EXPECT_FALSE(DashboardQuery::groupingFromCode(QStringLiteral("year")).has_value());
}

TEST(Dashboard, QuarterHourTotalsFollowEverySaleIncludingThoseFromOtherTerminals)
{
    DashboardStore d;
    d.add("ARR", "Arroz Diana 500 g", "Granos", 2900, 100);
    d.sell("ARR", 1, "2026-11-18T14:14:59Z");
    d.sell("ARR", 1, "2026-11-18T14:15:00Z");
    // A sale of another terminal as the sync feed writes it (no lines needed here).
    ASSERT_TRUE(d.store.db
                    ->exec(QStringLiteral("INSERT INTO sales (id, receipt_no, terminal, "
                                          "total_minor, currency, created_at) VALUES "
                                          "('s-other', 'T02-000001', 'T02', 1000, 'COP', "
                                          "'2026-11-18T14:29:00.000Z')"))
                    .ok());
    EXPECT_EQ(d.store.scalar(QStringLiteral("SELECT sales FROM sales_quarter_hours WHERE "
                                            "bucket = '2026-11-18T14:00'")),
              1);
    EXPECT_EQ(d.store.scalar(QStringLiteral("SELECT total_minor FROM sales_quarter_hours "
                                            "WHERE bucket = '2026-11-18T14:15'")),
              2900 + 1000);
    EXPECT_EQ(d.store.scalar(QStringLiteral("SELECT sum(total_minor) FROM sales_quarter_hours")),
              d.store.scalar(QStringLiteral("SELECT sum(total_minor) FROM sales")));
    auto days = d.query().salesOverTime(SalesGrouping::Day, 1);
    ASSERT_TRUE(days.ok());
    ASSERT_EQ(days->size(), 1);
    EXPECT_EQ(days->first().sales, 3);
    EXPECT_EQ(days->first().total.minor(), 2 * 2900 + 1000);
}
