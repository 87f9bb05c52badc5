#pragma once

#include "ai/openaichatmodel.h"
#include "support/fakeopenaiserver.h"
#include "support/testsupport.h" // readable QString in failure messages

#include <gtest/gtest.h>

#include <memory>
#include <QVector>

namespace bodega::test {

// A model pointed at a fresh fake server, with a manual clock and the
// backoff waits recorded instead of slept.
struct LlmFixture : public ::testing::Test
{
    void SetUp() override { ASSERT_TRUE(server.start()); }

    OpenAiConfig config() const
    {
        OpenAiConfig config;
        config.baseUrl = server.baseUrl();
        config.model = QStringLiteral("gpt-4o-mini");
        config.apiKey = QStringLiteral("sk-test-123");
        config.timeoutMs = 5000;
        return config;
    }

    std::unique_ptr<OpenAiChatModel> makeModel(const OpenAiConfig &config)
    {
        auto model = std::make_unique<OpenAiChatModel>(config, clock);
        model->setSleeper([this](int ms) {
            waits.append(ms);
            clock.advanceMs(ms);
        });
        return model;
    }
    std::unique_ptr<OpenAiChatModel> makeModel() { return makeModel(config()); }

    static ChatRequest ask(const QString &question)
    {
        ChatRequest request;
        request.messages = {ChatMessage{ChatMessage::Role::System,
                                        QStringLiteral("Eres el asistente de una tienda."),
                                        {},
                                        {}},
                            ChatMessage{ChatMessage::Role::User, question, {}, {}}};
        request.purpose = QStringLiteral("assistant");
        request.dataClasses = DataClass::Public;
        return request;
    }

    // Where a server has just stopped: nothing listens there.
    static QUrl closedUrl()
    {
        FakeOpenAiServer gone;
        return gone.start() ? gone.baseUrl() : QUrl();
    }

    static QString reasonOf(const Error &error)
    {
        return error.details.value(QStringLiteral("reason")).toString();
    }

    FakeOpenAiServer server;
    ManualClock clock{1795000000000};
    QVector<int> waits;
};

} // namespace bodega::test
