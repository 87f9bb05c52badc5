#include "openaichatmodel.h"

#include "ai/openaistreamparser.h"

#include <memory>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace bodega {

namespace {

// {base}/<endpoint>, whether the base ends with a slash or not.
QUrl endpointUnder(const QUrl &base, const QString &endpoint)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + endpoint);
    return url;
}

bool retryableStatus(int status)
{
    return status == 408 || status == 429 || status >= 500;
}

} // namespace

OpenAiChatModel::OpenAiChatModel(OpenAiConfig config, const Clock &clock)
    : m_config(std::move(config)), m_clock(clock), m_kind(kindOf(m_config.baseUrl)),
      m_completionsUrl(endpointUnder(m_config.baseUrl, QStringLiteral("/chat/completions"))),
      m_breaker(clock, m_config.breakerFailureThreshold, m_config.breakerOpenMs),
      m_cache(m_config.cacheCapacity, m_config.cacheTtlMs, clock),
      m_toolChoiceAuto(m_config.toolChoiceAuto)
{
}

OpenAiChatModel::~OpenAiChatModel() = default;

EndpointKind OpenAiChatModel::kindOf(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return EndpointKind::Local;
    const QHostAddress address(host);
    if (!address.isNull() && address.isLoopback())
        return EndpointKind::Local;
    return EndpointKind::Cloud;
}

QString OpenAiChatModel::endpointUrl() const
{
    return m_config.baseUrl.toString(QUrl::RemoveUserInfo);
}

WireOptions OpenAiChatModel::wireOptions() const
{
    WireOptions options;
    options.model = m_config.model;
    options.structuredOutput = m_structuredOutput.load();
    options.toolChoiceAuto = m_toolChoiceAuto.load();
    options.streamUsage = m_streamUsage.load();
    return options;
}

std::optional<Error> OpenAiChatModel::configurationError() const
{
    if (std::optional<Error> error = addressError())
        return error;
    if (m_config.model.trimmed().isEmpty())
        return Error{ErrorCode::NotConfigured,
                     tr("No AI model is configured."),
                     {{QStringLiteral("field"), QStringLiteral("model")}}};
    return std::nullopt;
}

std::optional<Error> OpenAiChatModel::addressError() const
{
    const QString scheme = m_config.baseUrl.scheme();
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error{ErrorCode::NotConfigured,
                     tr("The AI server address \"%1\" is not an http(s) URL.").arg(endpointUrl()),
                     {{QStringLiteral("field"), QStringLiteral("base_url")}}};
    return std::nullopt;
}

Result<QStringList> OpenAiChatModel::listModels() const
{
    if (std::optional<Error> error = addressError())
        return *error;
    QNetworkAccessManager network;
    if (m_kind == EndpointKind::Local)
        network.setProxy(QNetworkProxy::NoProxy);
    const Exchange exchange =
        send(network, endpointUnder(m_config.baseUrl, QStringLiteral("/models")), nullptr, nullptr);
    if (exchange.outcome == Exchange::Outcome::StreamFailed)
        return *exchange.streamError;
    if (exchange.outcome != Exchange::Outcome::Answered || retryableStatus(exchange.status))
        return failure(exchange, 1, std::nullopt);
    if (exchange.status < 200 || exchange.status >= 300)
        return rejectionError(OpenAiWire::parseError(exchange.status, exchange.body), 1);
    return OpenAiWire::parseModelList(exchange.body);
}

