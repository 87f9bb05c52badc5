// bodegactl's AI settings and AI request log (issue 5, points 2 and 7): the
// same BodegaCtl class, kept apart from the catalog commands.
#include "bodegactl.h"

#include "platform/keychaincredentialstore.h"

#include "assistant/assistantsession.h"
#include "security/airequestlog.h"
#include "security/aisettings.h"

#include <QJsonArray>

namespace bodega {

namespace {

QString yesNo(bool yes)
{
    return yes ? BodegaCtl::tr("yes") : BodegaCtl::tr("no");
}

} // namespace

void BodegaCtl::useConfiguredAi()
{
    if (m_enrichment)
        return;
    AiProvider *engine = m_ai.get();
    KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
    AiSettings settings(*m_db, credentials, Clock::system());
    // Unreadable settings or key never stop a catalog command: the offline
    // engine answers, and the output says which engine did.
    if (auto config = settings.load(); config)
        m_aiConfig = *config;
    else
        qWarning("AI settings unreadable, the offline engine answers: %s",
                 qPrintable(config.error().message));
    if (m_aiConfig.hasEndpoint()) {
        auto key = settings.apiKey();
        if (!key)
            qWarning("AI key unreadable, asking without one: %s", qPrintable(key.error().message));
        m_endpoint = m_aiConfig.makeEndpoint(key.value_or(QString()));
        m_aiLog = std::make_unique<HeldAiRequestLog>(*m_db);
        m_router = std::make_unique<AiRouter>(QVector<ChatModel *>{m_endpoint.get()},
                                              m_aiConfig.policy, m_aiLog.get(), Clock::system());
        m_enricher = std::make_unique<LlmEnricher>(*m_router, *m_ai);
        engine = m_enricher.get();
    }
    m_enrichment = std::make_unique<AuditedEnricher>(*engine, m_router.get());
    const std::optional<Actor> actor = m_catalog->actor();
    m_catalog = std::make_unique<CatalogService>(*m_db, *m_enrichment);
    m_catalog->setActor(actor);
}

QJsonObject BodegaCtl::sourceJson(const AiSuggestion &s) const
{
    const bool byLlm = !s.fallback && s.engine != endpointKindCode(EndpointKind::Offline);
    return QJsonObject{{QStringLiteral("engine"), s.engine},
                       {QStringLiteral("model"),
                        byLlm && m_endpoint ? m_endpoint->model() : QStringLiteral("offline")},
                       {QStringLiteral("fallback"), s.fallback},
                       {QStringLiteral("fallback_reason"), s.fallbackReason},
                       {QStringLiteral("fallback_code"), s.fallbackCode}};
}

QString BodegaCtl::sourceText(const AiSuggestion &s) const
{
    if (s.fallback)
        return tr("Engine: %1 (fallback: %2)").arg(s.engine, s.fallbackReason);
    if (s.engine != endpointKindCode(EndpointKind::Offline) && m_endpoint)
        return tr("Engine: %1 (%2)").arg(s.engine, m_endpoint->model());
    return tr("Engine: %1").arg(s.engine);
}

QJsonObject BodegaCtl::enrichmentJson() const
{
    if (!m_enrichment || !m_enrichment->last())
        return {};
    QJsonObject engines;
    for (auto it = m_enrichment->byEngine().cbegin(); it != m_enrichment->byEngine().cend(); ++it)
        engines.insert(it.key(), it.value());
    QJsonObject json = sourceJson(*m_enrichment->last());
    json.insert(QStringLiteral("engines"), engines);
    json.insert(QStringLiteral("fallbacks"), m_enrichment->fallbacks());
    return json;
}

int BodegaCtl::cmdAiLog()
{
    auto limit = takeLimit(100, 100000);
    if (!limit)
        return fail(limit.error());
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    // What was asked and by whom is read like the audit trail, by the same people.
    if (auto s = openStoreFor(Permission::ViewAudit); !s)
        return fail(s.error());
    auto entries = AiRequestLog(*m_db).recent(*limit);
    if (!entries)
        return fail(entries.error());
    QJsonArray json;
    QString text;
    for (const AiRequestEntry &e : *entries) {
        json.append(e.toJson());
        const AiRequestRecord &r = e.record;
        const QString tokens =
            r.promptTokens < 0 && r.completionTokens < 0
                ? QStringLiteral("-")
                : QStringLiteral("%1+%2").arg(r.promptTokens).arg(r.completionTokens);
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7 ms  %8  %9%10\n")
                    .arg(r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         r.userName.isEmpty() ? QStringLiteral("-") : r.userName, r.purpose,
                         dataClassesCode(r.dataClasses), endpointKindCode(r.endpoint),
                         r.model.isEmpty() ? QStringLiteral("-") : r.model)
                    .arg(r.latencyMs)
                    .arg(tokens, r.outcome, r.cacheHit ? tr("  (cache)") : QString());
    }
    return succeed(QJsonObject{{QStringLiteral("requests"), json}}, text.trimmed());
}

int BodegaCtl::cmdAiConfig()
{
    const auto url = takeOption(QStringLiteral("--url"));
    const auto model = takeOption(QStringLiteral("--model"));
    const auto keyVariable = takeOption(QStringLiteral("--key-from-env"));
    const auto timeout = takeOption(QStringLiteral("--timeout-ms"));
    const auto internalToCloud = takeOption(QStringLiteral("--allow-internal-to-cloud"));
    const auto writeTools = takeOption(QStringLiteral("--write-tools"));
    takeFlag(QStringLiteral("--show")); // showing is what it does after any change
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    for (const auto *o : {&url, &model, &keyVariable, &timeout, &internalToCloud, &writeTools})
        if (*o && o->value().isNull())
            return usage(tr("ai config: an option needs a value"));
    const auto choice = [](const std::optional<QString> &v, const QString &on, const QString &off,
                           const QString &field) -> Result<std::optional<bool>> {
        if (!v)
            return std::optional<bool>();
        if (*v == on || *v == off)
            return std::optional<bool>(*v == on);
        return Error::validation(
            field, tr("--%1 is %2 or %3")
                       .arg(QString(field).replace(QLatin1Char('_'), QLatin1Char('-')), on, off));
    };
    auto internal = choice(internalToCloud, QStringLiteral("yes"), QStringLiteral("no"),
                           QStringLiteral("allow_internal_to_cloud"));
    if (!internal)
        return fail(internal.error());
    auto tools = choice(writeTools, QStringLiteral("on"), QStringLiteral("off"),
                        QStringLiteral("write_tools"));
    if (!tools)
        return fail(tools.error());
    auto keyFromEnv = secretFromEnv(keyVariable, QStringLiteral("key_from_env"));
    if (!keyFromEnv)
        return fail(keyFromEnv.error());
    const std::optional<QString> key = *keyFromEnv;

    if (auto s = openStore(false); !s)
        return fail(s.error());
    KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
    AiSettings settings(*m_db, credentials, Clock::system());
    auto config = settings.load();
    if (!config)
        return fail(config.error());
    AiConfig wanted = *config;
    if (url)
        wanted.baseUrl = *url;
    if (model)
        wanted.model = *model;
    if (timeout) {
        bool ok = false;
        wanted.timeoutMs = timeout->toInt(&ok);
        if (!ok)
            return fail(Error::validation(QStringLiteral("timeout_ms"),
                                          tr("--timeout-ms is a number of milliseconds")));
    }
    if (internal->has_value())
        wanted.policy.setInternalToCloud(**internal);
    if (tools->has_value())
        wanted.writeTools = **tools;
    // Both checked before either is written: a bad URL leaves the key alone too.
    if (auto s = AiSettings::validate(wanted); !s)
        return fail(s.error());
    if (wanted != *config) {
        if (auto s = settings.save(m_catalog->actor(), wanted); !s)
            return fail(s.error());
    }
    if (key) {
        if (auto s = settings.setApiKey(m_catalog->actor(), *key); !s)
            return fail(s.error());
    }

    auto shown = settings.load();
    if (!shown)
        return fail(shown.error());
    QJsonObject json = shown->toJson();
    const bool hasKey = settings.hasApiKey();
    json.insert(QStringLiteral("api_key"), hasKey ? QStringLiteral("set") : QStringLiteral("none"));
    json.insert(QStringLiteral("key_location"), settings.keyLocation());
    const QString endpoint =
        shown->hasEndpoint()
            ? tr("%1 · %2 at %3")
                  .arg(endpointKindCode(shown->endpointKind()), shown->model, shown->baseUrl)
            : tr("offline engine only");
    return succeed(json,
                   tr("AI: %1\nTimeout: %2 ms\nInternal data to the cloud: %3\n"
                      "Write tools: %4\nAPI key: %5")
                       .arg(endpoint)
                       .arg(shown->timeoutMs)
                       .arg(yesNo(shown->policy.internalToCloud()),
                            shown->writeTools ? tr("on") : tr("off"),
                            hasKey ? tr("set (%1)").arg(settings.keyLocation()) : tr("none")));
}

int BodegaCtl::cmdAsk()
{
    const auto language = takeOption(QStringLiteral("--lang"));
    if (language && language->isNull())
        return usage(tr("--lang needs a value"));
    // The question may come quoted or as several words.
    QStringList words;
    for (QString word = takePositional(); !word.isEmpty(); word = takePositional())
        words << word;
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (words.isEmpty())
        return usage(tr("ask needs a question"));
    if (auto s = openStore(false); !s)
        return fail(s.error());
    useConfiguredAi();
    // Wired as the GUI's assistant pane (AiWorker): the store's tools, the
    // user's history, the LLM through the router, offline answers audited.
    AssistantSession session(*m_db, *m_ai);
    if (auto s = session.trainEngine(); !s)
        qWarning("the assistant's engine was not trained: %s", qPrintable(s.error().message));
    session.setEndpoint(m_endpoint, m_aiConfig.policy);
    session.setWritesEnabled(m_aiConfig.writeTools);
    auto answer = session.ask(m_catalog->actor(), words.join(QLatin1Char(' ')),
                              language.value_or(QStringLiteral("es")));
    if (!answer)
        return fail(answer.error());
    QJsonArray tools;
    for (const AssistantToolCall &call : answer->toolCalls)
        tools.append(QJsonObject{{QStringLiteral("name"), call.name},
                                 {QStringLiteral("arguments"), call.arguments},
                                 {QStringLiteral("ok"), call.ok},
                                 {QStringLiteral("error_code"), call.errorCode}});
    QString text = answer->text;
    for (const CitedProduct &p : answer->products)
        text += QStringLiteral("\n  - %1 (%2)").arg(p.name, p.id);
    text += QLatin1Char('\n') + tr("Engine: %1").arg(answer->engine);
    if (!answer->notice.isEmpty())
        text += QStringLiteral(" (%1)").arg(answer->notice);
    return succeed(QJsonObject{{QStringLiteral("text"), answer->text},
                               {QStringLiteral("language"), answer->language},
                               {QStringLiteral("engine"), answer->engine},
                               {QStringLiteral("notice"), answer->notice},
                               {QStringLiteral("products"), CitedProduct::toJson(answer->products)},
                               {QStringLiteral("tool_calls"), tools},
                               {QStringLiteral("conversation"), answer->conversation}},
                   text);
}

} // namespace bodega
