#pragma once

#include <QByteArray>
#include <QMutex>
#include <QtGlobal>

#include <atomic>
#include <functional>

class QThread;

namespace bodega::test {

class TcpProxyWorker;

// A loopback TCP proxy in front of a server, for fault-injection tests.
//
// It runs on its own QThread with its own event loop, so the test's thread may
// block in libpqxx or on a QProcess while the proxy keeps forwarding. Every
// public member is safe to call from any thread.
class TcpProxy
{
public:
    explicit TcpProxy(quint16 targetPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    // Listens on 127.0.0.1 on a free port.
    bool start();
    quint16 port() const { return m_port.load(); }

    // One-shot fault: once the client->server stream of any connection
    // contains marker (also when split across reads), those bytes still reach
    // the server, then the server's reply is swallowed (waiting for it at most
    // 2 s) and both sockets are closed. The server has done the work; the
    // client never hears about it (e.g. marker "COMMIT": commit in doubt).
    void cutAfterClientSends(const QByteArray &marker);
    int cutsDone() const { return m_cutsDone.load(); }

    // While down, open connections are dropped and new ones are accepted and
    // closed at once, as during a server outage. Returns once existing
    // connections are closed.
    void setDown(bool down);
    bool isDown() const { return m_down.load(); }

private:
    friend class TcpProxyWorker;

    // Called on the proxy thread with a connection's recent client bytes
    // (tail) and the bytes just read (chunk): true, and disarmed, when the
    // armed marker ends inside chunk. Exactly one caller wins per arming.
    bool takeArmedCut(const QByteArray &tail, const QByteArray &chunk);
    int armedMarkerSize() const;
    void runOnProxyThread(const std::function<void()> &work);

    quint16 m_targetPort;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_cutsDone{0};
    std::atomic<bool> m_down{false};
    mutable QMutex m_markerMutex;
    QByteArray m_marker; // empty when no cut is armed
    QThread *m_thread = nullptr;
    TcpProxyWorker *m_worker = nullptr;
};

} // namespace bodega::test
