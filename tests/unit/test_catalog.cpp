#include "catalog/demostore.h"
#include "common/tracecontext.h"
#include "events/jsonschemavalidator.h"
#include "pos/demandforecast.h"
#include "pos/documentqueue.h"
#include "pos/salesreport.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace bodega;

namespace {

qint64 changeFootprint(const test::TempStore &s)
{
    // Everything a unit of work may write, in one number per table.
    return s.scalar(QStringLiteral("SELECT count(*) FROM products")) * 1000000000LL +
           s.scalar(QStringLiteral("SELECT count(*) FROM outbox")) * 1000000LL +
           s.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")) * 1000LL +
           s.scalar(QStringLiteral("SELECT count(*) FROM sales")) * 10 +
           s.scalar(QStringLiteral("SELECT count(*) FROM alerts"));
}

} // namespace

TEST(Catalog, AddProductWritesItsEventInTheSameTransaction)
{
    test::TempStore store;
    TraceScope trace;
    auto p = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(12), false);
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    EXPECT_EQ(p->stock, Quantity::fromUnits(12));
    const auto events = store.envelopes();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].value(QStringLiteral("type")).toString(),
              QStringLiteral("product.upserted"));
    EXPECT_EQ(events[1].value(QStringLiteral("type")).toString(), QStringLiteral("stock.adjusted"));
    for (const auto &e : events) {
        EXPECT_EQ(e.value(QStringLiteral("aggregate_id")).toString(), p->id);
        EXPECT_EQ(e.value(QStringLiteral("trace_id")).toString(),
                  trace.id()); // the action's trace follows it
    }
    auto found = store.catalog->find(p->barcode);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->name, p->name);
    EXPECT_EQ(found->stock, Quantity::fromUnits(12));
}

TEST(Catalog, AiFillsCategoryAndDescriptionAndMarksThem)
{
    test::TempStore store;
    Product draft = test::sampleProduct(QStringLiteral("Detergente en polvo Fab 1 kg"),
                                        QStringLiteral("DET-1"));
    draft.barcode.clear();
    draft.category.clear();
    draft.keywords = {QStringLiteral("detergente"), QStringLiteral("ropa")};
    auto p = store.catalog->addProduct(draft, Quantity(), true);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->category, QStringLiteral("Aseo del hogar"));
    EXPECT_TRUE(p->categoryGenerated);
    EXPECT_TRUE(p->descriptionGenerated);
    EXPECT_TRUE(p->description.contains(QStringLiteral("Detergente")));
    // What the user typed is never overwritten.
    Product typed = draft;
    typed.sku = QStringLiteral("DET-2");
    typed.category = QStringLiteral("Limpieza");
    auto q = store.catalog->addProduct(typed, Quantity(), true);
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(q->category, QStringLiteral("Limpieza"));
    EXPECT_FALSE(q->categoryGenerated);
}

TEST(Catalog, FailureAtAnyStatementLeavesNeitherChangeNorEvent)
{
    // Fail the 1st, 2nd, ... statement of each unit of work until it
    // succeeds; every failed attempt must leave the store exactly as it was.
    test::TempStore store;
    auto seed = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(11), false);
    ASSERT_TRUE(seed.ok());

    int failures = 0;
    for (int n = 1;; ++n) {
        const qint64 before = changeFootprint(store);
        store.db->failStatementAfter(n);
        Product p =
            test::sampleProduct(QStringLiteral("Frijol rojo 500 g"), QStringLiteral("FRI-500"));
        p.barcode.clear();
        auto r = store.catalog->addProduct(p, Quantity::fromUnits(5), false);
        store.db->failStatementAfter(0);
        if (r.ok())
            break;
        ++failures;
        EXPECT_EQ(r.error().code, ErrorCode::StorageFailed);
        EXPECT_EQ(changeFootprint(store), before) << "add failed at statement " << n;
        ASSERT_LT(n, 50);
    }
    EXPECT_GE(failures, 4); // product, event, movement, its event at least

    failures = 0;
    for (int n = 1;; ++n) {
        const qint64 before = changeFootprint(store);
        const qint64 level =
            store.scalar(QStringLiteral("SELECT sum(qty_milli) FROM stock_levels"));
        store.db->failStatementAfter(n);
        auto r = store.catalog->sell(seed->sku,
                                     Quantity::fromUnits(2)); // crosses the threshold: alert too
        store.db->failStatementAfter(0);
        if (r.ok()) {
            EXPECT_TRUE(r->alert.has_value());
            break;
        }
        ++failures;
        EXPECT_EQ(changeFootprint(store), before) << "sale failed at statement " << n;
        EXPECT_EQ(store.scalar(QStringLiteral("SELECT sum(qty_milli) FROM stock_levels")), level);
        ASSERT_LT(n, 50);
    }
    EXPECT_GE(failures, 6);
    // Receipt numbers have no gaps even after failed attempts.
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT last_no FROM receipt_counters")), 1);
}