Result<ChatReply> OpenAiChatModel::chat(const ChatRequest &request)
{
    QElapsedTimer elapsed;
    elapsed.start();
    if (std::optional<Error> error = configurationError())
        return *error;
    if (request.messages.isEmpty())
        return Error::validation(QStringLiteral("messages"), tr("A chat request needs a message."));

    const bool useCache = m_cache.capacity() > 0 && ResponseCache::cacheable(request);
    QByteArray key;
    if (useCache) {
        key = ResponseCache::keyFor(m_config.model, request);
        if (std::optional<ChatReply> hit = m_cache.find(key)) {
            hit->cacheHit = true;
            hit->latencyMs = elapsed.elapsed();
            if (request.stream && request.onDelta && !hit->message.content.isEmpty())
                request.onDelta(hit->message.content);
            return *hit;
        }
    }

    bool trial = false;
    if (!m_breaker.tryAcquire(&trial)) {
        const qint64 waitMs = m_breaker.msUntilTrial();
        return Error{ErrorCode::AiUnavailable,
                     tr("The AI service at %1 failed repeatedly; it is tried again in %2 s.")
                         .arg(endpointUrl())
                         .arg((waitMs + 999) / 1000),
                     {{QStringLiteral("reason"), QStringLiteral("breaker_open")},
                      {QStringLiteral("retry_after_ms"), waitMs},
                      {QStringLiteral("url"), endpointUrl()},
                      {QStringLiteral("attempts"), 0}}};
    }
    // The half-open trial is one attempt: the breaker asks "is it back?",
    // not "keep it busy for seven more seconds".
    Outcome outcome = run(request, trial ? 0 : m_config.maxRetries);
    if (outcome.endpointFailed)
        m_breaker.recordFailure();
    else
        m_breaker.recordSuccess();
    if (!outcome.result.ok())
        return outcome.result;

    ChatReply reply = std::move(outcome.result).value();
    reply.endpoint = m_kind;
    reply.endpointUrl = endpointUrl();
    reply.latencyMs = elapsed.elapsed();
    if (reply.model.isEmpty())
        reply.model = m_config.model;
    // A reply cut by max_tokens is not worth keeping.
    if (useCache && reply.finishReason != QLatin1String("length") &&
        !reply.message.content.isEmpty())
        m_cache.insert(key, reply);
    return reply;
}

OpenAiChatModel::Outcome OpenAiChatModel::run(const ChatRequest &request, int maxRetries)
{
    QNetworkAccessManager network;
    if (m_kind == EndpointKind::Local)
        network.setProxy(QNetworkProxy::NoProxy); // a system proxy must not see loopback traffic
    int attempts = 0;
    int retries = 0;
    // Each downgrade drops one parameter for good, so this ends; the bound is
    // a guard, not a limit that is ever reached.
    for (int round = 0; round < 32; ++round) {
        const QByteArray body = QJsonDocument(OpenAiWire::buildRequestBody(request, wireOptions()))
                                    .toJson(QJsonDocument::Compact);
        std::optional<OpenAiStreamParser> parser;
        if (request.stream)
            parser.emplace(request.onDelta);
        ++attempts;
        Exchange exchange = send(network, m_completionsUrl, &body, parser ? &*parser : nullptr);

        if (exchange.outcome == Exchange::Outcome::StreamFailed) {
            Error error = *exchange.streamError;
            error.details.insert(QStringLiteral("attempts"), attempts);
            error.details.insert(QStringLiteral("url"), endpointUrl());
            return {error, true};
        }
        const int status = exchange.status;
        if (exchange.outcome == Exchange::Outcome::Answered && status >= 200 && status < 300) {
            Result<ChatReply> reply =
                exchange.streamed ? parser->finish() : OpenAiWire::parseCompletion(exchange.body);
            if (reply.ok())
                return {std::move(reply), false};
            Error error = reply.error();
            if (error.details.value(QStringLiteral("reason")) ==
                QLatin1String("incomplete_stream")) {
                // The connection ended mid-stream (Qt does not always call a
                // chunked body cut short an error): a network failure.
                exchange.outcome = Exchange::Outcome::NetworkError;
                exchange.networkError = error.message;
            } else {
                error.details.insert(QStringLiteral("attempts"), attempts);
                error.details.insert(QStringLiteral("url"), endpointUrl());
                return {error, true};
            }
        }
        if (exchange.outcome == Exchange::Outcome::Answered && !retryableStatus(status)) {
            const ServerError server = OpenAiWire::parseError(status, exchange.body);
            const OpenAiWire::Rejection rejection = OpenAiWire::classifyRejection(server);
            if (rejection == OpenAiWire::Rejection::ToolsUnsupported && !request.tools.isEmpty()) {
                return {Error{ErrorCode::AiUnavailable,
                              tr("The AI server cannot call tools (%1). Start vLLM with "
                                 "--enable-auto-tool-choice and --tool-call-parser, or pick a "
                                 "model that supports tools.")
                                  .arg(server.message),
                              {{QStringLiteral("reason"), QStringLiteral("tools_unsupported")},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("server_message"), server.message},
                               {QStringLiteral("attempts"), attempts},
                               {QStringLiteral("url"), endpointUrl()}}},
                        false};
            }
            if (dropRejected(rejection, request))
                continue;
            return {rejectionError(server, attempts), false};
        }

        // Network error, timeout, 408, 429 or 5xx: worth another try, unless
        // the stream already handed text to the caller.
        const bool repeatable = !(parser && parser->emittedOutput());
        std::optional<qint64> retryAfter;
        if (status == 429 || status == 503)
            retryAfter = OpenAiWire::parseRetryAfter(exchange.retryAfter, exchange.retryAfterMs,
                                                     m_clock.nowMs());
        if (!repeatable || retries >= maxRetries ||
            (retryAfter && *retryAfter > m_config.maxRetryAfterMs))
            return {failure(exchange, attempts, retryAfter), true};
        const qint64 backoff = qint64(m_config.initialBackoffMs) << retries;
        const int waitMs = int(retryAfter ? *retryAfter : backoff);
        ++retries;
        if (m_sleeper)
            m_sleeper(waitMs);
        else
            QThread::msleep(ulong(waitMs));
    }
    return {Error{ErrorCode::Internal, tr("The AI request was downgraded too many times."), {}},
            true};
}

