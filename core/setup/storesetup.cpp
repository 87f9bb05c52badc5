#include "storesetup.h"

#include "catalog/webhooksettings.h"
#include "domain/money.h"
#include "security/auditaction.h"
#include "security/auditlog.h"
#include "storage/storesettings.h"
#include "sync/serveraddress.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace bodega {

StoreSetup::StoreSetup(Database &db, CredentialStore &credentials, const Clock &clock,
                       TerminalPreferences *terminal)
    : m_db(db), m_credentials(credentials), m_clock(clock), m_terminal(terminal)
{
}

TerminalPreferences &StoreSetup::terminalPreferences() const
{
    if (m_terminal)
        return *m_terminal;
    if (!m_ownTerminal)
        m_ownTerminal = std::make_unique<TerminalPreferences>();
    return *m_ownTerminal;
}

namespace {

// Core's errors name the field in their own terms ("url" in both the
// server's and the webhook's); the plan has one name per field.
Error renamed(Error error, const QString &from, const QString &to)
{
    if (error.field() == from || (from.isEmpty() && error.field().isEmpty()))
        error.details.insert(QStringLiteral("field"), to);
    return error;
}

Status validateSecret(const QString &secret, const QString &field)
{
    if (secret.size() > 1000 || secret.contains(QLatin1Char('\n')) ||
        secret.contains(QLatin1Char('\r')))
        return Error::validation(field,
                                 StoreSetup::tr("A secret is one line of at most 1000 characters"));
    return {};
}

QJsonObject storePart(const SetupPlan &p)
{
    QJsonArray rates;
    for (int r : p.taxRatesBp)
        rates.append(r);
    return QJsonObject{{QStringLiteral("store_name"), p.storeName},
                       {QStringLiteral("currency"), p.currency},
                       {QStringLiteral("terminal"), p.terminalCode},
                       {QStringLiteral("tax_rates_bp"), rates}};
}

// The checks a list of rates passes however it was typed.
Status validateTaxRates(const QVector<int> &rates)
{
    if (rates.isEmpty() || rates.size() > StoreSetup::MaxTaxRates)
        return Error::validation(
            QStringLiteral("tax_rates"),
            StoreSetup::tr("Give 1 to %1 tax rates").arg(StoreSetup::MaxTaxRates));
    for (int i = 0; i < rates.size(); ++i) {
        const int bp = rates.at(i);
        const QVariantMap where{{QStringLiteral("index"), i}};
        if (bp < 0 || bp > 10000)
            return Error::validation(QStringLiteral("tax_rates"),
                                     StoreSetup::tr("A tax rate is between 0 % and 100 %"), where);
        if (rates.indexOf(bp) != i)
            return Error::validation(QStringLiteral("tax_rates"),
                                     StoreSetup::tr("The tax rate %1 % is listed twice")
                                         .arg(StoreSetup::taxRateText(bp)),
                                     where);
    }
    return {};
}

} // namespace

QStringList StoreSetup::currencies()
{
    // Those Money knows (decimals, symbol); USD for Ecuador, Panama and El
    // Salvador.
    return {QStringLiteral("COP"), QStringLiteral("MXN"), QStringLiteral("PEN"),
            QStringLiteral("CLP"), QStringLiteral("USD")};
}

Result<int> StoreSetup::parseTaxRate(const QString &text, int index)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed();
    const QVariantMap where{{QStringLiteral("index"), index}, {QStringLiteral("value"), text}};
    if (t.isEmpty())
        return Error::validation(QStringLiteral("tax_rates"), tr("Type the tax rate in percent"),
                                 where);
    auto bp = parseScaledDecimal(t, 2, QStringLiteral("tax_rates"));
    if (!bp)
        return Error::validation(QStringLiteral("tax_rates"),
                                 tr("\"%1\" is not a tax rate: write a percentage such as 19 or "
                                    "5,5")
                                     .arg(text.left(20)),
                                 where);
    if (*bp < 0 || *bp > 10000)
        return Error::validation(QStringLiteral("tax_rates"),
                                 tr("A tax rate is between 0 % and 100 %"), where);
    return int(*bp);
}

Result<QVector<int>> StoreSetup::parseTaxRates(const QString &text)
{
    QVector<int> rates;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        if (parts.at(i).trimmed().isEmpty())
            continue;
        auto bp = parseTaxRate(parts.at(i), i);
        if (!bp)
            return bp.error();
        rates << *bp;
    }
    if (rates.isEmpty())
        return Error::validation(QStringLiteral("tax_rates"),
                                 tr("Give at least one tax rate, e.g. 19; 5; 0"));
    if (auto s = validateTaxRates(rates); !s)
        return s.error();
    return rates;
}

QString StoreSetup::taxRatesText(const QVector<int> &basisPoints, const QLocale &locale)
{
    QStringList parts;
    for (int bp : basisPoints)
        parts << taxRateText(bp, locale);
    return parts.join(QStringLiteral("; "));
}

