#include "common/flatjson.h"
#include "common/timestamp.h"
#include "common/uuid.h"
#include "domain/productmerge.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/stockledger.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>

using namespace bodega;

TEST(Database, OpensWithDurablePragmasAndLatestSchema)
{
    test::TempStore store;
    EXPECT_EQ(store.db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    auto mode = store.db->exec(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.ok());
    ASSERT_TRUE(mode->next());
    EXPECT_EQ(mode->value(0).toString(), QStringLiteral("wal"));
    EXPECT_EQ(store.scalar(QStringLiteral("PRAGMA synchronous")), 2); // FULL
    EXPECT_EQ(store.scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(store.scalar(QStringLiteral("PRAGMA user_version")), Database::latestSchemaVersion());
}

// The till's connection can leave WAL checkpoints to another one (the GUI's
// document worker), so no sale waits while the WAL is copied back.
TEST(Database, ACheckpointFromAnotherConnectionCopiesBackWhatTheTillLeft)
{
    test::TempStore store;
    ASSERT_TRUE(store.db->setAutoCheckpoint(false).ok());
    // Well over the 1000 pages at which SQLite would checkpoint by itself.
    const QByteArray blob(3000, 'x');
    for (int i = 0; i < 2000; ++i)
        ASSERT_TRUE(store.db
                        ->run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                              {QStringLiteral("bulk.%1").arg(i), QString::fromLatin1(blob)})
                        .ok());
    const QString wal = store.path() + QStringLiteral("-wal");
    EXPECT_GT(QFileInfo(wal).size(), 1000LL * 4096) << "the writer checkpointed by itself";

    auto other = Database::open(store.path());
    ASSERT_TRUE(other.ok());
    auto left = (*other)->checkpoint();
    ASSERT_TRUE(left.ok()) << left.error().message.toStdString();
    EXPECT_EQ(*left, 0);
    // Nothing lost on the way, and the writer goes on writing.
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'bulk.%'")),
              2000);
    ASSERT_TRUE(store.db
                    ->run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                          {QStringLiteral("bulk.after"), QStringLiteral("1")})
                    .ok());
    ASSERT_TRUE(store.db->setAutoCheckpoint(true).ok());
}

// A sale that meets another connection's write (the sync worker marking a
// batch sent) gets the lock soon after that write ends, not at SQLite's next
// coarse retry (1, 2, 5, 10, 15, 20, 25 ms...: 78 ms for a 60 ms write).
TEST(Database, AWriterBehindAnotherGetsTheLockSoonAfterItIsReleased)
{
    test::TempStore store;
    constexpr auto hold = std::chrono::milliseconds(60);
    std::atomic<bool> holding{false};
    QString writerError;
    std::thread writer([&] {
        auto other = Database::open(store.path());
        if (!other || !(*other)->begin()) {
            writerError = QStringLiteral("the other connection could not start writing");
            holding = true;
            return;
        }
        holding = true;
        std::this_thread::sleep_for(hold);
        if (!(*other)->commit())
            writerError = QStringLiteral("the other connection could not commit");
    });
    while (!holding)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const auto before = store.db->lockWaited();
    const auto t0 = std::chrono::steady_clock::now();
    const Status began = store.db->begin();
    const auto waited = std::chrono::steady_clock::now() - t0;
    writer.join();
    ASSERT_TRUE(writerError.isEmpty()) << writerError.toStdString();
    ASSERT_TRUE(began.ok()) << began.error().message.toStdString();
    ASSERT_TRUE(store.db->commit().ok());
    const auto counted = store.db->lockWaited() - before;
    EXPECT_GE(counted, hold / 2) << "the wait was not counted";
    EXPECT_LE(counted, waited);
    EXPECT_LT(waited, hold + std::chrono::milliseconds(12));

    // No other writer: no wait.
    const auto idle = store.db->lockWaited();
    ASSERT_TRUE(store.db->begin().ok());
    ASSERT_TRUE(store.db->commit().ok());
    EXPECT_EQ(store.db->lockWaited(), idle);
}

