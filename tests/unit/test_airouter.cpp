// Privacy routing and its audit (issue 5, point 2): which endpoint may
// receive which data class, the router's choice by policy and availability,
// and the ai_requests row every decision leaves in a real store.
#include "ai/airouter.h"
#include "security/airequestlog.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QJsonObject>

using namespace bodega;

namespace {

// An LLM endpoint at the edge of the machine, scripted: the router only sees
// the ChatModel contract (kind, availability, a reply or an error). Each
// answer takes `latencyMs` on the store's manual clock.
class ScriptedEndpoint final : public ChatModel
{
public:
    ScriptedEndpoint(EndpointKind kind, QString url, QString model, ManualClock &clock)
        : m_kind(kind), m_url(std::move(url)), m_model(std::move(model)), m_clock(clock)
    {
    }
    EndpointKind kind() const override { return m_kind; }
    QString endpointUrl() const override { return m_url; }
    QString model() const override { return m_model; }
    bool available() const override { return m_available; }
    Result<ChatReply> chat(const ChatRequest &request) override
    {
        ++calls;
        lastRequest = request;
        m_clock.advanceMs(latencyMs);
        if (failWith)
            return *failWith;
        ChatReply reply;
        reply.message.role = ChatMessage::Role::Assistant;
        reply.message.content = QStringLiteral("hola desde ") + m_model;
        reply.model = m_model;
        reply.usage = usage;
        reply.cacheHit = cacheHit;
        return reply;
    }

    bool m_available = true;
    qint64 latencyMs = 40;
    ChatUsage usage;
    bool cacheHit = false;
    std::optional<Error> failWith;
    int calls = 0;
    ChatRequest lastRequest;

private:
    EndpointKind m_kind;
    QString m_url;
    QString m_model;
    ManualClock &m_clock;
};

ChatRequest requestOf(DataClasses classes, const QString &purpose = QStringLiteral("assistant"))
{
    ChatRequest r;
    r.messages = {ChatMessage{ChatMessage::Role::User, QStringLiteral("¿qué está bajo?"), {}, {}}};
    r.purpose = purpose;
    r.dataClasses = classes;
    r.userId = QStringLiteral("u-ana");
    r.userName = QStringLiteral("ana");
    return r;
}

class Routing : public ::testing::Test
{
protected:
    QVector<AiRequestEntry> rows() const
    {
        auto r = AiRequestLog(*store.db).recent(100);
        EXPECT_TRUE(r.ok());
        QVector<AiRequestEntry> oldestFirst;
        for (const auto &e : r.value_or({}))
            oldestFirst.prepend(e);
        return oldestFirst;
    }

    test::TempStore store;
    ScriptedEndpoint local{EndpointKind::Local, QStringLiteral("http://127.0.0.1:11434/v1"),
                           QStringLiteral("llama3.2:3b"), store.clock};
    ScriptedEndpoint cloud{EndpointKind::Cloud, QStringLiteral("https://api.example.com/v1"),
                           QStringLiteral("gpt-4o-mini"), store.clock};
    AiRequestLog log{*store.db};
};

} // namespace

TEST(PrivacyPolicy, DefaultsKeepPersonalAndInternalDataOffTheCloud)
{
    const PrivacyPolicy p;
    for (EndpointKind k : {EndpointKind::Offline, EndpointKind::Local, EndpointKind::Cloud})
        EXPECT_TRUE(p.allows(k, DataClass::Public)) << endpointKindCode(k).toStdString();
    EXPECT_TRUE(p.allows(EndpointKind::Local, DataClass::Internal));
    EXPECT_FALSE(p.allows(EndpointKind::Cloud, DataClass::Internal));
    EXPECT_TRUE(p.allows(EndpointKind::Offline, DataClass::Personal));
    EXPECT_TRUE(p.allows(EndpointKind::Local, DataClass::Personal));
    EXPECT_FALSE(p.allows(EndpointKind::Cloud, DataClass::Personal));
    // A request is refused where any one of its classes is.
    EXPECT_FALSE(p.allows(EndpointKind::Cloud, DataClass::Public | DataClass::Internal));
    EXPECT_EQ(p.refused(EndpointKind::Cloud, DataClass::Public | DataClass::Internal),
              DataClasses(DataClass::Internal));
    // Nobody labelled it: treated as personal.
    EXPECT_FALSE(p.allows(EndpointKind::Cloud, DataClasses()));
    EXPECT_TRUE(p.allows(EndpointKind::Local, DataClasses()));
}

