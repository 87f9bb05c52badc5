// bodegactl alerts list / deliver and webhook set (issue 6, points 2 and 6):
// the real binary configures the webhook, a sale crosses the threshold, a
// cron-style round posts the signed alert to a loopback receiver.
#include "bodegactlfixture.h"
#include "support/fakeopenaiserver.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>

using bodega::test::Bodegactl;
using bodega::test::CtlRun;

namespace {

class BodegactlAlerts : public Bodegactl
{
protected:
    CtlRun asAdmin(const QStringList &args) const
    {
        return as(QStringLiteral("la-tienda-2026"), {},
                  QStringList{QStringLiteral("--json"), QStringLiteral("--user"),
                              QStringLiteral("dueno")} +
                      args);
    }
};

} // namespace

TEST_F(BodegactlAlerts, WebhookSetSaleAlertsListAndDeliver)
{
    bodega::test::FakeOpenAiServer receiver;
    ASSERT_TRUE(receiver.start());
    receiver.enqueue(bodega::test::FakeReply::json(200, QByteArray("{}")));
    ASSERT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
    CtlRun r = as({}, QStringLiteral("la-tienda-2026"),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dueno"),
                   QStringLiteral("--role"), QStringLiteral("admin")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    r = asAdmin({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Arroz Diana 500 g"), QStringLiteral("--sku"),
                 QStringLiteral("ARR-500"), QStringLiteral("--price"), QStringLiteral("2900"),
                 QStringLiteral("--stock"), QStringLiteral("12"), QStringLiteral("--threshold"),
                 QStringLiteral("5"), QStringLiteral("--no-ai")});
    ASSERT_EQ(r.exitCode, 0) << r.text();

    expectError(asAdmin({QStringLiteral("webhook"), QStringLiteral("set"), QStringLiteral("--url"),
                         QStringLiteral("ftp://example.com")}),
                3, "VALIDATION_FAILED", "url");
    const QString url = QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port());
    qputenv("BODEGA_TEST_WEBHOOK_SECRET", "clave-n8n");
    r = asAdmin({QStringLiteral("webhook"), QStringLiteral("set"), QStringLiteral("--url"), url,
                 QStringLiteral("--secret-from-env"),
                 QStringLiteral("BODEGA_TEST_WEBHOOK_SECRET")});
    qunsetenv("BODEGA_TEST_WEBHOOK_SECRET");
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(r.json().value(QStringLiteral("url")).toString(), url);
    EXPECT_TRUE(r.json().value(QStringLiteral("signed")).toBool());

    // 12 -> 4: below 5. Then 4 -> 3: still below, no second alert.
    for (const char *qty : {"8", "1"}) {
        r = asAdmin({QStringLiteral("sell"), QStringLiteral("ARR-500"), QStringLiteral("--qty"),
                     QString::fromLatin1(qty)});
        ASSERT_EQ(r.exitCode, 0) << r.text();
    }
    EXPECT_EQ(receiver.requestCount(), 0);

    r = asAdmin({QStringLiteral("alerts"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    QJsonArray alerts = r.json().value(QStringLiteral("alerts")).toArray();
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(r.json().value(QStringLiteral("unread")).toInt(), 1);
    EXPECT_EQ(alerts.at(0)
                  .toObject()
                  .value(QStringLiteral("webhook"))
                  .toObject()
                  .value(QStringLiteral("status")),
              QStringLiteral("pending"));

    r = asAdmin({QStringLiteral("alerts"), QStringLiteral("deliver")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(r.json().value(QStringLiteral("delivered")).toInt(), 1);
    ASSERT_EQ(receiver.requestCount(), 1);
    const auto req = receiver.lastRequest();
    EXPECT_EQ(req.header("x-bodega-signature"),
              "sha256=" + QMessageAuthenticationCode::hash(req.body, "clave-n8n",
                                                           QCryptographicHash::Sha256)
                              .toHex());
    EXPECT_EQ(req.json.value(QStringLiteral("current_stock")).toDouble(), 4.0);

    r = asAdmin({QStringLiteral("alerts"), QStringLiteral("list")});
    alerts = r.json().value(QStringLiteral("alerts")).toArray();
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts.at(0)
                  .toObject()
                  .value(QStringLiteral("webhook"))
                  .toObject()
                  .value(QStringLiteral("status")),
              QStringLiteral("delivered"));
}
