#pragma once

#include "ai/airouter.h"
#include "ai/offlineengine.h"
#include "assistant/assistantsession.h"
#include "security/accesspolicy.h"
#include "security/airequestlog.h"
#include "security/aisettings.h"
#include "ui/workertypes.h"

#include <functional>
#include <memory>
#include <optional>
#include <QMetaType>
#include <QMutex>
#include <QObject>

class QTimer;

namespace bodega {

class Database;

// What the AI settings dialog shows.
struct AiSettingsReport
{
    AiConfig config;
    bool hasKey = false;
    QString keyLocation;    // where a key saved now goes, in words
    bool mayChange = false; // the user at this terminal may change them (ManageStore)
};

// The AI request log, newest first.
struct AiLogReport
{
    QVector<AiRequestEntry> entries;
};

// What "Test connection" found.
struct AiTestResult
{
    bool ok = false;
    QString model; // as the server named it
    EndpointKind endpoint = EndpointKind::Cloud;
    qint64 latencyMs = 0;
    QString reply;
    Error error; // when !ok
};

// The AI side of the GUI, on its own thread like the StoreWorker, with its
// own store connection: the AI settings and key, the ai_requests log, the
// configured endpoint built from the settings (with its circuit breaker) and
// its status, and "Test connection", which blocks for as long as the server
// takes (up to the timeout and its retries) and so runs here, never on the UI
// thread nor on the StoreWorker the till needs.
//
// Permissions are core's (AiSettings, AccessPolicy) against the user logged
// in at this terminal, which MainWindow forwards from the StoreWorker's
// loggedIn / loggedOut.
class AiWorker : public QObject
{
    Q_OBJECT

public:
    // Builds the endpoint for a configuration and key (app/ passes the
    // OpenAI-compatible provider; null: no LLM in this build).
    using EndpointFactory =
        std::function<std::unique_ptr<ChatModel>(const AiConfig &config, const QString &apiKey)>;
    static EndpointFactory defaultEndpointFactory();
    static constexpr int StatusPollMs = 1000;
    // Messages of the user's history the assistant pane shows on sign-in.
    static constexpr int HistoryShown = 200;

    AiWorker(QString storePath, EndpointFactory factory,
             std::shared_ptr<CredentialStore> credentials, QObject *parent = nullptr);
    ~AiWorker() override;

    // After the StoreWorker opened (and migrated) the store; requests before
    // it fail with STORAGE_FAILED.
    void start();
    quint64 requestSettings();
    // key: nullopt leaves the stored key alone, an empty one removes it.
    quint64 requestSaveSettings(const AiConfig &config, const std::optional<QString> &key);
    quint64 requestLog(int limit = 500);
    // A tiny request (purpose test_connection, public data) to the endpoint
    // `config` describes, with `key` or, without one, the stored key. Recorded
    // in the AI log like every request.
    quint64 requestTest(const AiConfig &config, const std::optional<QString> &key);

    // The endpoint the settings describe (null without one); thread-safe.
    // Whoever sends requests shares it, so the status bar's breaker is theirs.
    std::shared_ptr<ChatModel> endpoint() const;
    const PrivacyPolicy policy() const;

    // The assistant pane's questions, answered here with the store's tools
    // (through the LLM when the policy lets it, else the offline engine),
    // for the user setActor() named. History is that user's.
    quint64 requestAsk(const QString &text);
    // "Generate with AI" in the product form: the LLM when configured, the
    // offline engine otherwise or when the LLM fails (the answer says so).
    quint64 requestSuggestion(const bodega::AiRequest &request);
    quint64 requestAssistantHistory();
    quint64 requestExportAssistantHistory(const QString &path);
    quint64 requestForgetAssistantHistory();

public slots:
    void open();
    void setActor(const std::optional<bodega::Actor> &actor);
    void loadSettings(quint64 ticket);
    void saveSettings(quint64 ticket, const bodega::AiConfig &config,
                      const std::optional<QString> &key);
    void loadLog(quint64 ticket, int limit);
    void test(quint64 ticket, const bodega::AiConfig &config, const std::optional<QString> &key);
    void pollStatus();
    // Reads the AI settings again after someone else wrote them (the
    // first-run wizard, the settings dialog) and rebuilds the endpoint.
    void reloadSettings();
    void ask(quint64 ticket, const QString &text);
    void suggest(quint64 ticket, const bodega::AiRequest &request);
    void loadAssistantHistory(quint64 ticket);
    void exportAssistantHistory(quint64 ticket, const QString &path);
    void forgetAssistantHistory(quint64 ticket);

signals:
    void settingsLoaded(quint64 ticket, const bodega::AiSettingsReport &report);
    void settingsSaved(quint64 ticket, const bodega::AiSettingsReport &report);
    void logLoaded(quint64 ticket, const bodega::AiLogReport &report);
    void tested(quint64 ticket, const bodega::AiTestResult &result);
    // The active AI or its breaker changed (and once after start).
    void statusChanged(const bodega::AiStatus &status);
    void requestFailed(quint64 ticket, const bodega::Error &error);
    void answered(quint64 ticket, const bodega::AssistantAnswer &answer);
    void suggestionReady(quint64 ticket, const bodega::AiSuggestion &suggestion);
    void assistantHistoryLoaded(quint64 ticket, const QVector<bodega::AssistantMessage> &messages);
    void assistantHistoryExported(quint64 ticket, const QString &path, int messages);
    void assistantForgotten(quint64 ticket, int messages);

private:
    template <typename Fn> quint64 post(Fn &&fn);
    bool ensureOpen(quint64 ticket);
    Result<AiSettingsReport> report();
    void rebuildEndpoint(const AiConfig &config);

    QString m_path;
    EndpointFactory m_factory;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfflineEngine> m_engine;       // the assistant's describe_product
    std::unique_ptr<AssistantSession> m_assistant; // over m_db and m_engine
    std::optional<Actor> m_actor;
    QTimer *m_poll = nullptr;
    mutable QMutex m_mutex; // guards the two below, read from other threads
    std::shared_ptr<ChatModel> m_endpoint;
    PrivacyPolicy m_policy;
    std::optional<AiStatus> m_lastStatus;
};

// Registers the types above for queued connections. Safe to call more than once.
void registerAiWorkerTypes();

} // namespace bodega

Q_DECLARE_METATYPE(bodega::AiConfig)
Q_DECLARE_METATYPE(bodega::AiSettingsReport)
Q_DECLARE_METATYPE(bodega::AiLogReport)
Q_DECLARE_METATYPE(bodega::AiTestResult)
Q_DECLARE_METATYPE(bodega::AiStatus)
Q_DECLARE_METATYPE(bodega::AssistantAnswer)
Q_DECLARE_METATYPE(bodega::AssistantMessage)
