// bodegactl asking the configured LLM (issue 5): the real binary as a child
// process against the fake OpenAI-compatible server on loopback (the only
// fake: the LLM at the edge of the machine, speaking the real wire format).
// ai suggest, product add and product import --ai go through the
// LlmEnricher and the AiRouter, say which engine answered and why a fallback
// happened, and leave every request in `ai log`.
#include "bodegactlfixture.h"
#include "support/fakeopenaiserver.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>

using namespace bodega;
using bodega::test::Bodegactl;
using bodega::test::CtlRun;
using bodega::test::FakeReply;

namespace {

// A 503 that asks for no wait: the provider's retries run at once, so the
// breaker opens in milliseconds instead of the 1 + 2 + 4 s backoff.
FakeReply unavailableNow()
{
    return FakeReply::file(503, QStringLiteral("openai/openai_error_500.json"))
        .withHeader("retry-after-ms", "0");
}

class BodegactlLlm : public Bodegactl
{
protected:
    void SetUp() override
    {
        Bodegactl::SetUp();
        ASSERT_TRUE(m_server.start());
        // Whatever a test did not script fails fast instead of hanging.
        m_server.setFallbackReply(unavailableNow());
        ASSERT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
    }
    void configure() const
    {
        const CtlRun r = json({QStringLiteral("ai"), QStringLiteral("config"),
                               QStringLiteral("--url"), m_server.baseUrl().toString(),
                               QStringLiteral("--model"), QStringLiteral("llama3.2:3b")});
        ASSERT_EQ(r.exitCode, 0) << r.text();
    }
    CtlRun suggestRice() const
    {
        return json({QStringLiteral("ai"), QStringLiteral("suggest"), QStringLiteral("--name"),
                     QStringLiteral("Arroz Diana 500 g"), QStringLiteral("--keywords"),
                     QStringLiteral("arroz,grano")});
    }
    QJsonArray log() const
    {
        const CtlRun r = json({QStringLiteral("ai"), QStringLiteral("log")});
        EXPECT_EQ(r.exitCode, 0) << r.text();
        return r.json().value(QStringLiteral("requests")).toArray();
    }
    QString writeCsv(const QByteArray &content) const
    {
        const QString path = m_dir.filePath(QStringLiteral("products.csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    bodega::test::FakeOpenAiServer m_server;
};

} // namespace

TEST_F(BodegactlLlm, WithoutAnEndpointTheOfflineEngineAnswersAndNothingIsLogged)
{
    const CtlRun r = suggestRice();
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const QJsonObject s = r.json();
    EXPECT_EQ(s.value(QStringLiteral("engine")).toString(), QStringLiteral("offline"));
    EXPECT_FALSE(s.value(QStringLiteral("fallback")).toBool());
    EXPECT_TRUE(s.value(QStringLiteral("fallback_reason")).toString().isEmpty());
    EXPECT_FALSE(s.value(QStringLiteral("category")).toString().isEmpty());
    // Nothing left the machine and nothing was routed: no audit row.
    EXPECT_TRUE(log().isEmpty());
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(BodegactlLlm, TheLlmSuggestionIsUsedAndRecorded)
{
    configure();
    m_server.enqueue(FakeReply::file(200, QStringLiteral("openai/openai_structured.json")));
    const CtlRun r = suggestRice();
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const QJsonObject s = r.json();
    EXPECT_EQ(s.value(QStringLiteral("engine")).toString(), QStringLiteral("local"));
    EXPECT_EQ(s.value(QStringLiteral("model")).toString(), QStringLiteral("llama3.2:3b"));
    EXPECT_FALSE(s.value(QStringLiteral("fallback")).toBool());
    EXPECT_EQ(s.value(QStringLiteral("category")).toString(), QStringLiteral("Granos y abarrotes"));
    EXPECT_TRUE(s.value(QStringLiteral("description"))
                    .toString()
                    .startsWith(QStringLiteral("Arroz blanco Diana en bolsa de 500 g")));
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("confidence")).toDouble(), 0.93);
    EXPECT_TRUE(s.value(QStringLiteral("alternatives")).isArray());

    // The request the server got: structured output over the store's categories.
    ASSERT_EQ(m_server.requestCount(), 1);
    const auto sent = m_server.lastRequest();
    EXPECT_EQ(sent.at(QStringLiteral("model")).toString(), QStringLiteral("llama3.2:3b"));
    EXPECT_EQ(sent.at(QStringLiteral("response_format.type")).toString(),
              QStringLiteral("json_schema"));

    const QJsonArray requests = log();
    ASSERT_EQ(requests.size(), 1);
    const QJsonObject entry = requests.first().toObject();
    EXPECT_EQ(entry.value(QStringLiteral("purpose")).toString(),
              QStringLiteral("describe_product"));
    EXPECT_EQ(entry.value(QStringLiteral("endpoint")).toString(), QStringLiteral("local"));
    EXPECT_EQ(entry.value(QStringLiteral("data_classes")).toString(), QStringLiteral("public"));
    EXPECT_EQ(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(entry.value(QStringLiteral("prompt_tokens")).toInt(), 412);

    // product add fills the description from the LLM too, and says so.
    m_server.enqueue(FakeReply::file(200, QStringLiteral("openai/openai_structured.json")));
    const CtlRun added = json({QStringLiteral("product"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Arroz Diana 500 g"),
                               QStringLiteral("--sku"), QStringLiteral("ARR-500")});
    ASSERT_EQ(added.exitCode, 0) << added.text();
    const QJsonObject product = added.json();
    EXPECT_EQ(product.value(QStringLiteral("category")).toString(),
              QStringLiteral("Granos y abarrotes"));
    EXPECT_TRUE(product.value(QStringLiteral("description"))
                    .toString()
                    .startsWith(QStringLiteral("Arroz blanco Diana")));
    const QJsonObject ai = product.value(QStringLiteral("ai")).toObject();
    EXPECT_EQ(ai.value(QStringLiteral("engine")).toString(), QStringLiteral("local"));
    EXPECT_FALSE(ai.value(QStringLiteral("fallback")).toBool());
    EXPECT_EQ(log().size(), 2);
}

TEST_F(BodegactlLlm, AFailingServerGivesTheOfflineAnswerWithTheReason)
{
    const CtlRun offline = suggestRice();
    ASSERT_EQ(offline.exitCode, 0) << offline.text();
    configure();
    const CtlRun r = suggestRice(); // every attempt answers 503
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const QJsonObject s = r.json();
    EXPECT_EQ(s.value(QStringLiteral("engine")).toString(), QStringLiteral("offline"));
    EXPECT_TRUE(s.value(QStringLiteral("fallback")).toBool());
    EXPECT_EQ(s.value(QStringLiteral("fallback_code")).toString(), QStringLiteral("server_error"));
    EXPECT_FALSE(s.value(QStringLiteral("fallback_reason")).toString().isEmpty());
    EXPECT_EQ(s.value(QStringLiteral("category")),
              offline.json().value(QStringLiteral("category")));
    EXPECT_EQ(s.value(QStringLiteral("description")),
              offline.json().value(QStringLiteral("description")));
    EXPECT_EQ(m_server.requestCount(), 4); // the first attempt and 3 retries

    // Newest first: the offline answer, then the failed LLM request.
    const QJsonArray requests = log();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests.at(0).toObject().value(QStringLiteral("endpoint")).toString(),
              QStringLiteral("offline"));
    EXPECT_EQ(requests.at(0).toObject().value(QStringLiteral("detail")).toString(),
              QStringLiteral("fallback: server_error"));
    EXPECT_EQ(requests.at(1).toObject().value(QStringLiteral("endpoint")).toString(),
              QStringLiteral("local"));
    EXPECT_EQ(requests.at(1).toObject().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("AI_UNAVAILABLE"));
}

TEST_F(BodegactlLlm, AnImportAgainstADeadServerOpensTheBreakerAndStillImportsEverything)
{
    configure();
    QByteArray csv = "name,keywords,price\n";
    for (int i = 1; i <= 7; ++i)
        csv += QStringLiteral("Arroz Diana %1 kg,arroz,2900\n").arg(i).toUtf8();
    const CtlRun r = json({QStringLiteral("product"), QStringLiteral("import"), writeCsv(csv),
                           QStringLiteral("--ai")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(r.json().value(QStringLiteral("created")).toInt(), 7);
    const QJsonObject ai = r.json().value(QStringLiteral("ai")).toObject();
    EXPECT_EQ(ai.value(QStringLiteral("fallbacks")).toInt(), 7);
    EXPECT_EQ(
        ai.value(QStringLiteral("engines")).toObject().value(QStringLiteral("offline")).toInt(), 7);
    // Five failed calls open the breaker: the last two rows never reach the server.
    EXPECT_EQ(ai.value(QStringLiteral("fallback_code")).toString(), QStringLiteral("breaker_open"));
    EXPECT_EQ(m_server.requestCount(), 5 * 4);

    // 5 failed requests and 7 offline answers, kept though they were made
    // inside the import's transaction.
    const QJsonArray requests = log();
    int failed = 0;
    int offline = 0;
    for (const QJsonValue &v : requests) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("endpoint")) == QStringLiteral("offline"))
            ++offline;
        else if (e.value(QStringLiteral("outcome")) == QStringLiteral("AI_UNAVAILABLE"))
            ++failed;
    }
    EXPECT_EQ(failed, 5);
    EXPECT_EQ(offline, 7);
    EXPECT_EQ(requests.size(), 12);
}

TEST_F(BodegactlLlm, ARolledBackImportStillRecordsTheRequestsThatWereMade)
{
    configure();
    m_server.enqueue(FakeReply::file(200, QStringLiteral("openai/openai_structured.json")));
    const CtlRun r =
        json({QStringLiteral("product"), QStringLiteral("import"),
              writeCsv("name,price\nArroz Diana 500 g,2900\nMalo,abc\n"), QStringLiteral("--ai")});
    expectError(r, 3, "IMPORT_FAILED", "price");
    const QJsonArray requests = log();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests.first().toObject().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("ok"));
}

TEST_F(BodegactlLlm, ACategoryOutsideTheListGivesTheOfflineCategory)
{
    const CtlRun offline = suggestRice();
    ASSERT_EQ(offline.exitCode, 0) << offline.text();
    configure();
    m_server.enqueue(
        FakeReply::file(200, QStringLiteral("openai/ollama_structured_outside_list.json")));
    const CtlRun r = suggestRice();
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const QJsonObject s = r.json();
    EXPECT_TRUE(s.value(QStringLiteral("fallback")).toBool());
    EXPECT_EQ(s.value(QStringLiteral("fallback_code")).toString(),
              QStringLiteral("category_outside_list"));
    EXPECT_TRUE(s.value(QStringLiteral("fallback_reason"))
                    .toString()
                    .contains(QStringLiteral("Alimentos básicos")));
    EXPECT_EQ(s.value(QStringLiteral("category")),
              offline.json().value(QStringLiteral("category")));
    EXPECT_NE(s.value(QStringLiteral("category")).toString(), QStringLiteral("Alimentos básicos"));
    // The LLM answered (ok) and the offline engine's answer was used.
    const QJsonArray requests = log();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests.at(0).toObject().value(QStringLiteral("detail")).toString(),
              QStringLiteral("fallback: category_outside_list"));
    EXPECT_EQ(requests.at(1).toObject().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("ok"));
}

