#include "aisettings.h"

#include "security/auditaction.h"
#include "security/auditlog.h"
#include "security/userstore.h"
#include "storage/storesettings.h"

namespace bodega {

namespace {

QString onOff(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

} // namespace

QJsonObject AiConfig::toJson() const
{
    QJsonObject policyJson;
    const auto settings = policy.toSettings();
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        policyJson.insert(it.key().mid(QStringLiteral("ai.policy.").size()), it.value());
    return QJsonObject{{QStringLiteral("base_url"), baseUrl},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("timeout_ms"), timeoutMs},
                       {QStringLiteral("endpoint"), hasEndpoint()
                                                        ? endpointKindCode(endpointKind())
                                                        : endpointKindCode(EndpointKind::Offline)},
                       {QStringLiteral("internal_to_cloud"), policy.internalToCloud()},
                       {QStringLiteral("policy"), policyJson},
                       {QStringLiteral("write_tools"), writeTools}};
}

OpenAiConfig AiConfig::toOpenAiConfig(const QString &apiKey) const
{
    OpenAiConfig c;
    c.baseUrl = QUrl(baseUrl);
    c.model = model;
    c.apiKey = apiKey;
    c.timeoutMs = timeoutMs;
    return c;
}

std::unique_ptr<ChatModel> AiConfig::makeEndpoint(const QString &apiKey) const
{
    if (!hasEndpoint())
        return nullptr;
    return std::make_unique<OpenAiChatModel>(toOpenAiConfig(apiKey));
}

QString AiConfig::displayUrl() const
{
    return QUrl(baseUrl).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString AiSettings::normalizedUrl(const QString &url)
{
    QString out = url.trimmed();
    while (out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return out;
}

Status AiSettings::validate(const AiConfig &c)
{
    if (!c.baseUrl.isEmpty()) {
        const QUrl url(c.baseUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (c.baseUrl.size() > 500)
            return Error::validation(QStringLiteral("base_url"),
                                     tr("The AI address is at most 500 characters"));
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return Error::validation(QStringLiteral("base_url"),
                                     tr("The AI address must start with http:// or https:// (e.g. "
                                        "http://127.0.0.1:11434/v1)"));
        if (url.host().isEmpty())
            return Error::validation(QStringLiteral("base_url"),
                                     tr("The AI address needs a host name"));
        // A key typed into the URL would end up in the settings table.
        if (!url.userInfo().isEmpty())
            return Error::validation(QStringLiteral("base_url"),
                                     tr("Put the API key in the key field, not in the address"));
        if (c.model.trimmed().isEmpty())
            return Error::validation(QStringLiteral("model"),
                                     tr("Name the model to use at %1").arg(c.baseUrl));
    }
    if (c.model.size() > 200)
        return Error::validation(QStringLiteral("model"),
                                 tr("The model name is at most 200 characters"));
    if (c.timeoutMs < AiConfig::MinTimeoutMs || c.timeoutMs > AiConfig::MaxTimeoutMs)
        return Error::validation(QStringLiteral("timeout_ms"), tr("The AI timeout is %1 to %2 ms")
                                                                   .arg(AiConfig::MinTimeoutMs)
                                                                   .arg(AiConfig::MaxTimeoutMs));
    return {};
}

Result<AiConfig> AiSettings::load() const
{
    const StoreSettings settings(m_db);
    AiConfig c;
    auto url = settings.valueOr(baseUrlKey(), QString());
    auto model = settings.valueOr(modelKey(), QString());
    auto timeout = settings.valueOr(timeoutKey(), QString());
    auto tools = settings.valueOr(writeToolsKey(), onOff(false));
    for (const auto *r : {&url, &model, &timeout, &tools})
        if (!*r)
            return r->error();
    c.baseUrl = *url;
    c.model = *model;
    bool ok = false;
    const int ms = timeout->toInt(&ok);
    c.timeoutMs = ok ? ms : AiConfig::DefaultTimeoutMs;
    c.writeTools = *tools == QLatin1String("on");
    QMap<QString, QString> policy;
    for (const QString &key : PrivacyPolicy::settingsKeys()) {
        auto v = settings.read(key);
        if (!v)
            return v.error();
        if (*v)
            policy.insert(key, **v);
    }
    c.policy = PrivacyPolicy::fromSettings(policy);
    return c;
}

Status AiSettings::save(const std::optional<Actor> &actor, AiConfig config)
{
    config.baseUrl = normalizedUrl(config.baseUrl);
    config.model = config.model.trimmed();
    if (auto s = validate(config); !s)
        return s;
    if (auto s = UserStore(m_db, m_clock).check(actor, Permission::ManageStore); !s)
        return s;
    auto before = load();
    if (!before)
        return before.error();
    if (*before == config)
        return {};
    QMap<QString, QString> values = config.policy.toSettings();
    values.insert(baseUrlKey(), config.baseUrl);
    values.insert(modelKey(), config.model);
    values.insert(timeoutKey(), QString::number(config.timeoutMs));
    values.insert(writeToolsKey(), onOff(config.writeTools));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    StoreSettings settings(m_db);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (auto s = settings.setValue(it.key(), it.value()); !s)
            return s;
    if (auto s = AuditLog(m_db, m_clock)
                     .record(actor, AuditAction::AiSettingsChanged, QStringLiteral("ai"),
                             before->toJson(), config.toJson());
        !s)
        return s;
    return tx.commit();
}

Result<QString> AiSettings::apiKey() const
{
    auto key = m_credentials.load(apiKeyCredential());
    if (!key && key.error().code == ErrorCode::NotFound)
        return QString();
    return key;
}

bool AiSettings::hasApiKey() const
{
    return !apiKey().value_or(QString()).isEmpty();
}

Status AiSettings::setApiKey(const std::optional<Actor> &actor, const QString &key)
{
    if (key.size() > 1000)
        return Error::validation(QStringLiteral("api_key"),
                                 tr("The API key is at most 1000 characters"));
    if (key.contains(QLatin1Char('\n')) || key.contains(QLatin1Char('\r')))
        return Error::validation(QStringLiteral("api_key"),
                                 tr("The API key is one line without line breaks"));
    if (auto s = UserStore(m_db, m_clock).check(actor, Permission::ManageStore); !s)
        return s;
    const bool had = hasApiKey();
    if (auto s = m_credentials.save(apiKeyCredential(), key); !s)
        return s;
    const auto state = [](bool set) {
        return set ? QStringLiteral("set") : QStringLiteral("none");
    };
    return AuditLog(m_db, m_clock)
        .record(actor, AuditAction::AiKeyChanged, QStringLiteral("ai.api_key"),
                QJsonObject{{QStringLiteral("key"), state(had)}},
                QJsonObject{{QStringLiteral("key"), state(!key.isEmpty())}});
}

} // namespace bodega
