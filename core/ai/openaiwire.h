#pragma once

#include "ai/chatmodel.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>

namespace bodega {

// How a server is asked for structured output. Servers without json_schema
// (older llama.cpp, some proxies) are asked for json_object; servers without
// either get the schema in the system prompt only.
enum class StructuredOutputMode { JsonSchema, JsonObject, PromptOnly };

// What the request body may carry; OpenAiChatModel narrows it when a server
// rejects a parameter.
struct WireOptions
{
    QString model;
    StructuredOutputMode structuredOutput = StructuredOutputMode::JsonSchema;
    bool toolChoiceAuto = false; // "tool_choice":"auto" (Ollama rejects it; "auto" is the default)
    bool streamUsage = true;     // "stream_options":{"include_usage":true}
};

// An error body reduced to what a person can read, whatever its shape:
// {"error":{"message","type","code","param"}} (OpenAI, llama.cpp, LM Studio),
// {"error":"text"} (Ollama), {"detail":"..."|[{"loc","msg"}]} (FastAPI,
// vLLM), {"object":"error","message",...} (vLLM), plain text or HTML.
struct ServerError
{
    int status = 0;
    QString message; // never empty, at most MaxErrorMessage characters
    QString type;
    QString code;
    QString param;
};

// The OpenAI Chat Completions wire format as pure functions, so the parsers
// can be fed anything (the fuzz test does). Nothing here touches the network.
class OpenAiWire
{
    Q_DECLARE_TR_FUNCTIONS(bodega::OpenAiWire)

public:
    static constexpr int MaxErrorMessage = 500;

    // Which parameter a 400 from the server refused, so the request can be
    // sent again without it (or refused with a clear reason).
    enum class Rejection {
        None,
        ResponseFormat,  // json_schema / json_object unsupported
        ToolChoice,      // Ollama: tool_choice unsupported
        StreamOptions,   // older servers: stream_options unknown
        ToolsUnsupported // vLLM without --enable-auto-tool-choice, a model without tools
    };

    static QJsonObject buildRequestBody(const ChatRequest &request, const WireOptions &options);

    // A non-streamed completion. Errors: AI_UNAVAILABLE with details.reason
    // "malformed_response" and details.field naming the bad part, or
    // "server_error" for an error object sent with status 200.
    static Result<ChatReply> parseCompletion(const QByteArray &body);

    // GET /models: {"object":"list","data":[{"id":...}]} (OpenAI, Ollama,
    // vLLM, llama.cpp, LM Studio) as the ids.
    static Result<QStringList> parseModelList(const QByteArray &body);

    static ServerError parseError(int status, const QByteArray &body);
    static Rejection classifyRejection(const ServerError &error);

    // Milliseconds to wait from the retry-after-ms header (OpenAI) or
    // Retry-After (seconds or an HTTP-date, RFC 9110); nullopt when absent or
    // unreadable. A date in the past is 0.
    static std::optional<qint64> parseRetryAfter(const QByteArray &retryAfter,
                                                 const QByteArray &retryAfterMs, qint64 nowMs);

    // The instruction that carries the schema for servers without
    // json_schema, in the model's language (English: not shown to users).
    static QString schemaInstruction(const ResponseFormat &format);

    static Error malformed(const QString &field, const QString &what);
};

} // namespace bodega
