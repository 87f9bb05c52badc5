#include "llmtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

using namespace bodega;
using namespace bodega::test;

namespace {

using OpenAiChatModelTest = LlmFixture;

const QString Data = QStringLiteral("openai/");

ResponseFormat enrichmentFormat()
{
    QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("category"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                     {QStringLiteral("description"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("category"), QStringLiteral("description")}},
        {QStringLiteral("additionalProperties"), false}};
    return ResponseFormat{QStringLiteral("product_enrichment"), schema};
}

ToolSpec lowStockTool()
{
    return ToolSpec{
        QStringLiteral("low_stock"), QStringLiteral("Products below their threshold"),
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("limit"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}}}};
}

TEST_F(OpenAiChatModelTest, PlainAnswerPostsChatCompletionsWithBearerKey)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    auto model = makeModel();

    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("Describe el arroz Diana")));

    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_TRUE(reply->message.content.startsWith(QStringLiteral("El arroz Diana de 500 g")));
    EXPECT_EQ(reply->message.role, ChatMessage::Role::Assistant);
    EXPECT_EQ(reply->finishReason, QStringLiteral("stop"));
    EXPECT_EQ(reply->usage.promptTokens, 61);
    EXPECT_EQ(reply->usage.completionTokens, 27);
    EXPECT_EQ(reply->model, QStringLiteral("gpt-4o-mini-2024-07-18"));
    EXPECT_EQ(reply->endpoint, EndpointKind::Local);
    EXPECT_FALSE(reply->cacheHit);

    ASSERT_EQ(server.requestCount(), 1);
    const RecordedRequest request = server.lastRequest();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, QByteArray("/v1/chat/completions"));
    EXPECT_EQ(request.header("Authorization"), QByteArray("Bearer sk-test-123"));
    EXPECT_TRUE(request.header("Content-Type").startsWith("application/json"));
    EXPECT_EQ(request.json.value(QStringLiteral("model")).toString(),
              QStringLiteral("gpt-4o-mini"));
    const QJsonArray messages = request.json.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[0].toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("system"));
    EXPECT_EQ(messages[1].toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("Describe el arroz Diana"));
    EXPECT_FALSE(request.json.contains(QStringLiteral("tools")));
    EXPECT_FALSE(request.json.contains(QStringLiteral("response_format")));
    EXPECT_TRUE(waits.isEmpty());
}

TEST_F(OpenAiChatModelTest, NoAuthorizationHeaderWithoutKey)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    OpenAiConfig noKey = config();
    noKey.apiKey.clear();
    auto model = makeModel(noKey);
    ASSERT_TRUE(model->chat(ask(QStringLiteral("hola"))).ok());
    EXPECT_TRUE(server.lastRequest().header("Authorization").isEmpty());
}

TEST_F(OpenAiChatModelTest, KindIsLocalOnlyForLoopbackHosts)
{
    const std::vector<std::pair<const char *, EndpointKind>> cases{
        {"http://127.0.0.1:11434/v1", EndpointKind::Local},
        {"http://127.8.9.10:8000/v1", EndpointKind::Local},
        {"http://[::1]:8000/v1", EndpointKind::Local},
        {"http://LocalHost:1234/v1", EndpointKind::Local},
        {"https://api.openai.com/v1", EndpointKind::Cloud},
        {"http://192.168.1.20:11434/v1", EndpointKind::Cloud},
        {"http://localhost.evil.com/v1", EndpointKind::Cloud}};
    for (const auto &[url, kind] : cases)
        EXPECT_EQ(OpenAiChatModel::kindOf(QUrl(QString::fromLatin1(url))), kind) << url;
}

