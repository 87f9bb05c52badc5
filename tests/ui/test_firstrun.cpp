// The first-run wizard and the settings dialog (issue 7, point 3), offscreen
// on real stores: a real throwaway PostgreSQL for the server test and the
// registration, a real OpenAI-compatible server on loopback for the AI test,
// QSettings and the credentials in temporary folders.

#include "uitestutil.h"

#include "pg/pgcluster.h"
#include "security/aisettings.h"
#include "setup/terminalpreferences.h"
#include "storage/database.h"
#include "storage/storesettings.h"
#include "support/fakeopenaiserver.h"
#include "sync/servermigrator.h"
#include "sync/terminalregistration.h"
#include "ui/firstrunwizard.h"
#include "ui/settingsdialog.h"
#include "ui/setupform.h"
#include "ui/storeworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

using namespace bodega;
using namespace bodega::test;

namespace {

class FirstRunTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_credentials =
            std::make_shared<FileCredentialStore>(m_dir.filePath(QStringLiteral("credentials")));
        // This test's own QSettings file, so the language it writes is its own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        QSettings().clear();
    }

    std::unique_ptr<MainWindow> openWindow(bool offerFirstRun = true)
    {
        MainWindow::Options options;
        options.offerFirstRun = offerFirstRun;
        options.credentials = m_credentials;
        auto window = std::make_unique<MainWindow>(m_storePath, options);
        window->resize(ScreenSize);
        window->show();
        EXPECT_TRUE(waitUntil([&] { return window->isReady(); })) << "the store did not open";
        return window;
    }

    FirstRunWizard *wizardOf(const MainWindow &window)
    {
        EXPECT_TRUE(waitUntil([&] {
            return window.firstRunWizard() && window.firstRunWizard()->isVisible() &&
                   window.firstRunWizard()->isLoaded();
        })) << "no wizard on a new store";
        return window.firstRunWizard();
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        edit->del();
        edit->insert(text);
    }

    static void next(QWizard *wizard)
    {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    }

    // A page at 1366x768 as a person sees it: nothing clipped, saved for the docs.
    static void look(QWidget *widget, const QString &fileName)
    {
        waitUntil([&] { return clippedTexts(*widget).isEmpty(); }, 2000);
        EXPECT_EQ(clippedTexts(*widget).join(QStringLiteral(" | ")).toStdString(), "")
            << "clipped on " << fileName.toStdString();
        const auto keys = visibleMnemonics(*widget);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            EXPECT_EQ(it.value().size(), 1)
                << "accelerators clash on " << fileName.toStdString() << ":\n"
                << describe(keys).toStdString();
        EXPECT_LE(widget->width(), ScreenSize.width());
        EXPECT_LE(widget->height(), ScreenSize.height());
        EXPECT_TRUE(widget->grab().save(screenshotPath(fileName)));
    }

    Result<std::unique_ptr<Database>> storeDb() const { return Database::open(m_storePath); }

    QString setting(const QString &key) const
    {
        auto db = storeDb();
        return db ? StoreSettings(**db).value(key) : QStringLiteral("(store unreadable)");
    }

    // Every byte a backup or a support request might carry: the store file,
    // its WAL and this user's QSettings file.
    QByteArray plainFiles() const
    {
        QByteArray all;
        QSettings().sync();
        for (const QString &path : QStringList{m_storePath, m_storePath + QStringLiteral("-wal"),
                                               QSettings().fileName()}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    // Fills the store page and goes to the terminal page.
    void fillStorePage(FirstRunWizard *wizard)
    {
        SetupForm *form = wizard->form();
        type(form->storeName(), QStringLiteral("Tienda Doña Rosa"));
        type(child<QLineEdit>(*wizard, "taxRatesEdit"), QStringLiteral("19; 5; 0"));
        next(wizard);
        ASSERT_EQ(wizard->currentId(), FirstRunWizard::TerminalPage);
    }

    QTemporaryDir m_dir;
    QString m_storePath;
    std::shared_ptr<CredentialStore> m_credentials;
};

} // namespace

