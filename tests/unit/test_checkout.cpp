// Completing a sale (issue 4, point 3): one durable transaction with its
// receipt number, lines, payments, movements and event, or nothing at all.
#include "catalog/checkoutsaga.h"
#include "events/jsonschemavalidator.h"
#include "pos/cart.h"
#include "pos/receiptbook.h"
#include "pos/settlement.h"
#include "pos/shiftbook.h"
#include "security/authenticator.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>

#include <functional>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <utility>

using namespace bodega;

namespace {

Money cop(qint64 pesos)
{
    return Money(pesos, QStringLiteral("COP"));
}

struct Shop
{
    Shop() { products = test::addGroceries(*store.catalog, 10); }

    // 2 rice, 1 milk (10 % off), 1 eggs, and 1,000 off the sale.
    Cart cart() const
    {
        Cart c;
        EXPECT_TRUE(c.add(products[0], Quantity::fromUnits(2)).ok());
        EXPECT_TRUE(c.add(products[1], Quantity::fromUnits(1)).ok());
        EXPECT_TRUE(c.setLineDiscount(1, *Discount::percent(1000)).ok());
        EXPECT_TRUE(c.add(products[2], Quantity::fromUnits(1)).ok());
        EXPECT_TRUE(c.setSaleDiscount(*Discount::amount(1000)).ok());
        return c;
    }

    qint64 count(const char *table) const
    {
        return store.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }

    test::TempStore store;
    QVector<Product> products;
};

} // namespace

TEST(Checkout, ASplitTenderSaleIsRecordedWholeWithItsReceiptNumber)
{
    Shop shop;
    const Cart cart = shop.cart();
    // 5800 + 3780 + 18000 = 27580, minus 1000 = 26580.
    ASSERT_EQ(cart.totals().total, cop(26580));
    Settlement pay(cart.totals().total);
    ASSERT_TRUE(pay.add({Tender::Kind::Card, cop(20000), QStringLiteral("A1B2C3"), {}}).ok());
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, cop(10000), {}, {}}).ok());
    const qint64 eventsBefore = shop.count("outbox");

    auto sale = shop.store.catalog->completeSale(cart, pay);
    ASSERT_TRUE(sale.ok()) << sale.error().message.toStdString();
    EXPECT_EQ(sale->receiptNo, QStringLiteral("T01-000001"));
    EXPECT_EQ(sale->change, cop(3420));
    EXPECT_EQ(
        shop.store.scalar(QStringLiteral("SELECT total_minor * 1000000 + change_minor FROM sales")),
        26580LL * 1000000 + 3420);
    EXPECT_EQ(shop.store.scalar(QStringLiteral("SELECT discount_minor FROM sales")), 1420);
    EXPECT_EQ(shop.store.scalar(QStringLiteral("SELECT tax_minor FROM sales")),
              sale->totals.tax.minor());
    EXPECT_EQ(shop.store.scalar(QStringLiteral("SELECT sum(total_minor) FROM sale_lines")), 26580);
    EXPECT_EQ(shop.store.scalar(QStringLiteral("SELECT sum(amount_minor) FROM sale_payments")),
              26580);
    EXPECT_EQ(shop.store.scalar(
                  QStringLiteral("SELECT amount_minor FROM sale_payments WHERE kind = 'cash'")),
              6580);
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("ARR-500"))->stock, Quantity::fromUnits(8));
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("HUE-30"))->stock, Quantity::fromUnits(9));

    // One sale.completed event, valid against its contract, lines adding up.
    const QVector<QJsonObject> events = shop.store.envelopes();
    ASSERT_EQ(events.size(), eventsBefore + 1);
    const QJsonObject event = events.last();
    EXPECT_EQ(event.value(QStringLiteral("type")).toString(), QStringLiteral("sale.completed"));
    EXPECT_TRUE(EventSchemas::validateEnvelope(event).ok());
    const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
    qint64 lineSum = 0;
    for (const QJsonValue &l : payload.value(QStringLiteral("lines")).toArray())
        lineSum += l.toObject().value(QStringLiteral("total")).toInteger();
    EXPECT_EQ(lineSum, payload.value(QStringLiteral("total")).toInteger());
    EXPECT_EQ(payload.value(QStringLiteral("lines")).toArray().size(), 3);

    // The next sale takes the next number.
    Cart more;
    ASSERT_TRUE(more.add(shop.products[0], Quantity::fromUnits(1)).ok());
    Settlement exact(more.totals().total);
    ASSERT_TRUE(exact.add({Tender::Kind::Transfer, cop(2900), QStringLiteral("NEQ-77"), {}}).ok());
    EXPECT_EQ(shop.store.catalog->completeSale(more, exact)->receiptNo,
              QStringLiteral("T01-000002"));
}

// A double press of F12, or a till that retries after the answer was lost,
// sends the same cart again: it is the same sale, recorded once.
TEST(Checkout, TheSameCartCheckedOutTwiceIsOneSale)
{
    Shop shop;
    const Cart cart = shop.cart();
    Settlement pay(cart.totals().total);
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, cop(30000), {}, {}}).ok());
    CheckoutSaga saga(*shop.store.catalog, *shop.store.db, shop.store.clock);
    auto first = saga.run(cart, pay);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->sale.saleId, cart.checkoutId());
    const qint64 events = shop.count("outbox");
    const qint64 documents = shop.count("document_jobs");

    auto again = saga.run(cart, pay);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(again.error().field(), QStringLiteral("sale"));
    EXPECT_EQ(again.error().details.value(QStringLiteral("receipt_no")).toString(),
              first->sale.receiptNo);
    EXPECT_EQ(shop.count("sales"), 1);
    EXPECT_EQ(shop.count("outbox"), events);
    EXPECT_EQ(shop.count("document_jobs"), documents);
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("ARR-500"))->stock, Quantity::fromUnits(8));

    // The till starts the next sale with clear(): a new sale, the next number.
    Cart next = cart;
    next.clear();
    EXPECT_NE(next.checkoutId(), cart.checkoutId());
    ASSERT_TRUE(next.add(shop.products[0], Quantity::fromUnits(1)).ok());
    Settlement exact(next.totals().total);
    ASSERT_TRUE(exact.add({Tender::Kind::Cash, next.totals().total, {}, {}}).ok());
    auto second = saga.run(next, exact);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->sale.receiptNo, QStringLiteral("T01-000002"));
}