TEST_F(OpenAiChatModelTest, StructuredOutputSendsJsonSchema)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_structured.json")));
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("Arroz Diana 500 g"));
    request.format = enrichmentFormat();

    const Result<ChatReply> reply = model->chat(request);

    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    const QJsonObject content = QJsonDocument::fromJson(reply->message.content.toUtf8()).object();
    EXPECT_EQ(content.value(QStringLiteral("category")).toString(),
              QStringLiteral("Granos y abarrotes"));
    const RecordedRequest sent = server.lastRequest();
    EXPECT_EQ(sent.at(QStringLiteral("response_format.type")), QStringLiteral("json_schema"));
    EXPECT_EQ(sent.at(QStringLiteral("response_format.json_schema.name")),
              QStringLiteral("product_enrichment"));
    EXPECT_TRUE(sent.at(QStringLiteral("response_format.json_schema.strict")).toBool());
    EXPECT_EQ(sent.at(QStringLiteral("response_format.json_schema.schema")).toObject(),
              enrichmentFormat().schema);
}

TEST_F(OpenAiChatModelTest, JsonSchemaRejectedFallsBackToJsonObjectThenPromptAndRemembers)
{
    server.enqueue(
        {FakeReply::file(400, Data + QStringLiteral("openai_error_json_schema_unsupported.json")),
         FakeReply::file(400, Data + QStringLiteral("lmstudio_error_json_object_unsupported.json")),
         FakeReply::file(200, Data + QStringLiteral("openai_structured.json")),
         FakeReply::file(200, Data + QStringLiteral("openai_structured.json"))});
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("Arroz Diana 500 g"));
    request.format = enrichmentFormat();

    const Result<ChatReply> reply = model->chat(request);

    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    const QVector<RecordedRequest> requests = server.requests();
    ASSERT_EQ(requests.size(), 3);
    EXPECT_EQ(requests[0].at(QStringLiteral("response_format.type")),
              QStringLiteral("json_schema"));
    EXPECT_EQ(requests[1].at(QStringLiteral("response_format.type")),
              QStringLiteral("json_object"));
    EXPECT_FALSE(requests[2].json.contains(QStringLiteral("response_format")));
    // Without json_schema the schema travels in the system prompt.
    const QString system = requests[2].at(QStringLiteral("messages[0].content")).toString();
    EXPECT_TRUE(system.contains(QStringLiteral("\"additionalProperties\":false")));
    EXPECT_TRUE(waits.isEmpty()) << "a downgrade is not a retry";
    EXPECT_EQ(model->structuredOutputMode(), StructuredOutputMode::PromptOnly);

    // The next request goes straight to what this server accepts.
    request.messages[1].content = QStringLiteral("Leche entera 1 l");
    ASSERT_TRUE(model->chat(request).ok());
    ASSERT_EQ(server.requestCount(), 4);
    EXPECT_FALSE(server.lastRequest().json.contains(QStringLiteral("response_format")));
}

