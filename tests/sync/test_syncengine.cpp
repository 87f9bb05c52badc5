// SyncEngine with its journal on a real SQLite store and an in-process fake
// of the server (the network edge), as Nextcloud tests its SyncEngine: fail
// the i-th database access or the i-th server call, and check that the next
// round recovers with nothing lost and nothing applied twice.
#include "domain/productmerge.h"
#include "storage/outbox.h"
#include "support/testsupport.h"
#include "sync/copytext.h"
#include "sync/serveraddress.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace bodega;

namespace {

// Applies events the way the server's contract says: at most once per id,
// one outcome per event, in order.
class FakeServer final : public SyncServer
{
public:
    Result<TerminalIdentity> connect() override
    {
        if (down)
            return Error{ErrorCode::ServerUnavailable, QStringLiteral("down"), {}};
        return TerminalIdentity{QStringLiteral("term-1"), QStringLiteral("store-1"),
                                QStringLiteral("T01")};
    }
    void disconnect() override {}

    Result<QVector<ApplyOutcome>> apply(const QByteArray &json) override
    {
        ++calls;
        if (down || calls == failCall)
            return Error{ErrorCode::ServerUnavailable, QStringLiteral("connection lost"), {}};
        const QJsonArray events = QJsonDocument::fromJson(json).array();
        for (const QJsonValue &v : events)
            if (explodesOn.contains(v.toObject().value(QStringLiteral("id")).toString()))
                return Error{
                    ErrorCode::ServerRejected, QStringLiteral("check constraint violated"), {}};
        QVector<ApplyOutcome> out;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            const QString id = e.value(QStringLiteral("id")).toString();
            ApplyOutcome o{id, ApplyOutcome::Kind::Applied, {}};
            if (e.value(QStringLiteral("type")).toString() == QLatin1String("bogus")) {
                o.kind = ApplyOutcome::Kind::Rejected;
                o.problem = QStringLiteral("type: unknown event type");
            } else if (applied.contains(id)) {
                o.kind = ApplyOutcome::Kind::Duplicate;
            } else {
                applied.insert(id);
                appliedInOrder << id;
            }
            out << o;
        }
        if (calls == loseAckCall)
            return Error{ErrorCode::ServerUnavailable, QStringLiteral("commit in doubt"), {}};
        return out;
    }

    Result<QVector<FeedEntry>> feedAfter(qint64 cursor, int limit) override
    {
        if (down)
            return Error{ErrorCode::ServerUnavailable, QStringLiteral("down"), {}};
        QVector<FeedEntry> out;
        for (const FeedEntry &e : feed)
            if (e.seq > cursor && out.size() < limit)
                out << e;
        return out;
    }

    Result<qint64> snapshot(const ProductSink &products, const LevelSink &levels) override
    {
        ++snapshots;
        handedOut = 0;
        for (const Product &p : catalog) {
            if (handedOut == snapshotDropsAfter)
                return Error{ErrorCode::ServerUnavailable, QStringLiteral("connection lost"), {}};
            ++handedOut;
            if (auto s = products(p); !s)
                return s.error();
        }
        for (auto it = catalogLevels.begin(); it != catalogLevels.end(); ++it)
            if (auto s = levels(it.key(), it.value()); !s)
                return s.error();
        return feed.isEmpty() ? 0 : feed.first().seq - 1;
    }
    Result<bool> waitForChange(int) override { return false; }

    bool down = false;
    int calls = 0;
    int failCall = -1;
    int loseAckCall = -1;
    int snapshots = 0;
    int snapshotDropsAfter = -1; // products handed out before the connection drops
    int handedOut = 0;           // products the last snapshot handed out
    QSet<QString> explodesOn;
    QSet<QString> applied;
    QStringList appliedInOrder;
    QVector<FeedEntry> feed;
    QVector<Product> catalog; // what a first sync downloads
    QMap<QString, qint64> catalogLevels;
};

