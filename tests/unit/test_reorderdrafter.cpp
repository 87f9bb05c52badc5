// The manager's one click (issue 6, point 4): reorder suggestions become
// draft purchase orders, one per supplier, and a second click does not
// order twice. Histories are real sales through CatalogService.
#include "pos/demandforecast.h"
#include "pos/salesreport.h"
#include "purchasing/reorderdrafter.h"
#include "security/userstore.h"
#include "storage/alertinbox.h"
#include "storage/webhookqueue.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QJsonArray>

using namespace bodega;

namespace {

// Five products created today with 10 in stock, each selling `sold` today
// (a 3-a-day pace): ARR and LEC from Distribuidora Andina (a price for ARR
// only), QUE from Lácteos del Valle, PAN from a supplier nobody put on file,
// SAL sells nothing.
struct Reorder
{
    Reorder() : book(*store.catalog, *store.db, store.clock)
    {
        andina = supplier("Distribuidora Andina", 3);
        lacteos = supplier("Lácteos del Valle", 5);
        add("ARR", "Distribuidora Andina", 2000);
        add("LEC", "Distribuidora Andina", 3100);
        add("QUE", "Lácteos del Valle", 9000);
        add("PAN", "Panadería El Trigal", 500);
        add("SAL", "Distribuidora Andina", 800);
        EXPECT_TRUE(
            book.setSupplierPrice(andina.name, QStringLiteral("ARR"), Money(1800, currency)).ok());
        for (const char *sku : {"ARR", "LEC", "QUE", "PAN"})
            sell(sku, 3);
    }

    Supplier supplier(const char *name, int lead)
    {
        Supplier s;
        s.name = QString::fromUtf8(name);
        s.leadTimeDays = lead;
        auto added = book.addSupplier(s);
        EXPECT_TRUE(added.ok());
        return added ? *added : s;
    }

