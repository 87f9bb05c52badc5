// The demand forecast (issue 6, point 4) on constructed histories: sales made
// through CatalogService on a ManualClock, suppliers and purchase orders
// written as schema 12 stores them.
#include "events/jsonschemavalidator.h"
#include "pos/demandforecast.h"
#include "pos/salesreport.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"

#include <cmath>
#include <gtest/gtest.h>
#include <QJsonArray>

using namespace bodega;
using namespace bodega::test;

namespace {

constexpr qint64 DayMs = 86400000;

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// Wednesday 2026-11-18, 10:00 in Bogotá; products exist since September.
struct ForecastStore
{
    const qint64 now = utcMs("2026-11-18T15:00:00Z");

    Product add(const char *sku, qint64 stock, const char *supplier = "Granja La Esperanza",
                qint64 createdDaysAgo = 80)
    {
        store.clock.setMs(now - createdDaysAgo * DayMs);
        Product p = sampleProduct(QStringLiteral("Producto %1").arg(QLatin1String(sku)),
                                  QString::fromLatin1(sku));
        p.barcode.clear();
        p.supplier = QString::fromUtf8(supplier);
        auto r = store.catalog->addProduct(p, Quantity::fromUnits(stock), false);
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        store.clock.setMs(now);
        return r ? *r : p;
    }

    // `perDay(localDay)` units on each of the last `days` days (today
    // included), at 09:00 local.
    template <typename F> void sellDaily(const char *sku, int days, F perDay)
    {
        for (int ago = days - 1; ago >= 0; --ago) {
            const qint64 at = utcMs("2026-11-18T14:00:00Z") - ago * DayMs;
            const QDate day = QDate(2026, 11, 18).addDays(-ago);
            const qint64 qty = perDay(day);
            if (qty <= 0)
                continue;
            store.clock.setMs(at);
            auto r = store.catalog->sell(QString::fromLatin1(sku), Quantity::fromUnits(qty));
            EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        }
        store.clock.setMs(now);
    }

    DemandForecast forecast(const QString &productId = {})
    {
        ForecastOptions o;
        o.productId = productId;
        return DemandForecast(*store.db, store.clock, SalesReport::storeTimeZone(*store.db), o);
    }

    DemandForecastLine line(const Product &p)
    {
        auto lines = forecast(p.id).compute();
        EXPECT_TRUE(lines.ok()) << (lines ? std::string() : lines.error().message.toStdString());
        EXPECT_EQ(lines ? lines->size() : 0, 1);
        return lines && !lines->isEmpty() ? lines->first() : DemandForecastLine{};
    }

    QString supplier(const char *name, int leadDays)
    {
        const QString id = QStringLiteral("0192f000-0000-7000-8000-%1")
                               .arg(QString::number(++m_suppliers).rightJustified(12, u'0'));
        EXPECT_TRUE(store.db
                        ->run(QStringLiteral("INSERT INTO suppliers (id, name, lead_time_days, "
                                             "created_at, updated_at) VALUES (?, ?, ?, '', '')"),
                              {id, QString::fromUtf8(name), leadDays})
                        .ok());
        return id;
    }

    void price(const QString &supplierId, const Product &p, qint64 minor)
    {
        EXPECT_TRUE(store.db
                        ->run(QStringLiteral("INSERT INTO supplier_prices VALUES (?, ?, ?, "
                                             "'COP', '')"),
                              {supplierId, p.id, minor})
                        .ok());
    }

    TempStore store;
    int m_suppliers = 0;
};

} // namespace

TEST(DemandForecast, FlatDemandGivesItsRateCoverStockOutDayAndOrder)
{
    ForecastStore s;
    const Product p = s.add("FLAT", 130);
    s.sellDaily("FLAT", 56, [](const QDate &) { return 2; }); // 112 sold, 18 left
    const DemandForecastLine l = s.line(p);
    EXPECT_EQ(l.historyDays, 56);
    EXPECT_EQ(l.soldInHistory, Quantity::fromUnits(112));
    EXPECT_NEAR(l.dailyDemand, 2.0, 1e-9);
    EXPECT_TRUE(l.weekdayFactorsUsed);
    for (double f : l.weekdayFactors)
        EXPECT_NEAR(f, 1.0, 1e-9);
    EXPECT_NEAR(l.sigma, 0.0, 1e-9);
    ASSERT_TRUE(l.daysOfCover.has_value());
    EXPECT_NEAR(*l.daysOfCover, 9.0, 1e-9);
    // 18 units at 2 a day, today's included: the last two go on day 8.
    EXPECT_EQ(l.stockOutDate, QDate(2026, 11, 26));
    EXPECT_FALSE(l.leadTimeFromSupplier);
    EXPECT_EQ(l.leadTimeDays, 7);
    EXPECT_FALSE(l.stockOutWithinLeadTime);
    // (7 lead + 7 review) * 2 + 0 safety - 18 = 10.
    EXPECT_NEAR(l.horizonDemand, 28.0, 1e-9);
    EXPECT_EQ(l.suggested, Quantity::fromUnits(10));
}