TEST(Database, MigrationsAreShippedAsResources)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/migrations/local/0001_initial.sql")));
}

TEST(Database, ReopenKeepsDataAndDoesNotMigrateAgain)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v')")).ok());
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    auto q = (*db)->exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("v"));
}

// Schema 14 rewrote the hot tables' CHECK lists as chains of `=` in the
// schema text: the same values are allowed and refused, a second connection
// reads the new text, and the file stays sound.
TEST(Database, PlainChecksAllowAndRefuseTheSameValues)
{
    test::TempStore store;
    auto sqlOf = [&store](const QString &table) {
        auto q = store.db->exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {table});
        return q && q->next() ? q->value(0).toString() : QString();
    };
    for (const char *table :
         {"products", "stock_movements", "outbox", "sale_payments", "document_jobs"}) {
        SCOPED_TRACE(table);
        const QString sql = sqlOf(QString::fromLatin1(table));
        ASSERT_FALSE(sql.isEmpty());
        EXPECT_FALSE(sql.contains(QLatin1String(" IN ("))) << qPrintable(sql);
        EXPECT_TRUE(sql.contains(QLatin1String(" OR "))) << qPrintable(sql);
    }
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                          "'schema_14_cookie'")),
              0);
    auto p = store.catalog->addProduct(
        test::sampleProduct(QStringLiteral("Arroz"), QStringLiteral("ARR-1")),
        Quantity::fromUnits(5), false);
    ASSERT_TRUE(p.ok());
    // A second connection, opened after the migration, enforces the rewritten text.
    auto other = Database::openExisting(store.path());
    ASSERT_TRUE(other.ok()) << qPrintable(other.error().message);
    for (Database *db : {store.db.get(), other->get()}) {
        ASSERT_TRUE(db->begin().ok());
        const auto refused = [db](const QString &sql) {
            auto r = db->exec(sql);
            return !r.ok() &&
                   r.error().message.contains(QLatin1String("CHECK"), Qt::CaseInsensitive);
        };
        EXPECT_TRUE(refused(QStringLiteral("UPDATE products SET unit = 'box'")));
        EXPECT_TRUE(db->exec(QStringLiteral("UPDATE products SET unit = 'kg'")).ok());
        EXPECT_TRUE(refused(QStringLiteral("UPDATE outbox SET status = 'lost'")));
        EXPECT_TRUE(db->exec(QStringLiteral("UPDATE outbox SET status = 'quarantined'")).ok());
        EXPECT_TRUE(refused(
            QStringLiteral(
                "INSERT INTO stock_movements (id, product_id, kind, delta_milli, created_at) "
                "VALUES ('m-x', '%1', 'theft', 1, '2026-12-03T00:00:00.000Z')")
                .arg(p->id)));
        EXPECT_TRUE(db->exec(QStringLiteral(
                                 "INSERT INTO stock_movements (id, product_id, kind, delta_milli, "
                                 "created_at) VALUES ('m-y', '%1', 'sync', 1, "
                                 "'2026-12-03T00:00:00.000Z')")
                                 .arg(p->id))
                        .ok());
        // CHECK is evaluated while the row is written, before the foreign key.
        EXPECT_TRUE(refused(QStringLiteral("INSERT INTO sale_payments (sale_id, payment_no, kind, "
                                           "amount_minor) VALUES ('s-x', 1, 'cheque', 100)")));
        EXPECT_TRUE(refused(
            QStringLiteral("INSERT INTO document_jobs (id, sale_id, kind, status, created_at, "
                           "updated_at) VALUES ('d-x', 's-x', 'receipt', 'lost', "
                           "'', '')")));
        db->rollback();
    }
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE "
                                          "integrity_check <> 'ok'")),
              0);
}

