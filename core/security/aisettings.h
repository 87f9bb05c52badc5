#pragma once

#include "ai/openaichatmodel.h"
#include "ai/privacypolicy.h"
#include "common/clock.h"
#include "security/accesspolicy.h"
#include "security/credentialstore.h"
#include "storage/database.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace bodega {

// How this terminal reaches an LLM (issue 5): an OpenAI-compatible endpoint,
// the privacy policy over it, and whether outside assistants (MCP) and the
// assistant may use the write tools. The API key is not here: it lives in the
// CredentialStore, never in the settings table.
struct AiConfig
{
    static constexpr int DefaultTimeoutMs = 30000; // SPEC: AI calls time out at 30 s
    static constexpr int MinTimeoutMs = 1000;
    static constexpr int MaxTimeoutMs = 600000;

    QString baseUrl; // empty: no LLM, the offline engine answers alone
    QString model;
    int timeoutMs = DefaultTimeoutMs;
    PrivacyPolicy policy;
    bool writeTools = false;

    bool hasEndpoint() const { return !baseUrl.isEmpty(); }
    // Local for a loopback URL, Cloud otherwise, a LAN server included (its
    // traffic crosses a network the store may not own).
    EndpointKind endpointKind() const { return OpenAiChatModel::kindOf(QUrl(baseUrl)); }
    // What the OpenAI-compatible provider is built from (SPEC's retries,
    // backoff and breaker are its defaults).
    OpenAiConfig toOpenAiConfig(const QString &apiKey) const;
    // The endpoint these settings describe, the one construction every front
    // end (GUI, bodegactl) uses; null when no URL is set.
    std::unique_ptr<ChatModel> makeEndpoint(const QString &apiKey) const;
    // The URL without user info, query or fragment: safe to print.
    QString displayUrl() const;
    // What `bodegactl ai config --show --json` prints and the audit records
    // as before/after: never the key.
    QJsonObject toJson() const;
    bool operator==(const AiConfig &o) const
    {
        return baseUrl == o.baseUrl && model == o.model && timeoutMs == o.timeoutMs &&
               policy == o.policy && writeTools == o.writeTools;
    }
    bool operator!=(const AiConfig &o) const { return !(*this == o); }
};

// Reads and writes the AI settings in the store's settings table (keys ai.*)
// and the key in the CredentialStore. Every change needs ManageStore (an
// admin) and is audited: ai_settings_changed with the values before and
// after, ai_key_changed without the key.
class AiSettings
{
    Q_DECLARE_TR_FUNCTIONS(bodega::AiSettings)

public:
    AiSettings(Database &db, CredentialStore &credentials, const Clock &clock)
        : m_db(db), m_credentials(credentials), m_clock(clock)
    {
    }

    static QString baseUrlKey() { return QStringLiteral("ai.base_url"); }
    static QString modelKey() { return QStringLiteral("ai.model"); }
    static QString timeoutKey() { return QStringLiteral("ai.timeout_ms"); }
    static QString writeToolsKey() { return QStringLiteral("ai.write_tools"); }
    static QString apiKeyCredential() { return QStringLiteral("ai.api_key"); }

    Result<AiConfig> load() const;
    // VALIDATION_FAILED naming the field: base_url (not http(s), no host,
    // user info in it, over 500 characters), model (missing while a URL is
    // set, over 200 characters), timeout_ms (outside 1 s..10 min).
    static Status validate(const AiConfig &config);
    // The URL as stored: trimmed, without a trailing slash.
    static QString normalizedUrl(const QString &url);
    // Validates, checks the actor, writes what changed in one transaction
    // with its audit entry. Nothing changes on any error.
    Status save(const std::optional<Actor> &actor, AiConfig config);

    // The key, empty when none is stored.
    Result<QString> apiKey() const;
    bool hasApiKey() const;
    // An empty key removes it. Audited (never the key itself).
    Status setApiKey(const std::optional<Actor> &actor, const QString &key);
    QString keyLocation() const { return m_credentials.location(); }

private:
    Database &m_db;
    CredentialStore &m_credentials;
    const Clock &m_clock;
};

} // namespace bodega
