// Low-stock webhooks (issue 6, points 2 and 7): an alert's delivery row is
// written in the sale's transaction, a round posts it signed to a real HTTP
// receiver on loopback, failures back off on the injected clock, a delivery
// dies after the cap and stays visible, and the queue survives a restart.
#include "catalog/lowstockpayload.h"
#include "catalog/webhookdispatcher.h"
#include "security/auditaction.h"
#include "security/userstore.h"
#include "storage/webhookqueue.h"
#include "support/fakeopenaiserver.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QMessageAuthenticationCode>
#include <QTcpServer>

using namespace bodega;

namespace {

const QByteArray Secret = "s3creto-de-la-tienda";

class WebhookTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        UserStore users(*store.db, store.clock);
        auto a = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                           User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
        ASSERT_TRUE(a.ok());
        admin = Actor{a->id, a->name, Role::Admin};
        store.catalog->setActor(admin);
        auto p = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(12), false);
        ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
        product = *p;
        ASSERT_TRUE(receiver.start());
    }

    void configure(const QString &url)
    {
        ASSERT_TRUE(settings().setUrl(admin, url).ok());
        ASSERT_TRUE(settings().setSecret(admin, QString::fromUtf8(Secret)).ok());
    }
    QString receiverUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/webhook/bodega").arg(receiver.port());
    }
    // A loopback port nobody listens on: connections are refused.
    static QString deadUrl()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        return QStringLiteral("http://127.0.0.1:%1/webhook").arg(port);
    }
    // 12 -> 10 (not below the threshold of 10) -> 9: one crossing.
    void crossThreshold()
    {
        ASSERT_TRUE(store.catalog->sell(product.sku, Quantity::fromUnits(2)).ok());
        auto crossed = store.catalog->sell(product.sku, Quantity::fromUnits(1));
        ASSERT_TRUE(crossed.ok());
        ASSERT_TRUE(crossed->alert.has_value());
    }
    WebhookSettings settings() { return WebhookSettings(*store.db, &credentials, store.clock); }
    Result<WebhookRound> round(int timeoutMs = 5000)
    {
        WebhookSender sender(timeoutMs);
        return WebhookDispatcher(*store.db, &credentials, store.clock, sender).runRound();
    }
    WebhookDelivery only()
    {
        auto all = WebhookQueue(*store.db, store.clock).list();
        EXPECT_TRUE(all.ok());
        EXPECT_EQ(all->size(), 1);
        return all->value(0);
    }
    qint64 deliveries() const
    {
        return store.scalar(QStringLiteral("SELECT count(*) FROM webhook_deliveries"));
    }

    test::TempStore store;
    FileCredentialStore credentials{store.dir.filePath(QStringLiteral("credentials"))};
    test::FakeOpenAiServer receiver;
    Actor admin;
    Product product;
};

} // namespace

TEST_F(WebhookTest, DeliveredSignedWithTheFieldsAReceiverNeeds)
{
    configure(receiverUrl());
    const QString now = store.clock.now().toString(Qt::ISODateWithMs);
    ASSERT_TRUE(store.db
                    ->run(QStringLiteral("INSERT INTO suppliers (id, name, created_at, updated_at) "
                                         "VALUES ('s1', 'Distribuidora Norte', ?, ?), "
                                         "('s2', 'Mayorista Sur', ?, ?)"),
                          {now, now, now, now})
                    .ok());
    ASSERT_TRUE(
        store.db
            ->run(QStringLiteral("INSERT INTO supplier_prices VALUES ('s1', ?, 2500, 'COP', ?), "
                                 "('s2', ?, 2300, 'COP', ?)"),
                  {product.id, now, product.id, now})
            .ok());
    receiver.enqueue(test::FakeReply::json(200, QByteArray("{}")));
    crossThreshold();
    EXPECT_EQ(receiver.requestCount(), 0); // the sale never touched the network

    auto r = round();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->delivered, 1);
    ASSERT_EQ(receiver.requestCount(), 1);
    const test::RecordedRequest req = receiver.lastRequest();
    EXPECT_EQ(req.method, "POST");
    EXPECT_EQ(req.path, "/webhook/bodega");
    EXPECT_EQ(req.header("content-type"), "application/json");
    EXPECT_EQ(req.header("x-bodega-event"), "stock.low");
    // What a receiver does: recompute the HMAC of the raw body with its copy
    // of the secret.
    const QByteArray expected =
        "sha256=" +
        QMessageAuthenticationCode::hash(req.body, Secret, QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(req.header("x-bodega-signature"), expected);
    EXPECT_NE(req.header("x-bodega-signature"),
              WebhookSender::signature(req.body, "another secret"));

    EXPECT_EQ(req.json.value(QStringLiteral("event")).toString(), QStringLiteral("stock.low"));
    EXPECT_EQ(req.json.value(QStringLiteral("product_id")).toString(), product.id);
    EXPECT_EQ(req.json.value(QStringLiteral("product_name")).toString(), product.name);
    EXPECT_EQ(req.json.value(QStringLiteral("sku")).toString(), QStringLiteral("ARR-500"));
    EXPECT_EQ(req.json.value(QStringLiteral("current_stock")).toDouble(), 9.0);
    EXPECT_EQ(req.json.value(QStringLiteral("threshold")).toDouble(), 10.0);
    // 3 units sold in the last 28 days: 9 left last 84 days.
    EXPECT_EQ(req.json.value(QStringLiteral("days_of_cover")).toDouble(), 84.0);
    EXPECT_EQ(req.at(QStringLiteral("supplier.name")).toString(), QStringLiteral("Mayorista Sur"));
    EXPECT_EQ(req.at(QStringLiteral("supplier.price_minor")).toInt(), 2300);
    EXPECT_EQ(req.json.value(QStringLiteral("message")).toString(),
              QStringLiteral("Stock bajo: Arroz Diana 500 g (ARR-500) tiene 9 unidades; el "
                             "mínimo es 10."));
    const WebhookDelivery d = only();
    EXPECT_EQ(d.status, QStringLiteral("delivered"));
    EXPECT_EQ(d.attempts, 1);
}