TEST_F(OpenAiChatModelTest, TwoStepToolCallConversation)
{
    server.enqueue({FakeReply::file(200, Data + QStringLiteral("openai_tool_call_step1.json")),
                    FakeReply::file(200, Data + QStringLiteral("openai_tool_call_step2.json"))});
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("¿Qué está bajo de stock?"));
    request.tools = {lowStockTool()};

    const Result<ChatReply> first = model->chat(request);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->finishReason, QStringLiteral("tool_calls"));
    EXPECT_TRUE(first->message.content.isEmpty());
    ASSERT_EQ(first->message.toolCalls.size(), 1);
    const ToolCall call = first->message.toolCalls[0];
    EXPECT_EQ(call.id, QStringLiteral("call_Qm3xY8kL2pN5vB7cD9fG1hJ4"));
    EXPECT_EQ(call.name, QStringLiteral("low_stock"));
    EXPECT_EQ(call.arguments, QStringLiteral("{\"limit\":5}"));

    const RecordedRequest firstSent = server.requests()[0];
    EXPECT_EQ(firstSent.at(QStringLiteral("tools")).toArray().size(), 1);
    EXPECT_EQ(firstSent.at(QStringLiteral("tools[0].type")), QStringLiteral("function"));
    EXPECT_EQ(firstSent.at(QStringLiteral("tools[0].function.name")), QStringLiteral("low_stock"));
    EXPECT_FALSE(firstSent.json.contains(QStringLiteral("tool_choice")))
        << "tool_choice is not sent by default (Ollama rejects it)";

    request.messages.append(first->message);
    request.messages.append(
        ChatMessage{ChatMessage::Role::Tool,
                    QStringLiteral("{\"products\":[{\"name\":\"Arroz Diana 500 g\",\"stock\":3}]}"),
                    {},
                    call.id});
    const Result<ChatReply> second = model->chat(request);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_TRUE(second->message.content.startsWith(QStringLiteral("Hay 2 productos")));
    EXPECT_TRUE(second->message.toolCalls.isEmpty());

    const RecordedRequest secondSent = server.requests()[1];
    ASSERT_EQ(secondSent.at(QStringLiteral("messages")).toArray().size(), 4);
    EXPECT_EQ(secondSent.at(QStringLiteral("messages[2].role")), QStringLiteral("assistant"));
    EXPECT_TRUE(secondSent.at(QStringLiteral("messages[2].content")).isNull());
    EXPECT_EQ(secondSent.at(QStringLiteral("messages[2].tool_calls[0].id")), call.id);
    EXPECT_EQ(secondSent.at(QStringLiteral("messages[2].tool_calls[0].function.arguments")),
              QStringLiteral("{\"limit\":5}"));
    EXPECT_EQ(secondSent.at(QStringLiteral("messages[3].role")), QStringLiteral("tool"));
    EXPECT_EQ(secondSent.at(QStringLiteral("messages[3].tool_call_id")), call.id);
    // Tool conversations depend on live data: never cached.
    EXPECT_EQ(model->cache().size(), 0);
}

TEST_F(OpenAiChatModelTest, InvalidToolArgumentsArriveAsTheRawText)
{
    server.enqueue(
        FakeReply::file(200, Data + QStringLiteral("ollama_tool_call_invalid_arguments.json")));
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("¿cuánto queda de arroz?"));
    request.tools = {lowStockTool()};
    const Result<ChatReply> reply = model->chat(request);
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    ASSERT_EQ(reply->message.toolCalls.size(), 1);
    EXPECT_EQ(reply->message.toolCalls[0].arguments,
              QStringLiteral("{\"product\": \"arroz\", \"store\": "));
}

