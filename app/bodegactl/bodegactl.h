#pragma once

#include "ai/airouter.h"
#include "ai/auditedenricher.h"
#include "ai/llmenricher.h"
#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "common/result.h"
#include "heldairequestlog.h"
#include "purchasing/purchaseorderbook.h"
#include "reports/nightlyreports.h"
#include "security/aisettings.h"
#include "security/userstore.h"
#include "sync/serveraddress.h"

#include <memory>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace bodega {

// bodegactl: the command-line face of core. It parses arguments, calls core,
// and prints either text for people or one JSON document for programs. The
// contract (commands, flags, JSON shapes, exit codes) is documented in the
// README and relied on by scripts: extend it, never change it.
class BodegaCtl
{
    Q_DECLARE_TR_FUNCTIONS(bodega::BodegaCtl)

public:
    enum ExitCode {
        Ok = 0,
        Failure = 1,
        Usage = 2,
        Validation = 3,
        NotFound = 4,
        Storage = 5,
        Server = 6, // unreachable, refused, or denied access
    };

    explicit BodegaCtl(QStringList args);
    int run();

    static int exitCodeFor(const Error &error);
    static QTextStream &out();
    static QTextStream &err();

private:
    using Handler = int (BodegaCtl::*)();

    int cmdInit();
    int cmdProductAdd();
    int cmdProductImport();
    int cmdProductExport();
    int cmdProductList();
    int cmdProductShow();
    int cmdProductEdit();
    int cmdSell();
    int cmdStockAdjust();
    int cmdLowStock();
    int cmdForecast();
    int cmdOutboxList();
    int cmdAiSuggest();
    int cmdAiLog();
    int cmdAiConfig();
    int cmdAsk();
    int cmdHealth();
    int cmdDemo();
    int cmdServerMigrate();
    int cmdSyncRegister();
    int cmdSale();
    int cmdUserAdd();
    int cmdUserList();
    int cmdUserPasswd();
    int cmdAuditList();
    int cmdReturn();
    int cmdShift();
    int cmdReceipt();
    int cmdDocuments();
    int cmdSetting();
    int cmdSyncRun();
    int cmdSyncStatus();
    int cmdSyncDaemon();
    int cmdMcp();
    int cmdSupplier();
    int cmdPo();
    int cmdAlertsList();
    int cmdAlertsDeliver();
    int cmdWebhookSet();
    int cmdReportDaily();
    int cmdReportNightly();
    // The daily report's PDF as print/ lays it out (needs the fonts main() sets up).
    static NightlyReports::PdfWriter dailyReportPdf();
    Result<ServerAddress> takeServerUrl();

    // Argument access for the current command.
    bool takeFlag(const QString &name);
    std::optional<QString> takeOption(const QString &name);
    QString takePositional();
    Status expectNoMoreArguments();

    Status openStore(bool createIfMissing);
    // Opens the existing store and checks that the logged-in user may do it.
    Status openStoreFor(Permission permission);
    // --limit N within 1..max; `fallback` when absent.
    Result<int> takeLimit(int fallback, int max);
    // A secret from the environment variable, else typed at a terminal
    // without echo; USAGE when neither is there.
    Result<QString> readSecret(const char *environment, const QString &prompt);
    // The value of the environment variable an option names (--key-from-env,
    // --secret-from-env): a secret typed on the command line would stay in the
    // shell history and the process list. VALIDATION_FAILED on `field` when
    // the variable is not set; empty when the option was not given.
    Result<std::optional<QString>> secretFromEnv(const std::optional<QString> &variable,
                                                 const QString &field);
    // Logs `name` in with the secret readSecret() finds; audited.
    Result<Actor> logIn(const QString &name, const char *environment, const QString &prompt);
    // --approve NAME: a manager approving at the till, PIN from
    // BODEGA_APPROVER_PIN or typed; nobody when no name was given.
    Result<std::optional<Actor>> logInApprover(const std::optional<QString> &name);
    Result<User::SecretKind> takeSecretKind(Role role);
    void ensureAiTrained();
    // Puts the AI the store configured (AiSettings) behind m_catalog: an
    // LlmEnricher over an AiRouter with the offline engine as fallback, or
    // the offline engine alone. Only the commands that ask the AI pay for it.
    void useConfiguredAi();
    // Who wrote a suggestion: engine (offline|local|cloud), model, fallback,
    // fallback_reason, fallback_code; and the same as a line of text.
    QJsonObject sourceJson(const AiSuggestion &suggestion) const;
    QString sourceText(const AiSuggestion &suggestion) const;
    // The "ai" object product add and product import --ai print; empty when
    // the AI was not asked.
    QJsonObject enrichmentJson() const;

    int fail(const Error &error);
    int usage(const QString &message);
    int succeed(const QJsonObject &json, const QString &text);

    QStringList m_args;
    QString m_dbPath;
    QString m_user; // --user: who acts (PIN or password from BODEGA_PASSWORD or a prompt)
    bool m_json = false;
    bool m_aiTrained = false;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfflineEngine> m_ai;
    // The configured LLM chain (useConfiguredAi); null while offline only.
    AiConfig m_aiConfig; // as loaded by useConfiguredAi (defaults: offline only)
    std::shared_ptr<ChatModel> m_endpoint;
    std::unique_ptr<HeldAiRequestLog> m_aiLog;
    std::unique_ptr<AiRouter> m_router;
    std::unique_ptr<LlmEnricher> m_enricher;
    std::unique_ptr<AuditedEnricher> m_enrichment;
    std::unique_ptr<CatalogService> m_catalog; // last: it uses the AI above
};

} // namespace bodega