TEST(DemandForecast, SaturdaysSellingMoreGiveWeekdayFactorsOnceFourWeeksExist)
{
    ForecastStore s;
    // One a day Monday to Friday, six on Saturday, none on Sunday: 11 a week.
    const auto pattern = [](const QDate &d) {
        return d.dayOfWeek() == 6 ? 6 : d.dayOfWeek() == 7 ? 0 : 1;
    };
    const Product p = s.add("SAT", 100);
    s.sellDaily("SAT", 56, pattern); // 88 sold, 12 left
    const DemandForecastLine l = s.line(p);
    ASSERT_TRUE(l.weekdayFactorsUsed);
    EXPECT_NEAR(l.weekdayFactors[0], 7.0 / 11, 1e-9);  // Monday
    EXPECT_NEAR(l.weekdayFactors[5], 42.0 / 11, 1e-9); // Saturday
    EXPECT_NEAR(l.weekdayFactors[6], 0.0, 1e-9);       // Sunday
    EXPECT_NEAR(l.dailyDemand, 11.0 / 7, 1e-9);
    EXPECT_NEAR(l.sigma, 0.0, 1e-9); // the pattern explains every day
    // Wed..Tue sell 1+1+1+6+0+1+1 = 11 of the 12; the last goes next Wednesday.
    EXPECT_EQ(l.stockOutDate, QDate(2026, 11, 25));
    // Thursday to Wednesday twice is exactly two weeks: 22 - 12 = 10.
    EXPECT_NEAR(l.horizonDemand, 22.0, 1e-9);
    EXPECT_EQ(l.suggested, Quantity::fromUnits(10));

    // Three weeks of the same pattern are not enough: flat.
    const Product young = s.add("SAT-NEW", 100, "Granja La Esperanza", 20);
    s.sellDaily("SAT-NEW", 21, pattern);
    const DemandForecastLine y = s.line(young);
    EXPECT_EQ(y.historyDays, 21);
    EXPECT_FALSE(y.weekdayFactorsUsed);
    for (double f : y.weekdayFactors)
        EXPECT_DOUBLE_EQ(f, 1.0);
}

TEST(DemandForecast, WeightsRecentDaysExponentially)
{
    // Ten days: nothing for nine, then 10 today. level = 10 / sum(0.9^k, k<10).
    DemandForecastLine l;
    l.product.stock = Quantity::fromUnits(3);
    l.leadTimeDays = 7;
    QVector<double> days(10, 0.0);
    days.last() = 10;
    ForecastOptions o;
    DemandForecast::forecast(l, days, QDate(2026, 11, 9), o);
    const double weights = (1 - std::pow(0.9, 10)) / 0.1;
    EXPECT_NEAR(l.dailyDemand, 10 / weights, 1e-12);
    EXPECT_FALSE(l.weekdayFactorsUsed);
    // The same ten units nine days ago weigh 0.9^9 as much.
    std::reverse(days.begin(), days.end());
    DemandForecast::forecast(l, days, QDate(2026, 11, 9), o);
    EXPECT_NEAR(l.dailyDemand, 10 * std::pow(0.9, 9) / weights, 1e-12);
}

TEST(DemandForecast, NoSalesMeanEndlessCoverAndNoSuggestion)
{
    ForecastStore s;
    const Product p = s.add("IDLE", 2); // below its threshold, but nothing sells
    const DemandForecastLine l = s.line(p);
    EXPECT_EQ(l.historyDays, 56);
    EXPECT_DOUBLE_EQ(l.dailyDemand, 0.0);
    EXPECT_FALSE(l.daysOfCover.has_value());
    EXPECT_FALSE(l.stockOutDate.isValid());
    EXPECT_FALSE(l.stockOutWithinLeadTime);
    EXPECT_EQ(l.suggested, Quantity());
    EXPECT_TRUE(l.toJson().value(QStringLiteral("days_of_cover")).isNull());
}