TEST_F(OpenAiChatModelTest, RateLimitHonoursRetryAfterSeconds)
{
    server.enqueue({FakeReply::file(429, Data + QStringLiteral("openai_error_429.json"))
                        .withHeader("Retry-After", "2"),
                    FakeReply::file(200, Data + QStringLiteral("openai_plain.json"))});
    auto model = makeModel();
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(waits, QVector<int>({2000}));
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(OpenAiChatModelTest, RateLimitHonoursRetryAfterHttpDate)
{
    // The manual clock says 2026-11-18 08:26:40 UTC; the server asks for 5 s.
    const QDateTime retryAt = QDateTime::fromMSecsSinceEpoch(clock.nowMs() + 5000, Qt::UTC);
    const QByteArray date =
        QLocale::c()
            .toString(retryAt, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
            .toLatin1();
    server.enqueue({FakeReply::file(429, Data + QStringLiteral("openai_error_429.json"))
                        .withHeader("Retry-After", date),
                    FakeReply::file(200, Data + QStringLiteral("openai_plain.json"))});
    auto model = makeModel();
    ASSERT_TRUE(model->chat(ask(QStringLiteral("hola"))).ok());
    EXPECT_EQ(waits, QVector<int>({5000}));
}

TEST_F(OpenAiChatModelTest, RateLimitAfterTheRetriesIsRateLimited)
{
    for (int i = 0; i < 4; ++i)
        server.enqueue(FakeReply::file(429, Data + QStringLiteral("openai_error_429.json")));
    auto model = makeModel();
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(reply.error().details.value(QStringLiteral("attempts")).toInt(), 4);
    EXPECT_TRUE(reply.error()
                    .details.value(QStringLiteral("server_message"))
                    .toString()
                    .contains(QStringLiteral("Rate limit reached")));
    EXPECT_EQ(waits, QVector<int>({1000, 2000, 4000})) << "no Retry-After: the backoff";
}

TEST_F(OpenAiChatModelTest, RetryAfterBeyondTheCapIsNotWaitedFor)
{
    server.enqueue(FakeReply::file(429, Data + QStringLiteral("openai_error_429.json"))
                       .withHeader("Retry-After", "3600"));
    auto model = makeModel();
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(reply.error().details.value(QStringLiteral("retry_after_ms")).toLongLong(), 3600000);
    EXPECT_TRUE(waits.isEmpty());
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(OpenAiChatModelTest, ServerErrorThenSuccessRetriesWithBackoff)
{
    server.enqueue({FakeReply::file(500, Data + QStringLiteral("openai_error_500.json")),
                    FakeReply::text(502, "<html><head><title>502 Bad Gateway</title></head></html>",
                                    "text/html"),
                    FakeReply::file(200, Data + QStringLiteral("openai_plain.json"))});
    auto model = makeModel();
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(waits, QVector<int>({1000, 2000}));
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_EQ(model->breaker().consecutiveFailures(), 0);
}

TEST_F(OpenAiChatModelTest, ServerErrorsAfterTheRetriesAreUnavailable)
{
    auto model = makeModel(); // the fallback reply is a 500
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(reasonOf(reply.error()), QStringLiteral("server_error"));
    EXPECT_EQ(reply.error().details.value(QStringLiteral("status")).toInt(), 500);
    EXPECT_EQ(reply.error().details.value(QStringLiteral("attempts")).toInt(), 4);
    EXPECT_EQ(server.requestCount(), 4);
    EXPECT_EQ(waits, QVector<int>({1000, 2000, 4000}));
    EXPECT_EQ(model->breaker().consecutiveFailures(), 1) << "one failed call, not four";
}

TEST_F(OpenAiChatModelTest, TimeoutIsRetriedAndReported)
{
    OpenAiConfig quick = config();
    quick.timeoutMs = 200;
    quick.maxRetries = 1;
    for (int i = 0; i < 2; ++i)
        server.enqueue(
            FakeReply::file(200, Data + QStringLiteral("openai_plain.json")).withDelay(3000));
    auto model = makeModel(quick);
    QElapsedTimer elapsed;
    elapsed.start();
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    EXPECT_LT(elapsed.elapsed(), 2500) << "the client gave up, not the server";
    EXPECT_EQ(reply.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(reasonOf(reply.error()), QStringLiteral("timeout"));
    EXPECT_EQ(reply.error().details.value(QStringLiteral("attempts")).toInt(), 2);
    EXPECT_EQ(waits, QVector<int>({1000}));
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(OpenAiChatModelTest, ConnectionDroppedIsANetworkErrorAndRetried)
{
    // Qt itself resends a request whose connection closed before any answer
    // byte; a server that keeps hanging up still ends in our retries.
    server.setFallbackReply(FakeReply::hangUp());
    OpenAiConfig config = this->config();
    config.maxRetries = 1;
    auto model = makeModel(config);
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(reasonOf(reply.error()), QStringLiteral("network"));
    EXPECT_EQ(reply.error().details.value(QStringLiteral("attempts")).toInt(), 2);
    EXPECT_EQ(waits, QVector<int>({1000}));
    EXPECT_GE(server.requestCount(), 2);

    server.setFallbackReply(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    server.enqueue(FakeReply::hangUp());
    ASSERT_TRUE(model->chat(ask(QStringLiteral("hola"))).ok());
}

TEST_F(OpenAiChatModelTest, NothingListeningIsUnavailable)
{
    OpenAiConfig closed = config();
    closed.baseUrl = closedUrl();
    closed.maxRetries = 0;
    auto model = makeModel(closed);
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(reasonOf(reply.error()), QStringLiteral("network"));
}

TEST_F(OpenAiChatModelTest, MalformedJsonIsAnErrorWithoutRetry)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("truncated.json")));
    auto model = makeModel();
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(reasonOf(reply.error()), QStringLiteral("malformed_response"));
    EXPECT_EQ(reply.error().field(), QStringLiteral("body"));
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(model->breaker().consecutiveFailures(), 1);
}

TEST_F(OpenAiChatModelTest, UnauthorizedIsNotRetried)
{
    server.enqueue(FakeReply::file(401, Data + QStringLiteral("openai_error_401.json")));
    auto model = makeModel();
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(reply.error().message.contains(QStringLiteral("Incorrect API key provided")));
    EXPECT_EQ(reply.error().details.value(QStringLiteral("server_code")).toString(),
              QStringLiteral("invalid_api_key"));
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(waits.isEmpty());
    EXPECT_EQ(model->breaker().consecutiveFailures(), 0) << "the server answered";
}

TEST_F(OpenAiChatModelTest, ForbiddenBadRequestAndNotFoundAreNotRetried)
{
    server.enqueue(
        {FakeReply::json(403, QByteArray("{\"error\":{\"message\":\"Project does not "
                                         "have access to model gpt-4o\"}}")),
         FakeReply::file(400, Data + QStringLiteral("vllm_error_detail.json")),
         FakeReply::file(404, Data + QStringLiteral("ollama_error_model_not_found.json"))});
    auto model = makeModel();
    const Result<ChatReply> forbidden = model->chat(ask(QStringLiteral("uno")));
    ASSERT_FALSE(forbidden.ok());
    EXPECT_EQ(forbidden.error().code, ErrorCode::PermissionDenied);
    const Result<ChatReply> bad = model->chat(ask(QStringLiteral("dos")));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(bad.error().details.value(QStringLiteral("server_message")).toString(),
              QStringLiteral("body.messages: Field required"));
    const Result<ChatReply> missing = model->chat(ask(QStringLiteral("tres")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::ValidationFailed);
    EXPECT_TRUE(missing.error().message.contains(
        QStringLiteral("model \"llama3.2:3b\" not found, try pulling it first")));
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_TRUE(waits.isEmpty());
}

TEST_F(OpenAiChatModelTest, OllamaToolChoiceRejectionIsDroppedAndRemembered)
{
    server.enqueue({FakeReply::file(400, Data + QStringLiteral("ollama_error_tool_choice.json")),
                    FakeReply::file(200, Data + QStringLiteral("openai_tool_call_step1.json")),
                    FakeReply::file(200, Data + QStringLiteral("openai_tool_call_step1.json"))});
    OpenAiConfig withChoice = config();
    withChoice.toolChoiceAuto = true;
    auto model = makeModel(withChoice);
    ChatRequest request = ask(QStringLiteral("¿Qué está bajo de stock?"));
    request.tools = {lowStockTool()};

    const Result<ChatReply> reply = model->chat(request);
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests()[0].json.value(QStringLiteral("tool_choice")).toString(),
              QStringLiteral("auto"));
    EXPECT_FALSE(server.requests()[1].json.contains(QStringLiteral("tool_choice")));
    EXPECT_FALSE(model->sendsToolChoice());
    ASSERT_TRUE(model->chat(request).ok());
    EXPECT_FALSE(server.lastRequest().json.contains(QStringLiteral("tool_choice")));
    EXPECT_TRUE(waits.isEmpty());
}

TEST_F(OpenAiChatModelTest, VllmWithoutToolParserIsAClearErrorNotARetryWithoutTools)
{
    server.enqueue(FakeReply::file(400, Data + QStringLiteral("vllm_error_tool_parser.json")));
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("¿Qué está bajo de stock?"));
    request.tools = {lowStockTool()};
    const Result<ChatReply> reply = model->chat(request);
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(reasonOf(reply.error()), QStringLiteral("tools_unsupported"));
    EXPECT_TRUE(reply.error().message.contains(QStringLiteral("--enable-auto-tool-choice")));
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(model->available()) << "the server is up; only tools are off";
}

TEST_F(OpenAiChatModelTest, StreamJoinsToolCallFragmentsByIndex)
{
    server.enqueue(FakeReply::sseFile(Data + QStringLiteral("openai_stream_tool_calls.sse")));
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("¿cuánto queda de arroz? y lo bajo de stock"));
    request.tools = {lowStockTool()};
    request.stream = true;
    const Result<ChatReply> reply = model->chat(request);
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(reply->finishReason, QStringLiteral("tool_calls"));
    ASSERT_EQ(reply->message.toolCalls.size(), 2);
    EXPECT_EQ(reply->message.toolCalls[0].id, QStringLiteral("call_A1b2C3d4E5f6G7h8"));
    EXPECT_EQ(reply->message.toolCalls[0].name, QStringLiteral("stock_of"));
    EXPECT_EQ(reply->message.toolCalls[0].arguments, QStringLiteral("{\"product\": \"arroz\"}"));
    EXPECT_EQ(reply->message.toolCalls[1].name, QStringLiteral("low_stock"));
    EXPECT_EQ(reply->message.toolCalls[1].arguments, QStringLiteral("{\"limit\": 3}"));
    const RecordedRequest sent = server.lastRequest();
    EXPECT_TRUE(sent.json.value(QStringLiteral("stream")).toBool());
    EXPECT_TRUE(sent.at(QStringLiteral("stream_options.include_usage")).toBool());
    EXPECT_EQ(sent.header("Accept"), QByteArray("text/event-stream"));
}

TEST_F(OpenAiChatModelTest, StreamDeliversContentDeltasAndUsage)
{
    server.enqueue(
        FakeReply::sseFile(Data + QStringLiteral("openai_stream_content.sse")).withChunkDelay(5));
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("ventas de hoy"));
    request.stream = true;
    QStringList deltas;
    request.onDelta = [&deltas](const QString &delta) { deltas << delta; };
    const Result<ChatReply> reply = model->chat(request);
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(deltas, QStringList({QStringLiteral("Hoy se "), QStringLiteral("vendieron 42 "),
                                   QStringLiteral("productos.")}));
    EXPECT_EQ(reply->message.content, QStringLiteral("Hoy se vendieron 42 productos."));
    EXPECT_EQ(reply->finishReason, QStringLiteral("stop"));
    EXPECT_EQ(reply->usage.promptTokens, 52);
    EXPECT_EQ(reply->usage.completionTokens, 9);
}

