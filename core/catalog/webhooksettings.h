#pragma once

#include "common/clock.h"
#include "security/credentialstore.h"
#include "security/userstore.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace bodega {

// Where low-stock webhooks go: the URL in the settings table (webhook.url)
// and whether it is switched on (webhook.enabled, on unless "off": switched
// off, the URL is kept for later but no alert is queued for it),
// the HMAC secret in the CredentialStore (webhook.secret), never in the
// settings table. Changes need ManageStore (an admin) and are audited
// (webhook_settings_changed: the URL without user info; webhook_secret_changed
// without the secret).
class WebhookSettings
{
    Q_DECLARE_TR_FUNCTIONS(bodega::WebhookSettings)

public:
    WebhookSettings(Database &db, CredentialStore *credentials, const Clock &clock)
        : m_db(db), m_credentials(credentials), m_clock(clock)
    {
    }

    static QString urlKey() { return QStringLiteral("webhook.url"); }
    static QString enabledKey() { return QStringLiteral("webhook.enabled"); }
    static QString secretCredential() { return QStringLiteral("webhook.secret"); }

    // Empty: no webhook, alerts stay in the inbox only.
    Result<QString> url() const;
    // VALIDATION_FAILED (field url): not http(s), no host, over 500 characters.
    static Status validateUrl(const QString &url);
    // An empty URL turns the webhook off.
    Status setUrl(const std::optional<Actor> &actor, const QString &url);
    Result<bool> enabled() const;
    Status setEnabled(const std::optional<Actor> &actor, bool enabled);
    // Where a new alert goes: the URL while enabled, else empty.
    Result<QString> deliveryUrl() const;

    // Empty when none is stored (or there is no credential store): the
    // webhook is then sent unsigned.
    Result<QString> secret() const;
    Status setSecret(const std::optional<Actor> &actor, const QString &secret);

private:
    Database &m_db;
    CredentialStore *m_credentials;
    const Clock &m_clock;
};

} // namespace bodega
