#include "ai/responsecache.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QThread>

using namespace bodega;

namespace {

ChatRequest question(const QString &text)
{
    ChatRequest request;
    request.messages = {ChatMessage{ChatMessage::Role::User, text, {}, {}}};
    return request;
}

ChatReply answer(const QString &text)
{
    ChatReply reply;
    reply.message = ChatMessage{ChatMessage::Role::Assistant, text, {}, {}};
    return reply;
}

TEST(ResponseCacheTest, KeyFoldsAccentsCaseAndSpacesButNotMeaning)
{
    const QByteArray key =
        ResponseCache::keyFor(QStringLiteral("m"), question(QStringLiteral("Jabón  AZUL")));
    EXPECT_EQ(key,
              ResponseCache::keyFor(QStringLiteral("m"), question(QStringLiteral("jabon azul"))));
    EXPECT_NE(key,
              ResponseCache::keyFor(QStringLiteral("m"), question(QStringLiteral("jabon rojo"))));
    EXPECT_NE(key, ResponseCache::keyFor(QStringLiteral("other"),
                                         question(QStringLiteral("jabon azul"))));
    ChatRequest formatted = question(QStringLiteral("jabon azul"));
    formatted.format = ResponseFormat{QStringLiteral("f"), QJsonObject{}};
    EXPECT_NE(key, ResponseCache::keyFor(QStringLiteral("m"), formatted));
    ChatRequest hot = question(QStringLiteral("jabon azul"));
    hot.temperature = 0.9;
    EXPECT_NE(key, ResponseCache::keyFor(QStringLiteral("m"), hot));
}

TEST(ResponseCacheTest, RequestsWithToolsAreNotCacheable)
{
    EXPECT_TRUE(ResponseCache::cacheable(question(QStringLiteral("hola"))));
    ChatRequest tools = question(QStringLiteral("hola"));
    tools.tools = {ToolSpec{QStringLiteral("low_stock"), {}, {}}};
    EXPECT_FALSE(ResponseCache::cacheable(tools));
    ChatRequest toolTurn = question(QStringLiteral("hola"));
    toolTurn.messages.append(
        ChatMessage{ChatMessage::Role::Tool, QStringLiteral("{}"), {}, QStringLiteral("c1")});
    EXPECT_FALSE(ResponseCache::cacheable(toolTurn));
}

TEST(ResponseCacheTest, BoundedLeastRecentlyUsed)
{
    ManualClock clock;
    ResponseCache cache(2, ResponseCache::DefaultTtlMs, clock);
    cache.insert("a", answer(QStringLiteral("A")));
    cache.insert("b", answer(QStringLiteral("B")));
    ASSERT_TRUE(cache.find("a").has_value()); // a is now the most recent
    cache.insert("c", answer(QStringLiteral("C")));
    EXPECT_EQ(cache.size(), 2);
    EXPECT_FALSE(cache.find("b").has_value()) << "the least recently used went";
    ASSERT_TRUE(cache.find("a").has_value());
    EXPECT_EQ(cache.find("c")->message.content, QStringLiteral("C"));
    EXPECT_EQ(cache.hits(), 3);
    EXPECT_EQ(cache.misses(), 1);
}

TEST(ResponseCacheTest, EntriesExpire)
{
    ManualClock clock;
    ResponseCache cache(8, 1000, clock);
    cache.insert("a", answer(QStringLiteral("A")));
    clock.advanceMs(1000);
    EXPECT_TRUE(cache.find("a").has_value());
    clock.advanceMs(1);
    EXPECT_FALSE(cache.find("a").has_value());
    EXPECT_EQ(cache.size(), 0);
}

TEST(ResponseCacheTest, ZeroCapacityKeepsNothing)
{
    ResponseCache cache(0);
    cache.insert("a", answer(QStringLiteral("A")));
    EXPECT_EQ(cache.size(), 0);
}

TEST(ResponseCacheTest, ManyThreadsStayWithinTheBound)
{
    ResponseCache cache(50);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&cache, t] {
            for (int i = 0; i < 2000; ++i) {
                const QByteArray key = QByteArray::number((i * 7 + t) % 120);
                if (!cache.find(key))
                    cache.insert(key, answer(QString::number(i)));
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        ASSERT_TRUE(thread->wait(10000));
    EXPECT_LE(cache.size(), 50);
    EXPECT_EQ(cache.hits() + cache.misses(), 8000);
}

} // namespace