TEST(Checkout, AnUnpaidEmptyOrRepricedSaleWritesNothing)
{
    Shop shop;
    const qint64 events = shop.count("outbox");
    const Cart cart = shop.cart();
    Settlement partly(cart.totals().total);
    ASSERT_TRUE(partly.add({Tender::Kind::Cash, cop(20000), {}, {}}).ok());
    auto unpaid = shop.store.catalog->completeSale(cart, partly);
    ASSERT_FALSE(unpaid.ok());
    EXPECT_EQ(unpaid.error().code, ErrorCode::PaymentIncomplete);

    // Paid for the cart as it was before another line was scanned.
    Settlement paid(cart.totals().total);
    ASSERT_TRUE(paid.add({Tender::Kind::Cash, cop(30000), {}, {}}).ok());
    Cart grown = cart;
    ASSERT_TRUE(grown.add(shop.products[2], Quantity::fromUnits(1)).ok());
    auto stale = shop.store.catalog->completeSale(grown, paid);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().field(), QStringLiteral("payments"));

    auto empty = shop.store.catalog->completeSale(Cart(), Settlement(cop(0)));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field(), QStringLiteral("lines"));

    for (const char *table : {"sales", "sale_lines", "sale_payments", "receipt_counters"})
        EXPECT_EQ(shop.count(table), 0) << table;
    EXPECT_EQ(shop.count("outbox"), events);
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("ARR-500"))->stock, Quantity::fromUnits(10));
}

TEST(Checkout, AFailureAtAnyStatementLeavesNoTraceAndNoGapInReceiptNumbers)
{
    Shop shop;
    const Cart cart = shop.cart();
    Settlement pay(cart.totals().total);
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, cop(30000), {}, {}}).ok());
    const qint64 events = shop.count("outbox");
    const qint64 movements = shop.count("stock_movements");
    const qint64 alerts = shop.count("alerts");
    int failures = 0;
    for (int failAt = 1; failAt < 200; ++failAt) {
        shop.store.db->failStatementAfter(failAt);
        auto sale = shop.store.catalog->completeSale(cart, pay);
        shop.store.db->failStatementAfter(0);
        if (sale.ok()) {
            // The first sale that went through has the first number.
            EXPECT_EQ(sale->receiptNo, QStringLiteral("T01-000001"));
            break;
        }
        ++failures;
        SCOPED_TRACE(failAt);
        EXPECT_EQ(sale.error().code, ErrorCode::StorageFailed);
        for (const char *table :
             {"sales", "sale_lines", "sale_payments", "receipt_counters", "document_jobs"})
            EXPECT_EQ(shop.count(table), 0) << table;
        EXPECT_EQ(shop.count("outbox"), events);
        EXPECT_EQ(shop.count("stock_movements"), movements);
        EXPECT_EQ(shop.count("alerts"), alerts);
        EXPECT_EQ(shop.store.catalog->find(QStringLiteral("HUE-30"))->stock,
                  Quantity::fromUnits(10));
    }
    // Every statement of the sale was failed once: receipt, sale, 3 lines
    // with their lookups and movements, payment, event, the two documents.
    EXPECT_GE(failures, 14);
    EXPECT_EQ(shop.count("sales"), 1);
}

namespace {
// The Shop's usual sale, paid in cash; its receipt number.
QString sellUsualCart(Shop &shop)
{
    const Cart cart = shop.cart();
    Settlement pay(cart.totals().total);
    EXPECT_TRUE(pay.add({Tender::Kind::Cash, cop(30000), {}, {}}).ok());
    auto sale = shop.store.catalog->completeSale(cart, pay);
    EXPECT_TRUE(sale.ok());
    return sale ? sale->receiptNo : QString();
}
} // namespace

TEST(Returns, NeverMoreThanWasSoldAndTheRefundsAddUpToWhatWasPaid)
{
    Shop shop;
    const QString receipt = sellUsualCart(shop);
    // Line 1 is 2 rice: what was paid for it is the line's recorded total
    // (5800 less its share of the sale discount).
    const qint64 paid =
        shop.store.scalar(QStringLiteral("SELECT total_minor FROM sale_lines WHERE line_no = 1"));
    auto first = shop.store.catalog->returnItems(receipt, {{1, Quantity::fromUnits(1)}},
                                                 QStringLiteral("bolsa rota"), std::nullopt);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->refund.minor(), (paid + 1) / 2); // half, rounded half up
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("ARR-500"))->stock, Quantity::fromUnits(9));
    auto second = shop.store.catalog->returnItems(receipt, {{1, Quantity::fromUnits(1)}},
                                                  QStringLiteral("bolsa rota"), std::nullopt);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->refund.minor() + second->refund.minor(), paid);
    auto third = shop.store.catalog->returnItems(receipt, {{1, Quantity::fromUnits(1)}},
                                                 QStringLiteral("otra vez"), std::nullopt);
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().field(), QStringLiteral("qty"));
    EXPECT_EQ(third.error().details.value(QStringLiteral("returnable")).toString(),
              QStringLiteral("0"));
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("ARR-500"))->stock, Quantity::fromUnits(10));

    EXPECT_EQ(
        shop.store.catalog
            ->returnItems(receipt, {{9, Quantity::fromUnits(1)}}, QStringLiteral("x"), std::nullopt)
            .error()
            .field(),
        QStringLiteral("line"));
    EXPECT_EQ(shop.store.catalog
                  ->returnItems(QStringLiteral("T01-999999"), {{1, Quantity::fromUnits(1)}},
                                QStringLiteral("x"), std::nullopt)
                  .error()
                  .code,
              ErrorCode::NotFound);
    EXPECT_EQ(
        shop.store.catalog
            ->returnItems(receipt, {{2, Quantity::fromUnits(1)}}, QStringLiteral(" "), std::nullopt)
            .error()
            .field(),
        QStringLiteral("reason"));
    // The stock came back as return movements, each a valid stock.adjusted event.
    int returns = 0;
    for (const QJsonObject &e : shop.store.envelopes()) {
        const QJsonObject p = e.value(QStringLiteral("payload")).toObject();
        if (p.value(QStringLiteral("kind")).toString() != QLatin1String("return"))
            continue;
        ++returns;
        EXPECT_TRUE(EventSchemas::validateEnvelope(e).ok());
        EXPECT_EQ(p.value(QStringLiteral("delta_milli")).toInteger(), 1000);
    }
    EXPECT_EQ(returns, 2);
}

