// First run and settings in core (issue 7, point 3): one SetupPlan,
// validated field by field, applied in one transaction with its audit entry;
// secrets only in the CredentialStore; a bad plan changes nothing.
#include "catalog/webhooksettings.h"
#include "security/auditaction.h"
#include "security/userstore.h"
#include "setup/storesetup.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace bodega;

namespace {

class StoreSetupTest : public ::testing::Test
{
protected:
    StoreSetup setup() { return StoreSetup(*store.db, credentials, store.clock, &terminal); }

    static SetupPlan goodPlan()
    {
        SetupPlan p;
        p.storeName = QStringLiteral("Tienda Doña Rosa");
        p.currency = QStringLiteral("COP");
        p.taxRatesBp = {1900, 500, 0};
        p.terminalCode = QStringLiteral("T02");
        return p;
    }

    static QString fieldOf(const SetupPlan &p)
    {
        auto s = StoreSetup::validate(p);
        return s ? QString() : s.error().field();
    }

    QByteArray storeBytes() const
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(store.path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    test::TempStore store;
    FileCredentialStore credentials{store.dir.filePath(QStringLiteral("credentials"))};
    TerminalPreferences terminal{store.dir.filePath(QStringLiteral("terminal.ini"))};
};

} // namespace

TEST_F(StoreSetupTest, EachBadValueNamesItsField)
{
    EXPECT_EQ(fieldOf(goodPlan()), QString());
    SetupPlan p = goodPlan();
    p.storeName = QStringLiteral("   ");
    EXPECT_EQ(fieldOf(p), QStringLiteral("store_name"));
    p = goodPlan();
    p.currency = QStringLiteral("XYZ");
    EXPECT_EQ(fieldOf(p), QStringLiteral("currency"));
    p = goodPlan();
    p.taxRatesBp = {1900, 12000};
    EXPECT_EQ(fieldOf(p), QStringLiteral("tax_rates"));
    p.taxRatesBp = {1900, 1900};
    EXPECT_EQ(fieldOf(p), QStringLiteral("tax_rates"));
    p.taxRatesBp = {};
    EXPECT_EQ(fieldOf(p), QStringLiteral("tax_rates"));
    p = goodPlan();
    p.terminalCode = QStringLiteral("T 01!");
    EXPECT_EQ(fieldOf(p), QStringLiteral("terminal"));
    p = goodPlan();
    p.server = SetupPlan::Server{QStringLiteral("http://server/bodega"), {}, {}};
    EXPECT_EQ(fieldOf(p), QStringLiteral("server_url"));
    p = goodPlan();
    p.ai = AiConfig{};
    p.ai->baseUrl = QStringLiteral("http://127.0.0.1:11434/v1");
    EXPECT_EQ(fieldOf(p), QStringLiteral("model")) << "a URL without a model";
    p = goodPlan();
    p.webhook = SetupPlan::Webhook{QStringLiteral("ftp://hooks.example.com"), true};
    EXPECT_EQ(fieldOf(p), QStringLiteral("webhook_url"));
    p = goodPlan();
    p.webhookSecret = QStringLiteral("two\nlines");
    EXPECT_EQ(fieldOf(p), QStringLiteral("webhook_secret"));
}

TEST_F(StoreSetupTest, TaxRatesAreTypedAsPercentagesWithCommaOrPoint)
{
    auto rates = StoreSetup::parseTaxRates(QStringLiteral("19 %; 5,5; 0.25 ;0"));
    ASSERT_TRUE(rates.ok()) << rates.error().message.toStdString();
    EXPECT_EQ(*rates, (QVector<int>{1900, 550, 25, 0}));
    auto bad = StoreSetup::parseTaxRates(QStringLiteral("19; diez"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field(), QStringLiteral("tax_rates"));
    EXPECT_EQ(bad.error().details.value(QStringLiteral("index")).toInt(), 1);
    EXPECT_FALSE(StoreSetup::parseTaxRates(QStringLiteral("101")).ok());
    EXPECT_FALSE(StoreSetup::parseTaxRates(QStringLiteral(" ; ")).ok());
    EXPECT_EQ(
        StoreSetup::taxRatesText({1900, 550, 0}, QLocale(QLocale::Spanish, QLocale::Colombia)),
        QStringLiteral("19; 5,50; 0"));
}

TEST_F(StoreSetupTest, ApplyWritesTheStoreInOneGoAndMarksItSetUp)
{
    auto before = setup().load();
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before->initialized);
    EXPECT_EQ(before->plan.taxRatesBp, StoreSetup::defaultTaxRates());

    SetupPlan p = goodPlan();
    p.taxRatesBp = {1900, 500, 800, 0};
    p.webhook = SetupPlan::Webhook{QStringLiteral("https://n8n.example.com/webhook/bodega"), false};
    p.receiptPrinter = QStringLiteral("EPSON-TM-T20");
    ASSERT_TRUE(setup().apply(std::nullopt, p).ok());

    StoreSettings settings(*store.db);
    EXPECT_EQ(settings.storeName(), QStringLiteral("Tienda Doña Rosa"));
    EXPECT_EQ(settings.terminalCode(), QStringLiteral("T02"));
    EXPECT_EQ(settings.value(QStringLiteral("tax.rates")), QStringLiteral("1900,500,800,0"));
    EXPECT_EQ(terminal.receiptPrinter().value_or(QString()), QStringLiteral("EPSON-TM-T20"))
        << "this terminal's, not the store's";
    EXPECT_FALSE(settings.read(QStringLiteral("receipt.printer"))->has_value());
    EXPECT_TRUE(settings.isInitialized());
    WebhookSettings webhook(*store.db, &credentials, store.clock);
    EXPECT_EQ(webhook.url().value_or(QString()),
              QStringLiteral("https://n8n.example.com/webhook/bodega"));
    EXPECT_FALSE(webhook.enabled().value_or(true));
    EXPECT_EQ(webhook.deliveryUrl().value_or(QStringLiteral("?")), QString())
        << "a switched-off webhook gets no alerts";
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'store_settings_changed'")),
              1);

