// The store's tools (issue 5, point 3) and the sales figures under them
// (SalesReport), over a real store with sales made through CatalogService.
#include "assistantstore.h"
#include "pos/salesreport.h"
#include "pos/stockreport.h"
#include "storage/storesettings.h"

#include <QJsonArray>

using namespace bodega;
using namespace bodega::test;

namespace {

QJsonObject args(std::initializer_list<QPair<QString, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &kv : list)
        o.insert(kv.first, kv.second);
    return o;
}

QStringList names(const QJsonArray &products)
{
    QStringList out;
    for (const QJsonValue &v : products)
        out << v.toObject().value(QStringLiteral("name")).toString();
    return out;
}

// Sales across the days the periods cut: Monday, the evening before
// (local), today, and earlier in the month.
struct SoldStore : AssistantStore
{
    SoldStore()
    {
        sellAt("2026-11-10T16:00:00Z", "HUE-30", 1);  // Tue of last week
        sellAt("2026-11-16T17:00:00Z", "LEC-1", 1);   // Monday, 12:00 local
        sellAt("2026-11-17T20:00:00Z", "ARR-500", 3); // yesterday 15:00 local
        sellAt("2026-11-18T03:00:00Z", "ARR-500", 1); // yesterday 22:00 local, today in UTC
        sellAt("2026-11-18T14:00:00Z", "LEC-1", 2);   // today 09:00 local
        sellAt("2026-11-18T14:30:00Z", "ARR-500", 1);
        store.clock.setMs(utcMs("2026-11-18T15:00:00Z"));
    }
};

} // namespace

TEST(SalesReport, PeriodsAreCalendarDaysInTheStoresTimeZone)
{
    AssistantStore s;
    SalesReport report(*s.store.db, s.store.clock, SalesReport::storeTimeZone(*s.store.db));
    auto today = report.period(QStringLiteral("today"));
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->from, QDate(2026, 11, 18));
    EXPECT_EQ(today->startUtc.toString(Qt::ISODate), QStringLiteral("2026-11-18T05:00:00Z"));
    EXPECT_EQ(today->endUtc.toString(Qt::ISODate), QStringLiteral("2026-11-19T05:00:00Z"));
    EXPECT_EQ(report.period(QStringLiteral("yesterday"))->from, QDate(2026, 11, 17));
    auto week = report.period(QStringLiteral("this_week"));
    EXPECT_EQ(week->from, QDate(2026, 11, 16)); // Monday
    EXPECT_EQ(week->to, QDate(2026, 11, 18));
    EXPECT_EQ(report.period(QStringLiteral("last_7_days"))->from, QDate(2026, 11, 12));
    EXPECT_EQ(report.period(QStringLiteral("this_month"))->from, QDate(2026, 11, 1));
    EXPECT_EQ(report.period(QStringLiteral("last_30_days"))->from, QDate(2026, 10, 20));
    auto custom = report.period({}, QStringLiteral("2026-11-02"), QStringLiteral("2026-11-03"));
    ASSERT_TRUE(custom.ok());
    EXPECT_EQ(custom->code, QStringLiteral("custom"));
    EXPECT_EQ(custom->endUtc.toString(Qt::ISODate), QStringLiteral("2026-11-04T05:00:00Z"));

    EXPECT_EQ(report.period(QStringLiteral("decade")).error().field(), QStringLiteral("period"));
    EXPECT_EQ(report.period({}, QStringLiteral("2026-13-01")).error().field(),
              QStringLiteral("from"));
    EXPECT_EQ(report.period({}, QStringLiteral("2026-11-05"), QStringLiteral("2026-11-04"))
                  .error()
                  .field(),
              QStringLiteral("to"));
    EXPECT_EQ(report.period(QStringLiteral("today"), QStringLiteral("2026-11-05")).error().field(),
              QStringLiteral("period"));
    EXPECT_EQ(report.period({}, QStringLiteral("2025-01-01"), QStringLiteral("2026-11-05"))
                  .error()
                  .field(),
              QStringLiteral("to"));
}

TEST(SalesReport, AnotherTimeZoneSettingMovesTheDays)
{
    AssistantStore s;
    ASSERT_TRUE(StoreSettings(*s.store.db)
                    .setValue(QStringLiteral("time_zone"), QStringLiteral("Europe/Madrid"))
                    .ok());
    SalesReport report(*s.store.db, s.store.clock, SalesReport::storeTimeZone(*s.store.db));
    EXPECT_EQ(report.period(QStringLiteral("today"))->startUtc.toString(Qt::ISODate),
              QStringLiteral("2026-11-17T23:00:00Z"));
}