TEST(Database, RefusesASchemaNewerThanItKnows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::SchemaTooNew);
    EXPECT_EQ(db.error().details.value(QStringLiteral("schema_version")).toInt(), 999);
}

TEST(Database, CorruptFileIsReportedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QByteArray garbage =
        QByteArray("this is not an sqlite database, just text\n").repeated(200);
    f.write(garbage);
    f.close();
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::StorageCorrupt) << db.error().message.toStdString();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), garbage); // nothing written over the user's file
}

TEST(Database, DamagedSqliteFileIsCorrupt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(4096); // the header of the second page: a b-tree page of no known type
    f.write(QByteArray(3000, '\xff'));
    f.close();
    // Either the open already trips over the damage, or the integrity check
    // (what `bodegactl health` runs) names it; never a silent success.
    auto db = Database::open(path);
    if (db.ok()) {
        auto s = (*db)->checkIntegrity();
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::StorageCorrupt);
    } else {
        EXPECT_EQ(db.error().code, ErrorCode::StorageCorrupt)
            << db.error().codeName().toStdString();
    }
}

TEST(Database, HealthyStorePassesTheIntegrityCheck)
{
    test::TempStore store;
    ASSERT_TRUE(
        store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(3), false).ok());
    EXPECT_TRUE(store.db->checkIntegrity().ok());
}

TEST(Database, DirectoryInsteadOfFileIsAStorageError)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::StorageFailed);
}

TEST(Database, InjectedFailureSurfacesAsStorageFailed)
{
    test::TempStore store;
    store.db->failStatementAfter(1);
    auto r = store.db->exec(QStringLiteral("SELECT 1"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::StorageFailed);
    EXPECT_TRUE(store.db->exec(QStringLiteral("SELECT 1")).ok()); // one-shot
}

TEST(StockLedger, IsAppendOnlyAndLevelsDeriveFromIt)
{
    test::TempStore store;
    auto p = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(20), false);
    ASSERT_TRUE(p.ok());
    ASSERT_TRUE(store.catalog->sell(p->sku, Quantity::fromUnits(3)).ok());
    ASSERT_TRUE(
        store.catalog->adjustStock(p->sku, Quantity::fromMilli(1500), QStringLiteral("recount"))
            .ok());
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT qty_milli FROM stock_levels")), 18500);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT sum(delta_milli) FROM stock_movements")), 18500);
    EXPECT_FALSE(store.db->exec(QStringLiteral("UPDATE stock_movements SET delta_milli = 0")).ok());
    EXPECT_FALSE(store.db->exec(QStringLiteral("DELETE FROM stock_movements")).ok());
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")), 3);
}

namespace {
// A sample product as a repository stores it: with its id and timestamps.
Product newSample()
{
    Product p = test::sampleProduct();
    p.id = newId();
    p.createdAt = p.updatedAt = QDateTime::currentDateTimeUtc();
    return p;
}
} // namespace

TEST(StockLedger, RebuildingLevelsGivesEveryProductTheSumOfItsMovements)
{
    test::TempStore store;
    auto sold = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(20), false);
    Product panela = test::sampleProduct(QStringLiteral("Panela 1 kg"), QStringLiteral("PAN-1"));
    panela.barcode.clear();
    auto idle = store.catalog->addProduct(panela, Quantity(), false);
    ASSERT_TRUE(sold.ok() && idle.ok());
    ASSERT_TRUE(store.catalog->sell(sold->sku, Quantity::fromUnits(3)).ok());
    ASSERT_TRUE(store.db->begin().ok());
    // Levels knocked out of step, as a bulk load with its triggers off leaves them.
    ASSERT_TRUE(
        store.db->exec(QStringLiteral("DELETE FROM stock_levels WHERE product_id = ?"), {idle->id})
            .ok());
    ASSERT_TRUE(store.db->exec(QStringLiteral("UPDATE stock_levels SET qty_milli = 1")).ok());
    ASSERT_TRUE(StockLedger(*store.db, store.clock).rebuildLevels().ok());
    ASSERT_TRUE(store.db->commit().ok());
    EXPECT_EQ(store.catalog->find(sold->sku)->stock, Quantity::fromUnits(17));
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM stock_levels")), 2);
    EXPECT_EQ(store.catalog->find(idle->sku)->stock, Quantity());
}