TEST_F(FirstRunTest, HappyPathWithTheAiAndADemoStore)
{
    FakeOpenAiServer ai;
    ASSERT_TRUE(ai.start());
    ai.enqueue(FakeReply::file(200, QStringLiteral("openai/openai_plain.json")));
    auto window = openWindow();
    FirstRunWizard *wizard = wizardOf(*window);
    ASSERT_TRUE(wizard);
    EXPECT_FALSE(child<QWidget>(*window, "firstRunBanner")->isVisible())
        << "the wizard replaces the banner";
    // COP and Colombia's IVA rates unless the person says otherwise.
    auto *currency = child<QComboBox>(*wizard, "currencyCombo");
    EXPECT_EQ(currency->currentData().toString(), QStringLiteral("COP"));
    EXPECT_GE(currency->count(), 4);
    EXPECT_EQ(child<QLineEdit>(*wizard, "taxRatesEdit")->text(), QStringLiteral("19; 5; 0"));
    look(wizard, QStringLiteral("first-run-store.png"));
    type(wizard->form()->storeName(), QStringLiteral("Tienda Doña Rosa"));
    type(child<QLineEdit>(*wizard, "taxRatesEdit"), QStringLiteral("19; 5; 8; 0"));
    next(wizard);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::TerminalPage);
    type(child<QLineEdit>(*wizard, "terminalEdit"), QStringLiteral("T02"));
    look(wizard, QStringLiteral("first-run-terminal.png"));
    next(wizard);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::AiPage);

    const QString key = QStringLiteral("sk-wizard-5e1c0a77d2");
    type(child<QLineEdit>(*wizard, "aiUrlEdit"), ai.baseUrl().toString());
    type(child<QLineEdit>(*wizard, "aiModelEdit"), QStringLiteral("gpt-4o-mini"));
    type(child<QLineEdit>(*wizard, "aiKeyEdit"), key);
    QTest::mouseClick(child<QPushButton>(*wizard, "aiTestButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !wizard->form()->aiTesting(); }));
    const QString tested = wizard->form()->aiResult()->text();
    EXPECT_TRUE(tested.startsWith(QStringLiteral("Connected"))) << tested.toStdString();
    // The test call carried the key that was typed.
    ASSERT_EQ(ai.requests().size(), 1);
    EXPECT_EQ(ai.requests().first().header("authorization"), "Bearer " + key.toUtf8());
    look(wizard, QStringLiteral("first-run-ai.png"));
    next(wizard);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::DemoPage);
    child<QRadioButton>(*wizard, "demoRadio")->setChecked(true);
    look(wizard, QStringLiteral("first-run-demo.png"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !window->firstRunWizard(); })) << "the wizard stayed";

    // The demo fills in the background, in the store the wizard set up.
    ASSERT_TRUE(waitUntil(
        [&] { return window->status().productCount == StoreWorker::DemoProductCount; }, 120000));
    EXPECT_EQ(setting(QStringLiteral("store_name")), QStringLiteral("Tienda Doña Rosa"));
    EXPECT_EQ(setting(QStringLiteral("terminal")), QStringLiteral("T02"));
    EXPECT_EQ(setting(QStringLiteral("tax.rates")), QStringLiteral("1900,500,800,0"));
    EXPECT_EQ(setting(QStringLiteral("ai.model")), QStringLiteral("gpt-4o-mini"));
    EXPECT_FALSE(setting(QStringLiteral("initialized_at")).isEmpty());
    EXPECT_EQ(m_credentials->load(AiSettings::apiKeyCredential()).value_or(QString()), key);
    EXPECT_FALSE(plainFiles().contains(key.toUtf8()));
    EXPECT_TRUE(waitUntil(
        [&] { return window->status().storeName == QStringLiteral("Tienda Doña Rosa"); }));

    // Set up: the next start shows no wizard.
    window.reset();
    auto again = openWindow();
    QTest::qWait(300);
    EXPECT_FALSE(again->firstRunWizard());
}

TEST_F(FirstRunTest, WithoutTheDemoTheStoreStaysEmpty)
{
    auto window = openWindow();
    FirstRunWizard *wizard = wizardOf(*window);
    ASSERT_TRUE(wizard);
    fillStorePage(wizard);
    next(wizard);
    next(wizard);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::DemoPage);
    EXPECT_TRUE(child<QRadioButton>(*wizard, "startEmptyRadio")->isChecked());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !window->firstRunWizard(); }));
    QTest::qWait(300);
    window->refreshStatus();
    ASSERT_TRUE(waitUntil(
        [&] { return window->status().storeName == QStringLiteral("Tienda Doña Rosa"); }));
    EXPECT_EQ(window->status().productCount, 0);
    EXPECT_FALSE(window->status().firstRun);
    EXPECT_EQ(setting(QStringLiteral("terminal")), QStringLiteral("T01"));
}

