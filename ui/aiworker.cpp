#include "aiworker.h"

#include "security/userstore.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAiWorker, "bodega.ui.ai")

namespace bodega {

void registerAiWorkerTypes()
{
    qRegisterMetaType<bodega::Error>();
    qRegisterMetaType<bodega::AiConfig>();
    qRegisterMetaType<bodega::AiSettingsReport>();
    qRegisterMetaType<bodega::AiLogReport>();
    qRegisterMetaType<bodega::AiTestResult>();
    qRegisterMetaType<bodega::AiStatus>();
    qRegisterMetaType<bodega::AiRequest>();
    qRegisterMetaType<bodega::AiSuggestion>();
    qRegisterMetaType<bodega::AssistantAnswer>();
    qRegisterMetaType<bodega::AssistantMessage>();
    qRegisterMetaType<QVector<bodega::AssistantMessage>>();
}

namespace {

quint64 nextAiTicket()
{
    static QAtomicInteger<quint64> counter;
    return counter.fetchAndAddRelaxed(1) + 1;
}

bool sameStatus(const AiStatus &a, const AiStatus &b)
{
    return a.active == b.active && a.model == b.model && a.endpointUrl == b.endpointUrl &&
           a.breakerOpen == b.breakerOpen && a.endpoints == b.endpoints;
}

} // namespace

AiWorker::EndpointFactory AiWorker::defaultEndpointFactory()
{
    return [](const AiConfig &config, const QString &apiKey) -> std::unique_ptr<ChatModel> {
        return config.makeEndpoint(apiKey);
    };
}

AiWorker::AiWorker(QString storePath, EndpointFactory factory,
                   std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent), m_path(std::move(storePath)), m_factory(std::move(factory)),
      m_credentials(std::move(credentials))
{
    registerAiWorkerTypes();
    if (!m_credentials)
        m_credentials =
            std::make_shared<FileCredentialStore>(FileCredentialStore::defaultDirectory());
}

AiWorker::~AiWorker() = default;

template <typename Fn> quint64 AiWorker::post(Fn &&fn)
{
    const quint64 ticket = nextAiTicket();
    QMetaObject::invokeMethod(
        this, [this, ticket, fn = std::forward<Fn>(fn)]() { fn(this, ticket); },
        Qt::QueuedConnection);
    return ticket;
}

void AiWorker::start()
{
    QMetaObject::invokeMethod(this, &AiWorker::open, Qt::QueuedConnection);
}

quint64 AiWorker::requestSettings()
{
    return post([](AiWorker *w, quint64 t) { w->loadSettings(t); });
}

quint64 AiWorker::requestSaveSettings(const AiConfig &config, const std::optional<QString> &key)
{
    return post([config, key](AiWorker *w, quint64 t) { w->saveSettings(t, config, key); });
}

quint64 AiWorker::requestLog(int limit)
{
    return post([limit](AiWorker *w, quint64 t) { w->loadLog(t, limit); });
}

quint64 AiWorker::requestTest(const AiConfig &config, const std::optional<QString> &key)
{
    return post([config, key](AiWorker *w, quint64 t) { w->test(t, config, key); });
}

quint64 AiWorker::requestAsk(const QString &text)
{
    return post([text](AiWorker *w, quint64 t) { w->ask(t, text); });
}

quint64 AiWorker::requestSuggestion(const AiRequest &request)
{
    return post([request](AiWorker *w, quint64 t) { w->suggest(t, request); });
}

quint64 AiWorker::requestAssistantHistory()
{
    return post([](AiWorker *w, quint64 t) { w->loadAssistantHistory(t); });
}

quint64 AiWorker::requestExportAssistantHistory(const QString &path)
{
    return post([path](AiWorker *w, quint64 t) { w->exportAssistantHistory(t, path); });
}

quint64 AiWorker::requestForgetAssistantHistory()
{
    return post([](AiWorker *w, quint64 t) { w->forgetAssistantHistory(t); });
}

std::shared_ptr<ChatModel> AiWorker::endpoint() const
{
    QMutexLocker lock(&m_mutex);
    return m_endpoint;
}

const PrivacyPolicy AiWorker::policy() const
{
    QMutexLocker lock(&m_mutex);
    return m_policy;
}

void AiWorker::open()
{
    if (m_db)
        return;
    auto db = Database::open(m_path);
    if (!db) {
        qCWarning(lcAiWorker) << "cannot open the store" << m_path << db.error().message;
        return;
    }
    m_db = std::move(db).value();
    m_engine = std::make_unique<OfflineEngine>();
    m_assistant = std::make_unique<AssistantSession>(*m_db, *m_engine);
    if (auto s = m_assistant->trainEngine(); !s)
        qCWarning(lcAiWorker) << "the assistant's engine was not trained:" << s.error().message;
    if (auto config = AiSettings(*m_db, *m_credentials, Clock::system()).load())
        rebuildEndpoint(*config);
    else
        qCWarning(lcAiWorker) << "AI settings unreadable:" << config.error().message;
    m_poll = new QTimer(this);
    m_poll->setInterval(StatusPollMs);
    connect(m_poll, &QTimer::timeout, this, &AiWorker::pollStatus);
    m_poll->start();
    pollStatus();
}

bool AiWorker::ensureOpen(quint64 ticket)
{
    if (m_db)
        return true;
    // Not opened here: a new store is being migrated by the StoreWorker, and
    // a second connection migrating at the same time would fail.
    emit requestFailed(ticket, Error::storage(tr("The store is not open yet")));
    return false;
}

void AiWorker::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
}

