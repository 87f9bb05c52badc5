#include "openaiwire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace bodega {

namespace {

QString roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System:
        return QStringLiteral("system");
    case ChatMessage::Role::User:
        return QStringLiteral("user");
    case ChatMessage::Role::Assistant:
        return QStringLiteral("assistant");
    case ChatMessage::Role::Tool:
        return QStringLiteral("tool");
    }
    return QStringLiteral("user");
}

QJsonObject messageJson(const ChatMessage &message)
{
    QJsonObject json{{QStringLiteral("role"), roleName(message.role)}};
    if (message.role == ChatMessage::Role::Assistant && !message.toolCalls.isEmpty()) {
        // OpenAI wants null, not "", beside tool calls; Ollama accepts both.
        json.insert(QStringLiteral("content"),
                    message.content.isEmpty() ? QJsonValue(QJsonValue::Null) : message.content);
        QJsonArray calls;
        for (const ToolCall &call : message.toolCalls) {
            calls.append(QJsonObject{{QStringLiteral("id"), call.id},
                                     {QStringLiteral("type"), QStringLiteral("function")},
                                     {QStringLiteral("function"),
                                      QJsonObject{{QStringLiteral("name"), call.name},
                                                  {QStringLiteral("arguments"), call.arguments}}}});
        }
        json.insert(QStringLiteral("tool_calls"), calls);
    } else {
        json.insert(QStringLiteral("content"), message.content);
    }
    if (message.role == ChatMessage::Role::Tool)
        json.insert(QStringLiteral("tool_call_id"), message.toolCallId);
    return json;
}

// OpenAI requires ^[a-zA-Z0-9_-]{1,64}$ for a schema name.
QString schemaName(const QString &name)
{
    QString clean;
    for (const QChar c : name) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             c == QLatin1Char('_') || c == QLatin1Char('-');
        clean += allowed ? c : QLatin1Char('_');
    }
    clean.truncate(64);
    return clean.isEmpty() ? QStringLiteral("response") : clean;
}

// A JSON scalar as text: codes arrive as strings ("rate_limit_exceeded") or
// numbers (vLLM's 400).
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return scalarText(value);
}

// FastAPI's validation detail: [{"loc":["body","messages",0],"msg":"..."}].
QString detailText(const QJsonValue &detail)
{
    if (detail.isString())
        return detail.toString();
    if (detail.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : detail.toArray()) {
            const QJsonObject object = item.toObject();
            QStringList location;
            for (const QJsonValue &piece : object.value(QStringLiteral("loc")).toArray())
                location << scalarText(piece);
            const QString msg = object.value(QStringLiteral("msg")).toString();
            if (msg.isEmpty())
                parts << compact(item);
            else
                parts << (location.isEmpty()
                              ? msg
                              : location.join(QLatin1Char('.')) + QStringLiteral(": ") + msg);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (detail.isObject()) {
        const QString message = detail.toObject().value(QStringLiteral("message")).toString();
        return message.isEmpty() ? compact(detail) : message;
    }
    return scalarText(detail);
}

QString textOfMarkup(const QByteArray &body)
{
    QString text = QString::fromUtf8(body);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch match = title.match(text); match.hasMatch())
        return match.captured(1).simplified();
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(tags, QStringLiteral(" "));
    return text.simplified();
}

// Message content is a string, null, or (newer servers) an array of parts.
std::optional<QString> contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (content.isNull() || content.isUndefined())
        return QString();
    if (content.isArray()) {
        QString text;
        for (const QJsonValue &part : content.toArray()) {
            const QJsonObject object = part.toObject();
            if (object.value(QStringLiteral("type")).toString() == QLatin1String("text"))
                text += object.value(QStringLiteral("text")).toString();
        }
        return text;
    }
    return std::nullopt;
}

// Arguments are a JSON string per the spec; some servers send the object.
QString argumentsText(const QJsonValue &arguments)
{
    if (arguments.isString())
        return arguments.toString();
    if (arguments.isUndefined() || arguments.isNull())
        return QStringLiteral("{}");
    return compact(arguments);
}

} // namespace

QString OpenAiWire::schemaInstruction(const ResponseFormat &format)
{
    return QStringLiteral("Answer with one JSON object and nothing else (no prose, no code "
                          "fence). It must match this JSON Schema: ") +
           QString::fromUtf8(QJsonDocument(format.schema).toJson(QJsonDocument::Compact));
}

