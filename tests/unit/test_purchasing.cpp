#include "purchasing/purchaseordercsv.h"
#include "security/auditaction.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QBuffer>
#include <QJsonArray>

using namespace bodega;

namespace {

// A store with the three groceries (10 units each, cost 0 unless set) and
// one supplier, Distribuidora Andina, who charges 2,100 for the rice.
struct Purchasing
{
    Purchasing() : book(*store.catalog, *store.db, store.clock)
    {
        products = test::addGroceries(*store.catalog, 10);
        Supplier s;
        s.name = QStringLiteral("Distribuidora Andina");
        s.contact = QStringLiteral("Marta Gómez");
        s.email = QStringLiteral("pedidos@andina.com.co");
        s.leadTimeDays = 3;
        auto added = book.addSupplier(s);
        EXPECT_TRUE(added.ok());
        supplier = *added;
        EXPECT_TRUE(book.setSupplierPrice(supplier.name, QStringLiteral("ARR-500"),
                                          Money(2100, QStringLiteral("COP")))
                        .ok());
    }

    // 24 rice at the supplier's price and 12 milk at 3,500, sent.
    PurchaseOrder sentOrder()
    {
        auto po = book.create(supplier.name,
                              {{QStringLiteral("ARR-500"), Quantity::fromUnits(24), std::nullopt},
                               {QStringLiteral("LEC-1"), Quantity::fromUnits(12),
                                Money(3500, QStringLiteral("COP"))}});
        EXPECT_TRUE(po.ok()) << po.error().message.toStdString();
        auto sent = book.send(po->number);
        EXPECT_TRUE(sent.ok());
        return *sent;
    }

    qint64 level(const QString &sku) const
    {
        return store.scalar(QStringLiteral("SELECT qty_milli FROM stock_levels l JOIN products p "
                                           "ON p.id = l.product_id WHERE p.sku = '%1'")
                                .arg(sku));
    }

    test::TempStore store;
    PurchaseOrderBook book;
    QVector<Product> products;
    Supplier supplier;
};

QString fieldOf(const Error &e)
{
    return e.field();
}

} // namespace

TEST(SupplierBook, ValidationNamesTheFieldAndChangesNothing)
{
    Purchasing p;
    const auto attempt = [&](auto change) {
        Supplier s;
        s.name = QStringLiteral("Lácteos del Valle");
        change(s);
        return p.book.addSupplier(s);
    };
    auto noName = attempt([](Supplier &s) { s.name = QStringLiteral("   "); });
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(fieldOf(noName.error()), QStringLiteral("name"));
    auto lead = attempt([](Supplier &s) { s.leadTimeDays = -1; });
    ASSERT_FALSE(lead.ok());
    EXPECT_EQ(fieldOf(lead.error()), QStringLiteral("lead_time_days"));
    auto email = attempt([](Supplier &s) { s.email = QStringLiteral("pedidos@"); });
    ASSERT_FALSE(email.ok());
    EXPECT_EQ(fieldOf(email.error()), QStringLiteral("email"));
    // Unique whatever the case.
    auto twice = attempt([](Supplier &s) { s.name = QStringLiteral("distribuidora ANDINA"); });
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(fieldOf(twice.error()), QStringLiteral("name"));
    auto negative = p.book.setSupplierPrice(p.supplier.name, QStringLiteral("LEC-1"),
                                            Money(-1, QStringLiteral("COP")));
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(fieldOf(negative.error()), QStringLiteral("price"));
    EXPECT_EQ(p.store.scalar(QStringLiteral("SELECT count(*) FROM suppliers")), 1);
    EXPECT_EQ(p.store.scalar(QStringLiteral("SELECT count(*) FROM supplier_prices")), 1);

    auto ok = attempt([](Supplier &s) {
        s.email = QStringLiteral("ventas@lacteos.co");
        s.leadTimeDays = 0;
    });
    ASSERT_TRUE(ok.ok());
    auto found = p.book.suppliers().find(QStringLiteral("lácteos DEL VALLE"));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->id, ok->id);
    EXPECT_EQ(found->leadTimeDays, 0);
    // A price set again replaces the first.
    ASSERT_TRUE(p.book
                    .setSupplierPrice(p.supplier.name, QStringLiteral("ARR-500"),
                                      Money(2000, QStringLiteral("COP")))
                    .ok());
    auto prices = p.book.suppliers().prices(p.supplier.id);
    ASSERT_TRUE(prices.ok());
    ASSERT_EQ(prices->size(), 1);
    EXPECT_EQ(prices->first().sku, QStringLiteral("ARR-500"));
    EXPECT_EQ(prices->first().price.minor(), 2000);
}

