#include "fakeopenaiserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace bodega::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray readDataFile(const QString &relativePath)
{
    QFile file(QStringLiteral(BODEGA_TEST_DATA_DIR "/ai/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fake OpenAI server: cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

FakeReply FakeReply::json(int status, const QByteArray &body)
{
    FakeReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

FakeReply FakeReply::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeReply FakeReply::file(int status, const QString &relativePath)
{
    return json(status, readDataFile(relativePath));
}

FakeReply FakeReply::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeReply reply = json(status, body);
    reply.contentType = contentType;
    return reply;
}

FakeReply FakeReply::sse(const QList<QByteArray> &events, bool done)
{
    FakeReply reply;
    reply.contentType = "text/event-stream";
    for (const QByteArray &event : events)
        reply.chunks << ("data: " + event + "\n\n");
    if (done)
        reply.chunks << QByteArray("data: [DONE]\n\n");
    return reply;
}

FakeReply FakeReply::sseFile(const QString &relativePath)
{
    FakeReply reply;
    reply.contentType = "text/event-stream";
    const QByteArray data = readDataFile(relativePath);
    for (const QByteArray &line : data.split('\n'))
        reply.chunks << (line + '\n');
    return reply;
}

FakeReply FakeReply::hangUp()
{
    FakeReply reply;
    reply.closeWithoutAnswer = true;
    return reply;
}

FakeReply &FakeReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeReply &FakeReply::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeReply &FakeReply::withChunkDelay(int ms)
{
    chunkDelayMs = ms;
    return *this;
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto &pair : headers) {
        if (pair.first == wanted)
            return pair.second;
    }
    return {};
}

QJsonValue RecordedRequest::at(const QString &path) const
{
    QJsonValue value = json;
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const QStringList parts = segment.split(QLatin1Char('['));
        if (!parts[0].isEmpty())
            value = value.toObject().value(parts[0]);
        for (int i = 1; i < parts.size(); ++i) {
            const QJsonArray array = value.toArray();
            const int index = QString(parts[i]).remove(QLatin1Char(']')).toInt();
            value = index < array.size() ? array.at(index) : QJsonValue(QJsonValue::Undefined);
        }
    }
    return value;
}

// Lives on the server thread: accepts connections, parses requests, answers.
class FakeOpenAiServerWorker : public QObject
{
public:
    explicit FakeOpenAiServerWorker(FakeOpenAiServer &owner) : m_owner(owner) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        return m_server->serverPort();
    }

    // Before the thread stops: no socket may outlive its event loop.
    void shutdown()
    {
        for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
            QObject::disconnect(it.key(), nullptr, this, nullptr);
            it.key()->abort();
        }
        m_connections.clear();
        delete m_server; // and the sockets it parents
        m_server = nullptr;
    }

private:
    struct Connection
    {
        QByteArray buffer;
        bool answering = false; // one request at a time per connection
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_connections.insert(socket, Connection{});
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_connections[socket].buffer += socket->readAll();
                serveNext(socket);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                if (m_connections.value(socket).answering)
                    m_owner.m_abandoned.fetch_add(1);
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void serveNext(QTcpSocket *socket)
    {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->answering)
            return;
        QByteArray &buffer = it->buffer;
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        qsizetype contentLength = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return; // the body is still coming
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        request.json = QJsonDocument::fromJson(request.body).object();
        it->answering = true;

        if (request.method == "GET" && request.path.endsWith("/models")) {
            FakeReply models = FakeReply::json(200, m_owner.modelsBody());
            answer(socket, models);
            return;
        }
        m_owner.record(request);
        const FakeReply reply = m_owner.takeReply();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                answer(guard, reply);
        });
    }

    void answer(QTcpSocket *socket, const FakeReply &reply)
    {
        if (reply.closeWithoutAnswer) {
            m_connections[socket].answering = false;
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                          reasonPhrase(reply.status) + "\r\n";
        head += "Content-Type: " + reply.contentType + "\r\n";
        for (const auto &header : reply.headers)
            head += header.first + ": " + header.second + "\r\n";
        if (reply.chunks.isEmpty()) {
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
            socket->write(head + reply.body);
            finished(socket);
            return;
        }
        head += "Transfer-Encoding: chunked\r\nCache-Control: no-cache\r\n\r\n";
        socket->write(head);
        sendChunk(socket, reply, 0);
    }

    void sendChunk(QTcpSocket *socket, const FakeReply &reply, int index)
    {
        if (index == reply.chunks.size()) {
            if (reply.closeMidStream) {
                socket->flush();
                m_connections[socket].answering = false;
                socket->abort();
                return;
            }
            socket->write("0\r\n\r\n");
            finished(socket);
            return;
        }
        const QByteArray &chunk = reply.chunks[index];
        if (!chunk.isEmpty())
            socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.chunkDelayMs, this, [this, guard, reply, index] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                sendChunk(guard, reply, index + 1);
        });
    }

    void finished(QTcpSocket *socket)
    {
        socket->flush();
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->answering = false;
        serveNext(socket); // a keep-alive client may have sent the next request
    }

    FakeOpenAiServer &m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
};

FakeOpenAiServer::FakeOpenAiServer()
{
    QJsonObject error{{QStringLiteral("message"),
                       QStringLiteral("fake server: no reply was scripted for this request")},
                      {QStringLiteral("type"), QStringLiteral("server_error")},
                      {QStringLiteral("code"), QJsonValue::Null}};
    m_fallback = FakeReply::json(500, QJsonObject{{QStringLiteral("error"), error}});
    m_models = {QStringLiteral("fake-model")};
}

FakeOpenAiServer::~FakeOpenAiServer()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    // The worker is deleted through QThread::finished -> deleteLater.
    delete m_thread;
}

bool FakeOpenAiServer::start()
{
    if (m_thread)
        return m_port.load() != 0;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fake-openai-server"));
    m_worker = new FakeOpenAiServerWorker(*this);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, &port] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    m_port.store(port);
    return port != 0;
}

QUrl FakeOpenAiServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void FakeOpenAiServer::enqueue(const FakeReply &reply)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(reply);
}

void FakeOpenAiServer::enqueue(const QList<FakeReply> &replies)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(replies);
}

void FakeOpenAiServer::setFallbackReply(const FakeReply &reply)
{
    QMutexLocker lock(&m_mutex);
    m_fallback = reply;
}

void FakeOpenAiServer::setModels(const QStringList &models)
{
    QMutexLocker lock(&m_mutex);
    m_models = models;
}

int FakeOpenAiServer::pendingReplies() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

QVector<RecordedRequest> FakeOpenAiServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeOpenAiServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

RecordedRequest FakeOpenAiServer::lastRequest() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests.isEmpty() ? RecordedRequest{} : m_requests.last();
}

bool FakeOpenAiServer::waitForRequests(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (m_requests.size() < count) {
        if (!m_requestArrived.wait(&m_mutex, deadline))
            return m_requests.size() >= count;
    }
    return true;
}

FakeReply FakeOpenAiServer::takeReply()
{
    QMutexLocker lock(&m_mutex);
    return m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
}

void FakeOpenAiServer::record(const RecordedRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    m_requestArrived.wakeAll();
}

QByteArray FakeOpenAiServer::modelsBody() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray data;
    for (const QString &model : m_models)
        data.append(QJsonObject{{QStringLiteral("id"), model},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("owned_by"), QStringLiteral("fake")}});
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                     {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

} // namespace bodega::test