TEST(SalesReport, SummaryTopProductsAndReturnsFollowTheLocalDays)
{
    SoldStore s;
    SalesReport report(*s.store.db, s.store.clock, SalesReport::storeTimeZone(*s.store.db));
    auto yesterday = report.summary(*report.period(QStringLiteral("yesterday")));
    ASSERT_TRUE(yesterday.ok()) << yesterday.error().message.toStdString();
    // 22:00 local on the 17th is yesterday although it is the 18th in UTC.
    EXPECT_EQ(yesterday->sales, 2);
    EXPECT_EQ(yesterday->total.minor(), 4 * 2900);
    EXPECT_EQ(yesterday->itemsSold, Quantity::fromUnits(4));
    auto today = report.summary(*report.period(QStringLiteral("today")));
    EXPECT_EQ(today->sales, 2);
    EXPECT_EQ(today->total.minor(), 2 * 4200 + 2900);
    EXPECT_EQ(report.summary(*report.period(QStringLiteral("this_week")))->sales, 5);
    EXPECT_EQ(report.summary(*report.period(QStringLiteral("this_month")))->sales, 6);

    auto top = report.topProducts(*report.period(QStringLiteral("this_week")), 10);
    ASSERT_TRUE(top.ok()) << top.error().message.toStdString();
    ASSERT_EQ(top->size(), 2);
    EXPECT_EQ(top->at(0).sku, QStringLiteral("ARR-500"));
    EXPECT_EQ(top->at(0).quantity, Quantity::fromUnits(5));
    EXPECT_EQ(top->at(0).revenue.minor(), 5 * 2900);
    EXPECT_EQ(top->at(1).sku, QStringLiteral("LEC-1"));

    // A return today nets out of today's figures and of the best sellers.
    const QString receipt = s.sellAt("2026-11-18T14:40:00Z", "HUE-30", 2);
    auto back = s.store.catalog->returnItems(receipt, {{1, Quantity::fromUnits(2)}},
                                             QStringLiteral("rotos"), std::nullopt);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    auto after = report.summary(*report.period(QStringLiteral("today")));
    EXPECT_EQ(after->returns, 1);
    EXPECT_EQ(after->refunds.minor(), 2 * 18000);
    EXPECT_EQ(after->net.minor(), after->total.minor() - 2 * 18000);
    auto topToday = report.topProducts(*report.period(QStringLiteral("today")), 10);
    for (const ProductSales &p : *topToday)
        EXPECT_NE(p.sku, QStringLiteral("HUE-30")); // sold 2, returned 2
}

TEST(SalesReport, ReorderCoversTheDaysAtTheLast28DaysPacePlusTheThreshold)
{
    AssistantStore s;
    // 28 eggs over the last 28 days: one a day.
    for (int day = 27; day >= 0; --day) {
        s.store.clock.setMs(utcMs("2026-11-18T14:00:00Z") - qint64(day) * 86400000);
        ASSERT_TRUE(s.store.catalog->sell(QStringLiteral("HUE-30"), Quantity::fromUnits(1)).ok());
    }
    // Sales before the window do not count.
    s.store.clock.setMs(utcMs("2026-10-01T14:00:00Z"));
    ASSERT_TRUE(s.store.catalog->sell(QStringLiteral("ARR-1000"), Quantity::fromUnits(2)).ok());
    s.store.clock.setMs(utcMs("2026-11-18T15:00:00Z"));

    SalesReport report(*s.store.db, s.store.clock, SalesReport::storeTimeZone(*s.store.db));
    auto page = report.reorderSuggestions(StockReport(*s.store.db), 14, 20);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    const QVector<ReorderSuggestion> &list = page->suggestions;
    QStringList skus;
    for (const ReorderSuggestion &r : list)
        skus << r.product.sku;
    // Eggs: 20 - 28 = -8 in stock (oversold); ceil(1 * 14 + 5 - (-8)) = 27.
    // Coffee: 3 in stock, threshold 5, no sales: ceil(5 - 3) = 2.
    EXPECT_EQ(skus, (QStringList{QStringLiteral("HUE-30"), QStringLiteral("CAF-500")}));
    EXPECT_FALSE(page->more);
    EXPECT_NEAR(list.at(0).dailyVelocity, 1.0, 1e-9);
    EXPECT_EQ(list.at(0).suggested, Quantity::fromUnits(27));
    EXPECT_DOUBLE_EQ(list.at(0).daysOfCover, 0.0);
    EXPECT_EQ(list.at(1).suggested, Quantity::fromUnits(2));
    EXPECT_LT(list.at(1).daysOfCover, 0); // never sold
    // Covering fewer days needs less; a limit cuts the list and says so.
    auto shorter = report.reorderSuggestions(StockReport(*s.store.db), 7, 1);
    EXPECT_EQ(shorter->suggestions.at(0).suggested, Quantity::fromUnits(20));
    EXPECT_EQ(shorter->suggestions.size(), 1);
    EXPECT_TRUE(shorter->more);
    // The supplier filter applies to both kinds.
    auto granja =
        report.reorderSuggestions(StockReport(*s.store.db), 14, 20, [](const QString &supplier) {
            return supplier.startsWith(QLatin1String("Granja"));
        });
    ASSERT_EQ(granja->suggestions.size(), 1);
    EXPECT_EQ(granja->suggestions.at(0).product.sku, QStringLiteral("HUE-30"));
}