TEST_F(OpenAiChatModelTest, StreamTimeoutIsOnSilenceNotOnTheWholeAnswer)
{
    OpenAiConfig quick = config();
    quick.timeoutMs = 400;
    quick.maxRetries = 0;
    // Eight events 150 ms apart: 1.2 s in all, never 400 ms of silence.
    QList<QByteArray> events;
    for (int i = 0; i < 7; ++i)
        events << QByteArray("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}");
    events << QByteArray("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
    server.enqueue(FakeReply::sse(events).withChunkDelay(150));
    auto model = makeModel(quick);
    ChatRequest request = ask(QStringLiteral("ventas de hoy"));
    request.stream = true;
    const Result<ChatReply> slow = model->chat(request);
    ASSERT_TRUE(slow.ok()) << slow.error().message.toStdString();
    EXPECT_EQ(slow->message.content, QStringLiteral("xxxxxxx"));

    // A stream that goes quiet for longer than the timeout is cut.
    server.enqueue(FakeReply::sse(events.mid(0, 2)).withChunkDelay(2000));
    request.messages[1].content = QStringLiteral("otra pregunta");
    const Result<ChatReply> stalled = model->chat(request);
    ASSERT_FALSE(stalled.ok());
    EXPECT_EQ(reasonOf(stalled.error()), QStringLiteral("timeout"));
}

TEST_F(OpenAiChatModelTest, StreamCutAfterTextIsNotRetried)
{
    FakeReply cut = FakeReply::sse({QByteArray("{\"choices\":[{\"index\":0,\"delta\":{\"content\":"
                                               "\"Hoy se \"},\"finish_reason\":null}]}")},
                                   false);
    cut.closeMidStream = true;
    server.enqueue(cut);
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("ventas de hoy"));
    request.stream = true;
    QStringList deltas;
    request.onDelta = [&deltas](const QString &delta) { deltas << delta; };
    const Result<ChatReply> reply = model->chat(request);
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(deltas, QStringList({QStringLiteral("Hoy se ")}));
    EXPECT_EQ(server.requestCount(), 1) << "a retry would repeat the text the user saw";
}