namespace {

// An admin, two cashiers (ana, PIN 4821; beto, PIN 1357) and a manager
// (luis, PIN 2468); ana is at the till.
struct Staff
{
    explicit Staff(Shop &shop) : users(*shop.store.db, shop.store.clock)
    {
        auto owner = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                               User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
        EXPECT_TRUE(owner.ok());
        const Actor admin{owner->id, owner->name, Role::Admin};
        auto a = users.add(admin, QStringLiteral("ana"), Role::Cashier, User::SecretKind::Pin,
                           QStringLiteral("4821"));
        auto b = users.add(admin, QStringLiteral("beto"), Role::Cashier, User::SecretKind::Pin,
                           QStringLiteral("1357"));
        auto l = users.add(admin, QStringLiteral("luis"), Role::Manager, User::SecretKind::Pin,
                           QStringLiteral("2468"));
        EXPECT_TRUE(a.ok() && b.ok() && l.ok());
        ana = Actor{a->id, a->name, Role::Cashier};
        beto = Actor{b->id, b->name, Role::Cashier};
        luis = Actor{l->id, l->name, Role::Manager};
        shop.store.catalog->setActor(ana);
    }

    UserStore users;
    Actor ana;
    Actor beto;
    Actor luis;
};

QVector<AuditEntry> trail(Shop &shop)
{
    return AuditLog(*shop.store.db, shop.store.clock).recent(10).value_or(QVector<AuditEntry>());
}

} // namespace

TEST(Returns, ACashierNeedsAManagerToApproveWithTheirPin)
{
    Shop shop;
    const QString receipt = sellUsualCart(shop);
    Staff staff(shop);
    const QVector<ReturnRequest> one{{3, Quantity::fromUnits(1)}};
    for (const std::optional<Actor> &approver :
         {std::optional<Actor>(), std::optional<Actor>(staff.beto)}) {
        auto r = shop.store.catalog->returnItems(receipt, one, QStringLiteral("vencido"), approver);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::PermissionDenied);
    }
    EXPECT_EQ(shop.count("sale_returns"), 0);
    // The manager types their PIN at the till.
    AuditLog audit(*shop.store.db, shop.store.clock);
    auto manager = Authenticator(staff.users, audit, shop.store.clock)
                       .login(QStringLiteral("luis"), QStringLiteral("2468"));
    ASSERT_TRUE(manager.ok());
    auto approved =
        shop.store.catalog->returnItems(receipt, one, QStringLiteral("vencido"), *manager);
    ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("HUE-30"))->stock, Quantity::fromUnits(10));
    auto trail = audit.recent(1);
    ASSERT_TRUE(trail.ok() && !trail->isEmpty());
    EXPECT_EQ(trail->first().action, QStringLiteral("sale_returned"));
    EXPECT_EQ(trail->first().userName, QStringLiteral("ana"));
    EXPECT_EQ(trail->first().after.value(QStringLiteral("approved_by")).toString(),
              QStringLiteral("luis"));
}

TEST(Returns, AFailureAtAnyStatementChangesNothing)
{
    Shop shop;
    const QString receipt = sellUsualCart(shop);
    const qint64 movements = shop.count("stock_movements");
    const qint64 events = shop.count("outbox");
    int failures = 0;
    for (int failAt = 1; failAt < 100; ++failAt) {
        shop.store.db->failStatementAfter(failAt);
        auto r = shop.store.catalog->returnItems(
            receipt, {{1, Quantity::fromUnits(2)}, {3, Quantity::fromUnits(1)}},
            QStringLiteral("cliente arrepentido"), std::nullopt);
        shop.store.db->failStatementAfter(0);
        if (r.ok())
            break;
        ++failures;
        SCOPED_TRACE(failAt);
        for (const char *table : {"sale_returns", "sale_return_lines"})
            EXPECT_EQ(shop.count(table), 0) << table;
        EXPECT_EQ(shop.count("stock_movements"), movements);
        EXPECT_EQ(shop.count("outbox"), events);
        EXPECT_EQ(shop.store.catalog->find(QStringLiteral("ARR-500"))->stock,
                  Quantity::fromUnits(8));
    }
    EXPECT_GE(failures, 8);
    EXPECT_EQ(shop.count("sale_return_lines"), 2);
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("ARR-500"))->stock, Quantity::fromUnits(10));
}

