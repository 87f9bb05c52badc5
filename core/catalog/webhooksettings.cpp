#include "webhooksettings.h"

#include "security/auditaction.h"
#include "security/auditlog.h"
#include "storage/storesettings.h"

#include <QJsonObject>
#include <QUrl>

namespace bodega {

namespace {

QString printable(const QString &url)
{
    return QUrl(url).toString(QUrl::RemoveUserInfo);
}

} // namespace

Result<QString> WebhookSettings::url() const
{
    return StoreSettings(m_db).valueOr(urlKey(), {});
}

Status WebhookSettings::validateUrl(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (text.size() > 500)
        return Error::validation(QStringLiteral("url"),
                                 tr("The webhook address is at most 500 characters"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error::validation(QStringLiteral("url"),
                                 tr("The webhook address must start with http:// or https:// "
                                    "(e.g. https://n8n.example.com/webhook/bodega)"));
    if (url.host().isEmpty())
        return Error::validation(QStringLiteral("url"),
                                 tr("The webhook address needs a host name"));
    return {};
}

Status WebhookSettings::setUrl(const std::optional<Actor> &actor, const QString &value)
{
    const QString url = value.trimmed();
    if (auto s = validateUrl(url); !s)
        return s;
    if (auto s = UserStore(m_db, m_clock).check(actor, Permission::ManageStore); !s)
        return s;
    auto before = this->url();
    if (!before)
        return before.error();
    if (*before == url)
        return {};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto s = StoreSettings(m_db).setValue(urlKey(), url); !s)
        return s;
    if (auto s = AuditLog(m_db, m_clock)
                     .record(actor, AuditAction::WebhookSettingsChanged, urlKey(),
                             QJsonObject{{QStringLiteral("url"), printable(*before)}},
                             QJsonObject{{QStringLiteral("url"), printable(url)}});
        !s)
        return s;
    return tx.commit();
}

Result<bool> WebhookSettings::enabled() const
{
    auto v = StoreSettings(m_db).valueOr(enabledKey(), QStringLiteral("on"));
    if (!v)
        return v.error();
    return *v != QLatin1String("off");
}

Result<QString> WebhookSettings::deliveryUrl() const
{
    auto on = enabled();
    if (!on)
        return on.error();
    return *on ? url() : Result<QString>(QString());
}

Status WebhookSettings::setEnabled(const std::optional<Actor> &actor, bool on)
{
    if (auto s = UserStore(m_db, m_clock).check(actor, Permission::ManageStore); !s)
        return s;
    auto before = enabled();
    if (!before)
        return before.error();
    if (*before == on)
        return {};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    const QString value = on ? QStringLiteral("on") : QStringLiteral("off");
    if (auto s = StoreSettings(m_db).setValue(enabledKey(), value); !s)
        return s;
    if (auto s = AuditLog(m_db, m_clock)
                     .record(actor, AuditAction::WebhookSettingsChanged, enabledKey(),
                             QJsonObject{{QStringLiteral("enabled"), *before}},
                             QJsonObject{{QStringLiteral("enabled"), on}});
        !s)
        return s;
    return tx.commit();
}

Result<QString> WebhookSettings::secret() const
{
    if (!m_credentials)
        return QString();
    auto secret = m_credentials->load(secretCredential());
    if (!secret && secret.error().code == ErrorCode::NotFound)
        return QString();
    return secret;
}

Status WebhookSettings::setSecret(const std::optional<Actor> &actor, const QString &secret)
{
    if (!m_credentials)
        return Error{
            ErrorCode::NotConfigured, tr("There is no place to keep the webhook secret"), {}};
    if (secret.size() > 1000 || secret.contains(QLatin1Char('\n')) ||
        secret.contains(QLatin1Char('\r')))
        return Error::validation(QStringLiteral("secret"),
                                 tr("The webhook secret is one line of at most 1000 characters"));
    if (auto s = UserStore(m_db, m_clock).check(actor, Permission::ManageStore); !s)
        return s;
    auto had = this->secret();
    const bool hadOne = had && !had->isEmpty();
    if (auto s = m_credentials->save(secretCredential(), secret); !s)
        return s;
    const auto state = [](bool set) {
        return set ? QStringLiteral("set") : QStringLiteral("none");
    };
    return AuditLog(m_db, m_clock)
        .record(actor, AuditAction::WebhookSecretChanged, secretCredential(),
                QJsonObject{{QStringLiteral("secret"), state(hadOne)}},
                QJsonObject{{QStringLiteral("secret"), state(!secret.isEmpty())}});
}

} // namespace bodega