struct EngineFixture
{
    EngineFixture() : journal(*store.db, store.clock) {}

    QStringList outboxIds(const QString &status) const
    {
        QStringList out;
        for (const OutboxEvent &e :
             Outbox(*store.db, store.clock).list(status, 100000).value_or({}))
            out << e.id;
        return out;
    }

    test::TempStore store;
    SyncJournal journal;
    FakeServer server;
};

// Three products as the server has them: two last changed together, one
// whose name was edited later on another till.
void serveCatalog(FakeServer &server, const ManualClock &clock)
{
    const QStringList names = {QStringLiteral("Lentejas 500 g"), QStringLiteral("Panela 1 kg"),
                               QStringLiteral("Café molido 250 g")};
    for (int i = 0; i < names.size(); ++i) {
        Product p = test::sampleProduct(names.at(i), QStringLiteral("SRV-%1").arg(i + 1));
        p.id = QStringLiteral("01a20000-0000-7000-8000-00000000000%1").arg(i + 1);
        p.barcode.clear();
        p.updatedAt = p.createdAt = clock.now();
        ProductMerge::stamp(p, ProductMerge::fields(), QStringLiteral("1795000000000.000000.T02"));
        server.catalog << p;
    }
    ProductMerge::stamp(server.catalog[2], {QStringLiteral("name")},
                        QStringLiteral("1795000000500.000001.T03"));
    server.catalogLevels = {{server.catalog[0].id, 12000}, {server.catalog[1].id, 0}};
}

QStringList schemaOf(const test::TempStore &store)
{
    QStringList out;
    auto q = store.db->exec(QStringLiteral(
        "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"));
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

SyncEngine::Options smallBatches()
{
    SyncEngine::Options o;
    o.batchSize = 3;
    return o;
}

} // namespace

TEST(SyncEngine, UploadsInOrderAndMarksSentOnlyAfterTheServerAnswers)
{
    EngineFixture f;
    auto p = f.store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(40), false);
    ASSERT_TRUE(p.ok());
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(f.store.catalog->sell(p->sku, Quantity::fromUnits(1)).ok());
    const QStringList queued = f.outboxIds(QStringLiteral("pending"));
    ASSERT_EQ(queued.size(), 7);

    f.server.failCall = 2; // the second batch never reaches the server
    SyncEngine engine(f.journal, f.server, smallBatches());
    auto failed = engine.runOnce();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::ServerUnavailable);
    EXPECT_EQ(f.outboxIds(QStringLiteral("sent")), queued.mid(0, 3));
    EXPECT_FALSE(f.journal.lastError().isEmpty());
    const auto waiting = Outbox(*f.store.db, f.store.clock).list(QStringLiteral("pending"), 1);
    ASSERT_TRUE(waiting.ok());
    EXPECT_EQ(waiting->first().attempts, 1); // the sync page shows it has been trying
    EXPECT_EQ(waiting->first().lastError, QStringLiteral("connection lost"));

    f.server.loseAckCall = 3; // applied on the server, but the answer is lost
    ASSERT_FALSE(engine.runOnce().ok());
    EXPECT_EQ(f.outboxIds(QStringLiteral("sent")), queued.mid(0, 3));

    auto report = engine.runOnce();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->duplicates, 3); // the batch whose answer was lost
    EXPECT_EQ(report->applied, 1);
    EXPECT_EQ(f.server.appliedInOrder, queued); // each once, in outbox order
    EXPECT_TRUE(f.outboxIds(QStringLiteral("pending")).isEmpty());
    EXPECT_TRUE(f.journal.lastError().isEmpty());
    EXPECT_FALSE(f.journal.lastSync().isEmpty());
}