void AiWorker::rebuildEndpoint(const AiConfig &config)
{
    std::shared_ptr<ChatModel> endpoint;
    if (config.hasEndpoint() && m_factory) {
        const QString key =
            AiSettings(*m_db, *m_credentials, Clock::system()).apiKey().value_or(QString());
        endpoint = m_factory(config, key);
    }
    if (m_assistant) {
        m_assistant->setEndpoint(endpoint, config.policy);
        m_assistant->setWritesEnabled(config.writeTools);
    }
    QMutexLocker lock(&m_mutex);
    m_endpoint = std::move(endpoint);
    m_policy = config.policy;
}

void AiWorker::pollStatus()
{
    const auto current = endpoint();
    QVector<ChatModel *> endpoints;
    if (current)
        endpoints << current.get();
    const AiStatus status = AiRouter(endpoints, policy(), nullptr, Clock::system()).status();
    if (m_lastStatus && sameStatus(*m_lastStatus, status))
        return;
    m_lastStatus = status;
    emit statusChanged(status);
}

void AiWorker::reloadSettings()
{
    if (!m_db)
        return;
    auto config = AiSettings(*m_db, *m_credentials, Clock::system()).load();
    if (!config) {
        qCWarning(lcAiWorker) << "AI settings unreadable:" << config.error().message;
        return;
    }
    rebuildEndpoint(*config);
    pollStatus();
}

Result<AiSettingsReport> AiWorker::report()
{
    AiSettings settings(*m_db, *m_credentials, Clock::system());
    auto config = settings.load();
    if (!config)
        return config.error();
    AiSettingsReport r;
    r.config = *config;
    r.hasKey = settings.hasApiKey();
    r.keyLocation = settings.keyLocation();
    r.mayChange = UserStore(*m_db, Clock::system()).check(m_actor, Permission::ManageStore).ok();
    return r;
}

void AiWorker::loadSettings(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    auto r = report();
    if (!r) {
        emit requestFailed(ticket, r.error());
        return;
    }
    emit settingsLoaded(ticket, *r);
}