TEST(Returns, ALineReturnedUnitByUnitRefundsExactlyWhatWasPaid)
{
    Shop shop;
    // 100 units at $2 with 25 % off: $150 paid, $1.50 a unit, which no
    // single refund can give back exactly.
    Product screw = test::sampleProduct(QStringLiteral("Tornillo"), QStringLiteral("TOR-1"));
    screw.barcode.clear();
    screw.price = cop(2);
    auto added = shop.store.catalog->addProduct(screw, Quantity::fromUnits(100), false);
    ASSERT_TRUE(added.ok());
    Cart cart;
    ASSERT_TRUE(cart.add(*added, Quantity::fromUnits(100)).ok());
    ASSERT_TRUE(cart.setLineDiscount(0, *Discount::percent(2500)).ok());
    Settlement pay(cart.totals().total);
    ASSERT_EQ(pay.due(), cop(150));
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, cop(150), {}, {}}).ok());
    auto sale = shop.store.catalog->completeSale(cart, pay);
    ASSERT_TRUE(sale.ok());
    qint64 refunded = 0;
    for (int i = 0; i < 100; ++i) {
        auto r = shop.store.catalog->returnItems(sale->receiptNo, {{1, Quantity::fromUnits(1)}},
                                                 QStringLiteral("sobrante"), std::nullopt);
        ASSERT_TRUE(r.ok()) << i << " " << r.error().message.toStdString();
        EXPECT_GE(r->refund.minor(), 1);
        EXPECT_LE(r->refund.minor(), 2);
        refunded += r->refund.minor();
        // Never ahead of what the units back so far were worth (rounded).
        EXPECT_LE(refunded, (150 * (i + 1) * 2 + 100) / 200) << i;
    }
    EXPECT_EQ(refunded, 150);
}

TEST(Shifts, ClosingCountsTheCashAgainstWhatTheSalesReturnsAndMovementsSay)
{
    Shop shop;
    ShiftBook shifts(*shop.store.db, shop.store.clock);
    EXPECT_EQ(shifts.current().error().code, ErrorCode::NotFound);
    auto opened = shifts.open(std::nullopt, cop(100000));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    auto twice = shifts.open(std::nullopt, cop(0));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field(), QStringLiteral("shift"));
    shop.store.clock.advanceMs(1000);

    // A split sale (20,000 card + 6,580 cash after change) and a cash sale.
    const Cart cart = shop.cart();
    Settlement split(cart.totals().total);
    ASSERT_TRUE(split.add({Tender::Kind::Card, cop(20000), QStringLiteral("A1"), {}}).ok());
    ASSERT_TRUE(split.add({Tender::Kind::Cash, cop(10000), {}, {}}).ok());
    auto first = shop.store.catalog->completeSale(cart, split);
    ASSERT_TRUE(first.ok());
    Cart rice;
    ASSERT_TRUE(rice.add(shop.products[0], Quantity::fromUnits(1)).ok());
    Settlement cash(rice.totals().total);
    ASSERT_TRUE(cash.add({Tender::Kind::Cash, cop(5000), {}, {}}).ok());
    ASSERT_TRUE(shop.store.catalog->completeSale(rice, cash).ok());
    // Eggs come back (refunded in cash), change is bought, a supplier is paid.
    auto back = shop.store.catalog->returnItems(first->receiptNo, {{3, Quantity::fromUnits(1)}},
                                                QStringLiteral("rotos"), std::nullopt);
    ASSERT_TRUE(back.ok());
    ASSERT_TRUE(shifts.moveCash(std::nullopt, cop(50000), QStringLiteral("sencillo")).ok());
    ASSERT_TRUE(shifts.moveCash(std::nullopt, cop(-12000), QStringLiteral("pago proveedor")).ok());
    EXPECT_EQ(shifts.moveCash(std::nullopt, cop(1000), QStringLiteral(" ")).error().field(),
              QStringLiteral("reason"));

    auto now = shifts.current();
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now->sales, 2);
    EXPECT_EQ(now->salesByTender.value(QStringLiteral("card")), cop(20000));
    EXPECT_EQ(now->salesByTender.value(QStringLiteral("cash")), cop(6580 + 2900));
    const qint64 expected = 100000 + 6580 + 2900 - back->refund.minor() + 50000 - 12000;
    EXPECT_EQ(now->expectedCash.minor(), expected);
    // The eggs came from a split-tender sale: which tender paid them back is
    // not recorded, so the drawer's, and the Z report says where it came from.
    EXPECT_EQ(now->cashRefunds, back->refund);
    EXPECT_EQ(now->splitTenderRefunds, back->refund);

    // 500 short in the drawer.
    auto closed = shifts.close(std::nullopt, cop(expected - 500));
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->difference, cop(-500));
    EXPECT_TRUE(closed->closedAt.isValid());
    EXPECT_EQ(shifts.current().error().code, ErrorCode::NotFound);
    EXPECT_EQ(shifts.close(std::nullopt, cop(0)).error().code, ErrorCode::NotFound);
    // A new shift starts from its own float.
    shop.store.clock.advanceMs(1000);
    auto next = shifts.open(std::nullopt, cop(80000));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->expectedCash, cop(80000));
    EXPECT_EQ(next->sales, 0);
    // Each step is in the audit trail.
    const auto trail = AuditLog(*shop.store.db, shop.store.clock).recent(100);
    ASSERT_TRUE(trail.ok());
    QStringList actions;
    for (const AuditEntry &e : *trail)
        actions << e.action;
    EXPECT_EQ(actions.count(QStringLiteral("shift_opened")), 2);
    EXPECT_EQ(actions.count(QStringLiteral("cash_moved")), 2);
    EXPECT_EQ(actions.count(QStringLiteral("shift_closed")), 1);
}