TEST(SyncEngine, ABatchThatFailsAsAWholeIsHalvedUntilTheCulpritIsQuarantined)
{
    EngineFixture f;
    auto p = f.store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(40), false);
    ASSERT_TRUE(p.ok());
    for (int i = 0; i < 8; ++i)
        ASSERT_TRUE(f.store.catalog->sell(p->sku, Quantity::fromUnits(1)).ok());
    const QStringList queued = f.outboxIds(QStringLiteral("pending"));
    f.server.explodesOn = {queued.at(5)};

    SyncEngine::Options o;
    o.batchSize = 8;
    SyncEngine engine(f.journal, f.server, o);
    auto report = engine.runOnce();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->quarantined, 1);
    EXPECT_EQ(f.outboxIds(QStringLiteral("quarantined")), QStringList{queued.at(5)});
    QStringList expected = queued;
    expected.removeAt(5);
    EXPECT_EQ(f.server.appliedInOrder, expected);
    auto counts = f.journal.counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->pending, 0);
    EXPECT_EQ(counts->quarantined, 1);
}

TEST(SyncEngine, RejectedEventsAreQuarantinedWithTheServersReason)
{
    EngineFixture f;
    auto p = f.store.catalog->addProduct(test::sampleProduct(), Quantity(), false);
    ASSERT_TRUE(p.ok());
    {
        Transaction tx(*f.store.db);
        ASSERT_TRUE(
            Outbox(*f.store.db, f.store.clock).append(QStringLiteral("bogus"), 1, p->id, {}).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_TRUE(f.store.catalog->sell(p->sku, Quantity::fromUnits(1)).ok());
    SyncEngine engine(f.journal, f.server);
    auto report = engine.runOnce();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->quarantined, 1);
    auto quarantined = Outbox(*f.store.db, f.store.clock).list(QStringLiteral("quarantined"), 10);
    ASSERT_TRUE(quarantined.ok());
    ASSERT_EQ(quarantined->size(), 1);
    EXPECT_EQ(quarantined->first().lastError, QStringLiteral("type: unknown event type"));
    EXPECT_EQ(f.server.applied.size(), 2); // the product and the sale behind the poison
}

// The upload sends what SQLite encodes (Outbox::pendingEnvelopes), the rest
// of the code and the JSON Schemas speak OutboxEvent::envelope: both must be
// the same document, event by event, including a payload that is not JSON.
TEST(Outbox, PendingEnvelopesAreTheEnvelopesOfThePendingEventsInOrder)
{
    EngineFixture f;
    auto p = f.store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(9), false);
    ASSERT_TRUE(p.ok());
    ASSERT_TRUE(f.store.catalog->sell(p->sku, Quantity::fromUnits(2)).ok());
    Outbox outbox(*f.store.db, f.store.clock);
    {
        Transaction tx(*f.store.db);
        ASSERT_TRUE(outbox
                        .append(QStringLiteral("stock.adjusted"), 1, p->id,
                                {{QStringLiteral("reason"), QStringLiteral("dañado \"x\"\n\\")}})
                        .ok());
        ASSERT_TRUE(outbox.append(QStringLiteral("broken"), 1, p->id, {}).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_TRUE(f.store.db->run(QStringLiteral("UPDATE outbox SET payload = '{\"a\":' "
                                               "WHERE type = 'broken'"),
                                {}));
    ASSERT_TRUE(f.store.db->run(QStringLiteral("UPDATE outbox SET status = 'quarantined' "
                                               "WHERE type = 'sale.completed'"),
                                {}));
    const auto events = outbox.list(QStringLiteral("pending"), 100);
    ASSERT_TRUE(events.ok());
    QStringList types;
    for (const OutboxEvent &e : *events)
        types << e.type;
    EXPECT_FALSE(types.contains(QStringLiteral("sale.completed"))); // quarantined: not pending
    ASSERT_GE(events->size(), 3);
    EXPECT_EQ(types.last(), QStringLiteral("broken"));

    const auto all = outbox.pendingEnvelopes(QStringLiteral("T07"), 100);
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    ASSERT_EQ(all->size(), events->size());
    for (int i = 0; i < all->size(); ++i) {
        const OutboxEvent &e = events->at(i);
        const OutboxEnvelope &sent = all->at(i);
        EXPECT_EQ(sent.seq, e.seq);
        EXPECT_EQ(sent.id, e.id);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(sent.json, &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << sent.json.toStdString();
        EXPECT_EQ(doc.object(), e.envelope(QStringLiteral("T07"))) << sent.json.toStdString();
    }
    EXPECT_EQ(all->last().json.count("\"payload\":{}"), 1); // the broken one travels as {}

    const auto after = outbox.pendingEnvelopes(QStringLiteral("T07"), 1, all->first().seq);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 1);
    EXPECT_EQ(after->first().id, all->at(1).id);
    const QJsonArray array = QJsonDocument::fromJson(OutboxEnvelope::jsonArray(*all)).array();
    ASSERT_EQ(array.size(), all->size());
    EXPECT_EQ(array.last().toObject().value(QStringLiteral("id")).toString(), all->last().id);
    EXPECT_EQ(OutboxEnvelope::jsonArray({}), QByteArray("[]"));
}

TEST(SyncEngine, AFailureAtAnyLocalStatementIsRecoveredByTheNextRound)
{
    // Fail the 1st, 2nd, ... statement of a round. Whatever broke, the next
    // clean round leaves every event applied exactly once and marked sent.
    int failedRounds = 0;
    for (int n = 1; n < 200; ++n) {
        EngineFixture f;
        auto p = f.store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(9), false);
        ASSERT_TRUE(p.ok());
        for (int i = 0; i < 4; ++i)
            ASSERT_TRUE(f.store.catalog->sell(p->sku, Quantity::fromUnits(1)).ok());
        const QStringList queued = f.outboxIds(QStringLiteral("pending"));
        f.server.feed = {FeedEntry{1, QStringLiteral("stock"), p->id, QStringLiteral("term-2"),
                                   QJsonObject{{QStringLiteral("qty_milli"), 3000}}}};
        SyncEngine engine(f.journal, f.server, smallBatches());
        f.store.db->failStatementAfter(n);
        const bool failed = !engine.runOnce().ok();
        f.store.db->failStatementAfter(0);
        auto report = engine.runOnce();
        ASSERT_TRUE(report.ok()) << "after failing statement " << n << ": "
                                 << report.error().message.toStdString();
        EXPECT_EQ(f.server.appliedInOrder, queued) << "statement " << n;
        EXPECT_TRUE(f.outboxIds(QStringLiteral("pending")).isEmpty()) << "statement " << n;
        EXPECT_EQ(f.store.catalog->find(p->sku)->stock, Quantity::fromUnits(3))
            << "statement " << n;
        EXPECT_EQ(f.journal.cursor().value_or(-1), 1) << "statement " << n;
        if (!failed)
            break; // the round no longer reaches statement n: every one was tried
        ++failedRounds;
    }
    EXPECT_GT(failedRounds, 10); // reads, marks, feed cursor, last sync... all were hit
}

TEST(SyncEngine, ALargeBatchIsMarkedSentInShortTransactions)
{
    // A sale at the till waits for whatever write transaction holds the
    // store; marking a whole batch of 2,500 at once would be ten times as
    // long as one of a few hundred.
    EngineFixture f;
    auto p = f.store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(5000), false);
    ASSERT_TRUE(p.ok());
    ASSERT_TRUE(f.store.db->begin().ok());
    for (int i = 0; i < 2500; ++i)
        ASSERT_TRUE(f.store.catalog->sell(p->sku, Quantity::fromUnits(1)).ok());
    ASSERT_TRUE(f.store.db->commit().ok());
    SyncEngine::Options o;
    o.batchSize = 5000;
    o.maxEvents = 2; // the product's own two events
    SyncReport productReport;
    ASSERT_TRUE(SyncEngine(f.journal, f.server, o).upload(productReport).ok());
    ASSERT_EQ(productReport.applied, 2);
    auto pending = f.journal.pending(5000);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 2500);
    QVector<ApplyOutcome> outcomes;
    for (const OutboxEnvelope &e : *pending)
        outcomes.push_back({e.id, ApplyOutcome::Kind::Applied, {}});

    // Fail each statement of the marking in turn: what was committed before
    // the failure is whole chunks, the rest is still pending.
    const int chunk = SyncJournal::OutcomesPerTransaction;
    QSet<int> sentAfterAFailure;
    for (int n = 1; n < 100; ++n) {
        ASSERT_TRUE(
            f.store.db
                ->exec(QStringLiteral("UPDATE outbox SET status = 'pending', sent_at = NULL "
                                      "WHERE status = 'sent' AND type = 'sale.completed'"))
                .ok());
        f.store.db->failStatementAfter(n);
        const bool failed = !f.journal.recordOutcomes(outcomes).ok();
        f.store.db->failStatementAfter(0);
        // The marks commit without their own fsync; whatever failed, the
        // store's commits are durable again afterwards (a sale's must be).
        EXPECT_EQ(f.store.scalar(QStringLiteral("PRAGMA synchronous")), 2) << "statement " << n;
        if (!failed)
            break;
        sentAfterAFailure << 2500 - int(f.journal.pending(5000)->size());
    }
    QSet<int> wholeChunks;
    for (int sent = 0; sent <= 2500; sent += chunk)
        wholeChunks << sent; // 2,500: all marked, then making commits durable again failed
    ASSERT_LT(chunk, 1000);
    EXPECT_EQ(sentAfterAFailure, wholeChunks);

    // The whole upload, one batch of 2,500: each event reaches the server
    // once and ends up sent.
    SyncReport report;
    ASSERT_TRUE(f.store.db
                    ->exec(QStringLiteral("UPDATE outbox SET status = 'pending', sent_at = NULL "
                                          "WHERE type = 'sale.completed'"))
                    .ok());
    o.maxEvents = -1;
    ASSERT_TRUE(SyncEngine(f.journal, f.server, o).upload(report).ok());
    EXPECT_EQ(f.server.calls, 2);
    EXPECT_EQ(report.applied, 2500);
    EXPECT_EQ(f.server.appliedInOrder.size(), 2502);
    EXPECT_TRUE(f.outboxIds(QStringLiteral("pending")).isEmpty());
    EXPECT_EQ(f.store.scalar(QStringLiteral("PRAGMA synchronous")), 2);
}