TEST_F(WebhookTest, OneAlertAndOneDeliveryPerCrossing)
{
    configure(receiverUrl());
    receiver.setFallbackReply(test::FakeReply::json(200, QByteArray("{}")));
    crossThreshold();
    auto again = store.catalog->sell(product.sku, Quantity::fromUnits(1)); // 8: still below
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->alert.has_value());
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM alerts")), 1);
    EXPECT_EQ(deliveries(), 1);
    ASSERT_TRUE(round().ok());
    ASSERT_TRUE(round().ok());
    EXPECT_EQ(receiver.requestCount(), 1);
}

TEST_F(WebhookTest, NoWebhookConfiguredNoDeliveryRow)
{
    crossThreshold();
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM alerts")), 1);
    EXPECT_EQ(deliveries(), 0);
}

TEST_F(WebhookTest, ReceiverDownTheSaleCommitsAndTheRoundRetriesWithBackoff)
{
    configure(deadUrl());
    crossThreshold();
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM sales")), 2);

    auto r = round();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->retrying, 1);
    WebhookDelivery d = only();
    EXPECT_EQ(d.status, QStringLiteral("pending"));
    EXPECT_EQ(d.attempts, 1);
    EXPECT_EQ(d.nextAttemptAt, store.clock.now().addSecs(30));
    EXPECT_FALSE(d.lastError.isEmpty());

    // Not due yet: a round does not touch it.
    store.clock.advanceMs(29000);
    r = round();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->retrying + r->delivered + r->dead, 0);
    EXPECT_EQ(only().attempts, 1);

    store.clock.advanceMs(1000);
    r = round();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->retrying, 1);
    d = only();
    EXPECT_EQ(d.attempts, 2);
    EXPECT_EQ(d.nextAttemptAt, store.clock.now().addSecs(60)); // doubled
}

TEST_F(WebhookTest, BackoffDoublesUpToAnHour)
{
    EXPECT_EQ(WebhookQueue::backoffMs(1), 30000);
    EXPECT_EQ(WebhookQueue::backoffMs(2), 60000);
    EXPECT_EQ(WebhookQueue::backoffMs(3), 120000);
    EXPECT_EQ(WebhookQueue::backoffMs(7), 1920000);
    EXPECT_EQ(WebhookQueue::backoffMs(8), 3600000);
    EXPECT_EQ(WebhookQueue::backoffMs(30), 3600000);
}

TEST_F(WebhookTest, ServerErrorThenSuccessIsDeliveredOnTheSecondAttempt)
{
    configure(receiverUrl());
    receiver.enqueue({test::FakeReply::json(500, QByteArray("{\"error\":\"busy\"}")),
                      test::FakeReply::json(200, QByteArray("{}"))});
    crossThreshold();
    auto r = round();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->retrying, 1);
    EXPECT_TRUE(only().lastError.contains(QStringLiteral("500")));
    store.clock.advanceMs(WebhookQueue::FirstRetryMs);
    r = round();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->delivered, 1);
    const WebhookDelivery d = only();
    EXPECT_EQ(d.status, QStringLiteral("delivered"));
    EXPECT_EQ(d.attempts, 2);
    EXPECT_TRUE(d.lastError.isEmpty());
    ASSERT_EQ(receiver.requestCount(), 2);
    // The retry sends the very same signed body.
    EXPECT_EQ(receiver.requests().at(0).body, receiver.requests().at(1).body);
}