TEST(Shifts, ACardSaleReturnedIsRefundedOnTheCardNotFromTheDrawer)
{
    Shop shop;
    ShiftBook shifts(*shop.store.db, shop.store.clock);
    ASSERT_TRUE(shifts.open(std::nullopt, cop(100000)).ok());
    shop.store.clock.advanceMs(1000);
    Cart rice;
    ASSERT_TRUE(rice.add(shop.products[0], Quantity::fromUnits(2)).ok());
    const Money price = rice.totals().total;
    Settlement card(price);
    ASSERT_TRUE(card.add({Tender::Kind::Card, price, QStringLiteral("AUT-77"), {}}).ok());
    auto byCard = shop.store.catalog->completeSale(rice, card);
    ASSERT_TRUE(byCard.ok());
    Settlement cash(price);
    ASSERT_TRUE(cash.add({Tender::Kind::Cash, price, {}, {}}).ok());
    Cart riceAgain; // the next customer's
    ASSERT_TRUE(riceAgain.add(shop.products[0], Quantity::fromUnits(2)).ok());
    auto inCash = shop.store.catalog->completeSale(riceAgain, cash);
    ASSERT_TRUE(inCash.ok());
    // One unit back from each sale.
    auto cardBack = shop.store.catalog->returnItems(
        byCard->receiptNo, {{1, Quantity::fromUnits(1)}}, QStringLiteral("vencido"), std::nullopt);
    ASSERT_TRUE(cardBack.ok());
    auto cashBack = shop.store.catalog->returnItems(
        inCash->receiptNo, {{1, Quantity::fromUnits(1)}}, QStringLiteral("vencido"), std::nullopt);
    ASSERT_TRUE(cashBack.ok());
    ASSERT_GT(cardBack->refund.minor(), 0);

    auto now = shifts.current();
    ASSERT_TRUE(now.ok());
    // Only the cash sale's refund left the drawer.
    EXPECT_EQ(now->expectedCash, cop(100000 + price.minor() - cashBack->refund.minor()));
    EXPECT_EQ(now->cashRefunds, cashBack->refund);
    EXPECT_EQ(now->refundsByTender.value(QStringLiteral("card")), cardBack->refund);
    EXPECT_EQ(now->refundsByTender.value(QStringLiteral("cash")), cashBack->refund);
    EXPECT_EQ(now->splitTenderRefunds, cop(0));
    const QJsonObject json = now->toJson();
    EXPECT_EQ(json.value(QStringLiteral("refunds_by_tender"))
                  .toObject()
                  .value(QStringLiteral("card"))
                  .toInteger(),
              cardBack->refund.minor());
    // Counting exactly that closes the shift even.
    auto closed = shifts.close(std::nullopt, now->expectedCash);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->difference, cop(0));
}

namespace {

// The receipt printer and the invoice folder, at the edge of the machine:
// told to fail or not, it records what it was asked to produce. (Real PDFs
// and QPrinter are exercised in tests/print.)
class RecordingRenderer : public DocumentRenderer
{
public:
    Result<QString> produce(const Receipt &receipt, DocumentKind kind) override
    {
        produced << receipt.receiptNo + QLatin1Char('/') + documentKindCode(kind);
        if (failReceipts && kind == DocumentKind::Receipt)
            return Error{ErrorCode::PrinterFailed, QStringLiteral("paper jam"), {}};
        if (failInvoices && kind == DocumentKind::Invoice)
            return Error{ErrorCode::PrinterFailed, QStringLiteral("disk full"), {}};
        if (kind == DocumentKind::Receipt)
            return QStringLiteral("printer:EPSON");
        const QString path = folder.filePath(receipt.receiptNo + QStringLiteral(".pdf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("%PDF-1.4 invoice") < 0)
            return Error{ErrorCode::PrinterFailed, f.errorString(), {}};
        return path;
    }

    QTemporaryDir folder;
    QStringList produced;
    bool failReceipts = false;
    bool failInvoices = false;
};

} // namespace

TEST(Receipts, AReprintSaysWhatTheSaleSaidEvenAfterTheCatalogChanged)
{
    Shop shop;
    shop.store.catalog->setActor(Actor{QStringLiteral("u1"), QStringLiteral("Ana"), Role::Admin});
    const Cart cart = shop.cart();
    Settlement pay(cart.totals().total);
    ASSERT_TRUE(pay.add({Tender::Kind::Card, cop(20000), QStringLiteral("A1B2C3"), {}}).ok());
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, cop(10000), {}, {}}).ok());
    auto sale = shop.store.catalog->completeSale(cart, pay);
    ASSERT_TRUE(sale.ok());

    // Renamed and repriced after the sale.
    Product rice = shop.products[0];
    rice.name = QStringLiteral("Arroz Roa 500 g");
    rice.price = cop(3500);
    ASSERT_TRUE(shop.store.catalog->updateProduct(rice).ok());

    auto receipt = ReceiptBook(*shop.store.db).byNumber(QStringLiteral(" T01-000001 "));
    ASSERT_TRUE(receipt.ok()) << receipt.error().message.toStdString();
    EXPECT_EQ(receipt->saleId, sale->saleId);
    EXPECT_EQ(receipt->cashier, QStringLiteral("Ana"));
    ASSERT_EQ(receipt->lines.size(), 3);
    EXPECT_EQ(receipt->lines[0].name, QStringLiteral("Arroz Diana 500 g"));
    EXPECT_EQ(receipt->lines[0].sku, QStringLiteral("ARR-500"));
    EXPECT_EQ(receipt->lines[0].unitPrice, cop(2900));
    EXPECT_EQ(receipt->lines[0].qty, Quantity::fromUnits(2));
    // Totals, discounts and the tax split are the cart's, to the peso.
    const CartTotals t = cart.totals();
    EXPECT_EQ(receipt->total, t.total);
    EXPECT_EQ(receipt->gross, t.gross);
    EXPECT_EQ(receipt->discount, t.lineDiscounts + t.saleDiscount);
    EXPECT_EQ(receipt->tax, t.tax);
    ASSERT_EQ(receipt->taxes.size(), t.taxes.size());
    for (int i = 0; i < t.taxes.size(); ++i) {
        EXPECT_EQ(receipt->taxes[i].rateBasisPoints, t.taxes[i].rateBasisPoints);
        EXPECT_EQ(receipt->taxes[i].base, t.taxes[i].base);
        EXPECT_EQ(receipt->taxes[i].tax, t.taxes[i].tax);
    }
    // Card as typed; cash net of change; the customer handed over 30,000.
    ASSERT_EQ(receipt->payments.size(), 2);
    EXPECT_EQ(receipt->payments[0].reference, QStringLiteral("A1B2C3"));
    EXPECT_EQ(receipt->change, cop(3420));
    EXPECT_EQ(receipt->tendered, cop(30000));

    auto missing = ReceiptBook(*shop.store.db).byNumber(QStringLiteral("T01-000099"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    auto history = ReceiptBook(*shop.store.db).recent(10);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().receiptNo, QStringLiteral("T01-000001"));
    EXPECT_EQ(history->first().lines, 3);
}

