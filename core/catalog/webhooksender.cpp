#include "webhooksender.h"

#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace bodega {

WebhookSender::WebhookSender(int timeoutMs)
    : m_timeoutMs(timeoutMs), m_network(new QNetworkAccessManager)
{
}

WebhookSender::~WebhookSender()
{
    delete m_network;
}

QByteArray WebhookSender::signature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" +
           QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

Status WebhookSender::post(const QString &url, const QString &event, const QByteArray &body,
                           const QByteArray &secret)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Bodega-Event", event.toUtf8());
    if (!secret.isEmpty())
        request.setRawHeader("X-Bodega-Signature", signature(body, secret));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    Error e{ErrorCode::ServerUnavailable, {}, {}};
    if (timedOut) {
        e.message = tr("The webhook did not answer within %1 s").arg(m_timeoutMs / 1000.0);
    } else if (status >= 200 && status < 300) {
        return {};
    } else if (status != 0) {
        e.message = tr("The webhook answered HTTP %1").arg(status);
        e.details.insert(QStringLiteral("http_status"), status);
    } else {
        e.message = tr("The webhook could not be reached: %1").arg(errorText);
        e.details.insert(QStringLiteral("network_error"), int(networkError));
    }
    return e;
}

} // namespace bodega