TEST(ProductRepository, NativeInsertsMapDuplicatesAndInjectedFailuresLikeAnyStatement)
{
    test::TempStore store;
    ProductRepository products(*store.db);
    Product p = newSample();
    ASSERT_TRUE(products.insert(p).ok());
    Product twin = p;
    twin.id = newId();
    twin.barcode.clear();
    auto dup = products.insert(twin);
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(dup.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("sku"));
    twin.sku = QStringLiteral("OTHER-1");
    store.db->failStatementAfter(1);
    auto injected = products.insert(twin);
    ASSERT_FALSE(injected.ok());
    EXPECT_EQ(injected.error().code, ErrorCode::StorageFailed);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM products")), 1);
    // An empty barcode is no barcode: two products without one do not clash.
    ASSERT_TRUE(products.insert(twin).ok());
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM products WHERE barcode IS NULL")),
              1);
}

TEST(ProductRepository, AClockWithOneStampForEveryFieldIsStoredShortAndReadBackWhole)
{
    test::TempStore store;
    ProductRepository products(*store.db);
    Product p = newSample();
    ProductMerge::stamp(p, ProductMerge::fields(), QStringLiteral("1795000000000.000000.T01"));
    ASSERT_TRUE(products.insert(p).ok());
    auto raw = store.db->exec(QStringLiteral("SELECT field_hlc FROM products"));
    ASSERT_TRUE(raw.ok() && raw->next());
    EXPECT_EQ(raw->value(0).toString(), QStringLiteral("{\"*\":\"1795000000000.000000.T01\"}"));
    raw->finish();
    EXPECT_EQ(products.findById(p.id)->fieldClock, p.fieldClock);

    // One field edited later: every stamp is kept.
    ProductMerge::stamp(p, {QStringLiteral("price")}, QStringLiteral("1795000000900.000000.T02"));
    ASSERT_TRUE(products.update(p).ok());
    EXPECT_EQ(products.findById(p.id)->fieldClock, p.fieldClock);
    EXPECT_EQ(products.findById(p.id)->fieldClock.size(), ProductMerge::fields().size());

    // As many equal stamps as there are fields, but one under a name that is
    // no field: that is not the short form's clock, so it is kept whole.
    QMap<QString, QString> odd;
    const QString stamp = QStringLiteral("1795000000000.000000.T01");
    for (const QString &f : ProductMerge::fields())
        odd.insert(f, stamp);
    odd.remove(ProductMerge::fields().last());
    odd.insert(QStringLiteral("zz_not_a_field"), stamp);
    EXPECT_EQ(ProductRepository::fieldClockFromJson(ProductRepository::fieldClockToJson(odd)), odd);
    odd.remove(QStringLiteral("zz_not_a_field"));
    odd.insert(QStringLiteral("aa_not_a_field"), stamp);
    EXPECT_EQ(ProductRepository::fieldClockFromJson(ProductRepository::fieldClockToJson(odd)), odd);
}

