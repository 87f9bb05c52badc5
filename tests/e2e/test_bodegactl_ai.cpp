// bodegactl ai config / ai log (issue 5, points 2 and 7), through the real
// binary: settings validated and audited, the key kept out of the store, the
// AI request log for managers and admins only.
#include "bodegactlfixture.h"
#include "security/airequestlog.h"
#include "storage/database.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace bodega;
using bodega::test::Bodegactl;
using bodega::test::CtlRun;

namespace {

class BodegactlAi : public Bodegactl
{
protected:
    // A store with an admin (dueno, password la-tienda-2026), a manager
    // (gerente, bodega-2026) and a cashier (ana, PIN 4821).
    void withUsers()
    {
        ASSERT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
        CtlRun r = as({}, QStringLiteral("la-tienda-2026"),
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dueno"),
                       QStringLiteral("--role"), QStringLiteral("admin")});
        ASSERT_EQ(r.exitCode, 0) << r.text();
        const struct
        {
            const char *name, *role, *secret;
        } others[] = {{"gerente", "manager", "bodega-2026"}, {"ana", "cashier", "4821"}};
        for (const auto &o : others) {
            r = as(QStringLiteral("la-tienda-2026"), QString::fromLatin1(o.secret),
                   {QStringLiteral("--user"), QStringLiteral("dueno"), QStringLiteral("user"),
                    QStringLiteral("add"), QString::fromLatin1(o.name), QStringLiteral("--role"),
                    QString::fromLatin1(o.role)});
            ASSERT_EQ(r.exitCode, 0) << r.text();
        }
    }
    CtlRun asAdmin(const QStringList &args) const
    {
        return as(QStringLiteral("la-tienda-2026"), {},
                  QStringList{QStringLiteral("--json"), QStringLiteral("--user"),
                              QStringLiteral("dueno")} +
                      args);
    }
    QByteArray storeBytes() const
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_db + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};

} // namespace