QString StoreSetup::taxRateText(int basisPoints, const QLocale &locale)
{
    return basisPoints % 100 == 0 ? locale.toString(basisPoints / 100)
                                  : locale.toString(basisPoints / 100.0, 'f', 2);
}

Status StoreSetup::validate(const SetupPlan &p)
{
    const QString name = p.storeName.trimmed();
    if (name.isEmpty())
        return Error::validation(storeNameKey(), tr("Give the store a name"));
    if (name.size() > 200)
        return Error::validation(storeNameKey(), tr("The store name is at most 200 characters"));
    if (!currencies().contains(p.currency) || !Currency::find(p.currency))
        return Error::validation(QStringLiteral("currency"),
                                 tr("Unknown currency: %1").arg(p.currency.left(10)));
    if (auto s = validateTaxRates(p.taxRatesBp); !s)
        return s;
    if (auto s = TerminalRegistration::validateCode(p.terminalCode); !s)
        return s;
    if (p.server) {
        auto address = ServerAddress::parse(p.server->url.trimmed());
        if (!address)
            return renamed(address.error(), QStringLiteral("url"), QStringLiteral("server_url"));
        if (p.server->storeName.trimmed().size() > 200)
            return Error::validation(QStringLiteral("server_store"),
                                     tr("The store name on the server is at most 200 characters"));
    }
    if (p.ai) {
        AiConfig ai = *p.ai;
        ai.baseUrl = AiSettings::normalizedUrl(ai.baseUrl);
        if (auto s = AiSettings::validate(ai); !s)
            return s;
    }
    if (p.aiKey)
        if (auto s = validateSecret(*p.aiKey, QStringLiteral("api_key")); !s)
            return s;
    if (p.webhook)
        if (auto s = WebhookSettings::validateUrl(p.webhook->url.trimmed()); !s)
            return renamed(s.error(), QStringLiteral("url"), QStringLiteral("webhook_url"));
    if (p.webhookSecret)
        if (auto s = validateSecret(*p.webhookSecret, QStringLiteral("webhook_secret")); !s)
            return s;
    if (p.receiptPrinter)
        if (auto s = TerminalPreferences::validatePrinterName(*p.receiptPrinter); !s)
            return s;
    return {};
}

Result<QVector<int>> StoreSetup::taxRates() const
{
    auto rates = StoreSettings(m_db).configuredTaxRates();
    if (!rates)
        return rates.error();
    return rates->isEmpty() ? defaultTaxRates() : *rates;
}

Result<SetupState> StoreSetup::load(const std::optional<Actor> &actor) const
{
    const StoreSettings settings(m_db);
    SetupState state;
    SetupPlan &p = state.plan;
    auto name = settings.valueOr(storeNameKey(), settings.storeName());
    auto currency = settings.storeCurrency();
    auto terminal = settings.strictTerminalCode();
    auto rates = taxRates();
    for (const auto *r : {&name, &currency, &terminal})
        if (!*r)
            return r->error();
    if (!rates)
        return rates.error();
    p.storeName = *name;
    p.currency = *currency;
    p.terminalCode = *terminal;
    p.taxRatesBp = *rates;
    p.receiptPrinter = terminalPreferences().receiptPrinter(settings);
    p.receiptPaper = terminalPreferences().receiptPaper();

    AiSettings ai(m_db, m_credentials, m_clock);
    auto config = ai.load();
    if (!config)
        return config.error();
    p.ai = *config;
    state.hasAiKey = ai.hasApiKey();

    WebhookSettings webhook(m_db, &m_credentials, m_clock);
    auto url = webhook.url();
    auto enabled = webhook.enabled();
    if (!url)
        return url.error();
    if (!enabled)
        return enabled.error();
    p.webhook = SetupPlan::Webhook{*url, *enabled};
    state.hasWebhookSecret = !webhook.secret().value_or(QString()).isEmpty();
    state.secretLocation = m_credentials.location();

    state.initialized = settings.isInitialized();
    auto used = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM products) OR "
                                         "EXISTS (SELECT 1 FROM sales)"),
                          {});
    if (!used)
        return used.error();
    state.hasProducts = used->next() && used->value(0).toBool();
    state.mayChange = UserStore(m_db, m_clock).check(actor, Permission::ManageStore).ok();
    auto registration = TerminalRegistration::load(m_db);
    if (registration)
        state.registration = *registration;
    else if (registration.error().code != ErrorCode::NotConfigured)
        return registration.error();
    return state;
}