TEST_F(FirstRunTest, BadValuesAreShownUnderTheirFieldAndStopThePage)
{
    auto window = openWindow();
    FirstRunWizard *wizard = wizardOf(*window);
    ASSERT_TRUE(wizard);
    auto *nameError = child<QLabel>(*wizard, "store_nameError");
    auto *taxError = child<QLabel>(*wizard, "tax_ratesError");
    type(wizard->form()->storeName(), QString());
    next(wizard);
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::StorePage);
    EXPECT_TRUE(nameError->isVisible());
    EXPECT_TRUE(nameError->text().contains(QStringLiteral("VALIDATION_FAILED")))
        << nameError->text().toStdString();

    type(wizard->form()->storeName(), QStringLiteral("Tienda Doña Rosa"));
    type(child<QLineEdit>(*wizard, "taxRatesEdit"), QStringLiteral("19; diez; 0"));
    next(wizard);
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::StorePage);
    EXPECT_FALSE(nameError->isVisible());
    EXPECT_TRUE(taxError->isVisible());
    EXPECT_TRUE(taxError->text().contains(QStringLiteral("diez")))
        << taxError->text().toStdString();
    type(child<QLineEdit>(*wizard, "taxRatesEdit"), QStringLiteral("19; 150"));
    next(wizard);
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::StorePage);
    EXPECT_TRUE(taxError->text().contains(QStringLiteral("100 %")))
        << taxError->text().toStdString();
    look(wizard, QStringLiteral("first-run-error.png"));

    type(child<QLineEdit>(*wizard, "taxRatesEdit"), QStringLiteral("19; 5; 0"));
    next(wizard);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::TerminalPage);
    type(child<QLineEdit>(*wizard, "terminalEdit"), QStringLiteral("T 01!"));
    next(wizard);
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::TerminalPage);
    auto *terminalError = child<QLabel>(*wizard, "terminalError");
    EXPECT_TRUE(terminalError->isVisible());
    EXPECT_TRUE(terminalError->text().contains(QStringLiteral("letters or digits")))
        << terminalError->text().toStdString();
    EXPECT_TRUE(setting(QStringLiteral("initialized_at")).isEmpty()) << "nothing was applied";
}

TEST_F(FirstRunTest, CancelChangesNothingAndTheWizardComesBack)
{
    auto window = openWindow();
    FirstRunWizard *wizard = wizardOf(*window);
    ASSERT_TRUE(wizard);
    fillStorePage(wizard);
    type(child<QLineEdit>(*wizard, "terminalEdit"), QStringLiteral("T09"));
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !window->firstRunWizard(); }));
    QTest::qWait(300);
    auto db = storeDb();
    ASSERT_TRUE(db.ok());
    auto q = (*db)->exec(QStringLiteral(
        "SELECT count(*) FROM settings WHERE key IN ('store_name', 'terminal', 'tax.rates', "
        "'initialized_at')"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toInt(), 0);
    db->reset();
    window.reset();
    auto again = openWindow();
    EXPECT_TRUE(wizardOf(*again)) << "a cancelled first run asks again at the next start";
}