TEST(PrivacyPolicy, TheAdminMayLetInternalDataOutButPersonalDataNeverGoesToTheCloud)
{
    PrivacyPolicy p;
    p.setInternalToCloud(true);
    EXPECT_TRUE(p.allows(EndpointKind::Cloud, DataClass::Internal));
    EXPECT_FALSE(p.setAllowed(DataClass::Personal, EndpointKind::Cloud, true));
    EXPECT_FALSE(p.allows(EndpointKind::Cloud, DataClass::Personal));
    EXPECT_FALSE(p.setAllowed(DataClass::Public, EndpointKind::Offline, false));
    EXPECT_TRUE(p.setAllowed(DataClass::Public, EndpointKind::Cloud, false));

    // Through the settings keys and back; a tampered key cannot open the fixed rules.
    auto settings = p.toSettings();
    EXPECT_EQ(settings.value(QStringLiteral("ai.policy.internal")),
              QStringLiteral("offline,local,cloud"));
    EXPECT_EQ(settings.value(QStringLiteral("ai.policy.public")), QStringLiteral("offline,local"));
    EXPECT_EQ(PrivacyPolicy::fromSettings(settings), p);
    settings.insert(QStringLiteral("ai.policy.personal"), QStringLiteral("cloud,local"));
    const PrivacyPolicy tampered = PrivacyPolicy::fromSettings(settings);
    EXPECT_FALSE(tampered.allows(EndpointKind::Cloud, DataClass::Personal));
    EXPECT_TRUE(tampered.allows(EndpointKind::Offline, DataClass::Personal));
    EXPECT_EQ(PrivacyPolicy::fromSettings({}), PrivacyPolicy());
}

TEST_F(Routing, PersonalDataIsNeverSentToTheCloudAndTheRefusalIsAudited)
{
    AiRouter router({&cloud}, PrivacyPolicy(), &log, store.clock);
    auto r = router.chat(requestOf(DataClass::Personal | DataClass::Public));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(r.error().details.value(QStringLiteral("reason")), QStringLiteral("policy"));
    EXPECT_EQ(cloud.calls, 0);
    // The caller's offline engine answered instead.
    router.recordOffline(requestOf(DataClass::Personal | DataClass::Public), 3);

    const auto log = rows();
    ASSERT_EQ(log.size(), 2);
    const AiRequestRecord &denied = log.at(0).record;
    EXPECT_EQ(denied.outcome, QStringLiteral("denied"));
    EXPECT_EQ(denied.endpoint, EndpointKind::Cloud);
    EXPECT_EQ(denied.endpointUrl, QStringLiteral("https://api.example.com/v1"));
    EXPECT_EQ(denied.model, QStringLiteral("gpt-4o-mini"));
    EXPECT_EQ(denied.dataClasses, DataClass::Public | DataClass::Personal);
    EXPECT_EQ(denied.userName, QStringLiteral("ana"));
    EXPECT_EQ(denied.purpose, QStringLiteral("assistant"));
    EXPECT_TRUE(denied.detail.contains(QStringLiteral("personal"))) << denied.detail.toStdString();
    const AiRequestRecord &offline = log.at(1).record;
    EXPECT_EQ(offline.endpoint, EndpointKind::Offline);
    EXPECT_EQ(offline.outcome, QStringLiteral("ok"));
    EXPECT_EQ(offline.latencyMs, 3);
}

TEST_F(Routing, InternalFiguresGoToTheCloudOnlyWhenTheAdminAllowsIt)
{
    const ChatRequest sales = requestOf(DataClass::Internal, QStringLiteral("sales_summary"));
    AiRouter strict({&cloud}, PrivacyPolicy(), &log, store.clock);
    EXPECT_FALSE(strict.chat(sales).ok());
    EXPECT_FALSE(strict.canServe(DataClass::Internal));
    EXPECT_EQ(cloud.calls, 0);

    PrivacyPolicy allowing;
    allowing.setInternalToCloud(true);
    AiRouter open({&cloud}, allowing, &log, store.clock);
    EXPECT_TRUE(open.canServe(DataClass::Internal));
    auto r = open.chat(sales);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->endpoint, EndpointKind::Cloud);
    EXPECT_EQ(cloud.calls, 1);
    // Still never personal data, whatever else is allowed.
    EXPECT_FALSE(open.chat(requestOf(DataClass::Internal | DataClass::Personal)).ok());
    EXPECT_EQ(cloud.calls, 1);
    const auto log = rows();
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log.at(0).record.outcome, QStringLiteral("denied"));
    EXPECT_EQ(log.at(1).record.outcome, QStringLiteral("ok"));
    EXPECT_EQ(log.at(2).record.outcome, QStringLiteral("denied"));
}