    void add(const char *sku, const char *supplierName, qint64 cost)
    {
        Product p = test::sampleProduct(QStringLiteral("Producto %1").arg(QLatin1String(sku)),
                                        QString::fromLatin1(sku));
        p.barcode.clear();
        p.supplier = QString::fromUtf8(supplierName);
        p.cost = Money(cost, currency);
        auto r = store.catalog->addProduct(p, Quantity::fromUnits(10), false);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    void sell(const char *sku, qint64 qty)
    {
        auto r = store.catalog->sell(QString::fromLatin1(sku), Quantity::fromUnits(qty));
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    QVector<DemandForecastLine> forecast()
    {
        auto lines =
            DemandForecast(*store.db, store.clock, SalesReport::storeTimeZone(*store.db)).compute();
        EXPECT_TRUE(lines.ok());
        return lines ? *lines : QVector<DemandForecastLine>{};
    }

    Quantity suggested(const QVector<DemandForecastLine> &lines, const char *sku)
    {
        for (const DemandForecastLine &l : lines) {
            if (l.product.sku == QLatin1String(sku))
                return l.suggested;
        }
        return {};
    }

    Result<ReorderDraftOutcome> click()
    {
        return ReorderDrafter(book, *store.db).draft(forecast());
    }

    qint64 orderCount() const
    {
        return store.scalar(QStringLiteral("SELECT count(*) FROM purchase_orders"));
    }

    const PurchaseOrderLine *line(const PurchaseOrder &po, const char *sku) const
    {
        for (const PurchaseOrderLine &l : po.lines) {
            if (l.sku == QLatin1String(sku))
                return &l;
        }
        return nullptr;
    }

    const QString currency = QStringLiteral("COP");
    test::TempStore store;
    PurchaseOrderBook book;
    Supplier andina, lacteos;
};

} // namespace

TEST(ReorderDrafter, OneClickDraftsOneOrderPerSupplierAtTheirPricesAndReportsTheRest)
{
    Reorder r;
    const QVector<DemandForecastLine> lines = r.forecast();
    ASSERT_GT(r.suggested(lines, "ARR").milli(), 0);
    ASSERT_GT(r.suggested(lines, "QUE").milli(), 0);
    EXPECT_EQ(r.suggested(lines, "SAL").milli(), 0);

    auto done = ReorderDrafter(r.book, *r.store.db).draft(lines);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    ASSERT_EQ(done->orders.size(), 2);
    EXPECT_EQ(done->createdCount(), 2);
    EXPECT_EQ(done->unchanged, 0);

    const PurchaseOrder &andina = done->orders.at(0).order; // by supplier name
    EXPECT_EQ(andina.supplier.id, r.andina.id);
    EXPECT_EQ(andina.status, PurchaseOrderStatus::Draft);
    ASSERT_EQ(andina.lines.size(), 2); // SAL suggests nothing
    const PurchaseOrderLine *arr = r.line(andina, "ARR");
    const PurchaseOrderLine *lec = r.line(andina, "LEC");
    ASSERT_TRUE(arr && lec);
    EXPECT_EQ(arr->ordered, r.suggested(lines, "ARR"));
    EXPECT_EQ(arr->unitCost.minor(), 1800); // the supplier's price
    EXPECT_EQ(lec->ordered, r.suggested(lines, "LEC"));
    EXPECT_EQ(lec->unitCost.minor(), 3100); // no price on file: the product's cost
    EXPECT_EQ(done->orders.at(0).added,
              (QStringList{QStringLiteral("ARR"), QStringLiteral("LEC")}));

    const PurchaseOrder &lacteos = done->orders.at(1).order;
    EXPECT_EQ(lacteos.supplier.id, r.lacteos.id);
    ASSERT_EQ(lacteos.lines.size(), 1);
    EXPECT_EQ(lacteos.lines.at(0).ordered, r.suggested(lines, "QUE"));

    // PAN's supplier is only a name on the product: reported, not dropped.
    ASSERT_EQ(done->withoutSupplier.size(), 1);
    EXPECT_EQ(done->withoutSupplier.at(0).product.sku, QStringLiteral("PAN"));
    const QJsonObject json = done->toJson();
    EXPECT_EQ(json.value(QStringLiteral("created")).toArray().size(), 2);
    EXPECT_EQ(json.value(QStringLiteral("without_supplier"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("sku"))
                  .toString(),
              QStringLiteral("PAN"));
    EXPECT_EQ(r.orderCount(), 2);
}

TEST(ReorderDrafter, ASecondClickChangesNothingAndMoreDemandRaisesTheSameDraft)
{
    Reorder r;
    auto first = r.click();
    ASSERT_TRUE(first.ok());
    const QString number = first->orders.at(0).order.number;

    auto again = r.click();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->orders.isEmpty());
    EXPECT_EQ(again->unchanged, 3); // ARR, LEC, QUE are on drafts already
    EXPECT_EQ(r.orderCount(), 2);

    // Five more rice sold: the suggestion grows and the draft follows it.
    r.sell("ARR", 5);
    const Quantity more = r.suggested(r.forecast(), "ARR");
    auto raised = r.click();
    ASSERT_TRUE(raised.ok());
    ASSERT_EQ(raised->orders.size(), 1);
    EXPECT_FALSE(raised->orders.at(0).created);
    EXPECT_EQ(raised->updatedCount(), 1);
    EXPECT_EQ(raised->orders.at(0).order.number, number);
    EXPECT_EQ(raised->orders.at(0).raised, QStringList{QStringLiteral("ARR")});
    EXPECT_EQ(r.line(raised->orders.at(0).order, "ARR")->ordered, more);
    EXPECT_EQ(r.orderCount(), 2);

    // What the manager set above the suggestion stays.
    auto byHand =
        r.book.addLines(number, {{QStringLiteral("LEC"), Quantity::fromUnits(100), std::nullopt}});
    ASSERT_TRUE(byHand.ok());
    const Quantity lec = r.line(*byHand, "LEC")->ordered;
    auto kept = r.click();
    ASSERT_TRUE(kept.ok());
    EXPECT_TRUE(kept->orders.isEmpty());
    EXPECT_EQ(r.line(*r.book.find(number), "LEC")->ordered, lec);

    // Once sent, that order is on its way: the forecast counts it and a
    // click drafts nothing more for it.
    ASSERT_TRUE(r.book.send(number).ok());
    auto afterSend = r.click();
    ASSERT_TRUE(afterSend.ok());
    for (const ReorderDraftOutcome::Order &o : afterSend->orders)
        EXPECT_NE(o.order.supplier.id, r.andina.id);
}

TEST(ReorderDrafter, ACashiersClickDraftsNothing)
{
    Reorder r;
    UserStore users(*r.store.db, r.store.clock);
    ASSERT_TRUE(users
                    .add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                         User::SecretKind::Password, QStringLiteral("la-tienda-2026"))
                    .ok());
    r.store.catalog->setActor(Actor{QStringLiteral("c1"), QStringLiteral("ana"), Role::Cashier});
    auto denied = r.click();
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(r.orderCount(), 0);
    Supplier faster = r.andina;
    faster.leadTimeDays = 1;
    EXPECT_EQ(r.book.updateSupplier(faster).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(r.book.suppliers().find(r.andina.id)->leadTimeDays, 3);
}

TEST(PurchaseOrderBook, ADraftsLinesAreAddedMergedAndRemovedUntilItIsSent)
{
    Reorder r;
    auto po = r.book.create(r.andina.name,
                            {{QStringLiteral("ARR"), Quantity::fromUnits(4), std::nullopt},
                             {QStringLiteral("LEC"), Quantity::fromUnits(2), std::nullopt}});
    ASSERT_TRUE(po.ok());
    auto added = r.book.addLines(
        po->number, {{QStringLiteral("QUE"), Quantity::fromUnits(3), std::nullopt},
                     {QStringLiteral("ARR"), Quantity::fromUnits(1), Money(1700, r.currency)}});
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    ASSERT_EQ(added->lines.size(), 3);
    EXPECT_EQ(r.line(*added, "ARR")->ordered, Quantity::fromUnits(5));
    EXPECT_EQ(r.line(*added, "ARR")->unitCost.minor(), 1700);
    EXPECT_EQ(r.line(*added, "QUE")->lineNo, 3);
    EXPECT_EQ(r.line(*added, "QUE")->unitCost.minor(), 9000);

    auto bad = r.book.addLines(po->number, {{QStringLiteral("QUE"), Quantity(), std::nullopt}});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field(), QStringLiteral("qty"));