TEST(StockReport, FindsTheLowFromTheBottomOfTheStockAndSeesThresholdChanges)
{
    AssistantStore s;
    StockReport report(*s.store.db);
    auto low = report.lowest(10);
    ASSERT_TRUE(low.ok()) << low.error().message.toStdString();
    ASSERT_EQ(low->products.size(), 1);
    EXPECT_EQ(low->products.at(0).sku, QStringLiteral("CAF-500"));
    EXPECT_EQ(low->products.at(0).stock, Quantity::fromUnits(3));
    EXPECT_EQ(*report.countLow(100), 1);
    // A higher threshold makes milk (6) low: the cached highest threshold
    // must not hide it.
    auto milk = s.store.catalog->find(QStringLiteral("LEC-1"));
    milk->threshold = Quantity::fromUnits(50);
    ASSERT_TRUE(s.store.catalog->updateProduct(*milk).ok());
    low = report.lowest(10);
    ASSERT_EQ(low->products.size(), 2);
    EXPECT_EQ(low->products.at(1).sku, QStringLiteral("LEC-1"));
    EXPECT_EQ(*report.countLow(100), 2);
    EXPECT_EQ(*report.countLow(1), 1);
    auto one = report.lowest(1);
    EXPECT_EQ(one->products.size(), 1);
    EXPECT_TRUE(one->more);
    // Inactive products are not reordered.
    auto coffee = s.store.catalog->find(QStringLiteral("CAF-500"));
    coffee->active = false;
    ASSERT_TRUE(s.store.catalog->updateProduct(*coffee).ok());
    low = report.lowest(10);
    ASSERT_EQ(low->products.size(), 1);
    EXPECT_EQ(low->products.at(0).sku, QStringLiteral("LEC-1"));
}

TEST(StoreTools, RegistersElevenToolsWithClosedObjectSchemas)
{
    AssistantStore s;
    s.registry.setWritesEnabled(true);
    const QVector<Tool> all = s.registry.tools(AssistantStore::as(Role::Admin));
    QStringList names;
    for (const Tool &t : all) {
        names << t.name;
        EXPECT_EQ(t.inputSchema.value(QStringLiteral("type")).toString(), QStringLiteral("object"))
            << t.name.toStdString();
        EXPECT_EQ(t.inputSchema.value(QStringLiteral("additionalProperties")), QJsonValue(false))
            << t.name.toStdString();
        EXPECT_FALSE(t.outputSchema.isEmpty()) << t.name.toStdString();
        EXPECT_FALSE(t.description.isEmpty());
    }
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("search_products"), QStringLiteral("get_product"),
                           QStringLiteral("describe_product"), QStringLiteral("get_stock"),
                           QStringLiteral("low_stock"), QStringLiteral("recent_alerts"),
                           QStringLiteral("sales_summary"), QStringLiteral("top_products"),
                           QStringLiteral("reorder_suggestions"), QStringLiteral("adjust_stock"),
                           QStringLiteral("create_product_draft")}));
    EXPECT_EQ(s.registry.find(QStringLiteral("get_stock"))->dataClasses,
              DataClasses(DataClass::Internal));
    EXPECT_EQ(s.registry.find(QStringLiteral("search_products"))->dataClasses,
              DataClasses(DataClass::Public));
}