TEST(Receipts, ASaleOwesAReceiptAndAnInvoiceASimulationNone)
{
    Shop shop;
    sellUsualCart(shop);
    EXPECT_EQ(shop.store.scalar(
                  QStringLiteral("SELECT count(*) FROM document_jobs WHERE status = 'pending'")),
              2);
    ASSERT_TRUE(shop.store.catalog->sell(QStringLiteral("ARR-500"), Quantity::fromUnits(1)).ok());
    EXPECT_EQ(shop.count("document_jobs"), 2);
}

TEST(CheckoutSaga, APrinterFailureLeavesTheSaleStandingAndTheReceiptWaitingForAReprint)
{
    Shop shop;
    RecordingRenderer printer;
    printer.failReceipts = true;
    CheckoutSaga saga(*shop.store.catalog, *shop.store.db, shop.store.clock, &printer);
    const Cart cart = shop.cart();
    Settlement pay(cart.totals().total);
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, cop(30000), {}, {}}).ok());

    auto outcome = saga.run(cart, pay);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->print, CheckoutOutcome::Print::Failed);
    ASSERT_TRUE(outcome->printError.has_value());
    EXPECT_EQ(outcome->printError->code, ErrorCode::PrinterFailed);
    EXPECT_EQ(outcome->receipt.receiptNo, QStringLiteral("T01-000001"));
    EXPECT_EQ(outcome->receipt.total, cart.totals().total);
    // The sale stands: recorded, stock taken, its event waiting to sync.
    EXPECT_EQ(shop.count("sales"), 1);
    EXPECT_EQ(shop.store.catalog->find(QStringLiteral("HUE-30"))->stock, Quantity::fromUnits(9));

    DocumentQueue queue(*shop.store.db, shop.store.clock);
    auto failed = queue.failed();
    ASSERT_TRUE(failed.ok());
    ASSERT_EQ(failed->size(), 1);
    EXPECT_EQ(failed->first().receiptNo, QStringLiteral("T01-000001"));
    EXPECT_EQ(failed->first().lastError, QStringLiteral("paper jam"));
    // A failed receipt is not printed again unasked: the customer has left.
    printer.produced.clear();
    ASSERT_TRUE(queue.processPending(printer).ok());
    EXPECT_EQ(printer.produced, QStringList{QStringLiteral("T01-000001/invoice")});

    // The printer is fixed; the cashier reprints from history.
    printer.failReceipts = false;
    auto again = queue.reprint(QStringLiteral("T01-000001"), DocumentKind::Receipt);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->status, QStringLiteral("pending"));
    EXPECT_EQ(*queue.processPending(printer), 1);
    auto printed = queue.job(QStringLiteral("T01-000001"), DocumentKind::Receipt);
    EXPECT_EQ(printed->status, QStringLiteral("done"));
    EXPECT_EQ(printed->path, QStringLiteral("printer:EPSON"));
    EXPECT_EQ(shop.count("sales"), 1); // a reprint is not a sale

    auto unknown = queue.reprint(QStringLiteral("T01-000042"), DocumentKind::Receipt);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST(CheckoutSaga, AnUnpaidCheckoutWritesNothingAndPrintsNothing)
{
    Shop shop;
    RecordingRenderer printer;
    CheckoutSaga saga(*shop.store.catalog, *shop.store.db, shop.store.clock, &printer);
    const Cart cart = shop.cart();
    Settlement partly(cart.totals().total);
    ASSERT_TRUE(partly.add({Tender::Kind::Cash, cop(1000), {}, {}}).ok());
    auto outcome = saga.run(cart, partly);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, ErrorCode::PaymentIncomplete);
    EXPECT_TRUE(printer.produced.isEmpty());
    EXPECT_EQ(shop.count("sales"), 0);
    EXPECT_EQ(shop.count("document_jobs"), 0);

    // Without a printer the receipt stays queued for the document worker.
    CheckoutSaga tillOnly(*shop.store.catalog, *shop.store.db, shop.store.clock);
    Settlement paid(cart.totals().total);
    ASSERT_TRUE(paid.add({Tender::Kind::Cash, cop(30000), {}, {}}).ok());
    auto queued = tillOnly.run(cart, paid);
    ASSERT_TRUE(queued.ok());
    EXPECT_EQ(queued->print, CheckoutOutcome::Print::Queued);
    EXPECT_EQ(shop.store.scalar(
                  QStringLiteral("SELECT count(*) FROM document_jobs WHERE status = 'pending'")),
              2);
}