    auto removed = r.book.removeLine(po->number, 1);
    ASSERT_TRUE(removed.ok());
    auto stored = r.book.find(po->number);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->lines.size(), 2);
    EXPECT_EQ(stored->lines.at(0).sku, QStringLiteral("LEC"));
    EXPECT_EQ(stored->lines.at(0).lineNo, 1);
    EXPECT_EQ(stored->lines.at(1).sku, QStringLiteral("QUE"));
    EXPECT_EQ(stored->lines.at(1).lineNo, 2);
    EXPECT_EQ(r.book.removeLine(po->number, 9).error().field(), QStringLiteral("line"));
    ASSERT_TRUE(r.book.removeLine(po->number, 2).ok());
    auto last = r.book.removeLine(po->number, 1);
    ASSERT_FALSE(last.ok());
    EXPECT_EQ(last.error().field(), QStringLiteral("lines"));

    ASSERT_TRUE(r.book.send(po->number).ok());
    auto late = r.book.addLines(po->number,
                                {{QStringLiteral("ARR"), Quantity::fromUnits(1), std::nullopt}});
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().field(), QStringLiteral("status"));
    EXPECT_EQ(r.book.removeLine(po->number, 1).error().field(), QStringLiteral("status"));
    EXPECT_EQ(r.book.find(po->number)->lines.size(), 1);
}

TEST(WebhookQueue, ADeadDeliveryIsRetriedWithFreshAttemptsAndNothingElseIs)
{
    test::TempStore store;
    const QVector<Product> products = test::addGroceries(*store.catalog, 3);
    LowStockAlert alert;
    alert.productId = products.first().id;
    ASSERT_TRUE(AlertInbox(*store.db, store.clock).add(alert).ok());
    WebhookQueue queue(*store.db, store.clock);
    auto id =
        queue.enqueue(alert.id, QStringLiteral("http://127.0.0.1:9/hook"), QByteArrayLiteral("{}"));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(queue.retry(*id).error().field(), QStringLiteral("status")); // pending
    for (int i = 0; i < WebhookQueue::MaxAttempts; ++i) {
        store.clock.advanceMs(WebhookQueue::MaxRetryMs);
        auto due = queue.claimDue();
        ASSERT_TRUE(due.ok());
        ASSERT_EQ(due->size(), 1);
        ASSERT_TRUE(queue.markFailed(due->first(), QStringLiteral("HTTP 500")).ok());
    }
    ASSERT_EQ(queue.count(QStringLiteral("dead")).value(), 1);
    EXPECT_EQ(queue.retry(QStringLiteral("nope")).error().code, ErrorCode::NotFound);

    ASSERT_TRUE(queue.retry(*id).ok());
    auto due = queue.claimDue();
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->size(), 1); // due at once
    EXPECT_EQ(due->first().attempts, 0);
    EXPECT_EQ(due->first().lastError, QStringLiteral("HTTP 500"));
    EXPECT_EQ(queue.count(QStringLiteral("dead")).value(), 0);
}

TEST(AlertInbox, MarkingOneAlertReadLeavesTheOthersUnread)
{
    test::TempStore store;
    test::addGroceries(*store.catalog, 6); // threshold 5
    ASSERT_TRUE(store.catalog->sell(QStringLiteral("ARR-500"), Quantity::fromUnits(2)).ok());
    ASSERT_TRUE(store.catalog->sell(QStringLiteral("LEC-1"), Quantity::fromUnits(2)).ok());
    AlertInbox inbox(*store.db, store.clock);
    ASSERT_EQ(inbox.unreadCount().value(), 2);
    auto alerts = inbox.recent();
    ASSERT_TRUE(alerts.ok());
    ASSERT_TRUE(inbox.markRead(alerts->first().id).ok());
    EXPECT_EQ(inbox.unreadCount().value(), 1);
    ASSERT_TRUE(inbox.markRead(alerts->first().id).ok()); // again: nothing changes
    EXPECT_EQ(inbox.unreadCount().value(), 1);
    EXPECT_TRUE(inbox.recent()->first().read);
    EXPECT_FALSE(inbox.recent()->last().read);
}