TEST(DemandForecast, SafetyStockIsZSigmaRootLeadTime)
{
    ForecastStore s;
    // 0, 2, 0, 2, ... over four weeks: every weekday averages 1, each day is 1 off.
    const Product p = s.add("ALT", 40, "Granja La Esperanza", 27);
    s.sellDaily("ALT", 28, [](const QDate &d) { return d.toJulianDay() % 2 ? 2 : 0; });
    const QString granja = s.supplier("Granja La Esperanza", 4);
    s.price(granja, p, 9000);
    const DemandForecastLine l = s.line(p);
    ASSERT_TRUE(l.weekdayFactorsUsed);
    EXPECT_EQ(l.leadTimeDays, 4);
    EXPECT_NEAR(l.sigma, std::sqrt(28.0 / 27.0), 1e-9);
    EXPECT_NEAR(l.safetyStock, 1.645 * std::sqrt(28.0 / 27.0) * 2.0, 1e-9);
    const double stock = double(l.product.stock.milli()) / 1000;
    EXPECT_EQ(l.suggested,
              Quantity::fromUnits(qint64(std::ceil(l.horizonDemand + l.safetyStock - stock))));
    EXPECT_GT(l.suggested, Quantity());
}

TEST(DemandForecast, LeadTimeAndCostComeFromTheSupplierAndOrdersOnTheirWayCount)
{
    ForecastStore s;
    const Product own = s.add("OWN", 100, "Granja La Esperanza");
    const Product cheap = s.add("CHEAP", 100, "Nadie");
    const Product named = s.add("NAMED", 100, "lácteos del valle");
    const Product unknown = s.add("UNKNOWN", 100, "Nadie");
    const QString granja = s.supplier("Granja La Esperanza", 3);
    const QString andina = s.supplier("Distribuidora Andina", 10);
    const QString valle = s.supplier("Lácteos del Valle", 2);
    s.price(granja, own, 5000);
    s.price(andina, own, 4000); // cheaper, but the product names its own supplier
    s.price(granja, cheap, 5000);
    s.price(andina, cheap, 4000);

    auto lines = s.forecast().compute();
    ASSERT_TRUE(lines.ok()) << lines.error().message.toStdString();
    QHash<QString, DemandForecastLine> by;
    for (const DemandForecastLine &l : *lines)
        by.insert(l.product.sku, l);
    ASSERT_EQ(by.size(), 4);
    EXPECT_EQ(by[QStringLiteral("OWN")].supplierId, granja);
    EXPECT_EQ(by[QStringLiteral("OWN")].leadTimeDays, 3);
    EXPECT_EQ(by[QStringLiteral("OWN")].unitCost->minor(), 5000);
    EXPECT_EQ(by[QStringLiteral("CHEAP")].supplierId, andina);
    EXPECT_EQ(by[QStringLiteral("CHEAP")].leadTimeDays, 10);
    EXPECT_EQ(by[QStringLiteral("CHEAP")].unitCost->minor(), 4000);
    EXPECT_EQ(by[QStringLiteral("NAMED")].supplierId, valle); // by name, case folded
    EXPECT_EQ(by[QStringLiteral("NAMED")].leadTimeDays, 2);
    EXPECT_FALSE(by[QStringLiteral("NAMED")].unitCost.has_value());
    EXPECT_FALSE(by[QStringLiteral("UNKNOWN")].leadTimeFromSupplier);
    EXPECT_EQ(by[QStringLiteral("UNKNOWN")].leadTimeDays, 7);

    // 3 a day over 8 weeks leaves 100 - 168 < 0... so stock it up first.
    ASSERT_TRUE(s.store.catalog
                    ->adjustStock(QStringLiteral("OWN"), Quantity::fromUnits(100),
                                  QStringLiteral("recuento"))
                    .ok());
    s.sellDaily("OWN", 56, [](const QDate &) { return 3; }); // 200 - 168 = 32 left
    const DemandForecastLine before = s.line(own);
    // (3 lead + 7 review) * 3 - 32 = -2: nothing yet.
    EXPECT_EQ(before.suggested, Quantity());
    ASSERT_TRUE(s.store.catalog
                    ->adjustStock(QStringLiteral("OWN"), Quantity::fromUnits(-20),
                                  QStringLiteral("vencidos"))
                    .ok());
    EXPECT_EQ(s.line(own).suggested, Quantity::fromUnits(18)); // 30 - 12
    // A sent order of 10 with 4 received has 6 on its way; a draft does not count.
    ASSERT_TRUE(s.store.db
                    ->run(QStringLiteral("INSERT INTO purchase_orders (id, number, supplier_id, "
                                         "status, currency, created_at, updated_at) VALUES "
                                         "('po-1', 'OC-T01-000001', ?, 'partially_received', "
                                         "'COP', '', ''), ('po-2', 'OC-T01-000002', ?, 'draft', "
                                         "'COP', '', '')"),
                          {granja, granja})
                    .ok());
    ASSERT_TRUE(s.store.db
                    ->run(QStringLiteral("INSERT INTO purchase_order_lines VALUES "
                                         "('po-1', 1, ?, 10000, 4000, 5000), "
                                         "('po-2', 1, ?, 50000, 0, 5000)"),
                          {own.id, own.id})
                    .ok());
    const DemandForecastLine after = s.line(own);
    EXPECT_EQ(after.onOrder, Quantity::fromUnits(6));
    EXPECT_EQ(after.suggested, Quantity::fromUnits(12));
}