TEST(Invoices, AnInvoiceIsRetriedThenAttachedAndAnnouncedOnce)
{
    Shop shop;
    const QString receiptNo = sellUsualCart(shop);
    RecordingRenderer renderer;
    renderer.failInvoices = true;
    DocumentQueue queue(*shop.store.db, shop.store.clock);
    const qint64 events = shop.count("outbox");

    // A full disk: retried on the next rounds, then set aside for a reprint.
    for (int round = 1; round <= DocumentQueue::MaxInvoiceAttempts; ++round) {
        ASSERT_TRUE(queue.processPending(renderer).ok());
        auto job = queue.job(receiptNo, DocumentKind::Invoice);
        EXPECT_EQ(job->attempts, round);
        EXPECT_EQ(job->status, round < DocumentQueue::MaxInvoiceAttempts
                                   ? QStringLiteral("pending")
                                   : QStringLiteral("failed"));
    }
    EXPECT_EQ(shop.count("outbox"), events);

    renderer.failInvoices = false;
    ASSERT_TRUE(queue.reprint(receiptNo, DocumentKind::Invoice).ok());
    ASSERT_TRUE(queue.processPending(renderer).ok());
    auto job = queue.job(receiptNo, DocumentKind::Invoice);
    EXPECT_EQ(job->status, QStringLiteral("done"));
    ASSERT_TRUE(QFile::exists(job->path));

    // One receipt.pdf_ready, valid, naming the file and its digest.
    const QVector<QJsonObject> all = shop.store.envelopes();
    ASSERT_EQ(all.size(), events + 1);
    const QJsonObject ready = all.last();
    EXPECT_EQ(ready.value(QStringLiteral("type")).toString(), QStringLiteral("receipt.pdf_ready"));
    EXPECT_TRUE(EventSchemas::validateEnvelope(ready).ok());
    const QJsonObject payload = ready.value(QStringLiteral("payload")).toObject();
    EXPECT_EQ(payload.value(QStringLiteral("receipt_no")).toString(), receiptNo);
    EXPECT_EQ(payload.value(QStringLiteral("file_name")).toString(),
              receiptNo + QStringLiteral(".pdf"));
    EXPECT_EQ(payload.value(QStringLiteral("bytes")).toInteger(), 16);
    QFile f(job->path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(payload.value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(
                  QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
    // Done documents (the receipt printed in the first round, the invoice
    // now) are not produced again.
    EXPECT_EQ(queue.job(receiptNo, DocumentKind::Receipt)->status, QStringLiteral("done"));
    renderer.produced.clear();
    EXPECT_EQ(*queue.processPending(renderer), 0);
    EXPECT_TRUE(renderer.produced.isEmpty());
}

// Runs `during` once, while it is making its next document: what another
// process does in the meantime.
class MeanwhileRenderer : public RecordingRenderer
{
public:
    Result<QString> produce(const Receipt &receipt, DocumentKind kind) override
    {
        if (during)
            std::exchange(during, {})();
        return RecordingRenderer::produce(receipt, kind);
    }
    std::function<void()> during;
};

// The GUI's document worker and `bodegactl documents run` are two processes
// on one store: each receipt is printed by one of them, a reprint asked for
// while the first print is under way is printed too, and a process that died
// with a job claimed leaves it to the next once its lease runs out.
TEST(Documents, AJobIsPrintedByOneProcessAndAReprintDuringItsPrintIsNotLost)
{
    Shop shop;
    Settlement pay(shop.cart().totals().total);
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, cop(30000), {}, {}}).ok());
    auto sale = shop.store.catalog->completeSale(shop.cart(), pay);
    ASSERT_TRUE(sale.ok());
    auto other = Database::open(shop.store.path()); // the other process's connection
    ASSERT_TRUE(other.ok());
    DocumentQueue gui(*shop.store.db, shop.store.clock);
    DocumentQueue cli(**other, shop.store.clock);

    // While the GUI prints the receipt, the CLI finds nothing to take, and a
    // cashier asks for a reprint.
    MeanwhileRenderer printer;
    RecordingRenderer cliPrinter;
    int cliMadeWhileClaimed = -1;
    printer.during = [&] {
        cliMadeWhileClaimed = *cli.processPending(cliPrinter); // only the invoice is free
        ASSERT_TRUE(cli.reprint(sale->receiptNo, DocumentKind::Receipt).ok());
    };
    auto receiptJob = gui.job(sale->receiptNo, DocumentKind::Receipt);
    ASSERT_TRUE(receiptJob.ok());
    auto made = gui.process(*receiptJob, printer);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_TRUE(*made);
    EXPECT_EQ(cliMadeWhileClaimed, 1);
    EXPECT_EQ(cliPrinter.produced, QStringList{sale->receiptNo + QStringLiteral("/invoice")});
    // The first print does not mark the reprint done: it is still owed.
    EXPECT_EQ(gui.job(sale->receiptNo, DocumentKind::Receipt)->status, QStringLiteral("pending"));
    EXPECT_EQ(*cli.processPending(cliPrinter), 1);
    EXPECT_EQ(cliPrinter.produced.last(), sale->receiptNo + QStringLiteral("/receipt"));
    EXPECT_EQ(printer.produced, QStringList{sale->receiptNo + QStringLiteral("/receipt")});
    EXPECT_EQ(gui.job(sale->receiptNo, DocumentKind::Receipt)->status, QStringLiteral("done"));
    EXPECT_EQ(*gui.processPending(printer) + *cli.processPending(cliPrinter), 0);

    // A reprint claimed by a process that then died: nobody else takes it
    // until the lease runs out, then the next process prints it once.
    auto again = gui.reprint(sale->receiptNo, DocumentKind::Receipt);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(shop.store.db
                    ->run(QStringLiteral("UPDATE document_jobs SET claimed_until = ? WHERE id = ?"),
                          {shop.store.clock.now()
                               .addMSecs(DocumentQueue::ClaimMs)
                               .toString(Qt::ISODateWithMs),
                           again->id})
                    .ok()); // what claim() leaves behind in the dead process
    cliPrinter.produced.clear();
    EXPECT_EQ(*cli.processPending(cliPrinter), 0);
    EXPECT_TRUE(cliPrinter.produced.isEmpty());
    shop.store.clock.advanceMs(DocumentQueue::ClaimMs + 1);
    EXPECT_EQ(*cli.processPending(cliPrinter), 1);
    EXPECT_EQ(cliPrinter.produced, QStringList{sale->receiptNo + QStringLiteral("/receipt")});

    // An invoice whose making outlives its lease (a hung network folder):
    // the process that took it over records it; the late one changes
    // nothing, and the invoice is announced once.
    const auto announced = [&] {
        return shop.store.scalar(
            QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'receipt.pdf_ready'"));
    };
    const qint64 before = announced();
    auto invoice = gui.reprint(sale->receiptNo, DocumentKind::Invoice);
    ASSERT_TRUE(invoice.ok());
    MeanwhileRenderer slow;
    slow.during = [&] {
        shop.store.clock.advanceMs(DocumentQueue::ClaimMs + 1);
        EXPECT_EQ(*cli.processPending(cliPrinter), 1);
    };
    auto late = gui.process(*invoice, slow);
    ASSERT_TRUE(late.ok()) << late.error().message.toStdString();
    const auto recorded = gui.job(sale->receiptNo, DocumentKind::Invoice);
    EXPECT_EQ(recorded->status, QStringLiteral("done"));
    EXPECT_TRUE(recorded->path.startsWith(cliPrinter.folder.path()))
        << recorded->path.toStdString();
    EXPECT_EQ(announced(), before + 1);
}

TEST(TillLimits, ADiscountAboveTheCashiersLimitNeedsAManagersPin)
{
    Shop shop;
    Staff staff(shop);
    Cart cart;
    ASSERT_TRUE(cart.add(shop.products[2], Quantity::fromUnits(1)).ok()); // 18,000
    // 10 % is the cashier's own to give.
    ASSERT_TRUE(cart.setSaleDiscount(*Discount::percent(1000)).ok());
    Settlement pay(cart.totals().total);
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, cop(20000), {}, {}}).ok());
    ASSERT_TRUE(shop.store.catalog->completeSale(cart, pay).ok());

    // 15 % is not: refused whole, naming the discount, unless a manager approves.
    cart.clear(); // the next sale, the same product
    ASSERT_TRUE(cart.add(shop.products[2], Quantity::fromUnits(1)).ok());
    ASSERT_TRUE(cart.setSaleDiscount(*Discount::percent(1500)).ok());
    Settlement more(cart.totals().total);
    ASSERT_TRUE(more.add({Tender::Kind::Cash, cop(20000), {}, {}}).ok());
    const qint64 sales = shop.count("sales");
    for (const std::optional<Actor> &approver :
         {std::optional<Actor>(), std::optional<Actor>(staff.ana)}) {
        auto refused = shop.store.catalog->completeSale(cart, more, {{}, approver});
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
        EXPECT_EQ(refused.error().field(), QStringLiteral("discount"));
        EXPECT_EQ(refused.error().details.value(QStringLiteral("needs")).toString(),
                  QStringLiteral("approve_override"));
    }
    EXPECT_EQ(shop.count("sales"), sales);
    auto approved = shop.store.catalog->completeSale(cart, more, {{}, staff.luis});
    ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
    const AuditEntry last = trail(shop).first();
    EXPECT_EQ(last.action, QStringLiteral("discount_over_limit"));
    EXPECT_EQ(last.subject, approved->receiptNo);
    EXPECT_EQ(last.userName, QStringLiteral("ana"));
    EXPECT_EQ(last.after.value(QStringLiteral("approved_by")).toString(), QStringLiteral("luis"));
    EXPECT_EQ(last.after.value(QStringLiteral("discount_bp")).toInteger(), 1500);
    EXPECT_EQ(last.after.value(QStringLiteral("limit_bp")).toInteger(), 1000);

    // A manager approves their own; the store may lower the limit.
    ASSERT_TRUE(shop.store.catalog->settings()
                    .setValue(QStringLiteral("till.cashier_discount_limit"), QStringLiteral("5"))
                    .ok());
    cart.clear();
    ASSERT_TRUE(cart.add(shop.products[2], Quantity::fromUnits(1)).ok());
    ASSERT_TRUE(cart.setSaleDiscount(*Discount::percent(600)).ok());
    Settlement six(cart.totals().total);
    ASSERT_TRUE(six.add({Tender::Kind::Cash, cop(20000), {}, {}}).ok());
    EXPECT_EQ(shop.store.catalog->completeSale(cart, six).error().code,
              ErrorCode::PermissionDenied);
    shop.store.catalog->setActor(staff.luis);
    EXPECT_TRUE(shop.store.catalog->completeSale(cart, six).ok());
    ASSERT_TRUE(
        shop.store.catalog->settings()
            .setValue(QStringLiteral("till.cashier_discount_limit"), QStringLiteral("mucho"))
            .ok());
    auto broken = shop.store.catalog->completeSale(cart, six);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().field(), QStringLiteral("till.cashier_discount_limit"));
}