TEST(Catalog, LowStockAlertOncePerCrossing)
{
    test::TempStore store;
    auto p = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(12), false);
    ASSERT_TRUE(p.ok());
    auto s1 = store.catalog->sell(p->sku, Quantity::fromUnits(2)); // 10: not below
    ASSERT_TRUE(s1.ok());
    EXPECT_FALSE(s1->alert.has_value());
    EXPECT_FALSE(s1->product.isLow());
    auto s2 = store.catalog->sell(p->sku, Quantity::fromUnits(1)); // 9: crossed
    ASSERT_TRUE(s2.ok());
    ASSERT_TRUE(s2->alert.has_value());
    EXPECT_TRUE(s2->product.isLow());
    EXPECT_TRUE(s2->alert->message.contains(p->name));
    auto s3 = store.catalog->sell(p->sku, Quantity::fromUnits(1)); // 8: still below, no new alert
    ASSERT_TRUE(s3.ok());
    EXPECT_FALSE(s3->alert.has_value());
    ASSERT_TRUE(
        store.catalog->adjustStock(p->sku, Quantity::fromUnits(20), QStringLiteral("delivery"))
            .ok());
    auto s4 = store.catalog->sell(p->sku, Quantity::fromUnits(19)); // 28 -> 9: crossed again
    ASSERT_TRUE(s4.ok());
    EXPECT_TRUE(s4->alert.has_value());
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM alerts")), 2);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'stock.low'")),
              2);
    auto low = store.catalog->lowStock();
    ASSERT_TRUE(low.ok());
    ASSERT_EQ(low->size(), 1);
    EXPECT_EQ(low->first().id, p->id);
}

TEST(Catalog, OversellingIsRecordedAndFlagged)
{
    test::TempStore store;
    auto p = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(1), false);
    ASSERT_TRUE(p.ok());
    auto sale = store.catalog->sell(p->sku, Quantity::fromUnits(3));
    ASSERT_TRUE(sale.ok());
    EXPECT_TRUE(sale->oversold);
    EXPECT_EQ(sale->product.stock, Quantity::fromUnits(-2));
    EXPECT_EQ(sale->receiptNo, QStringLiteral("T01-000001"));
    EXPECT_EQ(sale->total.minor(), 8700);
}

TEST(Catalog, BadInputChangesNothing)
{
    test::TempStore store;
    auto p = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(5), false);
    ASSERT_TRUE(p.ok());
    const qint64 before = changeFootprint(store);

    Product sameSku = test::sampleProduct(QStringLiteral("Otro"));
    sameSku.barcode.clear();
    auto dupSku = store.catalog->addProduct(sameSku, Quantity(), false);
    ASSERT_FALSE(dupSku.ok());
    EXPECT_EQ(dupSku.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(dupSku.error().field(), QStringLiteral("sku"));

    Product other = test::sampleProduct(QStringLiteral("Otro"), QStringLiteral("OTRO-1"));
    auto dupBarcode = store.catalog->addProduct(other, Quantity(), false);
    ASSERT_FALSE(dupBarcode.ok());
    EXPECT_EQ(dupBarcode.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(dupBarcode.error().field(), QStringLiteral("barcode"));

    Product dollars = test::sampleProduct(QStringLiteral("Importado"), QStringLiteral("USD-1"));
    dollars.barcode.clear();
    dollars.price = Money(450, QStringLiteral("USD"));
    auto foreign = store.catalog->addProduct(dollars, Quantity(), false);
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().field(), QStringLiteral("currency"));

    auto zero = store.catalog->sell(p->sku, Quantity());
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().field(), QStringLiteral("qty"));
    auto negative = store.catalog->sell(p->sku, Quantity::fromUnits(-1));
    ASSERT_FALSE(negative.ok());
    auto absurd = store.catalog->sell(p->sku, Quantity::fromUnits(5000000000LL));
    ASSERT_FALSE(absurd.ok());
    auto missing = store.catalog->sell(QStringLiteral("NOPE"), Quantity::fromUnits(1));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto noReason =
        store.catalog->adjustStock(p->sku, Quantity::fromUnits(1), QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field(), QStringLiteral("reason"));
    Product huge = other;
    huge.barcode.clear();
    huge.name = QString(10 * 1024 * 1024, QLatin1Char('n'));
    auto hugeName = store.catalog->addProduct(huge, Quantity(), true);
    ASSERT_FALSE(hugeName.ok());
    EXPECT_EQ(hugeName.error().field(), QStringLiteral("name"));

    EXPECT_EQ(changeFootprint(store), before);
}