TEST_F(WebhookTest, SlowReceiverTimesOutAndIsRetried)
{
    configure(receiverUrl());
    receiver.enqueue({test::FakeReply::json(200, QByteArray("{}")).withDelay(3000),
                      test::FakeReply::json(200, QByteArray("{}"))});
    crossThreshold();
    auto r = round(300);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->retrying, 1);
    EXPECT_EQ(only().status, QStringLiteral("pending"));
    EXPECT_FALSE(only().lastError.isEmpty());
    store.clock.advanceMs(WebhookQueue::FirstRetryMs);
    r = round();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->delivered, 1);
    EXPECT_EQ(only().status, QStringLiteral("delivered"));
}

TEST_F(WebhookTest, DeadAfterTheCapAndVisible)
{
    configure(receiverUrl());
    receiver.setFallbackReply(test::FakeReply::json(500, QByteArray("{}")));
    crossThreshold();
    for (int attempt = 1; attempt <= WebhookQueue::MaxAttempts; ++attempt) {
        auto r = round();
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r->dead, attempt == WebhookQueue::MaxAttempts ? 1 : 0) << attempt;
        store.clock.advanceMs(WebhookQueue::MaxRetryMs);
    }
    EXPECT_EQ(receiver.requestCount(), WebhookQueue::MaxAttempts);
    ASSERT_TRUE(round().ok()); // dead: never sent again
    EXPECT_EQ(receiver.requestCount(), WebhookQueue::MaxAttempts);
    WebhookQueue queue(*store.db, store.clock);
    auto dead = queue.list(QStringLiteral("dead"));
    ASSERT_TRUE(dead.ok());
    ASSERT_EQ(dead->size(), 1);
    EXPECT_TRUE(dead->first().lastError.contains(QStringLiteral("500")));
    auto byAlert = queue.latestByAlert();
    ASSERT_TRUE(byAlert.ok());
    auto alerts = store.catalog->recentAlerts();
    ASSERT_TRUE(alerts.ok());
    ASSERT_EQ(alerts->size(), 1);
    EXPECT_EQ(byAlert->value(alerts->first().id).status, QStringLiteral("dead"));
}

TEST_F(WebhookTest, ARestartStillDelivers)
{
    configure(deadUrl());
    crossThreshold();
    ASSERT_EQ(deliveries(), 1);
    // The terminal goes away before any round, and comes back.
    store.catalog.reset();
    store.db.reset();
    auto reopened = Database::open(store.path());
    ASSERT_TRUE(reopened.ok());
    store.db = std::move(*reopened);
    ASSERT_TRUE(
        store.db->run(QStringLiteral("UPDATE webhook_deliveries SET url = ?"), {receiverUrl()})
            .ok());
    receiver.enqueue(test::FakeReply::json(204, QByteArray()));
    auto r = round();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->delivered, 1);
    EXPECT_EQ(receiver.requestCount(), 1);
}

TEST_F(WebhookTest, AClaimedDeliveryIsNotClaimedTwiceUntilItsLeaseEnds)
{
    configure(receiverUrl());
    crossThreshold();
    WebhookQueue queue(*store.db, store.clock);
    auto first = queue.claimDue();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->size(), 1);
    auto second = queue.claimDue();
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->isEmpty());
    store.clock.advanceMs(WebhookQueue::LeaseMs + 1);
    auto third = queue.claimDue();
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->size(), 1);
}

TEST_F(WebhookTest, SettingsAreAnAdminsValidatedAuditedAndTheSecretIsNotInSettings)
{
    auto bad = settings().setUrl(admin, QStringLiteral("ftp://example.com/x"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(bad.error().field(), QStringLiteral("url"));
    EXPECT_EQ(settings().url().value(), QString());

    auto denied = settings().setUrl(std::nullopt, receiverUrl());
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);

    configure(receiverUrl());
    EXPECT_EQ(settings().url().value(), receiverUrl());
    EXPECT_EQ(settings().secret().value(), QString::fromUtf8(Secret));
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE "
                                          "'%s3creto%'")),
              0);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                          "('webhook_settings_changed', "
                                          "'webhook_secret_changed')")),
              2);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE after LIKE "
                                          "'%s3creto%'")),
              0);
}
