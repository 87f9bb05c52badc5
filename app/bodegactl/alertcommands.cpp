// bodegactl's low-stock alerts and their webhook (issue 6, points 2 and 6):
// the inbox with each alert's delivery state, one delivery round for cron,
// and the webhook's URL and secret.
#include "bodegactl.h"

#include "platform/keychaincredentialstore.h"

#include "catalog/webhookdispatcher.h"

#include <QJsonArray>

namespace bodega {

Result<std::optional<QString>> BodegaCtl::secretFromEnv(const std::optional<QString> &variable,
                                                        const QString &field)
{
    if (!variable)
        return std::optional<QString>();
    const QByteArray name = variable->toLocal8Bit();
    if (name.isEmpty() || !qEnvironmentVariableIsSet(name.constData()))
        return Error::validation(field,
                                 tr("The environment variable %1 is not set").arg(*variable));
    return std::optional<QString>(qEnvironmentVariable(name.constData()));
}

int BodegaCtl::cmdAlertsList()
{
    auto limit = takeLimit(50, 10000);
    if (!limit)
        return fail(limit.error());
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto alerts = m_catalog->recentAlerts(*limit);
    if (!alerts)
        return fail(alerts.error());
    auto unread = AlertInbox(*m_db, Clock::system()).unreadCount();
    if (!unread)
        return fail(unread.error());
    auto deliveries = WebhookQueue(*m_db, Clock::system()).latestByAlert();
    if (!deliveries)
        return fail(deliveries.error());
    QJsonArray json;
    QString text;
    for (const LowStockAlert &a : std::as_const(*alerts)) {
        QJsonObject o = a.toJson();
        QString state = tr("no webhook");
        if (deliveries->contains(a.id)) {
            const WebhookDelivery d = deliveries->value(a.id);
            o.insert(QStringLiteral("webhook"), d.toJson());
            state = d.status == QLatin1String("dead")
                        ? tr("webhook failed: %1").arg(d.lastError)
                        : tr("webhook %1 (%2 attempts)").arg(d.status).arg(d.attempts);
        }
        json.append(o);
        text += QStringLiteral("%1  %2%3  [%4]\n")
                    .arg(a.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         a.read ? QString() : tr("(unread) "), a.message, state);
    }
    text += tr("%1 unread").arg(*unread);
    return succeed(
        QJsonObject{{QStringLiteral("alerts"), json}, {QStringLiteral("unread"), *unread}}, text);
}

int BodegaCtl::cmdAlertsDeliver()
{
    const auto timeout = takeOption(QStringLiteral("--timeout-ms"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    int timeoutMs = WebhookSender::DefaultTimeoutMs;
    if (timeout) {
        bool ok = false;
        timeoutMs = timeout->toInt(&ok);
        if (!ok || timeoutMs < 100 || timeoutMs > 600000)
            return fail(Error::validation(QStringLiteral("timeout_ms"),
                                          tr("--timeout-ms is 100 to 600000 milliseconds")));
    }
    if (auto s = openStore(false); !s)
        return fail(s.error());
    KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
    WebhookSender sender(timeoutMs);
    auto round = WebhookDispatcher(*m_db, &credentials, Clock::system(), sender).runRound();
    if (!round)
        return fail(round.error());
    WebhookQueue queue(*m_db, Clock::system());
    auto pending = queue.count(QStringLiteral("pending"));
    if (!pending)
        return fail(pending.error());
    return succeed(QJsonObject{{QStringLiteral("delivered"), round->delivered},
                               {QStringLiteral("retrying"), round->retrying},
                               {QStringLiteral("dead"), round->dead},
                               {QStringLiteral("pending"), *pending}},
                   tr("%1 delivered, %2 to retry, %3 failed for good; %4 pending")
                       .arg(round->delivered)
                       .arg(round->retrying)
                       .arg(round->dead)
                       .arg(*pending));
}

int BodegaCtl::cmdWebhookSet()
{
    const auto url = takeOption(QStringLiteral("--url"));
    const auto secretVariable = takeOption(QStringLiteral("--secret-from-env"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    for (const auto *o : {&url, &secretVariable})
        if (*o && o->value().isNull())
            return usage(tr("webhook set: an option needs a value"));
    if (!url && !secretVariable)
        return usage(tr("webhook set: give --url and/or --secret-from-env"));
    auto secretValue = secretFromEnv(secretVariable, QStringLiteral("secret_from_env"));
    if (!secretValue)
        return fail(secretValue.error());
    const std::optional<QString> secret = *secretValue;
    if (url) {
        if (auto s = WebhookSettings::validateUrl(url->trimmed()); !s)
            return fail(s.error());
    }
    if (auto s = openStore(false); !s)
        return fail(s.error());
    KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
    WebhookSettings settings(*m_db, &credentials, Clock::system());
    if (url) {
        if (auto s = settings.setUrl(m_catalog->actor(), *url); !s)
            return fail(s.error());
    }
    if (secret) {
        if (auto s = settings.setSecret(m_catalog->actor(), *secret); !s)
            return fail(s.error());
    }
    auto shown = settings.url();
    if (!shown)
        return fail(shown.error());
    auto stored = settings.secret();
    const bool signing = stored && !stored->isEmpty();
    return succeed(
        QJsonObject{{QStringLiteral("url"), *shown}, {QStringLiteral("signed"), signing}},
        tr("Webhook: %1; %2")
            .arg(shown->isEmpty() ? tr("off") : *shown,
                 signing ? tr("signed (secret in %1)").arg(credentials.location())
                         : tr("unsigned")));
}

} // namespace bodega