TEST(Catalog, SearchIsPrefixAndAccentInsensitive)
{
    test::TempStore store;
    Product a = test::sampleProduct(QStringLiteral("Azúcar blanca Manuelita 1 kg"),
                                    QStringLiteral("AZU-1"));
    a.barcode.clear();
    ASSERT_TRUE(store.catalog->addProduct(a, Quantity(), false).ok());
    Product b = test::sampleProduct(QStringLiteral("Arroz Diana 500 g"), QStringLiteral("ARR-1"));
    b.barcode.clear();
    ASSERT_TRUE(store.catalog->addProduct(b, Quantity(), false).ok());
    auto find = [&](const char *text) {
        ProductQuery q;
        q.search = QString::fromUtf8(text);
        auto r = store.catalog->list(q);
        EXPECT_TRUE(r.ok());
        QStringList skus;
        for (const auto &p : *r)
            skus << p.sku;
        return skus;
    };
    EXPECT_EQ(find("azucar"), QStringList{QStringLiteral("AZU-1")});
    EXPECT_EQ(find("AZÚ"), QStringList{QStringLiteral("AZU-1")});
    EXPECT_EQ(find("arr dia"), QStringList{QStringLiteral("ARR-1")});
    EXPECT_EQ(find("a").size(), 2);
    EXPECT_TRUE(
        find("\"; DROP TABLE products; --").isEmpty()); // user text never becomes FTS syntax
    EXPECT_EQ(find("").size(), 2);
}

TEST(Catalog, EveryProducedEventMatchesItsSchema)
{
    test::TempStore store;
    TraceScope trace;
    Product loose = test::sampleProduct();
    loose.unit = UnitOfMeasure::Kilogram; // sold by weight: thousandths in the event
    auto p = store.catalog->addProduct(loose, Quantity::fromUnits(11), false);
    ASSERT_TRUE(p.ok());
    ASSERT_TRUE(store.catalog->sell(p->sku, Quantity::fromMilli(2500)).ok());
    // Half a unit of something sold by the unit is a typing error.
    Product canned = test::sampleProduct(QStringLiteral("Atún en aceite"), QStringLiteral("ATU-1"));
    canned.barcode.clear();
    auto can = store.catalog->addProduct(canned, Quantity::fromUnits(3), false);
    ASSERT_TRUE(can.ok());
    auto half = store.catalog->sell(can->sku, Quantity::fromMilli(500));
    ASSERT_FALSE(half.ok());
    EXPECT_EQ(half.error().field(), QStringLiteral("qty"));
    ASSERT_TRUE(
        store.catalog->adjustStock(p->sku, Quantity::fromUnits(-1), QStringLiteral("broken bag"))
            .ok());
    Product edited = *p;
    edited.price = Money(3100, QStringLiteral("COP"));
    ASSERT_TRUE(store.catalog->updateProduct(edited).ok());
    // A till sale and its invoice, attached afterwards (receipt.pdf_ready).
    Cart cart;
    ASSERT_TRUE(cart.add(edited, Quantity::fromUnits(1)).ok());
    Settlement cash(cart.totals().total);
    ASSERT_TRUE(cash.add({Tender::Kind::Cash, cart.totals().total, {}, {}}).ok());
    ASSERT_TRUE(store.catalog->completeSale(cart, cash).ok());
    struct InvoiceFile : DocumentRenderer
    {
        explicit InvoiceFile(QString dir) : dir(std::move(dir)) {}
        Result<QString> produce(const Receipt &r, DocumentKind) override
        {
            QFile f(dir + QLatin1Char('/') + r.receiptNo + QStringLiteral(".pdf"));
            if (!f.open(QIODevice::WriteOnly) || f.write("%PDF") != 4)
                return Error{ErrorCode::PrinterFailed, f.errorString(), {}};
            return f.fileName();
        }
        QString dir;
    } invoices(store.dir.path());
    ASSERT_EQ(*DocumentQueue(*store.db, store.clock).processPending(invoices), 2);
    // One can sold today of the 3 there were: the forecast sees them gone in
    // two days, inside the lead time (stock.low_predicted).
    ASSERT_TRUE(store.catalog->sell(can->sku, Quantity::fromUnits(1)).ok());
    DemandForecast forecast(*store.db, store.clock, SalesReport::storeTimeZone(*store.db));
    auto announced = forecast.recordPredictedStockOuts(*forecast.compute());
    ASSERT_TRUE(announced.ok()) << announced.error().message.toStdString();
    EXPECT_TRUE(announced->contains(can->id));

    QSet<QString> types;
    for (const QJsonObject &e : store.envelopes()) {
        auto s = EventSchemas::validateEnvelope(e);
        EXPECT_TRUE(s.ok()) << e.value(QStringLiteral("type")).toString().toStdString() << ": "
                            << (s.ok() ? std::string()
                                       : s.error()
                                             .details.value(QStringLiteral("problems"))
                                             .toStringList()
                                             .join(QStringLiteral("; "))
                                             .toStdString());
        types.insert(e.value(QStringLiteral("type")).toString());
    }
    EXPECT_EQ(types,
              (QSet<QString>{QStringLiteral("product.upserted"), QStringLiteral("stock.adjusted"),
                             QStringLiteral("sale.completed"), QStringLiteral("stock.low"),
                             QStringLiteral("receipt.pdf_ready"), QStringLiteral("audit.recorded"),
                             QStringLiteral("stock.low_predicted")}));
    const QStringList known = EventSchemas::knownTypes();
    EXPECT_EQ(types, QSet<QString>(known.begin(), known.end())); // every contract is exercised
}

