#pragma once

#include "ai/chatmodel.h"

#include <functional>
#include <optional>
#include <QMap>

namespace bodega {

// Server-sent events of a streamed completion ("data: {...}" events,
// "data: [DONE]"), fed as the bytes arrive, split anywhere. Content deltas go
// to onDelta as they come; tool-call fragments are joined by their index.
class OpenAiStreamParser
{
public:
    static constexpr qsizetype MaxLineBytes = 4 * 1024 * 1024;

    explicit OpenAiStreamParser(std::function<void(const QString &delta)> onDelta = {});

    // An error stops the parser: a malformed event, an error event, a line
    // longer than MaxLineBytes. Later calls return the same error.
    Status feed(const QByteArray &bytes);
    bool isDone() const { return m_done; }
    // Deltas already reached the caller: retrying would repeat them.
    bool emittedOutput() const { return m_emitted; }
    // The whole reply once the stream ended ([DONE] or a finish_reason).
    Result<ChatReply> finish();

private:
    Status takeLine(QByteArray line);
    Status dispatch(const QByteArray &data);
    Status takeChunk(const QJsonObject &chunk);

    std::function<void(const QString &)> m_onDelta;
    QByteArray m_pending; // bytes after the last newline
    QByteArray m_data;    // the data lines of the event being read
    bool m_done = false;
    bool m_emitted = false;
    int m_chunks = 0;
    std::optional<Error> m_error;
    QString m_content;
    QString m_finishReason;
    QString m_model;
    ChatUsage m_usage;
    QMap<int, ToolCall> m_toolCalls;
};

} // namespace bodega