TEST_F(OpenAiChatModelTest, StreamCutBeforeAnyTextIsRetried)
{
    FakeReply cut = FakeReply::sse({}, false);
    cut.chunks = {QByteArray(": keep-alive\n\n")};
    cut.closeMidStream = true;
    server.enqueue({cut, FakeReply::sseFile(Data + QStringLiteral("openai_stream_content.sse"))});
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("ventas de hoy"));
    request.stream = true;
    const Result<ChatReply> reply = model->chat(request);
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(reply->message.content, QStringLiteral("Hoy se vendieron 42 productos."));
    EXPECT_EQ(waits, QVector<int>({1000}));
}

TEST_F(OpenAiChatModelTest, TheApiKeyNeverAppearsInErrors)
{
    server.enqueue(FakeReply::file(401, Data + QStringLiteral("openai_error_401.json")));
    OpenAiConfig withUser = config();
    withUser.baseUrl.setUserInfo(QStringLiteral("admin:hunter2"));
    auto model = makeModel(withUser);
    const Result<ChatReply> reply = model->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(reply.ok());
    QString everything = reply.error().message + model->endpointUrl();
    for (auto it = reply.error().details.cbegin(); it != reply.error().details.cend(); ++it)
        everything += it.value().toString();
    EXPECT_FALSE(everything.contains(QStringLiteral("sk-test-123")));
    EXPECT_FALSE(everything.contains(QStringLiteral("hunter2")));
}