TEST(EventSchemas, RejectBrokenEvents)
{
    test::TempStore store;
    auto p = store.catalog->addProduct(test::sampleProduct(), Quantity(), false);
    ASSERT_TRUE(p.ok());
    const QJsonObject good = store.envelopes().first();
    ASSERT_TRUE(EventSchemas::validateEnvelope(good).ok());

    QJsonObject e = good;
    e.remove(QStringLiteral("id"));
    EXPECT_FALSE(EventSchemas::validateEnvelope(e).ok());
    e = good;
    e.insert(QStringLiteral("type"), QStringLiteral("product.deleted"));
    EXPECT_FALSE(EventSchemas::validateEnvelope(e).ok());
    e = good;
    QJsonObject payload = e.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("price"), -5);
    e.insert(QStringLiteral("payload"), payload);
    EXPECT_FALSE(EventSchemas::validateEnvelope(e).ok());
    payload = good.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("price"), 10.5);
    e.insert(QStringLiteral("payload"), payload);
    EXPECT_FALSE(EventSchemas::validateEnvelope(e).ok());
    payload = good.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("unexpected"), 1);
    e.insert(QStringLiteral("payload"), payload);
    EXPECT_FALSE(EventSchemas::validateEnvelope(e).ok());
    e = good;
    e.insert(QStringLiteral("occurred_at"), QStringLiteral("yesterday"));
    EXPECT_FALSE(EventSchemas::validateEnvelope(e).ok());
}

TEST(JsonSchemaValidator, ReportsUnsupportedKeywords)
{
    JsonSchemaValidator v(QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                      {QStringLiteral("oneOf"), QJsonArray{}}});
    const QStringList problems = v.validate(QJsonObject{});
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("oneOf")));
}

TEST(Catalog, BroadSearchesStayCheapAndPageWithoutOverlap)
{
    test::TempStore store;
    // More matches than the repository sorts per keystroke.
    DemoStore demo(*store.db, *store.ai, store.clock);
    ASSERT_TRUE(demo.populate(4000).ok());
    ProductQuery q;
    q.search = QStringLiteral("a");
    auto exact = store.catalog->count(q);
    ASSERT_TRUE(exact.ok());
    ASSERT_GT(*exact, ProductRepository::SortedSearchLimit);
    q.countLimit = 100;
    EXPECT_EQ(*store.catalog->count(q), 100);

    q.limit = 50;
    auto first = store.catalog->list(q);
    q.offset = 50;
    auto second = store.catalog->list(q);
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_EQ(first->size(), 50);
    ASSERT_EQ(second->size(), 50);
    QSet<QString> ids;
    for (const auto *page : {&*first, &*second}) {
        for (const Product &p : *page) {
            ids.insert(p.id);
            const QString text = (p.name + QLatin1Char(' ') + p.keywords.join(QLatin1Char(' ')) +
                                  QLatin1Char(' ') + p.category + QLatin1Char(' ') + p.sku)
                                     .toLower();
            bool wordStartsWithA = false;
            for (const QString &w : text.split(QRegularExpression(QStringLiteral("[^\\w]+"))))
                wordStartsWithA = wordStartsWithA || w.startsWith(QLatin1Char('a')) ||
                                  w.startsWith(QStringLiteral("á"));
            EXPECT_TRUE(wordStartsWithA) << p.name.toStdString();
        }
    }
    EXPECT_EQ(ids.size(), 100); // consecutive pages never repeat a product

    // A narrow search is sorted as asked.
    ProductQuery narrow;
    narrow.search = QStringLiteral("arroz");
    narrow.sort = ProductQuery::Sort::Price;
    narrow.limit = 1000;
    auto rice = store.catalog->list(narrow);
    ASSERT_TRUE(rice.ok());
    ASSERT_GT(rice->size(), 3);
    for (int i = 1; i < rice->size(); ++i)
        EXPECT_LE(rice->at(i - 1).price.minor(), rice->at(i).price.minor());
    EXPECT_EQ(*store.catalog->count(narrow), rice->size());
}