TEST(PurchaseOrderBook, DraftTakesTheSupplierPriceThenTheProductCostAndNumbersPerTerminal)
{
    Purchasing p;
    Product egg = p.products.at(2);
    egg.cost = Money(15000, QStringLiteral("COP"));
    ASSERT_TRUE(p.store.catalog->updateProduct(egg).ok());
    auto po = p.book.create(
        p.supplier.name,
        {{QStringLiteral("ARR-500"), Quantity::fromUnits(24), std::nullopt},
         {QStringLiteral("HUE-30"), Quantity::fromUnits(2), std::nullopt},
         {QStringLiteral("LEC-1"), Quantity::fromMilli(1500), Money(3500, QStringLiteral("COP"))}});
    ASSERT_TRUE(po.ok()) << po.error().message.toStdString();
    EXPECT_EQ(po->number, QStringLiteral("OC-T01-000001"));
    EXPECT_EQ(po->status, PurchaseOrderStatus::Draft);
    ASSERT_EQ(po->lines.size(), 3);
    EXPECT_EQ(po->lines.at(0).unitCost.minor(), 2100);  // the supplier's price
    EXPECT_EQ(po->lines.at(1).unitCost.minor(), 15000); // no supplier price: the cost
    EXPECT_EQ(po->lines.at(2).unitCost.minor(), 3500);  // as given
    EXPECT_EQ(po->total().minor(), 24 * 2100 + 2 * 15000 + 5250);
    auto second = p.book.create(p.supplier.id,
                                {{QStringLiteral("LEC-1"), Quantity::fromUnits(1), std::nullopt}});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->number, QStringLiteral("OC-T01-000002"));

    // Bad lines name the field and write nothing, not even a number.
    auto zero = p.book.create(p.supplier.name,
                              {{QStringLiteral("ARR-500"), Quantity::fromUnits(0), std::nullopt}});
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(fieldOf(zero.error()), QStringLiteral("qty"));
    auto unknown = p.book.create(
        p.supplier.name, {{QStringLiteral("NOPE-1"), Quantity::fromUnits(1), std::nullopt}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    auto empty = p.book.create(p.supplier.name, {});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(fieldOf(empty.error()), QStringLiteral("lines"));
    EXPECT_EQ(p.store.scalar(QStringLiteral("SELECT count(*) FROM purchase_orders")), 2);
    auto third = p.book.create(p.supplier.name,
                               {{QStringLiteral("LEC-1"), Quantity::fromUnits(1), std::nullopt}});
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->number, QStringLiteral("OC-T01-000003"));
}

TEST(PurchaseOrderBook, IllegalTransitionsAreRefusedNamingTheStatus)
{
    Purchasing p;
    auto po = p.book.create(p.supplier.name,
                            {{QStringLiteral("ARR-500"), Quantity::fromUnits(5), std::nullopt}});
    ASSERT_TRUE(po.ok());
    // A draft is not received or closed.
    auto early = p.book.receive(po->number, {{QStringLiteral("ARR-500"), Quantity::fromUnits(1)}});
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(fieldOf(early.error()), QStringLiteral("status"));
    EXPECT_EQ(early.error().details.value(QStringLiteral("status")).toString(),
              QStringLiteral("draft"));
    EXPECT_EQ(fieldOf(p.book.close(po->number).error()), QStringLiteral("status"));
    ASSERT_TRUE(p.book.send(po->number).ok());
    EXPECT_EQ(fieldOf(p.book.send(po->number).error()), QStringLiteral("status"));
    EXPECT_EQ(fieldOf(p.book.close(po->number).error()), QStringLiteral("status"));
    auto cancelled = p.book.cancel(po->number);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->status, PurchaseOrderStatus::Cancelled);
    EXPECT_TRUE(cancelled->closedAt.isValid());
    EXPECT_EQ(fieldOf(p.book.cancel(po->number).error()), QStringLiteral("status"));
    EXPECT_EQ(
        fieldOf(p.book.receive(po->number, {{QStringLiteral("ARR-500"), Quantity::fromUnits(1)}})
                    .error()),
        QStringLiteral("status"));
    EXPECT_EQ(p.level(QStringLiteral("ARR-500")), 10000);
    EXPECT_EQ(p.book.find(QStringLiteral("OC-T99-000001")).error().code, ErrorCode::NotFound);
}

