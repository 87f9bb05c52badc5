#include "openaistreamparser.h"

#include "ai/openaiwire.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bodega {

OpenAiStreamParser::OpenAiStreamParser(std::function<void(const QString &)> onDelta)
    : m_onDelta(std::move(onDelta))
{
}

Status OpenAiStreamParser::feed(const QByteArray &bytes)
{
    if (m_error)
        return *m_error;
    m_pending += bytes;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_pending.mid(start, newline - start);
        start = newline + 1;
        if (Status status = takeLine(std::move(line)); !status.ok()) {
            m_error = status.error();
            m_pending.clear();
            return status;
        }
    }
    m_pending.remove(0, start);
    if (m_pending.size() > MaxLineBytes) {
        m_error = OpenAiWire::malformed(QStringLiteral("stream"),
                                        bodega::OpenAiWire::tr("an event line is too long"));
        m_pending.clear();
        return *m_error;
    }
    return {};
}

Status OpenAiStreamParser::takeLine(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) { // the blank line that ends an event
        const QByteArray data = m_data;
        m_data.clear();
        return data.isEmpty() ? Status{} : dispatch(data);
    }
    if (line.startsWith(':') || m_done) // a comment (keep-alive), or trailing bytes
        return {};
    if (!line.startsWith("data:"))
        return {}; // event:, id:, retry: say nothing we use
    QByteArray value = line.mid(5);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (!m_data.isEmpty())
        m_data += '\n';
    m_data += value;
    if (m_data.size() > MaxLineBytes)
        return OpenAiWire::malformed(QStringLiteral("stream"),
                                     bodega::OpenAiWire::tr("an event is too long"));
    return {};
}

Status OpenAiStreamParser::dispatch(const QByteArray &data)
{
    if (data.trimmed() == "[DONE]") {
        m_done = true;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return OpenAiWire::malformed(
            QStringLiteral("stream"),
            bodega::OpenAiWire::tr("an event is not a JSON object (chunk %1)").arg(m_chunks + 1));
    ++m_chunks;
    const QJsonObject chunk = document.object();
    if (chunk.contains(QStringLiteral("error"))) {
        const ServerError server = OpenAiWire::parseError(200, data);
        return Error{
            ErrorCode::AiUnavailable,
            bodega::OpenAiWire::tr("The AI service failed while answering: %1").arg(server.message),
            {{QStringLiteral("reason"), QStringLiteral("server_error")},
             {QStringLiteral("server_message"), server.message}}};
    }
    return takeChunk(chunk);
}

Status OpenAiStreamParser::takeChunk(const QJsonObject &chunk)
{
    if (const QString model = chunk.value(QStringLiteral("model")).toString(); !model.isEmpty())
        m_model = model;
    const QJsonObject usage = chunk.value(QStringLiteral("usage")).toObject();
    if (!usage.isEmpty()) {
        m_usage.promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInt(-1);
        m_usage.completionTokens = usage.value(QStringLiteral("completion_tokens")).toInt(-1);
    }
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(QStringLiteral("index")).toInt(0) != 0)
            continue; // we ask for one choice; others would interleave
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        const QJsonValue content = delta.value(QStringLiteral("content"));
        if (content.isString() && !content.toString().isEmpty()) {
            m_content += content.toString();
            m_emitted = true;
            if (m_onDelta)
                m_onDelta(content.toString());
        } else if (!content.isUndefined() && !content.isNull() && !content.isString()) {
            return OpenAiWire::malformed(QStringLiteral("stream.delta.content"),
                                         bodega::OpenAiWire::tr("content is not text"));
        }
        const QJsonArray calls = delta.value(QStringLiteral("tool_calls")).toArray();
        for (int i = 0; i < calls.size(); ++i) {
            const QJsonObject fragment = calls.at(i).toObject();
            const int index = fragment.value(QStringLiteral("index")).toInt(i);
            if (index < 0 || index > 127)
                return OpenAiWire::malformed(
                    QStringLiteral("stream.delta.tool_calls.index"),
                    bodega::OpenAiWire::tr("tool call index %1").arg(index));
            ToolCall &call = m_toolCalls[index];
            if (const QString id = fragment.value(QStringLiteral("id")).toString(); !id.isEmpty())
                call.id = id;
            const QJsonObject function = fragment.value(QStringLiteral("function")).toObject();
            // The name comes whole in the first fragment; servers that repeat
            // it in later fragments must not double it.
            if (const QString name = function.value(QStringLiteral("name")).toString();
                !name.isEmpty() && call.name.isEmpty())
                call.name = name;
            const QJsonValue arguments = function.value(QStringLiteral("arguments"));
            if (arguments.isString())
                call.arguments += arguments.toString();
            else if (arguments.isObject())
                call.arguments = QString::fromUtf8(
                    QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
        }
        if (const QString reason = choice.value(QStringLiteral("finish_reason")).toString();
            !reason.isEmpty())
            m_finishReason = reason;
    }
    return {};
}

Result<ChatReply> OpenAiStreamParser::finish()
{
    if (m_error)
        return *m_error;
    // A last event without its blank line still counts.
    if (!m_pending.isEmpty()) {
        if (Status status = feed(QByteArrayLiteral("\n")); !status.ok())
            return status.error();
    }
    if (!m_data.isEmpty()) {
        const QByteArray data = m_data;
        m_data.clear();
        if (Status status = dispatch(data); !status.ok())
            return status.error();
    }
    if (!m_done && m_finishReason.isEmpty()) {
        Error error = OpenAiWire::malformed(
            QStringLiteral("stream"),
            bodega::OpenAiWire::tr("the stream ended before the answer was complete"));
        error.details.insert(QStringLiteral("reason"), QStringLiteral("incomplete_stream"));
        return error;
    }
    ChatReply reply;
    reply.message.role = ChatMessage::Role::Assistant;
    reply.message.content = m_content;
    for (auto it = m_toolCalls.cbegin(); it != m_toolCalls.cend(); ++it) {
        ToolCall call = it.value();
        if (call.name.isEmpty())
            return OpenAiWire::malformed(QStringLiteral("stream.delta.tool_calls.function.name"),
                                         bodega::OpenAiWire::tr("a tool call without a name"));
        if (call.id.isEmpty())
            call.id = QStringLiteral("call_%1").arg(it.key());
        if (call.arguments.isEmpty())
            call.arguments = QStringLiteral("{}");
        reply.message.toolCalls.append(call);
    }
    reply.finishReason = m_finishReason;
    reply.model = m_model;
    reply.usage = m_usage;
    return reply;
}

} // namespace bodega