TEST(StoreTools, CashiersSeeStockButNotSalesFigures)
{
    SoldStore s;
    const ToolContext cashier = AssistantStore::as(Role::Cashier);
    for (const char *tool : {"sales_summary", "top_products", "reorder_suggestions"}) {
        auto denied = s.registry.call(QString::fromLatin1(tool), {}, cashier);
        ASSERT_FALSE(denied.ok()) << tool;
        EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied) << tool;
        EXPECT_EQ(denied.error().details.value(QStringLiteral("permission")).toString(),
                  QStringLiteral("view_reports"));
    }
    auto stock =
        s.registry.call(QStringLiteral("get_stock"),
                        args({{QStringLiteral("product_id"), QStringLiteral("LEC-1")}}), cashier);
    ASSERT_TRUE(stock.ok()) << stock.error().message.toStdString();
    EXPECT_EQ(stock->value(QStringLiteral("stock")).toInt(), 3);
    EXPECT_EQ(stock->value(QStringLiteral("low")).toBool(), true);
    EXPECT_EQ(s.registry.specs(cashier).size(), 6);

    auto manager = s.registry.call(QStringLiteral("sales_summary"),
                                   args({{QStringLiteral("period"), QStringLiteral("yesterday")}}),
                                   AssistantStore::as(Role::Manager));
    ASSERT_TRUE(manager.ok()) << manager.error().message.toStdString();
    EXPECT_EQ(manager->value(QStringLiteral("sales")).toInt(), 2);
    EXPECT_EQ(manager->value(QStringLiteral("total")).toInt(), 4 * 2900);
    EXPECT_EQ(manager->value(QStringLiteral("currency")).toString(), QStringLiteral("COP"));
    EXPECT_EQ(manager->value(QStringLiteral("period")).toObject().value(QStringLiteral("from")),
              QJsonValue(QStringLiteral("2026-11-17")));

    auto bad = s.registry.call(QStringLiteral("top_products"),
                               args({{QStringLiteral("from"), QStringLiteral("17/11/2026")}}),
                               AssistantStore::as(Role::Manager));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field(), QStringLiteral("from"));
}

TEST(StoreTools, WriteToolsAreOffByDefaultAndThenNeedTheirRole)
{
    AssistantStore s;
    const ToolContext admin = AssistantStore::as(Role::Admin);
    const QJsonObject adjust = args({{QStringLiteral("product_id"), QStringLiteral("CAF-500")},
                                     {QStringLiteral("delta"), 10},
                                     {QStringLiteral("reason"), QStringLiteral("llegó pedido")}});
    auto off = s.registry.call(QStringLiteral("adjust_stock"), adjust, admin);
    ASSERT_FALSE(off.ok());
    EXPECT_EQ(off.error().details.value(QStringLiteral("reason")).toString(),
              QStringLiteral("writes_disabled"));
    EXPECT_EQ(s.store.catalog->find(QStringLiteral("CAF-500"))->stock, Quantity::fromUnits(3));
    for (const ToolSpec &spec : s.registry.specs(admin))
        EXPECT_FALSE(spec.name == QLatin1String("adjust_stock") ||
                     spec.name == QLatin1String("create_product_draft"));

    s.registry.setWritesEnabled(true);
    auto cashier =
        s.registry.call(QStringLiteral("adjust_stock"), adjust, AssistantStore::as(Role::Cashier));
    ASSERT_FALSE(cashier.ok());
    EXPECT_EQ(cashier.error().code, ErrorCode::PermissionDenied);
    auto done =
        s.registry.call(QStringLiteral("adjust_stock"), adjust, AssistantStore::as(Role::Manager));
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->value(QStringLiteral("stock")).toInt(), 13);
    EXPECT_EQ(s.store.catalog->find(QStringLiteral("CAF-500"))->stock, Quantity::fromUnits(13));
    EXPECT_FALSE(s.store.catalog->actor().has_value()); // the catalog's own actor is back

    auto draft = s.registry.call(QStringLiteral("create_product_draft"),
                                 args({{QStringLiteral("name"), QStringLiteral("Panela 500 g")},
                                       {QStringLiteral("price"), 3500}}),
                                 admin);
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    auto created = s.store.catalog->find(
        draft->value(QStringLiteral("product")).toObject().value(QStringLiteral("sku")).toString());
    ASSERT_TRUE(created.ok());
    EXPECT_FALSE(created->active);
    EXPECT_EQ(created->stock, Quantity());
}