TEST(SyncEngine, FeedAppliesOtherTerminalsProductsAndTheServersLevels)
{
    EngineFixture f;
    auto mine = f.store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(20), false);
    ASSERT_TRUE(mine.ok());
    ASSERT_TRUE(f.store.catalog->sell(mine->sku, Quantity::fromUnits(2)).ok());
    SyncEngine engine(f.journal, f.server);
    ASSERT_TRUE(engine.runOnce().ok()); // uploaded: 20 - 2 acknowledged

    // Offline again: one more local sale, not yet acknowledged.
    ASSERT_TRUE(f.store.catalog->sell(mine->sku, Quantity::fromUnits(1)).ok());
    f.server.down = true;
    ASSERT_FALSE(engine.runOnce().ok());
    f.server.down = false;

    // Meanwhile the server learned of 5 sold elsewhere (level 13) and of a
    // product created on another terminal.
    Product theirs =
        test::sampleProduct(QStringLiteral("Lentejas 500 g"), QStringLiteral("LEN-500"));
    theirs.id = QStringLiteral("01a20000-0000-7000-8000-0000000000aa");
    theirs.barcode.clear();
    theirs.updatedAt = theirs.createdAt = f.store.clock.now();
    ProductMerge::stamp(theirs, ProductMerge::fields(), QStringLiteral("1795000000000.000000.T02"));
    f.server.feed = {
        FeedEntry{1, QStringLiteral("product"), theirs.id, QStringLiteral("term-2"),
                  productEventPayload(theirs)},
        FeedEntry{2, QStringLiteral("stock"), mine->id, QStringLiteral("term-2"),
                  QJsonObject{{QStringLiteral("qty_milli"), 13000}}},
        FeedEntry{3, QStringLiteral("stock"), theirs.id, QStringLiteral("term-2"),
                  QJsonObject{{QStringLiteral("qty_milli"), 7000}}},
    };
    f.server.failCall = f.server.calls + 1; // upload fails: the local sale stays unacknowledged
    ASSERT_FALSE(engine.runOnce().ok());
    SyncReport report;
    ASSERT_TRUE(engine.download(report).ok());
    EXPECT_EQ(report.downloaded, 3);
    // Server's 13 plus this terminal's unacknowledged -1.
    EXPECT_EQ(f.store.catalog->find(mine->sku)->stock, Quantity::fromUnits(12));
    auto lentejas = f.store.catalog->find(QStringLiteral("LEN-500"));
    ASSERT_TRUE(lentejas.ok());
    EXPECT_EQ(lentejas->stock, Quantity::fromUnits(7));
    EXPECT_EQ(f.journal.cursor().value_or(-1), 3);
    // Nothing that came down goes back up.
    for (const OutboxEvent &e :
         Outbox(*f.store.db, f.store.clock).list(QStringLiteral("pending"), 100).value_or({}))
        EXPECT_NE(e.aggregateId, theirs.id);
    // Applying the same page again changes nothing.
    const qint64 movements = f.store.scalar(QStringLiteral("SELECT count(*) FROM stock_movements"));
    ASSERT_TRUE(f.journal.applyFeed(f.server.feed, QStringLiteral("term-1")).ok());
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
}

