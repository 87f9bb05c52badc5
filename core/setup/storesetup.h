#pragma once

#include "common/clock.h"
#include "security/aisettings.h"
#include "security/credentialstore.h"
#include "security/userstore.h"
#include "setup/terminalpreferences.h"
#include "storage/database.h"
#include "storage/storesettings.h"
#include "sync/terminalregistration.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QMetaType>
#include <QVector>

namespace bodega {

// What a person chose in the first-run wizard or the settings dialog, as one
// plan: every part that is nullopt is left as it is. Secrets travel here only
// on their way to the CredentialStore.
struct SetupPlan
{
    QString storeName;
    QString currency = QStringLiteral("COP");
    QVector<int> taxRatesBp{1900, 500, 0}; // IVA 19 %, 5 %, 0 % (SPEC: es-CO)
    QString terminalCode = QStringLiteral("T01");

    // Join a central server (TerminalRegistration): the owner's URL and
    // password, used once and never stored; the store's name on the server
    // (empty: the store name).
    struct Server
    {
        QString url;
        QString ownerPassword;
        QString storeName;
    };
    std::optional<Server> server;

    std::optional<AiConfig> ai;
    std::optional<QString> aiKey; // empty: remove the key

    struct Webhook
    {
        QString url; // empty: no webhook
        bool enabled = true;
    };
    std::optional<Webhook> webhook;
    std::optional<QString> webhookSecret; // empty: remove the secret

    // This terminal's, not the store's: kept in TerminalPreferences.
    std::optional<QString> receiptPrinter; // empty: the system's default printer
    std::optional<TerminalPreferences::ReceiptPaper> receiptPaper;
};

// What the settings dialog shows: the plan as stored (no secrets) and what
// stands around it.
struct SetupState
{
    SetupPlan plan;
    bool initialized = false;
    bool hasProducts = false; // the currency is fixed from the first product or sale on
    std::optional<RegisteredTerminal> registration;
    bool hasAiKey = false;
    bool hasWebhookSecret = false;
    QString secretLocation; // where a secret saved now goes, in words
    bool mayChange = true;  // the person asking may change it (ManageStore); set by load()
};

// The first run and the settings of a store, as one use case (issue 7): the
// wizard and the settings dialog render and forward; validation and where
// each value is kept live here.
//
// Where things live, and why: the store's facts, which sync, invoices, tax
// and the CLI depend on (store name, currency, IVA rates, terminal code,
// server registration, AI endpoint, webhook, receipt footer, folders), are
// in the store's settings table, so `bodegactl`, the document and sync
// workers and a copied store file all see the same values, and a change is
// written in one transaction with its audit entry. This terminal's
// preferences, which belong to the machine and its user and not to the
// shop's books (the interface language, the receipt printer and its roll,
// 80 or 58 mm), are in QSettings through TerminalPreferences: a store file
// restored on another computer must not print to a printer that is not
// there. Secrets (the AI key, the webhook's HMAC secret, the terminal's
// server password) go only to the CredentialStore (keychain or a user-only
// file), never to either.
class StoreSetup
{
    Q_DECLARE_TR_FUNCTIONS(bodega::StoreSetup)

public:
    // `terminal`: where this terminal's preferences go; null: the
    // application's QSettings.
    StoreSetup(Database &db, CredentialStore &credentials, const Clock &clock,
               TerminalPreferences *terminal = nullptr);

    static QString storeNameKey() { return QStringLiteral("store_name"); }
    static QString currencyKey() { return QStringLiteral("currency"); }
    static QString terminalKey() { return QStringLiteral("terminal"); }
    static QString taxRatesKey() { return StoreSettings::taxRatesKey(); }
    static constexpr int MaxTaxRates = 8;

    // The currencies a store may keep its books in (Latin America first).
    static QStringList currencies();
    static QVector<int> defaultTaxRates() { return {1900, 500, 0}; }
    // "19", "19 %", "19,5" or "19.5" (percent, at most two decimals) as basis
    // points; VALIDATION_FAILED naming tax_rates (details.index) otherwise.
    static Result<int> parseTaxRate(const QString &text, int index = 0);
    // Rates as a person types a list: "19; 5; 0" (semicolons, since a comma
    // may be a decimal separator); at most MaxTaxRates, none twice.
    static Result<QVector<int>> parseTaxRates(const QString &text);
    static QString taxRatesText(const QVector<int> &basisPoints, const QLocale &locale = QLocale());
    static QString taxRateText(int basisPoints, const QLocale &locale = QLocale());

    // Checks the whole plan without touching anything. VALIDATION_FAILED
    // naming the field: store_name, currency, tax_rates (details.index),
    // terminal, server_url, server_store, base_url, model, timeout_ms,
    // api_key, webhook_url, webhook_secret, receipt_printer.
    static Status validate(const SetupPlan &plan);

    // What `actor` may see and change (mayChange: ManageStore).
    Result<SetupState> load(const std::optional<Actor> &actor = std::nullopt) const;
    // The store's IVA rates, defaults when never set.
    Result<QVector<int>> taxRates() const;

    // Applies the plan: validation, ManageStore (an admin, when the store has
    // users), then the store's part in one local transaction with its audit
    // entry, then the secrets, then the server registration, and last the
    // first-run mark. The registration is the one step outside the
    // transaction: it waits on the network, which must never hold the
    // SQLite write lock the till needs. When it fails, what was written
    // stays (applying the plan again is harmless) but the store is not
    // marked set up, so the wizard asks again. Nothing changes on a
    // validation or permission error.
    Status apply(const std::optional<Actor> &actor, const SetupPlan &plan);
    // Only the IVA rates (bodegactl setting set tax.rates): validated as the
    // plan's, ManageStore, written with its audit entry.
    Status setTaxRates(const std::optional<Actor> &actor, const QVector<int> &basisPoints);

private:
    Status checkAgainstStore(const SetupPlan &plan, const SetupState &state) const;
    TerminalPreferences &terminalPreferences() const;
    Status applyLocal(const std::optional<Actor> &actor, const SetupPlan &plan,
                      const SetupState &before);

    Database &m_db;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    TerminalPreferences *m_terminal;
    mutable std::unique_ptr<TerminalPreferences> m_ownTerminal;
};

} // namespace bodega

// For queued connections (the GUI's SetupWorker).
Q_DECLARE_METATYPE(bodega::SetupPlan)
Q_DECLARE_METATYPE(bodega::SetupState)
