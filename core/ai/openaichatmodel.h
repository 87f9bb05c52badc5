#pragma once

#include "ai/chatmodel.h"
#include "ai/circuitbreaker.h"
#include "ai/openaiwire.h"
#include "ai/responsecache.h"
#include "common/clock.h"

#include <atomic>
#include <functional>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace bodega {

class OpenAiStreamParser;

// Where and how to reach an OpenAI-compatible server. The API key is given
// by the caller (it lives in the keychain, never in plain settings).
struct OpenAiConfig
{
    QUrl baseUrl; // e.g. http://127.0.0.1:11434/v1; "/chat/completions" is appended
    QString model;
    QString apiKey;              // empty: no Authorization header (Ollama, llama.cpp)
    int timeoutMs = 30000;       // per attempt; for a stream, the longest silence
    int maxRetries = 3;          // after the first attempt
    int initialBackoffMs = 1000; // doubles per retry: 1 s, 2 s, 4 s
    // A longer Retry-After is not waited for: the call fails at once with
    // RATE_LIMITED and details.retry_after_ms, and the caller falls back.
    int maxRetryAfterMs = 30000;
    bool toolChoiceAuto = false; // send tool_choice "auto" (dropped if a server refuses it)
    int cacheCapacity = ResponseCache::DefaultCapacity; // 0: no cache
    qint64 cacheTtlMs = ResponseCache::DefaultTtlMs;
    int breakerFailureThreshold = CircuitBreaker::DefaultFailureThreshold;
    qint64 breakerOpenMs = CircuitBreaker::DefaultOpenMs;
};

// A ChatModel over any OpenAI-compatible Chat Completions server: OpenAI,
// Ollama, llama.cpp server, vLLM, LM Studio (SPEC: Architecture, AI).
//
// chat() blocks the calling thread: it makes its own QNetworkAccessManager
// in that thread and waits in a local event loop, so it works from any
// QThread (and a test's main thread) but must never run on the UI thread.
// Several threads may call it at once.
//
// Retries network errors, timeouts, 408, 429 and 5xx up to maxRetries times,
// waiting 1 s, 2 s, 4 s (or what Retry-After says on 429/503); never 400,
// 401, 403, 404. A server that rejects json_schema is asked for json_object,
// then for the schema in the prompt only; one that rejects tool_choice or
// stream_options is asked without it; each downgrade sticks for this
// instance. A server that cannot call tools (vLLM without
// --enable-auto-tool-choice/--tool-call-parser) gets no retry without tools:
// an answer made without the store's tools would be invented, so the call
// fails with AI_UNAVAILABLE, details.reason "tools_unsupported", and the
// caller falls back to the offline engine.
//
// Errors (details.reason for AI_UNAVAILABLE): network, timeout,
// server_error (5xx), breaker_open, malformed_response, tools_unsupported;
// VALIDATION_FAILED for another 4xx (details.status, details.server_message);
// PERMISSION_DENIED for 401/403; RATE_LIMITED for 429 after the retries;
// NOT_CONFIGURED (details.field base_url or model) without sending anything.
// details.attempts counts the HTTP requests made.
//
// A failed call (after its retries: network, timeout, 5xx, 429, malformed
// reply) counts against the circuit breaker; an answer, even a 4xx, proves
// the server is up and closes it. Replies to requests without tools are
// cached (ChatReply::cacheHit), and a cached reply is served even while the
// breaker is open.
class OpenAiChatModel : public ChatModel
{
    Q_DECLARE_TR_FUNCTIONS(bodega::OpenAiChatModel)

public:
    using Sleeper = std::function<void(int ms)>;
    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

    explicit OpenAiChatModel(OpenAiConfig config, const Clock &clock = Clock::system());
    ~OpenAiChatModel() override;

    EndpointKind kind() const override { return m_kind; }
    QString endpointUrl() const override;
    QString model() const override { return m_config.model; }
    // False while the breaker is open or the configuration cannot work.
    bool available() const override { return !configurationError() && m_breaker.wouldAllow(); }
    Result<ChatReply> chat(const ChatRequest &request) override;

    // GET {base}/models: the model ids the server offers, for a connection
    // test or a model picker (one attempt; the breaker and cache are not
    // involved). Errors as chat()'s; needs no model configured.
    Result<QStringList> listModels() const;

    // Local for loopback hosts (127.0.0.0/8, ::1, localhost), else Cloud.
    static EndpointKind kindOf(const QUrl &url);

    // How chat() waits between attempts (default: sleeps the calling
    // thread). Tests record the schedule instead. Set before the first call.
    void setSleeper(Sleeper sleeper) { m_sleeper = std::move(sleeper); }

    const OpenAiConfig &config() const { return m_config; }
    CircuitBreaker &breaker() { return m_breaker; }
    ResponseCache &cache() { return m_cache; }
    StructuredOutputMode structuredOutputMode() const { return m_structuredOutput.load(); }
    bool sendsToolChoice() const { return m_toolChoiceAuto.load(); }

private:
    // One HTTP exchange.
    struct Exchange
    {
        enum class Outcome { Answered, NetworkError, TimedOut, StreamFailed };
        Outcome outcome = Outcome::NetworkError;
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QByteArray retryAfterMs;
        QString networkError;
        bool streamed = false; // the answer was text/event-stream, read by the parser
        std::optional<Error> streamError;
    };
    // What a whole call came to, and whether it counts against the breaker.
    struct Outcome
    {
        Result<ChatReply> result;
        bool endpointFailed;
    };

    // NOT_CONFIGURED naming base_url or model, when no request could work.
    std::optional<Error> configurationError() const;
    std::optional<Error> addressError() const; // base_url only
    Outcome run(const ChatRequest &request, int maxRetries);
    // POST body (GET when null) to url.
    Exchange send(QNetworkAccessManager &network, const QUrl &url, const QByteArray *body,
                  OpenAiStreamParser *parser) const;
    WireOptions wireOptions() const;
    // Downgrades the request after a 400 that names a parameter; false when
    // there is nothing left to drop.
    bool dropRejected(OpenAiWire::Rejection rejection, const ChatRequest &request);
    Error rejectionError(const ServerError &server, int attempts) const;
    Error failure(const Exchange &exchange, int attempts, std::optional<qint64> retryAfterMs) const;

    const OpenAiConfig m_config;
    const Clock &m_clock;
    const EndpointKind m_kind;
    const QUrl m_completionsUrl;
    CircuitBreaker m_breaker;
    ResponseCache m_cache;
    Sleeper m_sleeper;
    std::atomic<StructuredOutputMode> m_structuredOutput{StructuredOutputMode::JsonSchema};
    std::atomic<bool> m_toolChoiceAuto;
    std::atomic<bool> m_streamUsage{true};
};

} // namespace bodega