TEST(SyncWorker, BackoffDoublesUpToItsCapWithJitter)
{
    SyncWorker::Options o;
    o.minBackoffMs = 1000;
    o.maxBackoffMs = 60000;
    EXPECT_EQ(SyncWorker::backoffMs(1, o, 0.5), 1000);
    EXPECT_EQ(SyncWorker::backoffMs(2, o, 0.5), 2000);
    EXPECT_EQ(SyncWorker::backoffMs(5, o, 0.5), 16000);
    EXPECT_EQ(SyncWorker::backoffMs(30, o, 0.5), 60000);
    EXPECT_EQ(SyncWorker::backoffMs(3, o, 0.0), 2000);
    EXPECT_LT(SyncWorker::backoffMs(3, o, 0.999), 6000);
}

TEST(ServerAddress, ParsesUrlsAndNeverKeepsThePasswordInItsUrl)
{
    auto a =
        ServerAddress::parse(QStringLiteral("postgresql://terminal:s3cr%40t@db.example.com:6543/"
                                            "bodega?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->host, QStringLiteral("db.example.com"));
    EXPECT_EQ(a->port, 6543);
    EXPECT_EQ(a->password, QStringLiteral("s3cr@t"));
    EXPECT_EQ(a->sslMode, QStringLiteral("verify-full"));
    EXPECT_FALSE(a->toUrl().contains(QStringLiteral("s3cr")));
    const std::string options =
        a->connectionString(QStringLiteral("it's"), QStringLiteral("bodega-T01"));
    EXPECT_NE(options.find("sslmode='verify-full'"), std::string::npos);
    EXPECT_NE(options.find("sslrootcert='/etc/ca.pem'"), std::string::npos);
    EXPECT_NE(options.find("password='it\\'s'"), std::string::npos);
    auto again = ServerAddress::parse(a->toUrl());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toUrl(), a->toUrl());

    for (const char *bad :
         {"http://x/y", "postgresql://host/db", "postgresql://u@h/db?sslmode=sometimes",
          "postgresql://u@h/db?colour=red"}) {
        auto r = ServerAddress::parse(QString::fromLatin1(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::ValidationFailed);
        EXPECT_EQ(r.error().field(), QStringLiteral("url"));
    }
}

TEST(CopyText, SplitsRowsWithEscapesAndNulls)
{
    QVector<QString> fields;
    CopyText::split(std::string("a\\tb\t\\N\tl\\\\nea\\n2\tcaf\xc3\xa9\n"), fields);
    ASSERT_EQ(fields.size(), 4);
    EXPECT_EQ(fields.at(0), QStringLiteral("a\tb"));
    EXPECT_TRUE(fields.at(1).isNull());
    EXPECT_EQ(fields.at(2), QStringLiteral("l\\nea\n2"));
    EXPECT_EQ(fields.at(3), QStringLiteral("café"));
}

TEST(SyncEngine, AFirstSyncIntoAnEmptyStoreLoadsTheCatalogWithLevelsItsLedgerExplains)
{
    EngineFixture f;
    serveCatalog(f.server, f.store.clock);
    const QStringList schema = schemaOf(f.store);
    SyncEngine engine(f.journal, f.server);
    ASSERT_TRUE(engine.runOnce().ok());

    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM products")), 3);
    EXPECT_EQ(f.store.catalog->find(QStringLiteral("SRV-1"))->stock, Quantity::fromUnits(12));
    EXPECT_EQ(f.store.catalog->find(QStringLiteral("SRV-2"))->stock, Quantity());
    EXPECT_EQ(f.store.catalog->find(QStringLiteral("SRV-3"))->stock, Quantity());
    // Every product has a level, and every level is the sum of its movements.
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM stock_levels")), 3);
    EXPECT_EQ(f.store.scalar(QStringLiteral(
                  "SELECT count(*) FROM stock_levels l WHERE l.qty_milli <> (SELECT "
                  "coalesce(sum(delta_milli), 0) FROM stock_movements m WHERE m.product_id = "
                  "l.product_id)")),
              0);
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")), 1);
    // The per-field clocks came through as sent, the uniform and the mixed one.
    EXPECT_EQ(f.store.catalog->find(QStringLiteral("SRV-1"))->fieldClock,
              f.server.catalog[0].fieldClock);
    EXPECT_EQ(f.store.catalog->find(QStringLiteral("SRV-3"))->fieldClock,
              f.server.catalog[2].fieldClock);

    // The suspended indexes and triggers are back exactly: search finds the
    // loaded products and what is added or sold afterwards.
    EXPECT_EQ(schemaOf(f.store), schema);
    EXPECT_EQ(f.store.scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    ProductQuery byName;
    byName.search = QStringLiteral("lentej");
    EXPECT_EQ(f.store.catalog->list(byName)->size(), 1);
    auto added = f.store.catalog->addProduct(
        test::sampleProduct(QStringLiteral("Frijol cargamanto 500 g"), QStringLiteral("FRI-500")),
        Quantity::fromUnits(4), false);
    ASSERT_TRUE(added.ok());
    byName.search = QStringLiteral("cargam");
    EXPECT_EQ(f.store.catalog->list(byName)->size(), 1);
    ASSERT_TRUE(f.store.catalog->sell(QStringLiteral("SRV-1"), Quantity::fromUnits(2)).ok());
    EXPECT_EQ(f.store.catalog->find(QStringLiteral("SRV-1"))->stock, Quantity::fromUnits(10));
    EXPECT_EQ(f.store.catalog->find(QStringLiteral("FRI-500"))->stock, Quantity::fromUnits(4));
}

// A catalog larger than the hand-over between the reader and the store holds.
void serveLargeCatalog(FakeServer &server, const ManualClock &clock, int count)
{
    for (int i = 0; i < count; ++i) {
        Product p = test::sampleProduct(QStringLiteral("Producto %1").arg(i),
                                        QStringLiteral("BIG-%1").arg(i));
        p.id = QStringLiteral("01a20000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        p.barcode.clear();
        p.updatedAt = p.createdAt = clock.now();
        ProductMerge::stamp(p, ProductMerge::fields(), QStringLiteral("1795000000000.000000.T02"));
        server.catalog << p;
        server.catalogLevels.insert(p.id, 1000 * (i % 7));
    }
}

TEST(SyncEngine, AFirstSyncLargerThanTheHandOverKeepsEveryRowAndItsOrder)
{
    EngineFixture f;
    serveLargeCatalog(f.server, f.store.clock, 25000);
    SyncEngine engine(f.journal, f.server);
    auto report = engine.runOnce();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->bootstrapped, 25000);
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM products")), 25000);
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT sum(qty_milli) FROM stock_levels")),
              f.store.scalar(QStringLiteral("SELECT sum(delta_milli) FROM stock_movements")));
    qint64 expected = 0;
    for (qint64 qty : std::as_const(f.server.catalogLevels))
        expected += qty;
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT sum(qty_milli) FROM stock_levels")), expected);
    EXPECT_EQ(f.store.catalog->find(QStringLiteral("BIG-24999"))->stock, Quantity::fromUnits(2));
    // Written in the order read: rowids follow the server's order.
    EXPECT_EQ(f.store.scalar(QStringLiteral(
                  "SELECT count(*) FROM products a JOIN products b ON b.rowid = a.rowid + 1 "
                  "WHERE b.id < a.id")),
              0);
}

TEST(SyncEngine, AStoreThatRefusesARowStopsTheServersStreamAndTheNextRoundStartsOver)
{
    EngineFixture f;
    serveLargeCatalog(f.server, f.store.clock, 25000);
    SyncEngine engine(f.journal, f.server);
    f.store.db->failStatementAfter(50); // early in the stream
    auto failed = engine.runOnce();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::StorageFailed)
        << failed.error().message.toStdString();
    // The reader stopped when the store gave up instead of streaming the rest.
    EXPECT_LT(f.server.handedOut, 15000);
    f.store.db->failStatementAfter(0);
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM products")), 0);
    ASSERT_TRUE(engine.runOnce().ok());
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM products")), 25000);
}

TEST(SyncEngine, AConnectionLostInTheMiddleOfAFirstSyncLeavesTheStoreEmpty)
{
    EngineFixture f;
    serveLargeCatalog(f.server, f.store.clock, 12000);
    const QStringList schema = schemaOf(f.store);
    f.server.snapshotDropsAfter = 7000;
    SyncEngine engine(f.journal, f.server);
    auto failed = engine.runOnce();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::ServerUnavailable);
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM products")), 0);
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")), 0);
    EXPECT_EQ(schemaOf(f.store), schema);
    f.server.snapshotDropsAfter = -1;
    ASSERT_TRUE(engine.runOnce().ok());
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM products")), 12000);
    EXPECT_EQ(schemaOf(f.store), schema);
}

TEST(SyncEngine, AFirstSyncThatFailsAtAnyStatementLeavesTheStoreEmptyAndItsSchemaWhole)
{
    bool completed = false;
    for (int failAt = 1; !completed && failAt < 200; ++failAt) {
        SCOPED_TRACE(failAt);
        EngineFixture f;
        serveCatalog(f.server, f.store.clock);
        const QStringList schema = schemaOf(f.store);
        SyncEngine engine(f.journal, f.server);
        f.store.db->failStatementAfter(failAt);
        if (engine.runOnce().ok()) {
            completed = true; // the countdown outlived the whole first sync
            continue;
        }
        f.store.db->failStatementAfter(0);
        EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM products")), 0);
        EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")), 0);
        EXPECT_EQ(schemaOf(f.store), schema);
        // The load turns foreign keys off for its transaction only.
        EXPECT_EQ(f.store.scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
        // The next round starts over and gets everything.
        ASSERT_TRUE(engine.runOnce().ok());
        EXPECT_EQ(f.store.catalog->find(QStringLiteral("SRV-1"))->stock, Quantity::fromUnits(12));
        EXPECT_EQ(schemaOf(f.store), schema);
    }
    EXPECT_TRUE(completed);
}