TEST_F(OpenAiChatModelTest, StreamRequestAnsweredWithPlainJsonStillWorks)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    auto model = makeModel();
    ChatRequest request = ask(QStringLiteral("hola"));
    request.stream = true;
    const Result<ChatReply> reply = model->chat(request);
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_TRUE(reply->message.content.startsWith(QStringLiteral("El arroz Diana")));
}

TEST_F(OpenAiChatModelTest, SameNormalizedInputIsACacheHit)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    auto model = makeModel();
    const Result<ChatReply> first = model->chat(ask(QStringLiteral("Describe el  Jabón AZUL")));
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->cacheHit);
    const Result<ChatReply> second = model->chat(ask(QStringLiteral("describe el jabon azul")));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_TRUE(second->cacheHit);
    EXPECT_EQ(second->message.content, first->message.content);
    EXPECT_EQ(server.requestCount(), 1);

    // Another question, or another format, is another entry.
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    ASSERT_TRUE(model->chat(ask(QStringLiteral("describe el jabon rojo"))).ok());
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(OpenAiChatModelTest, CacheAnswersWhileTheBreakerIsOpen)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    OpenAiConfig config = this->config();
    config.maxRetries = 0;
    auto model = makeModel(config);
    ASSERT_TRUE(model->chat(ask(QStringLiteral("arroz"))).ok());
    for (int i = 0; i < 5; ++i)
        ASSERT_FALSE(model->chat(ask(QStringLiteral("pregunta %1").arg(i))).ok());
    ASSERT_FALSE(model->available());
    const Result<ChatReply> cached = model->chat(ask(QStringLiteral("arroz")));
    ASSERT_TRUE(cached.ok());
    EXPECT_TRUE(cached->cacheHit);
}