TEST(PurchaseOrderBook, PartialReceiptThenFullBooksReceiptMovementsAndClose)
{
    Purchasing p;
    const PurchaseOrder po = p.sentOrder();
    EXPECT_TRUE(po.sentAt.isValid());
    const qint64 eventsBefore = p.store.scalar(QStringLiteral("SELECT count(*) FROM outbox"));

    auto first = p.book.receive(po.number, {{QStringLiteral("ARR-500"), Quantity::fromUnits(10)}});
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->order.status, PurchaseOrderStatus::PartiallyReceived);
    ASSERT_EQ(first->movements.size(), 1);
    EXPECT_EQ(first->movements.first().kind, MovementKind::Receipt);
    EXPECT_EQ(first->movements.first().reference, po.id);
    EXPECT_EQ(first->movements.first().levelAfter, Quantity::fromUnits(20));
    // The level is the ledger's, as every reader sees it.
    StockLedger ledger(*p.store.db, p.store.clock);
    EXPECT_EQ(ledger.level(p.products.at(0).id).value(), Quantity::fromUnits(20));
    EXPECT_EQ(p.store.catalog->find(QStringLiteral("ARR-500"))->stock, Quantity::fromUnits(20));

    // Never more than is outstanding: 14 rice left.
    auto over = p.book.receive(po.number, {{QStringLiteral("ARR-500"), Quantity::fromUnits(15)}});
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(fieldOf(over.error()), QStringLiteral("qty"));
    EXPECT_EQ(over.error().details.value(QStringLiteral("outstanding_milli")).toLongLong(), 14000);
    auto notOnIt = p.book.receive(po.number, {{QStringLiteral("HUE-30"), Quantity::fromUnits(1)}});
    ASSERT_FALSE(notOnIt.ok());
    EXPECT_EQ(fieldOf(notOnIt.error()), QStringLiteral("product"));
    EXPECT_EQ(p.level(QStringLiteral("ARR-500")), 20000);

    auto rest = p.book.receive(po.number, {{QStringLiteral("ARR-500"), Quantity::fromUnits(14)},
                                           {QStringLiteral("LEC-1"), Quantity::fromUnits(12)}});
    ASSERT_TRUE(rest.ok()) << rest.error().message.toStdString();
    EXPECT_EQ(rest->order.status, PurchaseOrderStatus::Received);
    EXPECT_EQ(p.level(QStringLiteral("ARR-500")), 34000);
    EXPECT_EQ(p.level(QStringLiteral("LEC-1")), 22000);
    auto stored = p.book.find(po.number);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->lines.at(0).received, Quantity::fromUnits(24));
    EXPECT_EQ(stored->lines.at(1).received, Quantity::fromUnits(12));
    EXPECT_EQ(stored->status, PurchaseOrderStatus::Received);

    // Each movement went out as a stock.adjusted event of kind receipt; each
    // receipt's audit entry as its audit.recorded.
    const auto events = p.store.envelopes();
    int adjusted = 0, audited = 0;
    for (qint64 i = eventsBefore; i < events.size(); ++i) {
        const QString type = events[i].value(QStringLiteral("type")).toString();
        if (type == QLatin1String("audit.recorded")) {
            ++audited;
            continue;
        }
        ++adjusted;
        EXPECT_EQ(type, QStringLiteral("stock.adjusted"));
        const QJsonObject payload = events[i].value(QStringLiteral("payload")).toObject();
        EXPECT_EQ(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("receipt"));
        EXPECT_EQ(payload.value(QStringLiteral("reference")).toString(), po.id);
    }
    EXPECT_EQ(adjusted, 3);
    EXPECT_EQ(audited, 2);

    auto closed = p.book.close(po.number);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->status, PurchaseOrderStatus::Closed);
    auto listed = p.book.list(PurchaseOrderStatus::Closed);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().number, po.number);
    EXPECT_TRUE(p.book.list(PurchaseOrderStatus::Sent)->isEmpty());

    // Sent, two receipts and the close are in the audit trail.
    EXPECT_EQ(p.store.scalar(
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE subject = '%1'").arg(po.id)),
              4);
}