Status StoreSetup::checkAgainstStore(const SetupPlan &p, const SetupState &state) const
{
    const SetupPlan &was = state.plan;
    if (p.currency != was.currency && state.hasProducts)
        return Error::validation(QStringLiteral("currency"),
                                 tr("The currency stays %1: the store already has products or "
                                    "sales in it")
                                     .arg(was.currency));
    if (p.currency != was.currency && state.registration && !p.server)
        return Error::validation(
            QStringLiteral("currency"),
            tr("The currency stays %1: the store sells in it on the server").arg(was.currency));
    // The server knows this terminal by its code; a new one is a new
    // registration.
    if (state.registration && p.terminalCode != state.registration->code && !p.server)
        return Error::validation(
            QStringLiteral("terminal"),
            tr("This terminal is registered on the server as %1: register it again to change "
               "its code")
                .arg(state.registration->code));
    return {};
}

Status StoreSetup::applyLocal(const std::optional<Actor> &actor, const SetupPlan &p,
                              const SetupState &before)
{
    SetupPlan after = p;
    after.storeName = p.storeName.trimmed();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    StoreSettings settings(m_db);
    const QList<QPair<QString, QString>> values{
        {storeNameKey(), after.storeName},
        {currencyKey(), after.currency},
        {terminalKey(), after.terminalCode},
        {taxRatesKey(), StoreSettings::storedTaxRates(after.taxRatesBp)},
    };
    for (const auto &[key, value] : values)
        if (auto s = settings.setValue(key, value); !s)
            return s;
    const QJsonObject was = storePart(before.plan);
    const QJsonObject now = storePart(after);
    if (was != now || !before.initialized)
        if (auto s = AuditLog(m_db, m_clock)
                         .record(actor, AuditAction::StoreSettingsChanged, QStringLiteral("store"),
                                 was, now);
            !s)
            return s;
    if (p.ai)
        if (auto s = AiSettings(m_db, m_credentials, m_clock).save(actor, *p.ai); !s)
            return s;
    if (p.webhook) {
        WebhookSettings webhook(m_db, &m_credentials, m_clock);
        if (auto s = webhook.setUrl(actor, p.webhook->url); !s)
            return renamed(s.error(), QStringLiteral("url"), QStringLiteral("webhook_url"));
        if (auto s = webhook.setEnabled(actor, p.webhook->enabled); !s)
            return s;
    }
    return tx.commit();
}

Status StoreSetup::setTaxRates(const std::optional<Actor> &actor, const QVector<int> &basisPoints)
{
    if (auto s = validateTaxRates(basisPoints); !s)
        return s;
    if (auto s = UserStore(m_db, m_clock).check(actor, Permission::ManageStore); !s)
        return s;
    auto before = load();
    if (!before)
        return before.error();
    SetupPlan plan = before->plan;
    plan.taxRatesBp = basisPoints;
    // The rest as stored: the store's part is rewritten unchanged and one
    // audit entry says what changed.
    plan.ai.reset();
    plan.webhook.reset();
    return applyLocal(actor, plan, *before);
}

Status StoreSetup::apply(const std::optional<Actor> &actor, const SetupPlan &p)
{
    if (auto s = validate(p); !s)
        return s;
    if (auto s = UserStore(m_db, m_clock).check(actor, Permission::ManageStore); !s)
        return s;
    auto state = load();
    if (!state)
        return state.error();
    if (auto s = checkAgainstStore(p, *state); !s)
        return s;
    if (auto s = applyLocal(actor, p, *state); !s)
        return s;
    // This terminal's part: its QSettings, no part of the store's
    // transaction nor of its audit log.
    if (p.receiptPrinter)
        if (auto s = terminalPreferences().setReceiptPrinter(*p.receiptPrinter); !s)
            return s;
    if (p.receiptPaper)
        if (auto s = terminalPreferences().setReceiptPaper(*p.receiptPaper); !s)
            return s;

    // Secrets after the commit: the CredentialStore is no part of the
    // transaction, and a secret is only worth keeping once its settings are.
    if (p.aiKey)
        if (auto s = AiSettings(m_db, m_credentials, m_clock).setApiKey(actor, *p.aiKey); !s)
            return s;
    if (p.webhookSecret)
        if (auto s =
                WebhookSettings(m_db, &m_credentials, m_clock).setSecret(actor, *p.webhookSecret);
            !s)
            return renamed(s.error(), QStringLiteral("secret"), QStringLiteral("webhook_secret"));

    if (p.server) {
        auto address = ServerAddress::parse(p.server->url.trimmed());
        if (!address)
            return renamed(address.error(), QStringLiteral("url"), QStringLiteral("server_url"));
        const QString password =
            address->password.isEmpty() ? p.server->ownerPassword : address->password;
        const QString onServer = p.server->storeName.trimmed().isEmpty()
                                     ? p.storeName.trimmed()
                                     : p.server->storeName.trimmed();
        auto registered = TerminalRegistration::registerTerminal(
            m_db, m_credentials, *address, password, onServer, p.terminalCode);
        if (!registered)
            return renamed(renamed(registered.error(), QStringLiteral("store"),
                                   QStringLiteral("server_store")),
                           QString(), QStringLiteral("server_url"));
    }
    return StoreSettings(m_db).initialize();
}

} // namespace bodega