TEST_F(FirstRunTest, ServerTestShowsSuccessOrTheErrorAndFinishRegistersTheTerminal)
{
    QString error;
    const QString owner = PgCluster::shared().createDatabaseWithOwner(
        PgCluster::uniqueName(QStringLiteral("setup")), &error);
    ASSERT_FALSE(owner.isEmpty()) << error.toStdString();
    auto ownerAddress = ServerAddress::parse(owner);
    ASSERT_TRUE(ownerAddress.ok());
    ASSERT_TRUE(ServerMigrator::migrate(*ownerAddress, ownerAddress->password).ok());
    // Typed as a person would: the URL without the password, which goes in its own field.
    QUrl typed(owner);
    const QString password = typed.password();
    typed.setPassword(QString());
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    QUrl wrongPort = typed;
    wrongPort.setPort(probe.serverPort());
    probe.close();

    auto window = openWindow();
    FirstRunWizard *wizard = wizardOf(*window);
    ASSERT_TRUE(wizard);
    fillStorePage(wizard);
    SetupForm *form = wizard->form();
    type(form->serverUrl(), wrongPort.toString());
    type(child<QLineEdit>(*wizard, "serverPasswordEdit"), password);
    QTest::mouseClick(child<QPushButton>(*wizard, "serverTestButton"), Qt::LeftButton);
    EXPECT_TRUE(wizard->isEnabled()) << "the test runs off the UI thread";
    ASSERT_TRUE(waitUntil([&] { return !form->serverTesting(); }, 30000));
    EXPECT_TRUE(form->serverResult()->text().contains(QStringLiteral("SERVER_UNAVAILABLE")))
        << form->serverResult()->text().toStdString();
    EXPECT_TRUE(form->serverResult()->text().contains(QStringLiteral("unreachable")))
        << form->serverResult()->text().toStdString();

    type(form->serverUrl(), typed.toString());
    QTest::mouseClick(child<QPushButton>(*wizard, "serverTestButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !form->serverTesting(); }, 30000));
    EXPECT_TRUE(form->serverResult()->text().startsWith(QStringLiteral("Connected to PostgreSQL")))
        << form->serverResult()->text().toStdString();
    EXPECT_TRUE(form->serverResult()->text().contains(
        QStringLiteral("schema %1").arg(ServerMigrator::latestVersion())))
        << form->serverResult()->text().toStdString();
    look(wizard, QStringLiteral("first-run-server.png"));

    next(wizard);
    next(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !window->firstRunWizard(); }, 30000))
        << child<QLabel>(*wizard, "finishErrorLabel")->text().toStdString();

    auto db = storeDb();
    ASSERT_TRUE(db.ok());
    auto terminal = TerminalRegistration::load(**db);
    ASSERT_TRUE(terminal.ok()) << terminal.error().message.toStdString();
    EXPECT_EQ(terminal->code, QStringLiteral("T01"));
    EXPECT_EQ(terminal->storeName, QStringLiteral("Tienda Doña Rosa"));
    const QString terminalPassword = m_credentials->load(terminal->role).value_or(QString());
    EXPECT_FALSE(terminalPassword.isEmpty());
    db->reset();
    const QStringList onServer = PgCluster::query(
        owner,
        QStringLiteral("SELECT s.name, t.code FROM bodega.terminals t JOIN bodega.stores s "
                       "ON s.id = t.store_id"),
        &error);
    EXPECT_EQ(onServer, QStringList{QStringLiteral("Tienda Doña Rosa|T01")}) << error.toStdString();
    const QByteArray plain = plainFiles();
    EXPECT_FALSE(plain.contains(password.toUtf8())) << "the owner's password was kept";
    EXPECT_FALSE(plain.contains(terminalPassword.toUtf8()));
}

TEST_F(FirstRunTest, SettingsRoundTripKeepsTheSecretOutOfSightAndWritesTheLanguage)
{
    auto window = openWindow(false);
    SettingsDialog *dialog = window->openSettings();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->isLoaded(); }));
    dialog->resize(dialog->sizeHint().boundedTo(ScreenSize));
    look(dialog, QStringLiteral("settings.png"));
    const QString secret = QStringLiteral("whsec-settings-31c9e07a");
    type(dialog->form()->storeName(), QStringLiteral("Bodega El Porvenir"));
    type(child<QLineEdit>(*dialog, "taxRatesEdit"), QStringLiteral("19; 5"));
    dialog->tabs()->setCurrentIndex(3);
    type(child<QLineEdit>(*dialog, "webhookUrlEdit"),
         QStringLiteral("https://n8n.example.com/webhook/bodega"));
    type(child<QLineEdit>(*dialog, "webhookSecretEdit"), secret);
    child<QCheckBox>(*dialog, "webhookEnabledCheck")->setChecked(true);
    look(dialog, QStringLiteral("settings-alerts.png"));
    dialog->tabs()->setCurrentIndex(4);
    look(dialog, QStringLiteral("settings-receipts.png"));
    auto *language = child<QComboBox>(*dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QTest::mouseClick(
        child<QDialogButtonBox>(*dialog, "settingsButtons")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !window->findChild<SettingsDialog *>(); }))
        << child<QLabel>(*dialog, "settingsStatusLabel")->text().toStdString();

    EXPECT_EQ(QSettings().value(TerminalPreferences::languageKey()).toString(),
              QStringLiteral("en"));
    EXPECT_EQ(setting(QStringLiteral("store_name")), QStringLiteral("Bodega El Porvenir"));
    EXPECT_EQ(setting(QStringLiteral("tax.rates")), QStringLiteral("1900,500"));
    EXPECT_EQ(setting(QStringLiteral("webhook.url")),
              QStringLiteral("https://n8n.example.com/webhook/bodega"));
    EXPECT_EQ(m_credentials->load(QStringLiteral("webhook.secret")).value_or(QString()), secret);
    EXPECT_FALSE(plainFiles().contains(secret.toUtf8())) << "the secret is in a plain file";

    // Opened again: the values are back, the secret only as "stored".
    SettingsDialog *again = window->openSettings();
    ASSERT_TRUE(waitUntil([&] { return again->isLoaded(); }));
    EXPECT_EQ(again->form()->storeName()->text(), QStringLiteral("Bodega El Porvenir"));
    EXPECT_EQ(child<QLineEdit>(*again, "webhookUrlEdit")->text(),
              QStringLiteral("https://n8n.example.com/webhook/bodega"));
    auto *secretEdit = child<QLineEdit>(*again, "webhookSecretEdit");
    EXPECT_TRUE(secretEdit->text().isEmpty());
    EXPECT_TRUE(secretEdit->placeholderText().contains(QStringLiteral("stored")));
    EXPECT_EQ(child<QComboBox>(*again, "languageCombo")->currentData().toString(),
              QStringLiteral("en"));

    // A bad address is shown on its field, on its tab, and nothing changes.
    type(child<QLineEdit>(*again, "webhookUrlEdit"), QStringLiteral("ftp://hooks"));
    again->tabs()->setCurrentIndex(0);
    again->accept();
    ASSERT_TRUE(waitUntil([&] { return !again->isBusy(); }));
    EXPECT_TRUE(child<QLabel>(*again, "webhook_urlError")->isVisible());
    EXPECT_EQ(again->tabs()->currentIndex(), 3);
    EXPECT_EQ(setting(QStringLiteral("webhook.url")),
              QStringLiteral("https://n8n.example.com/webhook/bodega"));
    again->reject();
}