bool OpenAiChatModel::dropRejected(OpenAiWire::Rejection rejection, const ChatRequest &request)
{
    switch (rejection) {
    case OpenAiWire::Rejection::ResponseFormat: {
        if (!request.format)
            return false;
        StructuredOutputMode mode = m_structuredOutput.load();
        if (mode == StructuredOutputMode::PromptOnly)
            return false;
        const StructuredOutputMode next = mode == StructuredOutputMode::JsonSchema
                                              ? StructuredOutputMode::JsonObject
                                              : StructuredOutputMode::PromptOnly;
        // Another thread may have downgraded already; either way, try again.
        m_structuredOutput.compare_exchange_strong(mode, next);
        return true;
    }
    case OpenAiWire::Rejection::ToolChoice:
        return !request.tools.isEmpty() && m_toolChoiceAuto.exchange(false);
    case OpenAiWire::Rejection::StreamOptions:
        return request.stream && m_streamUsage.exchange(false);
    case OpenAiWire::Rejection::ToolsUnsupported:
    case OpenAiWire::Rejection::None:
        return false;
    }
    return false;
}

Error OpenAiChatModel::rejectionError(const ServerError &server, int attempts) const
{
    QVariantMap details{{QStringLiteral("status"), server.status},
                        {QStringLiteral("server_message"), server.message},
                        {QStringLiteral("attempts"), attempts},
                        {QStringLiteral("url"), endpointUrl()}};
    if (!server.type.isEmpty())
        details.insert(QStringLiteral("server_type"), server.type);
    if (!server.code.isEmpty())
        details.insert(QStringLiteral("server_code"), server.code);
    if (server.status == 401 || server.status == 403)
        return Error{ErrorCode::PermissionDenied,
                     tr("The AI service refused the API key (HTTP %1): %2")
                         .arg(server.status)
                         .arg(server.message),
                     details};
    // The field the server named, else the request as a whole.
    details.insert(QStringLiteral("field"),
                   server.param.isEmpty() ? QStringLiteral("request") : server.param);
    if (server.status == 404)
        return Error{ErrorCode::ValidationFailed,
                     tr("The AI service does not know the model \"%1\" or the address %2 (HTTP "
                        "404): %3")
                         .arg(m_config.model, endpointUrl(), server.message),
                     details};
    return Error{ErrorCode::ValidationFailed,
                 tr("The AI service rejected the request (HTTP %1): %2")
                     .arg(server.status)
                     .arg(server.message),
                 details};
}

