#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QUrl>
#include <QVector>
#include <QWaitCondition>

#include <atomic>
#include <functional>

class QThread;

namespace bodega::test {

class FakeOpenAiServerWorker;

// One scripted answer of the fake server. Build it with the static helpers
// and adjust it with the with...() setters:
//   FakeReply::json(200, body), FakeReply::file(200, "openai/plain.json"),
//   FakeReply::sse({chunk, chunk}), FakeReply::hangUp(), ...withDelay(5000).
struct FakeReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // extra response headers
    QByteArray contentType = "application/json";
    QByteArray body;
    // Non-empty: the body is sent in these pieces, chunked transfer encoding,
    // chunkDelayMs apart (SSE streams; also bodies cut mid-token).
    QList<QByteArray> chunks;
    int chunkDelayMs = 0;
    int delayMs = 0;                 // before the status line is sent
    bool closeWithoutAnswer = false; // read the request, then drop the connection
    bool closeMidStream = false;     // chunks: drop the connection after the last chunk

    // A JSON body as given (need not be valid JSON: malformed-body tests).
    static FakeReply json(int status, const QByteArray &body);
    static FakeReply json(int status, const QJsonObject &body);
    // A file under tests/data/ai/ (e.g. "openai/plain.json"), as it is.
    static FakeReply file(int status, const QString &relativePath);
    static FakeReply text(int status, const QByteArray &body,
                          const QByteArray &contentType = "text/plain");
    // text/event-stream: each event sent as "data: <event>\n\n", then
    // "data: [DONE]\n\n" when done is true.
    static FakeReply sse(const QList<QByteArray> &events, bool done = true);
    // The lines of an SSE file under tests/data/ai/ sent one line per chunk.
    static FakeReply sseFile(const QString &relativePath);
    static FakeReply hangUp();

    FakeReply &withHeader(const QByteArray &name, const QByteArray &value);
    FakeReply &withDelay(int ms);
    FakeReply &withChunkDelay(int ms);
};

// One request as the server read it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;                              // with the query, e.g. /v1/chat/completions
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QJsonObject json; // the body parsed, empty when it is not a JSON object

    QByteArray header(const QByteArray &name) const; // case-insensitive
    // A value of the JSON body by path: "messages[1].content",
    // "response_format.json_schema.name"; undefined when it is not there.
    QJsonValue at(const QString &path) const;
};

// A real HTTP/1.1 server on a free 127.0.0.1 port that speaks the OpenAI
// Chat Completions wire format from a script: each request takes the next
// queued FakeReply (the fallback when the queue is empty: 500, an OpenAI
// error body saying no reply was scripted). GET <base>/models answers the
// configured model list without taking a reply, as a health probe would.
//
// It runs on its own thread with its own event loop, so the test's thread
// may block in a synchronous client; every public member is thread-safe.
class FakeOpenAiServer
{
public:
    FakeOpenAiServer();
    ~FakeOpenAiServer();
    FakeOpenAiServer(const FakeOpenAiServer &) = delete;
    FakeOpenAiServer &operator=(const FakeOpenAiServer &) = delete;

    bool start(); // listens; false when no port could be bound
    quint16 port() const { return m_port.load(); }
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1

    void enqueue(const FakeReply &reply);
    void enqueue(const QList<FakeReply> &replies);
    void setFallbackReply(const FakeReply &reply);
    void setModels(const QStringList &models);
    int pendingReplies() const;

    // Chat requests only (GET /models is not recorded).
    QVector<RecordedRequest> requests() const;
    int requestCount() const;
    RecordedRequest lastRequest() const;
    // Blocks until at least count requests arrived or timeoutMs passed.
    bool waitForRequests(int count, int timeoutMs = 5000) const;
    // Connections whose client went away before the answer was complete.
    int abandonedConnections() const { return m_abandoned.load(); }

private:
    friend class FakeOpenAiServerWorker;

    FakeReply takeReply(); // on the server thread
    void record(const RecordedRequest &request);
    QByteArray modelsBody() const;

    mutable QMutex m_mutex;
    mutable QWaitCondition m_requestArrived;
    QList<FakeReply> m_queue;
    FakeReply m_fallback;
    QStringList m_models;
    QVector<RecordedRequest> m_requests;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_abandoned{0};
    QThread *m_thread = nullptr;
    FakeOpenAiServerWorker *m_worker = nullptr;
};

} // namespace bodega::test