TEST_F(BodegactlAi, ConfigIsValidatedAuditedAndKeepsTheKeyOutOfTheStore)
{
    withUsers();
    const QStringList local{QStringLiteral("ai"), QStringLiteral("config"), QStringLiteral("--url"),
                            QStringLiteral("http://127.0.0.1:11434/v1")};
    expectError(asAdmin({QStringLiteral("ai"), QStringLiteral("config"), QStringLiteral("--url"),
                         QStringLiteral("ftp://models.example.com")}),
                3, "VALIDATION_FAILED", "base_url");
    expectError(asAdmin(local), 3, "VALIDATION_FAILED", "model");
    expectError(
        asAdmin(local + QStringList{QStringLiteral("--model"), QStringLiteral("m"),
                                    QStringLiteral("--write-tools"), QStringLiteral("yes")}),
        3, "VALIDATION_FAILED", "write_tools");
    expectError(asAdmin(local + QStringList{QStringLiteral("--model"), QStringLiteral("m"),
                                            QStringLiteral("--key-from-env"),
                                            QStringLiteral("BODEGA_TEST_NO_SUCH_VARIABLE")}),
                3, "VALIDATION_FAILED", "key_from_env");
    // A manager may read the settings but not change them.
    expectError(as(QStringLiteral("bodega-2026"), {},
                   QStringList{QStringLiteral("--json"), QStringLiteral("--user"),
                               QStringLiteral("gerente")} +
                       local + QStringList{QStringLiteral("--model"), QStringLiteral("m")}),
                6, "PERMISSION_DENIED");

    const QByteArray key = "sk-e2e-0123456789abcdef";
    qputenv("BODEGA_TEST_AI_KEY", key);
    CtlRun r =
        asAdmin({QStringLiteral("ai"), QStringLiteral("config"), QStringLiteral("--url"),
                 QStringLiteral("https://api.example.com/v1"), QStringLiteral("--model"),
                 QStringLiteral("gpt-4o-mini"), QStringLiteral("--key-from-env"),
                 QStringLiteral("BODEGA_TEST_AI_KEY"), QStringLiteral("--timeout-ms"),
                 QStringLiteral("15000"), QStringLiteral("--allow-internal-to-cloud"),
                 QStringLiteral("yes"), QStringLiteral("--write-tools"), QStringLiteral("on")});
    qunsetenv("BODEGA_TEST_AI_KEY");
    ASSERT_EQ(r.exitCode, 0) << r.text();
    QJsonObject c = r.json();
    EXPECT_EQ(c.value(QStringLiteral("endpoint")), QStringLiteral("cloud"));
    EXPECT_EQ(c.value(QStringLiteral("model")), QStringLiteral("gpt-4o-mini"));
    EXPECT_EQ(c.value(QStringLiteral("timeout_ms")), 15000);
    EXPECT_EQ(c.value(QStringLiteral("internal_to_cloud")), true);
    EXPECT_EQ(c.value(QStringLiteral("write_tools")), true);
    EXPECT_EQ(c.value(QStringLiteral("api_key")), QStringLiteral("set"));
    EXPECT_EQ(c.value(QStringLiteral("policy")).toObject().value(QStringLiteral("personal")),
              QStringLiteral("offline,local"));
    EXPECT_FALSE(r.out.contains(key));

    // The key is in the private credentials folder, not in the store.
    const QString keyFile = m_dir.filePath(QStringLiteral("credentials/ai_api_key"));
    QFile f(keyFile);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), key);
    EXPECT_FALSE(storeBytes().contains(key));

    // Anyone may look; the text form names where the key is.
    r = ctl({QStringLiteral("ai"), QStringLiteral("config"), QStringLiteral("--show")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_TRUE(r.out.contains("cloud")) << r.text();
    EXPECT_TRUE(r.out.contains("gpt-4o-mini"));
    EXPECT_TRUE(r.out.contains(
        QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("credentials"))).toUtf8()))
        << r.text();

    // Both changes are on the audit trail, by the admin, without the key.
    r = asAdmin({QStringLiteral("audit"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    QStringList actions;
    for (const QJsonValue &e : r.json().value(QStringLiteral("entries")).toArray()) {
        actions << e.toObject().value(QStringLiteral("action")).toString();
        if (actions.last().startsWith(QStringLiteral("ai_"))) {
            EXPECT_EQ(e.toObject().value(QStringLiteral("user")), QStringLiteral("dueno"));
        }
    }
    EXPECT_TRUE(actions.contains(QStringLiteral("ai_settings_changed"))) << r.text();
    EXPECT_TRUE(actions.contains(QStringLiteral("ai_key_changed")));
    EXPECT_FALSE(r.out.contains(key));
}

TEST_F(BodegactlAi, TheLogListsEveryRequestNewestFirstForManagersButNotCashiers)
{
    withUsers();
    {
        auto db = Database::open(m_db);
        ASSERT_TRUE(db.ok());
        AiRequestLog log(**db);
        AiRequestRecord denied;
        denied.at = QDateTime::fromMSecsSinceEpoch(1795000000000, Qt::UTC);
        denied.userName = QStringLiteral("ana");
        denied.purpose = QStringLiteral("assistant");
        denied.dataClasses = DataClass::Personal;
        denied.endpoint = EndpointKind::Cloud;
        denied.endpointUrl = QStringLiteral("https://api.example.com/v1");
        denied.model = QStringLiteral("gpt-4o-mini");
        denied.outcome = QStringLiteral("denied");
        ASSERT_TRUE(log.record(denied).ok());
        AiRequestRecord ok = denied;
        ok.at = ok.at.addSecs(1);
        ok.purpose = QStringLiteral("describe_product");
        ok.dataClasses = DataClass::Public;
        ok.endpoint = EndpointKind::Local;
        ok.latencyMs = 812;
        ok.promptTokens = 96;
        ok.completionTokens = 41;
        ok.outcome = QStringLiteral("ok");
        ASSERT_TRUE(log.record(ok).ok());
    }
    CtlRun r = as(QStringLiteral("bodega-2026"), {},
                  {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("gerente"),
                   QStringLiteral("ai"), QStringLiteral("log")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const QJsonArray rows = r.json().value(QStringLiteral("requests")).toArray();
    ASSERT_EQ(rows.size(), 2) << r.text();
    const QJsonObject newest = rows.at(0).toObject();
    EXPECT_EQ(newest.value(QStringLiteral("purpose")), QStringLiteral("describe_product"));
    EXPECT_EQ(newest.value(QStringLiteral("endpoint")), QStringLiteral("local"));
    EXPECT_EQ(newest.value(QStringLiteral("latency_ms")), 812);
    EXPECT_EQ(newest.value(QStringLiteral("prompt_tokens")), 96);
    const QJsonObject oldest = rows.at(1).toObject();
    EXPECT_EQ(oldest.value(QStringLiteral("outcome")), QStringLiteral("denied"));
    EXPECT_EQ(oldest.value(QStringLiteral("data_classes")), QStringLiteral("personal"));
    EXPECT_TRUE(oldest.value(QStringLiteral("prompt_tokens")).isNull());

    r = asAdmin({QStringLiteral("ai"), QStringLiteral("log"), QStringLiteral("--limit"),
                 QStringLiteral("1")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(r.json().value(QStringLiteral("requests")).toArray().size(), 1);
    // The text form: one line a request.
    r = as(QStringLiteral("la-tienda-2026"), {},
           {QStringLiteral("--user"), QStringLiteral("dueno"), QStringLiteral("ai"),
            QStringLiteral("log")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(r.out.trimmed().split('\n').size(), 2) << r.text();
    EXPECT_TRUE(r.out.contains("denied"));

    expectError(as(QStringLiteral("4821"), {},
                   {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
                    QStringLiteral("ai"), QStringLiteral("log")}),
                6, "PERMISSION_DENIED");
    expectError(asAdmin({QStringLiteral("ai"), QStringLiteral("log"), QStringLiteral("--limit"),
                         QStringLiteral("0")}),
                3, "VALIDATION_FAILED", "limit");
}