void AiWorker::saveSettings(quint64 ticket, const AiConfig &config,
                            const std::optional<QString> &key)
{
    if (!ensureOpen(ticket))
        return;
    AiSettings settings(*m_db, *m_credentials, Clock::system());
    // The key is checked with the rest, so a bad URL leaves it alone too.
    AiConfig wanted = config;
    wanted.baseUrl = AiSettings::normalizedUrl(wanted.baseUrl);
    if (auto s = AiSettings::validate(wanted); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    if (auto s = settings.save(m_actor, wanted); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    if (key) {
        if (auto s = settings.setApiKey(m_actor, *key); !s) {
            emit requestFailed(ticket, s.error());
            return;
        }
    }
    auto r = report();
    if (!r) {
        emit requestFailed(ticket, r.error());
        return;
    }
    rebuildEndpoint(r->config);
    pollStatus();
    emit settingsSaved(ticket, *r);
}

void AiWorker::loadLog(quint64 ticket, int limit)
{
    if (!ensureOpen(ticket))
        return;
    // Read like the audit trail, by the same people.
    if (auto s = UserStore(*m_db, Clock::system()).check(m_actor, Permission::ViewAudit); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    auto entries = AiRequestLog(*m_db).recent(limit);
    if (!entries) {
        emit requestFailed(ticket, entries.error());
        return;
    }
    emit logLoaded(ticket, AiLogReport{*entries});
}

void AiWorker::test(quint64 ticket, const AiConfig &config, const std::optional<QString> &key)
{
    if (!ensureOpen(ticket))
        return;
    AiConfig wanted = config;
    wanted.baseUrl = AiSettings::normalizedUrl(wanted.baseUrl);
    if (auto s = AiSettings::validate(wanted); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    if (!wanted.hasEndpoint()) {
        emit requestFailed(ticket, Error::validation(QStringLiteral("base_url"),
                                                     tr("Type the address of the AI server")));
        return;
    }
    const QString apiKey =
        key ? *key
            : AiSettings(*m_db, *m_credentials, Clock::system()).apiKey().value_or(QString());
    const std::unique_ptr<ChatModel> endpoint = m_factory ? m_factory(wanted, apiKey) : nullptr;
    if (!endpoint) {
        emit requestFailed(
            ticket, Error{ErrorCode::NotConfigured, tr("This build has no HTTP AI provider"), {}});
        return;
    }
    AiRequestLog log(*m_db);
    AiRouter router({endpoint.get()}, wanted.policy, &log, Clock::system());
    ChatRequest request;
    request.messages = {
        ChatMessage{ChatMessage::Role::System, QStringLiteral("Answer with one word."), {}, {}},
        ChatMessage{ChatMessage::Role::User, QStringLiteral("Say OK."), {}, {}}};
    request.purpose = QStringLiteral("test_connection");
    request.dataClasses = DataClass::Public;
    request.maxTokens = 5;
    request.temperature = 0;
    if (m_actor) {
        request.userId = m_actor->userId;
        request.userName = m_actor->name;
    }
    auto reply = router.chat(request);
    AiTestResult result;
    result.endpoint = endpoint->kind();
    if (reply) {
        result.ok = true;
        result.model = reply->model;
        result.latencyMs = reply->latencyMs;
        result.reply = reply->message.content.left(200);
    } else {
        result.error = reply.error();
    }
    emit tested(ticket, result);
}

void AiWorker::ask(quint64 ticket, const QString &text)
{
    if (!ensureOpen(ticket))
        return;
    // The UI's language for answers without one of their own (a bare "hola").
    const QString language =
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("es");
    auto answer = m_assistant->ask(m_actor, text, language);
    if (!answer) {
        emit requestFailed(ticket, answer.error());
        return;
    }
    emit answered(ticket, *answer);
}

void AiWorker::suggest(quint64 ticket, const AiRequest &request)
{
    if (!ensureOpen(ticket))
        return;
    auto suggestion = m_assistant->describe(request);
    if (!suggestion) {
        emit requestFailed(ticket, suggestion.error());
        return;
    }
    emit suggestionReady(ticket, *suggestion);
}

void AiWorker::loadAssistantHistory(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    auto messages =
        m_assistant->history().messages(m_actor ? m_actor->userId : QString(), HistoryShown);
    if (!messages) {
        emit requestFailed(ticket, messages.error());
        return;
    }
    emit assistantHistoryLoaded(ticket, *messages);
}

void AiWorker::exportAssistantHistory(quint64 ticket, const QString &path)
{
    if (!ensureOpen(ticket))
        return;
    const QString userId = m_actor ? m_actor->userId : QString();
    auto json = m_assistant->history().exportJson(userId);
    if (!json) {
        emit requestFailed(ticket, json.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        emit requestFailed(
            ticket,
            Error{ErrorCode::StorageFailed,
                  tr("The history could not be written to %1: %2").arg(path, file.errorString()),
                  {{QStringLiteral("field"), QStringLiteral("path")}}});
        return;
    }
    const int count =
        QJsonDocument::fromJson(*json).object().value(QStringLiteral("messages")).toArray().size();
    emit assistantHistoryExported(ticket, path, count);
}

void AiWorker::forgetAssistantHistory(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    auto forgotten = m_assistant->history().forget(m_actor ? m_actor->userId : QString());
    if (!forgotten) {
        emit requestFailed(ticket, forgotten.error());
        return;
    }
    emit assistantForgotten(ticket, *forgotten);
}

} // namespace bodega