TEST(TillLimits, VoidsAreAuditedAndAWholeSaleVoidNeedsAManager)
{
    Shop shop;
    Staff staff(shop);
    const Cart cart = shop.cart();
    ASSERT_TRUE(shop.store.catalog->recordVoid(cart, 1).ok());
    AuditEntry last = trail(shop).first();
    EXPECT_EQ(last.action, QStringLiteral("line_voided"));
    EXPECT_EQ(last.userName, QStringLiteral("ana"));
    const QJsonArray voided = last.after.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(voided.size(), 1);
    EXPECT_EQ(voided.at(0).toObject().value(QStringLiteral("sku")).toString(),
              QStringLiteral("LEC-1"));
    EXPECT_EQ(last.after.value(QStringLiteral("amount")).toInteger(),
              cart.totals().lines[1].net.minor());
    EXPECT_EQ(shop.store.catalog->recordVoid(cart, 7).error().field(), QStringLiteral("line"));

    auto alone = shop.store.catalog->recordVoid(cart, std::nullopt);
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(alone.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(trail(shop).first().action, QStringLiteral("line_voided")); // nothing recorded
    ASSERT_TRUE(shop.store.catalog->recordVoid(cart, std::nullopt, staff.luis).ok());
    last = trail(shop).first();
    EXPECT_EQ(last.action, QStringLiteral("sale_voided"));
    EXPECT_EQ(last.after.value(QStringLiteral("lines")).toArray().size(), 3);
    EXPECT_EQ(last.after.value(QStringLiteral("amount")).toInteger(), cart.totals().total.minor());
    EXPECT_EQ(last.after.value(QStringLiteral("approved_by")).toString(), QStringLiteral("luis"));
    EXPECT_EQ(shop.count("sales"), 0);
}