Error OpenAiChatModel::failure(const Exchange &exchange, int attempts,
                               std::optional<qint64> retryAfterMs) const
{
    QVariantMap details{{QStringLiteral("attempts"), attempts},
                        {QStringLiteral("url"), endpointUrl()}};
    switch (exchange.outcome) {
    case Exchange::Outcome::TimedOut:
        details.insert(QStringLiteral("reason"), QStringLiteral("timeout"));
        return Error{ErrorCode::AiUnavailable,
                     tr("The AI service at %1 did not answer within %2 s.")
                         .arg(endpointUrl())
                         .arg(m_config.timeoutMs / 1000.0),
                     details};
    case Exchange::Outcome::NetworkError:
    case Exchange::Outcome::StreamFailed:
        details.insert(QStringLiteral("reason"), QStringLiteral("network"));
        return Error{ErrorCode::AiUnavailable,
                     tr("The AI service at %1 could not be reached: %2")
                         .arg(endpointUrl(), exchange.networkError),
                     details};
    case Exchange::Outcome::Answered:
        break;
    }
    const ServerError server = OpenAiWire::parseError(exchange.status, exchange.body);
    details.insert(QStringLiteral("status"), exchange.status);
    details.insert(QStringLiteral("server_message"), server.message);
    if (retryAfterMs)
        details.insert(QStringLiteral("retry_after_ms"), *retryAfterMs);
    if (exchange.status == 429) {
        details.insert(QStringLiteral("reason"), QStringLiteral("rate_limited"));
        return Error{ErrorCode::RateLimited,
                     tr("The AI service is limiting requests (HTTP 429): %1").arg(server.message),
                     details};
    }
    details.insert(QStringLiteral("reason"), QStringLiteral("server_error"));
    return Error{ErrorCode::AiUnavailable,
                 tr("The AI service at %1 failed (HTTP %2): %3")
                     .arg(endpointUrl())
                     .arg(exchange.status)
                     .arg(server.message),
                 details};
}

OpenAiChatModel::Exchange OpenAiChatModel::send(QNetworkAccessManager &network, const QUrl &url,
                                                const QByteArray *body,
                                                OpenAiStreamParser *parser) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", parser ? "text/event-stream" : "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Bodega/" BODEGA_VERSION));
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());

    Exchange exchange;
    bool timedOut = false;
    bool tooLarge = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    std::unique_ptr<QNetworkReply> reply(body ? network.post(request, *body)
                                              : network.get(request));
    QNetworkReply *raw = reply.get();

    const auto take = [&] {
        if (exchange.status == 0) {
            exchange.status = raw->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            exchange.streamed = parser && exchange.status >= 200 && exchange.status < 300 &&
                                raw->header(QNetworkRequest::ContentTypeHeader)
                                    .toString()
                                    .contains(QLatin1String("text/event-stream"));
        }
        const QByteArray chunk = raw->readAll();
        if (chunk.isEmpty())
            return;
        if (exchange.streamed) {
            timer.start(m_config.timeoutMs); // for a stream the limit is on silence
            if (Status fed = parser->feed(chunk); !fed.ok() && !exchange.streamError) {
                exchange.streamError = fed.error();
                raw->abort();
            }
            return;
        }
        exchange.body += chunk;
        if (exchange.body.size() > MaxBodyBytes && !tooLarge) {
            tooLarge = true;
            raw->abort();
        }
    };
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        raw->abort();
    });
    QObject::connect(raw, &QNetworkReply::readyRead, &loop, take);
    QObject::connect(raw, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_config.timeoutMs);
    if (!raw->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();
    if (!timedOut && !exchange.streamError && !tooLarge)
        take();

    exchange.retryAfter = raw->rawHeader("Retry-After");
    exchange.retryAfterMs = raw->rawHeader("retry-after-ms");
    if (exchange.streamError) {
        exchange.outcome = Exchange::Outcome::StreamFailed;
    } else if (tooLarge) {
        exchange.outcome = Exchange::Outcome::StreamFailed;
        exchange.streamError = OpenAiWire::malformed(
            QStringLiteral("body"), tr("the reply is larger than %1 MB").arg(MaxBodyBytes >> 20));
    } else if (timedOut) {
        exchange.outcome = Exchange::Outcome::TimedOut;
    } else if (exchange.status == 0 || (exchange.status >= 200 && exchange.status < 300 &&
                                        raw->error() != QNetworkReply::NoError)) {
        // No status line, or a success cut off in the middle.
        exchange.outcome = Exchange::Outcome::NetworkError;
        exchange.networkError = raw->errorString();
    } else {
        exchange.outcome = Exchange::Outcome::Answered;
    }
    return exchange;
}

} // namespace bodega