TEST_F(Routing, TheFirstAllowedAndAvailableEndpointAnswersAndTheOthersFallBackInOrder)
{
    AiRouter router({&local, &cloud}, PrivacyPolicy(), &log, store.clock);
    auto first = router.chat(requestOf(DataClass::Public));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->endpoint, EndpointKind::Local);
    EXPECT_EQ(first->model, QStringLiteral("llama3.2:3b"));
    EXPECT_EQ(local.calls, 1);
    EXPECT_EQ(cloud.calls, 0);
    EXPECT_EQ(router.status().active, EndpointKind::Local);
    EXPECT_FALSE(router.status().breakerOpen);

    // The local server's breaker opens: public data goes to the cloud, and
    // the skipped endpoint is on the record with why.
    local.m_available = false;
    EXPECT_EQ(router.status().active, EndpointKind::Cloud);
    EXPECT_EQ(router.status().model, QStringLiteral("gpt-4o-mini"));
    EXPECT_TRUE(router.status().breakerOpen);
    auto second = router.chat(requestOf(DataClass::Public));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->endpoint, EndpointKind::Cloud);
    EXPECT_EQ(local.calls, 1);

    // ...but personal data has nowhere to go: unavailable, not a policy refusal.
    auto third = router.chat(requestOf(DataClass::Personal));
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().details.value(QStringLiteral("reason")), QStringLiteral("unavailable"));
    EXPECT_EQ(cloud.calls, 1);

    // A local server that fails at run time hands over to the next one.
    local.m_available = true;
    local.failWith = Error{ErrorCode::AiUnavailable,
                           QStringLiteral("connection refused"),
                           {{QStringLiteral("reason"), QStringLiteral("network")}}};
    auto fourth = router.chat(requestOf(DataClass::Public));
    ASSERT_TRUE(fourth.ok());
    EXPECT_EQ(fourth->endpoint, EndpointKind::Cloud);

    QStringList trail;
    for (const AiRequestEntry &e : rows())
        trail << endpointKindCode(e.record.endpoint) + QLatin1Char(':') + e.record.outcome;
    EXPECT_EQ(trail,
              (QStringList{QStringLiteral("local:ok"), QStringLiteral("local:AI_UNAVAILABLE"),
                           QStringLiteral("cloud:ok"), QStringLiteral("local:AI_UNAVAILABLE"),
                           QStringLiteral("cloud:denied"), QStringLiteral("local:AI_UNAVAILABLE"),
                           QStringLiteral("cloud:ok")}));
}

TEST_F(Routing, EveryAnswerIsRecordedWithLatencyTokensAndCacheHitAndNullTokensWhenUnreported)
{
    AiRouter router({&local}, PrivacyPolicy(), &log, store.clock);
    local.latencyMs = 250;
    local.usage = ChatUsage{120, 35};
    ASSERT_TRUE(router.chat(requestOf(DataClass::Public, QStringLiteral("describe_product"))).ok());
    local.usage = ChatUsage{};
    local.cacheHit = true;
    local.latencyMs = 0;
    ASSERT_TRUE(router.chat(requestOf(DataClass::Public, QStringLiteral("categorize"))).ok());

    const auto log = rows();
    ASSERT_EQ(log.size(), 2);
    const AiRequestRecord &a = log.at(0).record;
    EXPECT_EQ(a.purpose, QStringLiteral("describe_product"));
    EXPECT_EQ(a.latencyMs, 250);
    EXPECT_EQ(a.promptTokens, 120);
    EXPECT_EQ(a.completionTokens, 35);
    EXPECT_FALSE(a.cacheHit);
    EXPECT_EQ(a.at, QDateTime::fromMSecsSinceEpoch(1795000000000, Qt::UTC));
    EXPECT_EQ(a.userId, QStringLiteral("u-ana"));
    const AiRequestRecord &b = log.at(1).record;
    EXPECT_EQ(b.promptTokens, -1);
    EXPECT_EQ(b.completionTokens, -1);
    EXPECT_TRUE(b.cacheHit);
    // In the table itself: NULL, not 0 or -1.
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT COUNT(*) FROM ai_requests WHERE prompt_tokens "
                                          "IS NULL AND completion_tokens IS NULL")),
              1);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT prompt_tokens FROM ai_requests WHERE purpose = "
                                          "'describe_product'")),
              120);
    const QJsonObject json = log.at(1).toJson();
    EXPECT_TRUE(json.value(QStringLiteral("prompt_tokens")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("endpoint")), QStringLiteral("local"));
    EXPECT_EQ(json.value(QStringLiteral("cache_hit")), true);
}

TEST_F(Routing, AnEndpointsOwnErrorsAreRecordedWithTheirCodeAndReturnedAsTheyCame)
{
    AiRouter router({&local, &cloud}, PrivacyPolicy(), &log, store.clock);
    local.failWith = Error{ErrorCode::PermissionDenied, QStringLiteral("401 invalid key"), {}};
    auto r = router.chat(requestOf(DataClass::Public));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::PermissionDenied);
    // A refused key is not a reason to send the request elsewhere.
    EXPECT_EQ(cloud.calls, 0);
    const auto log = rows();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.at(0).record.outcome, QStringLiteral("PERMISSION_DENIED"));
    EXPECT_EQ(log.at(0).record.latencyMs, 40);
    EXPECT_EQ(log.at(0).record.detail, QStringLiteral("401 invalid key"));
    // The log cannot be edited afterwards.
    EXPECT_FALSE(store.db->exec(QStringLiteral("UPDATE ai_requests SET outcome = 'ok'")).ok());
}

TEST_F(Routing, WithoutEndpointsTheOfflineEngineIsTheActiveAi)
{
    AiRouter router({}, PrivacyPolicy(), &log, store.clock);
    const AiStatus s = router.status();
    EXPECT_EQ(s.active, EndpointKind::Offline);
    EXPECT_EQ(s.endpoints, 0);
    EXPECT_FALSE(s.breakerOpen);
    auto r = router.chat(requestOf(DataClass::Public));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().details.value(QStringLiteral("reason")), QStringLiteral("unavailable"));
    EXPECT_TRUE(rows().isEmpty());
}
