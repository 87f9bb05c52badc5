#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QNetworkAccessManager;

namespace bodega {

// Posts one webhook body and says whether the receiver took it (2xx). Blocks
// its caller in a local event loop, so it belongs on a worker thread or in a
// CLI, never on the UI thread; the QNetworkAccessManager is created on the
// calling thread and used only there.
class WebhookSender
{
    Q_DECLARE_TR_FUNCTIONS(bodega::WebhookSender)

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit WebhookSender(int timeoutMs = DefaultTimeoutMs);
    ~WebhookSender();
    WebhookSender(const WebhookSender &) = delete;
    WebhookSender &operator=(const WebhookSender &) = delete;

    // "sha256=<hex HMAC-SHA256 of body keyed with secret>", the
    // X-Bodega-Signature value a receiver recomputes to trust the body.
    static QByteArray signature(const QByteArray &body, const QByteArray &secret);

    // SERVER_UNAVAILABLE on a refused connection, a timeout or a non-2xx
    // answer (the message says which): all of them worth a retry.
    Status post(const QString &url, const QString &event, const QByteArray &body,
                const QByteArray &secret);

private:
    int m_timeoutMs;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace bodega