TEST(StoreTools, SearchToleratesPluralsAndTyposAndLowStockListsWhatIsBelow)
{
    AssistantStore s;
    const ToolContext cashier = AssistantStore::as(Role::Cashier);
    auto search = [&](const char *query) {
        auto r =
            s.registry.call(QStringLiteral("search_products"),
                            args({{QStringLiteral("query"), QString::fromUtf8(query)}}), cashier);
        EXPECT_TRUE(r.ok());
        return r ? names(r->value(QStringLiteral("products")).toArray()) : QStringList();
    };
    EXPECT_EQ(search("café molido"), QStringList{QStringLiteral("Café molido 500 g")});
    EXPECT_EQ(search("CAFE"), QStringList{QStringLiteral("Café molido 500 g")});
    EXPECT_EQ(search("arroces").size(), 2);
    EXPECT_EQ(search("arros").size(), 2);
    EXPECT_TRUE(search("zapatos").isEmpty());

    auto low = s.registry.call(QStringLiteral("low_stock"), {}, cashier);
    ASSERT_TRUE(low.ok()) << low.error().message.toStdString();
    EXPECT_EQ(names(low->value(QStringLiteral("products")).toArray()),
              QStringList{QStringLiteral("Café molido 500 g")});
    EXPECT_EQ(low->value(QStringLiteral("total")).toInt(), 1);

    auto missing =
        s.registry.call(QStringLiteral("get_stock"),
                        args({{QStringLiteral("product_id"), QStringLiteral("NOPE")}}), cashier);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().field(), QStringLiteral("product_id"));
}

TEST(StoreTools, DescribeFallsBackToTheTemplatesAndAlertsFollowSales)
{
    AssistantStore s;
    const ToolContext es = AssistantStore::as(Role::Cashier, "es");
    auto described = s.registry.call(QStringLiteral("describe_product"),
                                     args({{QStringLiteral("product_id"), s.idOf("CAF-500")}}), es);
    ASSERT_TRUE(described.ok()) << described.error().message.toStdString();
    EXPECT_EQ(described->value(QStringLiteral("source")).toString(), QStringLiteral("template"));
    EXPECT_TRUE(described->value(QStringLiteral("description"))
                    .toString()
                    .contains(QStringLiteral("Café molido")));

    s.sellAt("2026-11-18T14:00:00Z", "LEC-1", 2); // 6 -> 4, below 5
    auto alerts = s.registry.call(QStringLiteral("recent_alerts"), {}, es);
    ASSERT_TRUE(alerts.ok()) << alerts.error().message.toStdString();
    const QJsonArray list = alerts->value(QStringLiteral("alerts")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("product_id")).toString(),
              s.idOf("LEC-1"));
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("stock")).toInt(), 4);
}

TEST(StoreTools, ReorderSuggestionsNarrowBySupplierIgnoringAccentsAndCase)
{
    AssistantStore s;
    s.sellAt("2026-11-18T14:00:00Z", "LEC-1", 4); // 2 left of 5
    const ToolContext manager = AssistantStore::as(Role::Manager);
    auto bySupplier = [&](const char *supplier) {
        auto r = s.registry.call(QStringLiteral("reorder_suggestions"),
                                 args({{QStringLiteral("supplier"), QString::fromUtf8(supplier)}}),
                                 manager);
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        return r ? names(r->value(QStringLiteral("products")).toArray()) : QStringList();
    };
    EXPECT_EQ(bySupplier("lacteos del valle"), QStringList{QStringLiteral("Leche entera 1 l")});
    EXPECT_EQ(bySupplier("LÁCTEOS"), QStringList{QStringLiteral("Leche entera 1 l")});
    EXPECT_EQ(bySupplier("proveedor Andina"), QStringList{QStringLiteral("Café molido 500 g")});
    EXPECT_TRUE(bySupplier("Granja").isEmpty());
    EXPECT_EQ(bySupplier("").size(), 2);

    auto r = s.registry.call(QStringLiteral("reorder_suggestions"),
                             args({{QStringLiteral("supplier"), QStringLiteral("valle")},
                                   {QStringLiteral("cover_days"), 28}}),
                             manager);
    ASSERT_TRUE(r.ok());
    const QJsonObject milk = r->value(QStringLiteral("products")).toArray().at(0).toObject();
    // The forecast's pace: milk exists since 11-01 (18 days) and sold 4
    // today, weighted 0.9^k for k days ago: 4 / sum(0.9^0..0.9^17) =
    // 0.4 / (1 - 0.9^18) = 0.4706 a day; ceil(0.4706 * 28 + 5 - 2) = 17, at
    // a cost of 2,940 each.
    EXPECT_NEAR(milk.value(QStringLiteral("daily_velocity")).toDouble(), 0.471, 1e-9);
    EXPECT_EQ(milk.value(QStringLiteral("suggested")).toInt(), 17);
    EXPECT_EQ(milk.value(QStringLiteral("estimated_cost")).toInt(), 17 * 2940);
    EXPECT_EQ(milk.value(QStringLiteral("supplier")).toString(),
              QString::fromUtf8("Lácteos del Valle"));
}