QJsonObject OpenAiWire::buildRequestBody(const ChatRequest &request, const WireOptions &options)
{
    QJsonArray messages;
    const bool schemaInPrompt =
        request.format && options.structuredOutput != StructuredOutputMode::JsonSchema;
    bool instructed = false;
    for (const ChatMessage &message : request.messages) {
        QJsonObject json = messageJson(message);
        if (schemaInPrompt && !instructed && message.role == ChatMessage::Role::System) {
            json.insert(QStringLiteral("content"),
                        QString(message.content + QStringLiteral("\n\n") +
                                schemaInstruction(*request.format)));
            instructed = true;
        }
        messages.append(json);
    }
    if (schemaInPrompt && !instructed) {
        messages.prepend(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                        {QStringLiteral("content"), schemaInstruction(*request.format)}});
    }

    QJsonObject body{{QStringLiteral("model"), options.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("temperature"), request.temperature}};
    if (request.maxTokens > 0)
        body.insert(QStringLiteral("max_tokens"), request.maxTokens);
    if (request.stream) {
        body.insert(QStringLiteral("stream"), true);
        if (options.streamUsage)
            body.insert(QStringLiteral("stream_options"),
                        QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolSpec &tool : request.tools) {
            QJsonObject function{{QStringLiteral("name"), tool.name},
                                 {QStringLiteral("description"), tool.description},
                                 {QStringLiteral("parameters"), tool.parameters}};
            tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                     {QStringLiteral("function"), function}});
        }
        body.insert(QStringLiteral("tools"), tools);
        if (options.toolChoiceAuto)
            body.insert(QStringLiteral("tool_choice"), QStringLiteral("auto"));
    }
    if (request.format) {
        switch (options.structuredOutput) {
        case StructuredOutputMode::JsonSchema:
            body.insert(
                QStringLiteral("response_format"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                            {QStringLiteral("json_schema"),
                             QJsonObject{{QStringLiteral("name"), schemaName(request.format->name)},
                                         {QStringLiteral("strict"), true},
                                         {QStringLiteral("schema"), request.format->schema}}}});
            break;
        case StructuredOutputMode::JsonObject:
            body.insert(QStringLiteral("response_format"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
            break;
        case StructuredOutputMode::PromptOnly:
            break;
        }
    }
    return body;
}

Error OpenAiWire::malformed(const QString &field, const QString &what)
{
    return Error{ErrorCode::AiUnavailable,
                 tr("The AI service sent a reply that could not be read (%1): %2").arg(field, what),
                 {{QStringLiteral("reason"), QStringLiteral("malformed_response")},
                  {QStringLiteral("field"), field}}};
}

Result<ChatReply> OpenAiWire::parseCompletion(const QByteArray &body)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return malformed(
            QStringLiteral("body"),
            tr("invalid JSON at offset %1: %2").arg(jsonError.offset).arg(jsonError.errorString()));
    if (!document.isObject())
        return malformed(QStringLiteral("body"), tr("not a JSON object"));
    const QJsonObject root = document.object();
    if (root.contains(QStringLiteral("error")) && !root.contains(QStringLiteral("choices"))) {
        // Some proxies answer 200 with an error body.
        const ServerError server = parseError(200, body);
        return Error{ErrorCode::AiUnavailable,
                     tr("The AI service failed: %1").arg(server.message),
                     {{QStringLiteral("reason"), QStringLiteral("server_error")},
                      {QStringLiteral("server_message"), server.message}}};
    }
    const QJsonArray choices = root.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty() || !choices.first().isObject())
        return malformed(QStringLiteral("choices"), tr("no choice in the reply"));
    const QJsonObject choice = choices.first().toObject();
    const QJsonValue messageValue = choice.value(QStringLiteral("message"));
    if (!messageValue.isObject())
        return malformed(QStringLiteral("choices[0].message"), tr("no message in the choice"));
    const QJsonObject message = messageValue.toObject();

    ChatReply reply;
    reply.message.role = ChatMessage::Role::Assistant;
    const std::optional<QString> content = contentText(message.value(QStringLiteral("content")));
    if (!content)
        return malformed(QStringLiteral("choices[0].message.content"), tr("content is not text"));
    reply.message.content = *content;

    const QJsonValue toolCallsValue = message.value(QStringLiteral("tool_calls"));
    if (!toolCallsValue.isUndefined() && !toolCallsValue.isNull() && !toolCallsValue.isArray())
        return malformed(QStringLiteral("choices[0].message.tool_calls"), tr("not an array"));
    const QJsonArray toolCalls = toolCallsValue.toArray();
    for (int i = 0; i < toolCalls.size(); ++i) {
        const QString field = QStringLiteral("choices[0].message.tool_calls[%1]").arg(i);
        const QJsonObject call = toolCalls.at(i).toObject();
        const QJsonObject function = call.value(QStringLiteral("function")).toObject();
        const QString name = function.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return malformed(field + QStringLiteral(".function.name"),
                             tr("a tool call without a name"));
        ToolCall toolCall;
        toolCall.id = scalarText(call.value(QStringLiteral("id")));
        if (toolCall.id.isEmpty())
            toolCall.id = QStringLiteral("call_%1").arg(i); // Ollama omits ids
        toolCall.name = name;
        toolCall.arguments = argumentsText(function.value(QStringLiteral("arguments")));
        reply.message.toolCalls.append(toolCall);
    }
    // The pre-tools form some servers still send.
    const QJsonObject functionCall = message.value(QStringLiteral("function_call")).toObject();
    if (toolCalls.isEmpty() && !functionCall.value(QStringLiteral("name")).toString().isEmpty()) {
        reply.message.toolCalls.append(ToolCall{
            QStringLiteral("call_0"), functionCall.value(QStringLiteral("name")).toString(),
            argumentsText(functionCall.value(QStringLiteral("arguments")))});
    }

    reply.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
    reply.model = root.value(QStringLiteral("model")).toString();
    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    reply.usage.promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInt(-1);
    reply.usage.completionTokens = usage.value(QStringLiteral("completion_tokens")).toInt(-1);
    return reply;
}