TEST(FlatJson, ReadsWhatPostgresAndQtWriteAndRefusesOtherShapes)
{
    // jsonb's text form has spaces; escapes and non-ASCII come through.
    auto o = FlatJson::readObject(
        QStringLiteral(R"( {"name": "Caf\u00e9 \"molido\"", "sku" : "A\\B\n", "x": ""} )"));
    ASSERT_TRUE(o.has_value());
    EXPECT_EQ(o->value(QStringLiteral("name")), QStringLiteral("Café \"molido\""));
    EXPECT_EQ(o->value(QStringLiteral("sku")), QStringLiteral("A\\B\n"));
    EXPECT_EQ(o->value(QStringLiteral("x")), QString());
    EXPECT_EQ(FlatJson::readObject(FlatJson::writeObject(*o)), o);
    auto a = FlatJson::readArray(QStringLiteral(R"(["arroz", "ñame", "\ud83d\ude00"])"));
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(*a, (QStringList{QStringLiteral("arroz"), QStringLiteral("ñame"),
                               QString::fromUtf8("\xF0\x9F\x98\x80")}));
    EXPECT_EQ(FlatJson::readArray(QStringLiteral("[]")), QStringList());
    EXPECT_EQ(FlatJson::readObject(QStringLiteral("{}")), (QMap<QString, QString>()));
    for (const char *bad : {R"({"a": 1})", R"({"a": {"b": "c"}})", R"({"a": "b")", R"(["a",])",
                            R"({"a": "b"} x)", "", R"({"a": "\q"})"}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(FlatJson::readObject(QString::fromUtf8(bad)).has_value());
        EXPECT_FALSE(FlatJson::readArray(QString::fromUtf8(bad)).has_value());
    }
    // Control characters are escaped on the way out.
    EXPECT_EQ(FlatJson::writeObject({{QStringLiteral("k"), QStringLiteral("a\u0001b")}}),
              QStringLiteral(R"({"k":"a\u0001b"})"));
}

// Event payloads are written as text (FlatJson::ObjectWriter) and read by
// the server's jsonb and by QJsonDocument: every value must come back as
// written, whatever the characters.
TEST(FlatJson, ObjectWriterWritesWhatQJsonDocumentReadsBack)
{
    const QString tricky = QStringLiteral("Caf\u00e9 \"molido\" \\ 1/2\n\r\t") + QChar(0x01) +
                           QChar(0x1f) + QString::fromUtf8("\xF0\x9F\x98\x80 \xE2\x80\xA8 ñ");
    const QString text =
        FlatJson::ObjectWriter()
            .boolean(QLatin1String("active"), true)
            .integer(QLatin1String("big"), Q_INT64_C(9007199254740991))
            .json(QLatin1String("clock"), FlatJson::writeObject({{QStringLiteral("name"), tricky}}))
            .boolean(QLatin1String("gone"), false)
            .json(QLatin1String("keywords"),
                  FlatJson::writeArray({tricky, QString(), QStringLiteral("x")}))
            .integer(QLatin1String("negative"), -42)
            .string(QLatin1String("text"), tricky)
            .string(QLatin1String("empty"), QString())
            .finish();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(text);
    const QJsonObject o = doc.object();
    EXPECT_EQ(o.size(), 8);
    EXPECT_EQ(o.value(QStringLiteral("active")), QJsonValue(true));
    EXPECT_EQ(o.value(QStringLiteral("gone")), QJsonValue(false));
    EXPECT_EQ(o.value(QStringLiteral("big")).toInteger(), Q_INT64_C(9007199254740991));
    EXPECT_EQ(o.value(QStringLiteral("negative")).toInteger(), -42);
    EXPECT_EQ(o.value(QStringLiteral("text")).toString(), tricky);
    EXPECT_EQ(o.value(QStringLiteral("empty")), QJsonValue(QString()));
    EXPECT_EQ(o.value(QStringLiteral("clock")).toObject().value(QStringLiteral("name")).toString(),
              tricky);
    EXPECT_EQ(o.value(QStringLiteral("keywords")).toArray(),
              QJsonArray({tricky, QString(), QStringLiteral("x")}));
    EXPECT_EQ(FlatJson::ObjectWriter().finish(), QStringLiteral("{}"));
    EXPECT_EQ(FlatJson::writeArray({}), QStringLiteral("[]"));
}