TEST_F(FirstRunTest, ThePrinterAndItsRollAreThisTerminalsNotTheStores)
{
    auto window = openWindow(false);
    SettingsDialog *dialog = window->openSettings();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->isLoaded(); }));
    dialog->resize(dialog->sizeHint().boundedTo(ScreenSize));
    dialog->tabs()->setCurrentIndex(4);
    auto *paper = child<QComboBox>(*dialog, "paperCombo");
    EXPECT_EQ(paper->currentData().toString(), QStringLiteral("80")) << "80 mm until chosen";
    paper->setCurrentIndex(paper->findData(QStringLiteral("58")));
    // As the system's printer list would offer it (this machine has none).
    auto *printer = child<QComboBox>(*dialog, "printerCombo");
    printer->addItem(QStringLiteral("XP-58"), QStringLiteral("XP-58"));
    printer->setCurrentIndex(printer->findData(QStringLiteral("XP-58")));
    look(dialog, QStringLiteral("settings-receipts-58.png"));
    QTest::mouseClick(
        child<QDialogButtonBox>(*dialog, "settingsButtons")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !window->findChild<SettingsDialog *>(); }))
        << child<QLabel>(*dialog, "settingsStatusLabel")->text().toStdString();

    // In this user's QSettings file (isolated by the fixture), not the store.
    QSettings settings;
    settings.sync();
    EXPECT_EQ(settings.value(TerminalPreferences::receiptPrinterKey()).toString(),
              QStringLiteral("XP-58"));
    EXPECT_EQ(settings.value(TerminalPreferences::receiptPaperKey()).toString(),
              QStringLiteral("58"));
    EXPECT_TRUE(settings.fileName().startsWith(m_dir.path())) << settings.fileName().toStdString();
    auto db = storeDb();
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(StoreSettings(**db)
                  .read(QStringLiteral("receipt.printer"))
                  ->value_or(QStringLiteral("(none)")),
              QStringLiteral("(none)"));
    auto anywhere =
        (*db)->exec(QStringLiteral("SELECT count(*) FROM settings WHERE value = 'XP-58'"));
    ASSERT_TRUE(anywhere.ok());
    ASSERT_TRUE(anywhere->next());
    EXPECT_EQ(anywhere->value(0).toInt(), 0);
    db->reset();

    // Opened again: both are shown as chosen.
    SettingsDialog *again = window->openSettings();
    ASSERT_TRUE(waitUntil([&] { return again->isLoaded(); }));
    EXPECT_EQ(child<QComboBox>(*again, "paperCombo")->currentData().toString(),
              QStringLiteral("58"));
    EXPECT_EQ(child<QComboBox>(*again, "printerCombo")->currentData().toString(),
              QStringLiteral("XP-58"));
    again->reject();
}