Result<QStringList> OpenAiWire::parseModelList(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue data = document.object().value(QStringLiteral("data"));
    if (!data.isArray())
        return malformed(QStringLiteral("data"), tr("no model list in the reply"));
    QStringList models;
    for (const QJsonValue &entry : data.toArray()) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            models << id;
    }
    return models;
}

ServerError OpenAiWire::parseError(int status, const QByteArray &body)
{
    ServerError error;
    error.status = status;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue errorValue = root.value(QStringLiteral("error"));
        if (errorValue.isObject()) {
            const QJsonObject object = errorValue.toObject();
            error.message = detailText(object.value(QStringLiteral("message")));
            error.type = scalarText(object.value(QStringLiteral("type")));
            error.code = scalarText(object.value(QStringLiteral("code")));
            error.param = scalarText(object.value(QStringLiteral("param")));
            if (error.message.isEmpty())
                error.message = compact(errorValue);
        } else if (errorValue.isString()) {
            error.message = errorValue.toString();
        } else if (root.contains(QStringLiteral("detail"))) {
            error.message = detailText(root.value(QStringLiteral("detail")));
        } else if (root.value(QStringLiteral("message")).isString()) {
            error.message = root.value(QStringLiteral("message")).toString();
            error.type = scalarText(root.value(QStringLiteral("type")));
            error.code = scalarText(root.value(QStringLiteral("code")));
            error.param = scalarText(root.value(QStringLiteral("param")));
        } else {
            error.message = compact(root);
        }
    } else if (!body.trimmed().isEmpty()) {
        error.message = textOfMarkup(body.left(64 * 1024));
    }
    error.message = error.message.simplified();
    if (error.message.isEmpty())
        error.message = tr("HTTP status %1").arg(status);
    if (error.message.size() > MaxErrorMessage)
        error.message = error.message.left(MaxErrorMessage - 1) + QChar(0x2026);
    return error;
}

OpenAiWire::Rejection OpenAiWire::classifyRejection(const ServerError &error)
{
    if (error.status != 400 && error.status != 422)
        return Rejection::None;
    const QString text =
        (error.message + QLatin1Char(' ') + error.param + QLatin1Char(' ') + error.code).toLower();
    const auto has = [&text](const char *needle) { return text.contains(QLatin1String(needle)); };
    // vLLM: "\"auto\" tool choice requires --enable-auto-tool-choice and
    // --tool-call-parser to be set"; Ollama: "... does not support tools".
    if (has("enable-auto-tool-choice") || has("tool-call-parser") || has("does not support tools"))
        return Rejection::ToolsUnsupported;
    if (has("tool_choice"))
        return Rejection::ToolChoice;
    if (has("stream_options"))
        return Rejection::StreamOptions;
    if (has("response_format") || has("json_schema") || has("json_object"))
        return Rejection::ResponseFormat;
    return Rejection::None;
}

std::optional<qint64> OpenAiWire::parseRetryAfter(const QByteArray &retryAfter,
                                                  const QByteArray &retryAfterMs, qint64 nowMs)
{
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && ms >= 0 && ms < 1e12)
        return qint64(ms);
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds >= 0 && seconds < 1e9 ? std::optional<qint64>(qint64(seconds * 1000))
                                             : std::nullopt;
    // An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"): Qt's RFC 2822 parser
    // wants a numeric zone.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return std::max<qint64>(0, date.toMSecsSinceEpoch() - nowMs);
}

} // namespace bodega
