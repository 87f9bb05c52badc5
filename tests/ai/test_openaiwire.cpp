#include "ai/openaistreamparser.h"
#include "ai/openaiwire.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace bodega;

namespace {

QByteArray payload(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("ai/openai/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

ChatRequest describeRequest()
{
    ChatRequest request;
    request.messages = {
        ChatMessage{ChatMessage::Role::System, QStringLiteral("Eres breve."), {}, {}},
        ChatMessage{ChatMessage::Role::User, QStringLiteral("Arroz"), {}, {}}};
    request.format =
        ResponseFormat{QStringLiteral("product enrichment!"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}};
    return request;
}

TEST(OpenAiWireErrors, ReadsEveryErrorBodyShape)
{
    const ServerError openai =
        OpenAiWire::parseError(401, payload(QStringLiteral("openai_error_401.json")));
    EXPECT_TRUE(openai.message.startsWith(QStringLiteral("Incorrect API key provided")));
    EXPECT_EQ(openai.type, QStringLiteral("invalid_request_error"));
    EXPECT_EQ(openai.code, QStringLiteral("invalid_api_key"));

    const ServerError ollama =
        OpenAiWire::parseError(404, payload(QStringLiteral("ollama_error_model_not_found.json")));
    EXPECT_EQ(ollama.message,
              QStringLiteral("model \"llama3.2:3b\" not found, try pulling it first"));

    const ServerError vllm =
        OpenAiWire::parseError(400, payload(QStringLiteral("vllm_error_tool_parser.json")));
    EXPECT_TRUE(vllm.message.contains(QStringLiteral("--enable-auto-tool-choice")));
    EXPECT_EQ(vllm.type, QStringLiteral("BadRequestError"));
    EXPECT_EQ(vllm.code, QStringLiteral("400"));

    const ServerError fastApi =
        OpenAiWire::parseError(422, payload(QStringLiteral("vllm_error_detail.json")));
    EXPECT_EQ(fastApi.message, QStringLiteral("body.messages: Field required"));
    const ServerError detailText =
        OpenAiWire::parseError(404, payload(QStringLiteral("vllm_error_detail_text.json")));
    EXPECT_EQ(detailText.message, QStringLiteral("Not Found"));

    const ServerError html = OpenAiWire::parseError(502, payload(QStringLiteral("nginx_502.html")));
    EXPECT_EQ(html.message, QStringLiteral("502 Bad Gateway"));
    const ServerError plain = OpenAiWire::parseError(503, QByteArray("upstream connect error\n"));
    EXPECT_EQ(plain.message, QStringLiteral("upstream connect error"));
    const ServerError untitled =
        OpenAiWire::parseError(500, QByteArray("<html><body><h1>Oops</h1> broke</body></html>"));
    EXPECT_EQ(untitled.message, QStringLiteral("Oops broke"));
    const ServerError empty = OpenAiWire::parseError(500, QByteArray());
    EXPECT_FALSE(empty.message.isEmpty());
    const ServerError huge = OpenAiWire::parseError(500, QByteArray(100000, 'x'));
    EXPECT_LE(huge.message.size(), OpenAiWire::MaxErrorMessage);
}

TEST(OpenAiWireErrors, ClassifiesRejectedParameters)
{
    using R = OpenAiWire::Rejection;
    const auto classify = [](int status, const QString &name) {
        return OpenAiWire::classifyRejection(OpenAiWire::parseError(status, payload(name)));
    };
    EXPECT_EQ(classify(400, QStringLiteral("openai_error_json_schema_unsupported.json")),
              R::ResponseFormat);
    EXPECT_EQ(classify(400, QStringLiteral("lmstudio_error_json_object_unsupported.json")),
              R::ResponseFormat);
    EXPECT_EQ(classify(400, QStringLiteral("ollama_error_tool_choice.json")), R::ToolChoice);
    EXPECT_EQ(classify(400, QStringLiteral("vllm_error_tool_parser.json")), R::ToolsUnsupported);
    EXPECT_EQ(classify(400, QStringLiteral("ollama_error_no_tools.json")), R::ToolsUnsupported);
    EXPECT_EQ(classify(400, QStringLiteral("vllm_error_detail.json")), R::None);
    EXPECT_EQ(classify(500, QStringLiteral("openai_error_json_schema_unsupported.json")), R::None)
        << "only a 400/422 says a parameter is refused";
}

TEST(OpenAiWireRetryAfter, SecondsMillisecondsAndDates)
{
    const qint64 now = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    EXPECT_EQ(OpenAiWire::parseRetryAfter("20", {}, now), 20000);
    EXPECT_EQ(OpenAiWire::parseRetryAfter("1.5", {}, now), 1500);
    EXPECT_EQ(OpenAiWire::parseRetryAfter("20", "350", now), 350) << "retry-after-ms is finer";
    EXPECT_EQ(OpenAiWire::parseRetryAfter("Thu, 03 Dec 2026 12:00:07 GMT", {}, now), 7000);
    EXPECT_EQ(OpenAiWire::parseRetryAfter("Thu, 03 Dec 2026 11:00:00 GMT", {}, now), 0);
    EXPECT_FALSE(OpenAiWire::parseRetryAfter({}, {}, now).has_value());
    EXPECT_FALSE(OpenAiWire::parseRetryAfter("soon", {}, now).has_value());
    EXPECT_FALSE(OpenAiWire::parseRetryAfter("-3", {}, now).has_value());
}

TEST(OpenAiWireRequest, BuildsEachStructuredOutputMode)
{
    WireOptions options;
    options.model = QStringLiteral("qwen2.5:7b");
    const QJsonObject schema = OpenAiWire::buildRequestBody(describeRequest(), options);
    const QJsonObject jsonSchema = schema.value(QStringLiteral("response_format"))
                                       .toObject()
                                       .value(QStringLiteral("json_schema"))
                                       .toObject();
    EXPECT_EQ(jsonSchema.value(QStringLiteral("name")).toString(),
              QStringLiteral("product_enrichment_"))
        << "OpenAI allows only [a-zA-Z0-9_-] in the name";
    EXPECT_EQ(schema.value(QStringLiteral("messages"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("content")),
              QStringLiteral("Eres breve."));

    options.structuredOutput = StructuredOutputMode::JsonObject;
    const QJsonObject object = OpenAiWire::buildRequestBody(describeRequest(), options);
    EXPECT_EQ(
        object.value(QStringLiteral("response_format")).toObject().value(QStringLiteral("type")),
        QStringLiteral("json_object"));
    EXPECT_TRUE(object.value(QStringLiteral("messages"))
                    .toArray()[0]
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("JSON Schema")))
        << "json_object mode needs the word JSON and the schema in the prompt";

    ChatRequest noSystem = describeRequest();
    noSystem.messages.removeFirst();
    options.structuredOutput = StructuredOutputMode::PromptOnly;
    const QJsonObject prompt = OpenAiWire::buildRequestBody(noSystem, options);
    EXPECT_FALSE(prompt.contains(QStringLiteral("response_format")));
    const QJsonArray messages = prompt.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[0].toObject().value(QStringLiteral("role")), QStringLiteral("system"));
}

TEST(OpenAiWireRequest, MaxTokensStreamAndToolChoiceOnlyWhenAsked)
{
    ChatRequest request = describeRequest();
    request.format.reset();
    WireOptions options;
    options.model = QStringLiteral("m");
    QJsonObject body = OpenAiWire::buildRequestBody(request, options);
    EXPECT_FALSE(body.contains(QStringLiteral("max_tokens")));
    EXPECT_FALSE(body.contains(QStringLiteral("stream")));
    EXPECT_FALSE(body.contains(QStringLiteral("tool_choice")));
    EXPECT_DOUBLE_EQ(body.value(QStringLiteral("temperature")).toDouble(), 0.2);

    request.maxTokens = 300;
    request.stream = true;
    request.tools = {ToolSpec{QStringLiteral("t"), QStringLiteral("d"), QJsonObject{}}};
    options.toolChoiceAuto = true;
    options.streamUsage = false;
    body = OpenAiWire::buildRequestBody(request, options);
    EXPECT_EQ(body.value(QStringLiteral("max_tokens")).toInt(), 300);
    EXPECT_TRUE(body.value(QStringLiteral("stream")).toBool());
    EXPECT_FALSE(body.contains(QStringLiteral("stream_options")));
    EXPECT_EQ(body.value(QStringLiteral("tool_choice")).toString(), QStringLiteral("auto"));
}

TEST(OpenAiWireCompletion, ToleratesServerVariants)
{
    // Content as an array of parts, arguments as an object, no tool call id
    // (Ollama), the legacy function_call.
    const Result<ChatReply> parts = OpenAiWire::parseCompletion(
        R"({"choices":[{"message":{"role":"assistant","content":[{"type":"text","text":"Ho"},{"type":"text","text":"la"}]}}]})");
    ASSERT_TRUE(parts.ok());
    EXPECT_EQ(parts->message.content, QStringLiteral("Hola"));
    EXPECT_EQ(parts->usage.promptTokens, -1);

    const Result<ChatReply> object = OpenAiWire::parseCompletion(
        R"({"choices":[{"message":{"content":null,"tool_calls":[{"function":{"name":"stock_of","arguments":{"product":"arroz"}}}]},"finish_reason":"tool_calls"}]})");
    ASSERT_TRUE(object.ok());
    ASSERT_EQ(object->message.toolCalls.size(), 1);
    EXPECT_EQ(object->message.toolCalls[0].id, QStringLiteral("call_0"));
    EXPECT_EQ(object->message.toolCalls[0].arguments, QStringLiteral("{\"product\":\"arroz\"}"));

    const Result<ChatReply> legacy = OpenAiWire::parseCompletion(
        R"({"choices":[{"message":{"content":null,"function_call":{"name":"low_stock","arguments":"{}"}}}]})");
    ASSERT_TRUE(legacy.ok());
    ASSERT_EQ(legacy->message.toolCalls.size(), 1);
    EXPECT_EQ(legacy->message.toolCalls[0].name, QStringLiteral("low_stock"));
}

TEST(OpenAiWireCompletion, MalformedRepliesNameTheField)
{
    const auto field = [](const char *body) {
        const Result<ChatReply> reply = OpenAiWire::parseCompletion(QByteArray(body));
        EXPECT_FALSE(reply.ok()) << body;
        if (reply.ok())
            return QString();
        EXPECT_EQ(reply.error().code, ErrorCode::AiUnavailable);
        return reply.error().field();
    };
    EXPECT_EQ(field(""), QStringLiteral("body"));
    EXPECT_EQ(field("[1,2]"), QStringLiteral("body"));
    EXPECT_EQ(field(R"({"choices":[]})"), QStringLiteral("choices"));
    EXPECT_EQ(field(R"({"choices":[{"text":"legacy completion"}]})"),
              QStringLiteral("choices[0].message"));
    EXPECT_EQ(field(R"({"choices":[{"message":{"content":42}}]})"),
              QStringLiteral("choices[0].message.content"));
    EXPECT_EQ(field(R"({"choices":[{"message":{"tool_calls":{}}}]})"),
              QStringLiteral("choices[0].message.tool_calls"));
    EXPECT_EQ(
        field(R"({"choices":[{"message":{"tool_calls":[{"function":{"arguments":"{}"}}]}}]})"),
        QStringLiteral("choices[0].message.tool_calls[0].function.name"));
    const Result<ChatReply> error =
        OpenAiWire::parseCompletion(R"({"error":{"message":"model overloaded"}})");
    ASSERT_FALSE(error.ok());
    EXPECT_EQ(error.error().details.value(QStringLiteral("reason")),
              QStringLiteral("server_error"));
}

TEST(OpenAiStreamParserTest, SameReplyWhateverTheSplit)
{
    const QByteArray stream = payload(QStringLiteral("openai_stream_tool_calls.sse"));
    OpenAiStreamParser whole;
    ASSERT_TRUE(whole.feed(stream).ok());
    const Result<ChatReply> expected = whole.finish();
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(expected->message.toolCalls.size(), 2);

    for (int step : {1, 2, 3, 7, 64}) {
        OpenAiStreamParser parser;
        for (qsizetype i = 0; i < stream.size(); i += step)
            ASSERT_TRUE(parser.feed(stream.mid(i, step)).ok());
        const Result<ChatReply> reply = parser.finish();
        ASSERT_TRUE(reply.ok()) << step;
        ASSERT_EQ(reply->message.toolCalls.size(), 2);
        for (int c = 0; c < 2; ++c) {
            EXPECT_EQ(reply->message.toolCalls[c].id, expected->message.toolCalls[c].id);
            EXPECT_EQ(reply->message.toolCalls[c].arguments,
                      expected->message.toolCalls[c].arguments);
        }
    }
}

TEST(OpenAiStreamParserTest, CrLfCommentsAndMultiLineData)
{
    QStringList deltas;
    OpenAiStreamParser parser([&deltas](const QString &delta) { deltas << delta; });
    ASSERT_TRUE(
        parser
            .feed(": keep-alive\r\n\r\nevent: message\r\ndata: {\"choices\":[{\"index\":0,"
                  "\r\ndata: \"delta\":{\"content\":\"Hola\"}}]}\r\n\r\n"
                  "data: "
                  "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\r\n\r\n")
            .ok());
    const Result<ChatReply> reply = parser.finish();
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(deltas, QStringList{QStringLiteral("Hola")});
    EXPECT_EQ(reply->finishReason, QStringLiteral("stop")) << "no [DONE], but a finish_reason";
}

TEST(OpenAiStreamParserTest, ErrorsStopTheParser)
{
    OpenAiStreamParser broken;
    EXPECT_FALSE(broken.feed("data: {\"choices\":[{\"delta\":\n\n").ok());
    EXPECT_FALSE(broken.feed("data: [DONE]\n\n").ok()) << "an error sticks";
    EXPECT_FALSE(broken.finish().ok());

    OpenAiStreamParser errorEvent;
    const Status status = errorEvent.feed(
        "data: {\"error\":{\"message\":\"CUDA out of memory\",\"type\":\"server_error\"}}\n\n");
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("CUDA out of memory")));

    OpenAiStreamParser unfinished;
    ASSERT_TRUE(
        unfinished.feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Ho\"}}]}\n\n")
            .ok());
    const Result<ChatReply> cut = unfinished.finish();
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().details.value(QStringLiteral("reason")),
              QStringLiteral("incomplete_stream"));

    OpenAiStreamParser endless;
    EXPECT_FALSE(endless.feed(QByteArray(OpenAiStreamParser::MaxLineBytes + 1, 'a')).ok());
}

} // namespace