TEST(DemandForecast, ReturnsNetOutAndLocalDaysFollowTheStoreZone)
{
    ForecastStore s;
    const Product p = s.add("RET", 100, "Nadie", 1); // created yesterday
    // 22:00 in Bogotá yesterday is 03:00 UTC today: yesterday's sale.
    s.store.clock.setMs(utcMs("2026-11-18T03:00:00Z"));
    auto sold = s.store.catalog->sell(QStringLiteral("RET"), Quantity::fromUnits(4));
    ASSERT_TRUE(sold.ok());
    s.store.clock.setMs(s.now);
    auto back = s.store.catalog->returnItems(sold->receiptNo, {{1, Quantity::fromUnits(1)}},
                                             QStringLiteral("roto"), std::nullopt);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    const DemandForecastLine l = s.line(p);
    EXPECT_EQ(l.historyDays, 2);
    EXPECT_EQ(l.soldInHistory, Quantity::fromUnits(3));
    // Yesterday 4, today -1 (counted as 0): (0 + 0.9 * 4) / 1.9.
    EXPECT_NEAR(l.dailyDemand, 3.6 / 1.9, 1e-9);
}

TEST(DemandForecast, UnknownProductIsNotFound)
{
    ForecastStore s;
    auto r = s.forecast(QStringLiteral("no-such-id")).compute();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
}

TEST(DemandForecast, PredictedStockOutInsideLeadTimeIsAnnouncedOncePerCrossing)
{
    ForecastStore s;
    const Product p = s.add("LOW", 122);
    const Product fine = s.add("FINE", 500);
    s.sellDaily("LOW", 56, [](const QDate &) { return 2; }); // 10 left: out in 5 days
    s.sellDaily("FINE", 56, [](const QDate &) { return 2; });
    auto forecast = s.forecast();
    const auto countEvents = [&] {
        return s.store.scalar(
            QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'stock.low_predicted'"));
    };
    auto lines = forecast.compute();
    ASSERT_TRUE(lines.ok());
    auto first = forecast.recordPredictedStockOuts(*lines);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(*first, QStringList{p.id});
    EXPECT_EQ(countEvents(), 1);
    // Still predicted on the next run: no second event.
    auto again = forecast.recordPredictedStockOuts(*forecast.compute());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isEmpty());
    EXPECT_EQ(countEvents(), 1);

    bool seen = false;
    for (const QJsonObject &e : s.store.envelopes()) {
        if (e.value(QStringLiteral("type")).toString() != QLatin1String("stock.low_predicted"))
            continue;
        seen = true;
        auto valid = EventSchemas::validateEnvelope(e);
        EXPECT_TRUE(valid.ok()) << (valid ? std::string()
                                          : valid.error()
                                                .details.value(QStringLiteral("problems"))
                                                .toStringList()
                                                .join(QStringLiteral("; "))
                                                .toStdString());
        const QJsonObject payload = e.value(QStringLiteral("payload")).toObject();
        EXPECT_EQ(payload.value(QStringLiteral("product_id")).toString(), p.id);
        EXPECT_EQ(payload.value(QStringLiteral("predicted_stock_out")).toString(),
                  QStringLiteral("2026-11-22"));
        EXPECT_EQ(payload.value(QStringLiteral("current_stock_milli")).toInteger(), 10000);
    }
    EXPECT_TRUE(seen);

    // Restocked, it leaves the set; run down again, it is announced again.
    ASSERT_TRUE(
        s.store.catalog
            ->adjustStock(QStringLiteral("LOW"), Quantity::fromUnits(100), QStringLiteral("compra"))
            .ok());
    ASSERT_TRUE(forecast.recordPredictedStockOuts(*forecast.compute())->isEmpty());
    EXPECT_EQ(StoreSettings(*s.store.db).value(QStringLiteral("forecast.predicted_low")),
              QStringLiteral("[]"));
    ASSERT_TRUE(
        s.store.catalog
            ->adjustStock(QStringLiteral("LOW"), Quantity::fromUnits(-100), QStringLiteral("merma"))
            .ok());
    EXPECT_EQ(*forecast.recordPredictedStockOuts(*forecast.compute()), QStringList{p.id});
    EXPECT_EQ(countEvents(), 2);
}