TEST_F(BodegactlLlm, HealthNamesTheConfiguredAiWithoutAskingIt)
{
    CtlRun r = json({QStringLiteral("health")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    QJsonObject ai = r.json().value(QStringLiteral("ai")).toObject();
    EXPECT_FALSE(ai.value(QStringLiteral("configured")).toBool());
    EXPECT_EQ(ai.value(QStringLiteral("endpoint")).toString(), QStringLiteral("offline"));
    EXPECT_EQ(r.json().value(QStringLiteral("ai_engine")).toString(), QStringLiteral("offline"));

    configure();
    r = json({QStringLiteral("health")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    ai = r.json().value(QStringLiteral("ai")).toObject();
    EXPECT_TRUE(ai.value(QStringLiteral("configured")).toBool());
    EXPECT_EQ(ai.value(QStringLiteral("endpoint")).toString(), QStringLiteral("local"));
    EXPECT_EQ(ai.value(QStringLiteral("model")).toString(), QStringLiteral("llama3.2:3b"));
    EXPECT_EQ(ai.value(QStringLiteral("url")).toString(), m_server.baseUrl().toString());
    EXPECT_EQ(m_server.requestCount(), 0);
    // The fields scripts already read are still there.
    EXPECT_EQ(r.json().value(QStringLiteral("ai_status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

TEST_F(BodegactlLlm, AskAnswersOfflineWithTheStoresToolsAndCitesTheProduct)
{
    const CtlRun added = ctl(
        {QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("Arroz Diana 500 g"), QStringLiteral("--sku"), QStringLiteral("ARR-500"),
         QStringLiteral("--stock"), QStringLiteral("20"), QStringLiteral("--no-ai")});
    ASSERT_EQ(added.exitCode, 0) << added.text();
    const CtlRun r = json({QStringLiteral("ask"), QStringLiteral("¿cuánto"),
                           QStringLiteral("arroz"), QStringLiteral("queda?")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const QJsonObject a = r.json();
    EXPECT_EQ(a.value(QStringLiteral("engine")).toString(), QStringLiteral("offline"));
    EXPECT_TRUE(a.value(QStringLiteral("text")).toString().contains(QStringLiteral("20")))
        << a.value(QStringLiteral("text")).toString().toStdString();
    const QJsonArray products = a.value(QStringLiteral("products")).toArray();
    ASSERT_EQ(products.size(), 1);
    EXPECT_EQ(products.first().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Arroz Diana 500 g"));
    // The assistant's offline answers are audited, as in the GUI.
    const QJsonArray requests = log();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests.first().toObject().value(QStringLiteral("endpoint")).toString(),
              QStringLiteral("offline"));

    const CtlRun empty = json({QStringLiteral("ask")});
    expectError(empty, 2, "USAGE");
}

TEST_F(BodegactlLlm, AskGoesThroughTheConfiguredLlm)
{
    configure();
    m_server.enqueue(FakeReply::file(200, QStringLiteral("openai/openai_plain.json")));
    const CtlRun r = json({QStringLiteral("ask"), QStringLiteral("¿qué es el arroz Diana?")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const QJsonObject a = r.json();
    EXPECT_EQ(a.value(QStringLiteral("engine")).toString(), QStringLiteral("local"));
    EXPECT_TRUE(a.value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("El arroz Diana de 500 g")));
    ASSERT_EQ(m_server.requestCount(), 1);
    // The store's tools were offered to the model.
    EXPECT_TRUE(m_server.lastRequest().at(QStringLiteral("tools")).isArray());
    const QJsonArray requests = log();
    ASSERT_FALSE(requests.isEmpty());
    EXPECT_EQ(requests.first().toObject().value(QStringLiteral("endpoint")).toString(),
              QStringLiteral("local"));
    // A question about the store is internal data (the tools' results add public).
    EXPECT_TRUE(requests.first()
                    .toObject()
                    .value(QStringLiteral("data_classes"))
                    .toString()
                    .split(QLatin1Char(','))
                    .contains(QStringLiteral("internal")));
}