    auto after = setup().load();
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->initialized);
    EXPECT_EQ(after->plan.taxRatesBp, (QVector<int>{1900, 500, 800, 0}));
    EXPECT_EQ(after->plan.terminalCode, QStringLiteral("T02"));
}

TEST_F(StoreSetupTest, ABadPlanChangesNothing)
{
    SetupPlan p = goodPlan();
    p.webhook = SetupPlan::Webhook{QStringLiteral("not a url"), true};
    auto s = setup().apply(std::nullopt, p);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(s.error().field(), QStringLiteral("webhook_url"));
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key IN "
                                          "('store_name', 'tax.rates', 'initialized_at')")),
              0);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

TEST_F(StoreSetupTest, TheCurrencyIsFixedOnceTheStoreHasProducts)
{
    ASSERT_TRUE(setup().apply(std::nullopt, goodPlan()).ok());
    test::addGroceries(*store.catalog, 10);
    SetupPlan p = goodPlan();
    p.currency = QStringLiteral("USD");
    auto s = setup().apply(std::nullopt, p);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field(), QStringLiteral("currency"));
    EXPECT_EQ(StoreSettings(*store.db).currency(), QStringLiteral("COP"));
    auto state = setup().load();
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->hasProducts);
}

TEST_F(StoreSetupTest, OnlyAnAdminChangesTheSettingsOfAStoreWithUsers)
{
    UserStore users(*store.db, store.clock);
    auto admin = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                           User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
    ASSERT_TRUE(admin.ok());
    const Actor owner{admin->id, admin->name, Role::Admin};
    auto cashier = users.add(owner, QStringLiteral("caja1"), Role::Cashier, User::SecretKind::Pin,
                             QStringLiteral("4821"));
    ASSERT_TRUE(cashier.ok()) << cashier.error().message.toStdString();
    const Actor atTill{cashier->id, cashier->name, Role::Cashier};

    auto denied = setup().apply(atTill, goodPlan());
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(setup().load(atTill)->mayChange);
    EXPECT_FALSE(StoreSettings(*store.db).isInitialized());

    EXPECT_TRUE(setup().load(owner)->mayChange);
    ASSERT_TRUE(setup().apply(owner, goodPlan()).ok());
    EXPECT_EQ(StoreSettings(*store.db).terminalCode(), QStringLiteral("T02"));
}

TEST_F(StoreSetupTest, SecretsGoToTheCredentialStoreAndNeverIntoTheStore)
{
    const QString aiKey = QStringLiteral("sk-setup-7f3a9c2e41");
    const QString hookSecret = QStringLiteral("whsec-setup-b8d61e0f");
    SetupPlan p = goodPlan();
    p.ai = AiConfig{};
    p.ai->baseUrl = QStringLiteral("https://api.example.com/v1");
    p.ai->model = QStringLiteral("gpt-4o-mini");
    p.aiKey = aiKey;
    p.webhook = SetupPlan::Webhook{QStringLiteral("https://n8n.example.com/webhook/bodega"), true};
    p.webhookSecret = hookSecret;
    ASSERT_TRUE(setup().apply(std::nullopt, p).ok());

    EXPECT_EQ(credentials.load(AiSettings::apiKeyCredential()).value_or(QString()), aiKey);
    EXPECT_EQ(credentials.load(WebhookSettings::secretCredential()).value_or(QString()),
              hookSecret);
    const QByteArray bytes = storeBytes();
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes.contains("gpt-4o-mini")) << "the reader sees the store's pages";
    EXPECT_FALSE(bytes.contains(aiKey.toUtf8()));
    EXPECT_FALSE(bytes.contains(hookSecret.toUtf8()));

    auto state = setup().load();
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->hasAiKey);
    EXPECT_TRUE(state->hasWebhookSecret);
    EXPECT_FALSE(state->plan.aiKey.has_value()) << "a loaded plan never carries a secret";
    EXPECT_FALSE(state->plan.webhookSecret.has_value());
}