TEST(PurchaseOrderBook, AFailureAnywhereInAReceiptLeavesNothing)
{
    Purchasing p;
    const PurchaseOrder po = p.sentOrder();
    const auto footprint = [&] {
        return p.store.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")) * 1000000 +
               p.store.scalar(QStringLiteral("SELECT count(*) FROM outbox")) * 10000 +
               p.store.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) * 100 +
               p.store.scalar(
                   QStringLiteral("SELECT sum(received_milli) FROM purchase_order_lines"));
    };
    int failures = 0;
    for (int n = 1;; ++n) {
        const qint64 before = footprint();
        p.store.db->failStatementAfter(n);
        auto r = p.book.receive(po.number, {{QStringLiteral("ARR-500"), Quantity::fromUnits(4)},
                                            {QStringLiteral("LEC-1"), Quantity::fromUnits(2)}});
        p.store.db->failStatementAfter(0);
        if (r.ok())
            break;
        ++failures;
        EXPECT_EQ(r.error().code, ErrorCode::StorageFailed);
        EXPECT_EQ(footprint(), before) << "receipt failed at statement " << n;
        EXPECT_EQ(p.level(QStringLiteral("ARR-500")), 10000) << n;
        EXPECT_EQ(p.book.find(po.number)->status, PurchaseOrderStatus::Sent) << n;
        ASSERT_LT(n, 80);
    }
    // Two movements, their events, two line updates, the status, the audit.
    EXPECT_GE(failures, 7);
    EXPECT_EQ(p.level(QStringLiteral("ARR-500")), 14000);
    EXPECT_EQ(p.book.find(po.number)->status, PurchaseOrderStatus::PartiallyReceived);
}

TEST(PurchaseOrderBook, OnlyManagersAndAdminsBuy)
{
    Purchasing p;
    UserStore users(*p.store.db, p.store.clock);
    auto owner = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                           User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
    ASSERT_TRUE(owner.ok());
    const Actor admin{owner->id, owner->name, Role::Admin};
    p.store.catalog->setActor(Actor{QStringLiteral("c1"), QStringLiteral("ana"), Role::Cashier});
    auto denied = p.book.create(
        p.supplier.name, {{QStringLiteral("ARR-500"), Quantity::fromUnits(1), std::nullopt}});
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    Supplier s;
    s.name = QStringLiteral("Otro");
    EXPECT_EQ(p.book.addSupplier(s).error().code, ErrorCode::PermissionDenied);
    p.store.catalog->setActor(Actor{QStringLiteral("m1"), QStringLiteral("luis"), Role::Manager});
    auto made = p.book.create(p.supplier.name,
                              {{QStringLiteral("ARR-500"), Quantity::fromUnits(1), std::nullopt}});
    ASSERT_TRUE(made.ok());
    EXPECT_EQ(made->createdBy, QStringLiteral("luis"));
}

TEST(PurchaseOrderCsv, OneRowPerLineQuotedAsRfc4180)
{
    Purchasing p;
    const PurchaseOrder po = p.sentOrder();
    ASSERT_TRUE(
        p.book.receive(po.number, {{QStringLiteral("LEC-1"), Quantity::fromMilli(2500)}}).ok());
    auto stored = p.book.find(po.number);
    ASSERT_TRUE(stored.ok());
    stored->supplier.name = QStringLiteral("Andina, \"la buena\"");
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_TRUE(PurchaseOrderCsv::write(*stored, buffer).ok());
    const QStringList lines =
        QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0), QStringLiteral("number,supplier,status,line_no,sku,name,ordered,"
                                          "received,unit_cost,line_total,currency"));
    EXPECT_EQ(lines.at(1),
              QStringLiteral("OC-T01-000001,\"Andina, \"\"la buena\"\"\",partially_received,1,"
                             "ARR-500,Arroz Diana 500 g,24,0,2100,50400,COP"));
    EXPECT_EQ(lines.at(2), QStringLiteral("OC-T01-000001,\"Andina, \"\"la buena\"\"\","
                                          "partially_received,2,LEC-1,Leche entera 1 l,12,2.5,"
                                          "3500,42000,COP"));
}
