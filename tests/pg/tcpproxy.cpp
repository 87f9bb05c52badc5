#include "tcpproxy.h"

#include <QHostAddress>
#include <QList>
#include <QMutexLocker>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace bodega::test {

class TcpProxyWorker;

namespace {

constexpr int kCutReplyWaitMs = 2000;
// Enough history to find a marker split across reads, whatever its size.
constexpr int kMinTailBytes = 1024;

// One proxied connection: the accepted client socket and our socket to the
// target. Lives on the proxy thread.
class ProxyLink : public QObject
{
public:
    ProxyLink(TcpProxyWorker *worker, QTcpSocket *client, quint16 targetPort)
        : QObject(nullptr), m_worker(worker), m_client(client), m_server(new QTcpSocket(this))
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { onClientData(); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { onOneSideGone(m_server); });
        connect(m_server, &QTcpSocket::connected, this, [this] {
            m_server->write(m_pending);
            m_pending.clear();
        });
        connect(m_server, &QTcpSocket::readyRead, this, [this] { onServerData(); });
        connect(m_server, &QTcpSocket::disconnected, this, [this] { onOneSideGone(m_client); });
        connect(m_server, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) {
                    // An orderly close is handled by disconnected(), after the last
                    // bytes; a refused or reset target must reach the client too.
                    if (error != QAbstractSocket::RemoteHostClosedError &&
                        m_server->state() != QAbstractSocket::ConnectedState)
                        close();
                });
        m_server->connectToHost(QHostAddress::LocalHost, targetPort);
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        // abort() emits signals synchronously; they must not re-enter us.
        QObject::disconnect(m_client, nullptr, this, nullptr);
        QObject::disconnect(m_server, nullptr, this, nullptr);
        m_client->abort();
        m_server->abort();
        deleteLater();
    }

private:
    void onClientData();
    void onServerData();
    void onOneSideGone(QTcpSocket *other);
    void finishCut();

    TcpProxyWorker *m_worker;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    QByteArray m_pending; // client bytes that arrived before the target answered
    QByteArray m_tail;    // last client bytes, to find a marker split across reads
    bool m_cutting = false;
    bool m_closed = false;
};

} // namespace

class TcpProxyWorker : public QObject
{
public:
    explicit TcpProxyWorker(TcpProxy *proxy) : m_proxy(proxy) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { onNewConnection(); });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        return m_server->serverPort();
    }

    void dropAll()
    {
        for (const QPointer<QObject> &link : std::as_const(m_links)) {
            if (link)
                static_cast<ProxyLink *>(link.data())->close();
        }
        m_links.clear();
    }

    void shutdown()
    {
        dropAll();
        delete m_server;
        m_server = nullptr;
    }

    bool takeArmedCut(const QByteArray &tail, const QByteArray &chunk)
    {
        return m_proxy->takeArmedCut(tail, chunk);
    }
    int armedMarkerSize() const { return m_proxy->armedMarkerSize(); }
    void countCut() { m_proxy->m_cutsDone.fetch_add(1); }

private:
    void onNewConnection()
    {
        m_links.removeAll(QPointer<QObject>());
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            if (m_proxy->m_down.load()) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *link = new ProxyLink(this, client, m_proxy->m_targetPort);
            link->setParent(this);
            m_links << QPointer<QObject>(link);
        }
    }

    TcpProxy *m_proxy;
    QTcpServer *m_server = nullptr;
    QList<QPointer<QObject>> m_links;
};

namespace {

void ProxyLink::onClientData()
{
    const QByteArray chunk = m_client->readAll();
    if (m_cutting || m_closed)
        return; // the connection is being cut: nothing more reaches the server
    const int tailKeep = std::max(kMinTailBytes, m_worker->armedMarkerSize());
    if (m_worker->takeArmedCut(m_tail, chunk)) {
        m_cutting = true;
        QTimer::singleShot(kCutReplyWaitMs, this, [this] { finishCut(); });
    }
    m_tail += chunk;
    m_tail = m_tail.right(tailKeep);
    if (m_server->state() == QAbstractSocket::ConnectedState)
        m_server->write(chunk);
    else
        m_pending += chunk;
}

void ProxyLink::onServerData()
{
    const QByteArray reply = m_server->readAll();
    if (m_cutting) {
        finishCut(); // the reply (e.g. COMMIT's CommandComplete) is dropped
        return;
    }
    m_client->write(reply);
}

void ProxyLink::onOneSideGone(QTcpSocket *other)
{
    if (m_closed)
        return;
    if (m_cutting) {
        finishCut();
        return;
    }
    // The other side first flushes what it still has to write; its own
    // disconnected() brings us back here to finish.
    if (other->state() == QAbstractSocket::ConnectedState)
        other->disconnectFromHost();
    else if (other->state() != QAbstractSocket::ClosingState)
        other->abort(); // still connecting: nobody to flush to
    if (m_client->state() == QAbstractSocket::UnconnectedState &&
        m_server->state() == QAbstractSocket::UnconnectedState)
        close();
}

void ProxyLink::finishCut()
{
    if (m_closed)
        return;
    // Counted before the client socket closes, so a test that sees its
    // connection break also sees the cut.
    m_worker->countCut();
    close();
}

} // namespace

TcpProxy::TcpProxy(quint16 targetPort) : m_targetPort(targetPort) {}

TcpProxy::~TcpProxy()
{
    if (!m_thread)
        return;
    runOnProxyThread([this] { m_worker->shutdown(); });
    m_thread->quit();
    m_thread->wait();
    // The worker is deleted through QThread::finished -> deleteLater.
    delete m_thread;
}

bool TcpProxy::start()
{
    if (m_thread)
        return m_port.load() != 0;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("TcpProxy"));
    m_worker = new TcpProxyWorker(this);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    quint16 port = 0;
    runOnProxyThread([this, &port] { port = m_worker->listen(); });
    m_port.store(port);
    return port != 0;
}

void TcpProxy::cutAfterClientSends(const QByteArray &marker)
{
    QMutexLocker lock(&m_markerMutex);
    m_marker = marker;
}

void TcpProxy::setDown(bool down)
{
    m_down.store(down);
    if (down && m_thread)
        runOnProxyThread([this] { m_worker->dropAll(); });
}

bool TcpProxy::takeArmedCut(const QByteArray &tail, const QByteArray &chunk)
{
    QMutexLocker lock(&m_markerMutex);
    if (m_marker.isEmpty())
        return false;
    // Only the last marker-1 bytes of history can complete a match that ends
    // in chunk; older matches were seen (or ignored) before arming.
    const QByteArray window = tail.right(m_marker.size() - 1) + chunk;
    if (!window.contains(m_marker))
        return false;
    m_marker.clear();
    return true;
}

int TcpProxy::armedMarkerSize() const
{
    QMutexLocker lock(&m_markerMutex);
    return static_cast<int>(m_marker.size());
}

void TcpProxy::runOnProxyThread(const std::function<void()> &work)
{
    if (QThread::currentThread() == m_thread)
        work();
    else
        QMetaObject::invokeMethod(m_worker, work, Qt::BlockingQueuedConnection);
}

} // namespace bodega::test