// Every row of the store carries Timestamp::text; it must be exactly the
// text Qt writes (and reads back), before and after the epoch, on leap days
// and at the ends of days and years.
TEST(Timestamp, WritesWhatQtWritesForUtcInstants)
{
    QVector<qint64> instants = {0,
                                -1,
                                1,
                                86399999,
                                86400000,
                                -86400000,
                                -86400001,
                                951782400000,     // 2000-02-29
                                4107542399999,    // 2100-02-28T23:59:59.999
                                1798761599999,    // 2026-12-31T23:59:59.999
                                253402300799999,  // 9999-12-31T23:59:59.999
                                -62135596800000}; // 0001-01-01
    quint64 x = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 20000; ++i) { // spread over years 1900..2300
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        instants << qint64(x % Q_UINT64_C(12623040000000)) - Q_INT64_C(2208988800000);
    }
    for (qint64 ms : instants) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString expected = t.toString(Qt::ISODateWithMs);
        ASSERT_EQ(Timestamp::text(ms), expected) << ms;
        ASSERT_EQ(Timestamp::text(t), expected) << ms;
        ASSERT_EQ(Timestamp::parse(expected), t) << ms;
    }
    // Not UTC: the same instant, written in UTC.
    const QDateTime bogota =
        QDateTime(QDate(2026, 12, 3), QTime(18, 5, 1, 7), Qt::OffsetFromUTC, -5 * 3600);
    EXPECT_EQ(Timestamp::text(bogota), QStringLiteral("2026-12-03T23:05:01.007Z"));
    EXPECT_EQ(Timestamp::text(QDateTime()), QString());
}

namespace {
// The schema objects of the products table as the migrations made them.
QStringList productSchema(test::TempStore &store)
{
    auto q = store.db->exec(
        QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master "
                       "WHERE tbl_name = 'products' AND sql IS NOT NULL ORDER BY name"));
    QStringList out;
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}
} // namespace

TEST(BulkLoad, RestoresTheSuspendedIndexesAndTriggersExactly)
{
    test::TempStore store;
    const QStringList before = productSchema(store);
    ASSERT_TRUE(store.db->begin().ok());
    BulkLoad load(*store.db);
    ASSERT_TRUE(
        load.suspend({QStringLiteral("products_name"), QStringLiteral("products_fts_insert")})
            .ok());
    EXPECT_EQ(productSchema(store).size(), before.size() - 2);
    // Rows loaded meanwhile reach the rebuilt index and the search index.
    ProductRepository products(*store.db);
    Product p = newSample();
    ASSERT_TRUE(products.insert(p).ok());
    EXPECT_EQ(store.scalar(QStringLiteral(
                  "SELECT count(*) FROM products_fts WHERE products_fts MATCH 'arroz'")),
              0);
    ASSERT_TRUE(load.restore().ok());
    ASSERT_TRUE(products.rebuildSearchIndex().ok());
    ASSERT_TRUE(store.db->commit().ok());
    EXPECT_EQ(productSchema(store), before);
    EXPECT_EQ(store.scalar(QStringLiteral(
                  "SELECT count(*) FROM products_fts WHERE products_fts MATCH 'arroz'")),
              1);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM products INDEXED BY products_name "
                                          "WHERE name LIKE 'Arroz%'")),
              1);
}

TEST(BulkLoad, AnAbandonedLoadLeavesTheSchemaAsItWas)
{
    test::TempStore store;
    const QStringList before = productSchema(store);
    ASSERT_TRUE(store.db->begin().ok());
    BulkLoad load(*store.db);
    ASSERT_TRUE(
        load.suspend({QStringLiteral("products_category"), QStringLiteral("products_fts_insert")})
            .ok());
    store.db->rollback();
    EXPECT_EQ(productSchema(store), before);
}

TEST(BulkLoad, NamingSomethingTheSchemaLacksFailsAndDropsNothing)
{
    test::TempStore store;
    const QStringList before = productSchema(store);
    ASSERT_TRUE(store.db->begin().ok());
    BulkLoad load(*store.db);
    EXPECT_FALSE(load.suspend({QStringLiteral("no_such_index")}).ok());
    store.db->rollback();
    EXPECT_EQ(productSchema(store), before);
}