TEST_F(OpenAiChatModelTest, BreakerOpensAfterFiveFailedCallsAndHalfOpensAfterAMinute)
{
    OpenAiConfig config = this->config();
    config.maxRetries = 0;
    auto model = makeModel(config);
    for (int i = 0; i < 5; ++i) {
        EXPECT_TRUE(model->available());
        ASSERT_FALSE(model->chat(ask(QStringLiteral("q%1").arg(i))).ok());
    }
    EXPECT_EQ(server.requestCount(), 5);
    EXPECT_FALSE(model->available());

    const Result<ChatReply> refused = model->chat(ask(QStringLiteral("q5")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AiUnavailable);
    EXPECT_EQ(reasonOf(refused.error()), QStringLiteral("breaker_open"));
    EXPECT_EQ(server.requestCount(), 5) << "an open breaker sends nothing";

    clock.advanceMs(59999);
    EXPECT_FALSE(model->available());
    clock.advanceMs(1);
    EXPECT_TRUE(model->available());
    // The half-open trial fails (one attempt, no retries): open again.
    ASSERT_FALSE(model->chat(ask(QStringLiteral("q6"))).ok());
    EXPECT_EQ(server.requestCount(), 6);
    EXPECT_FALSE(model->available());

    clock.advanceMs(60000);
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    ASSERT_TRUE(model->chat(ask(QStringLiteral("q7"))).ok());
    EXPECT_TRUE(model->available());
    EXPECT_EQ(model->breaker().state(), CircuitBreaker::State::Closed);
}

TEST_F(OpenAiChatModelTest, WorksFromAPlainWorkerThread)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    auto model = makeModel();
    Result<ChatReply> reply = Error{ErrorCode::Internal, QStringLiteral("not run"), {}};
    std::unique_ptr<QThread> worker(
        QThread::create([&] { reply = model->chat(ask(QStringLiteral("hola"))); }));
    worker->start();
    ASSERT_TRUE(worker->wait(10000));
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_TRUE(reply->message.content.startsWith(QStringLiteral("El arroz Diana")));
}

TEST_F(OpenAiChatModelTest, ConcurrentCallsFromSeveralThreads)
{
    for (int i = 0; i < 8; ++i)
        server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_plain.json")));
    auto model = makeModel();
    std::atomic<int> succeeded{0};
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 0; i < 8; ++i) {
        workers.emplace_back(QThread::create([&, i] {
            if (model->chat(ask(QStringLiteral("pregunta %1").arg(i))).ok())
                succeeded.fetch_add(1);
        }));
        workers.back()->start();
    }
    for (auto &worker : workers)
        ASSERT_TRUE(worker->wait(20000));
    EXPECT_EQ(succeeded.load(), 8);
    EXPECT_EQ(server.requestCount(), 8);
}

TEST_F(OpenAiChatModelTest, ListsTheServersModelsWithoutAModelConfigured)
{
    server.setModels({QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:7b")});
    OpenAiConfig noModel = config();
    noModel.model.clear();
    const Result<QStringList> models = makeModel(noModel)->listModels();
    ASSERT_TRUE(models.ok()) << models.error().message.toStdString();
    EXPECT_EQ(*models, QStringList({QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:7b")}));
    EXPECT_EQ(server.requestCount(), 0) << "a probe takes no scripted reply";

    OpenAiConfig closed = config();
    closed.baseUrl = closedUrl();
    const Result<QStringList> none = makeModel(closed)->listModels();
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::AiUnavailable);
}

TEST_F(OpenAiChatModelTest, MisconfigurationIsRefusedBeforeAnyRequest)
{
    OpenAiConfig noModel = config();
    noModel.model.clear();
    const Result<ChatReply> a = makeModel(noModel)->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, ErrorCode::NotConfigured);
    EXPECT_EQ(a.error().field(), QStringLiteral("model"));

    OpenAiConfig badUrl = config();
    badUrl.baseUrl = QUrl(QStringLiteral("ftp://example.com/v1"));
    const Result<ChatReply> b = makeModel(badUrl)->chat(ask(QStringLiteral("hola")));
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().field(), QStringLiteral("base_url"));

    EXPECT_FALSE(makeModel(noModel)->available());
    EXPECT_FALSE(makeModel(badUrl)->available());

    const Result<ChatReply> c = makeModel()->chat(ChatRequest{});
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(c.error().field(), QStringLiteral("messages"));
    EXPECT_EQ(server.requestCount(), 0);
}

} // namespace
