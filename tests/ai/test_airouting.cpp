// The privacy router over the real OpenAI-compatible provider, talking HTTP
// to a fake server on loopback, recording into a real store's ai_requests:
// what the wire reports (model, usage, cache) is what the audit keeps, and an
// open breaker sends nothing more to the server.
#include "ai/airouter.h"
#include "llmtestutil.h"
#include "security/airequestlog.h"

#include <QJsonArray>

using namespace bodega;
using namespace bodega::test;

namespace {

class RouterOverHttp : public LlmFixture
{
protected:
    QVector<AiRequestRecord> trail() const
    {
        QVector<AiRequestRecord> out;
        for (const AiRequestEntry &e : AiRequestLog(*store.db).recent(100).value_or({}))
            out.prepend(e.record);
        return out;
    }

    TempStore store;
    AiRequestLog log{*store.db};
};

} // namespace

TEST_F(RouterOverHttp, TheWiresModelUsageAndCacheHitAreWhatTheAuditRecords)
{
    auto model = makeModel();
    AiRouter router({model.get()}, PrivacyPolicy(), &log, clock);
    ASSERT_EQ(router.status().active, EndpointKind::Local);
    server.enqueue(FakeReply::file(200, QStringLiteral("openai/openai_plain.json")));
    ChatRequest request = ask(QStringLiteral("describe el arroz Diana"));
    request.purpose = QStringLiteral("describe_product");
    auto first = router.chat(request);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    // Asked again: the provider's cache answers, the server sees nothing.
    auto second = router.chat(request);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(server.requestCount(), 1);

    // A llama.cpp-style answer without a usage block.
    server.enqueue(FakeReply::json(
        200, QJsonObject{{QStringLiteral("object"), QStringLiteral("chat.completion")},
                         {QStringLiteral("model"), QStringLiteral("qwen2.5-1.5b-instruct")},
                         {QStringLiteral("choices"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("index"), 0},
                              {QStringLiteral("finish_reason"), QStringLiteral("stop")},
                              {QStringLiteral("message"),
                               QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                           {QStringLiteral("content"),
                                            QStringLiteral("Granos y abarrotes")}}}}}}}));
    ASSERT_TRUE(router.chat(ask(QStringLiteral("categoriza: lentejas"))).ok());

    const auto rows = trail();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).endpoint, EndpointKind::Local);
    EXPECT_EQ(rows.at(0).endpointUrl, server.baseUrl().toString());
    EXPECT_EQ(rows.at(0).model, QStringLiteral("gpt-4o-mini-2024-07-18"));
    EXPECT_EQ(rows.at(0).promptTokens, 61);
    EXPECT_EQ(rows.at(0).completionTokens, 27);
    EXPECT_FALSE(rows.at(0).cacheHit);
    EXPECT_EQ(rows.at(0).purpose, QStringLiteral("describe_product"));
    EXPECT_TRUE(rows.at(1).cacheHit);
    EXPECT_EQ(rows.at(1).outcome, QStringLiteral("ok"));
    EXPECT_EQ(rows.at(2).promptTokens, -1);
    EXPECT_EQ(rows.at(2).completionTokens, -1);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT COUNT(*) FROM ai_requests WHERE prompt_tokens "
                                          "IS NULL")),
              1);
}

TEST_F(RouterOverHttp, AnOpenBreakerSendsNothingAndTheRefusalsAreRecorded)
{
    auto model = makeModel();
    AiRouter router({model.get()}, PrivacyPolicy(), &log, clock);
    server.setFallbackReply(FakeReply::file(500, QStringLiteral("openai/openai_error_500.json")));
    for (int i = 0; i < 5; ++i) {
        auto r = router.chat(ask(QStringLiteral("pregunta %1").arg(i)));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().details.value(QStringLiteral("reason")), QStringLiteral("unavailable"));
    }
    const int sent = server.requestCount();
    EXPECT_TRUE(router.status().breakerOpen);
    EXPECT_EQ(router.status().active, EndpointKind::Offline);
    auto refused = router.chat(ask(QStringLiteral("¿sigues ahí?")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().details.value(QStringLiteral("cause")),
              QStringLiteral("breaker_open"));
    EXPECT_EQ(server.requestCount(), sent);
    router.recordOffline(ask(QStringLiteral("¿sigues ahí?")), 2);

    const auto rows = trail();
    ASSERT_EQ(rows.size(), 7);
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(rows.at(i).outcome, QStringLiteral("AI_UNAVAILABLE")) << i;
    EXPECT_TRUE(rows.at(5).detail.contains(QStringLiteral("breaker")))
        << rows.at(5).detail.toStdString();
    EXPECT_EQ(rows.at(6).endpoint, EndpointKind::Offline);
    // Each failed call is recorded with the time its retries took (1 s + 2 s
    // + 4 s of backoff on the manual clock).
    EXPECT_GE(rows.at(0).latencyMs, 7000);
}
