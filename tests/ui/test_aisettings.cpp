// The AI settings dialog, the AI log page and the status bar's AI state
// (issue 5, points 2 and 7), offscreen on a real store, against a real
// OpenAI-compatible server on loopback (tests/support/fakeopenaiserver.h).

#include "uitestutil.h"

#include "security/airequestlog.h"
#include "security/aisettings.h"
#include "security/userstore.h"
#include "storage/database.h"
#include "support/fakeopenaiserver.h"
#include "ui/ailogpage.h"
#include "ui/aisettingsdialog.h"
#include "ui/aiworker.h"
#include "ui/storeworker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <tuple>

using namespace bodega;
using namespace bodega::test;

namespace {

class AiUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.start());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_credentials =
            std::make_shared<FileCredentialStore>(m_dir.filePath(QStringLiteral("credentials")));
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        MainWindow::Options options;
        options.offerFirstRun = false;
        options.credentials = m_credentials;
        auto window = std::make_unique<MainWindow>(m_storePath, options);
        window->resize(ScreenSize);
        window->show();
        EXPECT_TRUE(waitUntil([&] { return window->isReady(); })) << "the store did not open";
        return window;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    static void save(AiSettingsDialog &dialog)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "saveAiButton"), Qt::LeftButton);
    }

    Result<AiConfig> storedConfig() const
    {
        auto db = Database::open(m_storePath);
        if (!db)
            return db.error();
        return AiSettings(**db, *m_credentials, Clock::system()).load();
    }

    QTemporaryDir m_dir;
    QString m_storePath;
    std::shared_ptr<CredentialStore> m_credentials;
    FakeOpenAiServer m_server;
};

} // namespace

TEST_F(AiUiTest, BadSettingsAreShownOnTheirFieldAndNothingIsSaved)
{
    auto window = openWindow();
    AiSettingsDialog dialog(window->aiWorker(), window.get());
    dialog.show();
    ASSERT_TRUE(waitUntil([&] { return dialog.isLoaded(); }));
    auto *url = child<QLineEdit>(dialog, "baseUrlEdit");
    auto *model = child<QLineEdit>(dialog, "modelEdit");
    // The fixed rule shows as a box nobody can tick.
    auto *personalCloud = child<QCheckBox>(dialog, "policy_personal_cloud");
    EXPECT_FALSE(personalCloud->isEnabled());
    EXPECT_FALSE(personalCloud->isChecked());
    EXPECT_TRUE(child<QCheckBox>(dialog, "policy_internal_local")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(dialog, "policy_internal_cloud")->isChecked());
    EXPECT_EQ(child<QLineEdit>(dialog, "apiKeyEdit")->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(child<QLabel>(dialog, "keyLocationLabel")->text().contains(m_dir.path()))
        << child<QLabel>(dialog, "keyLocationLabel")->text().toStdString();

    type(url, QStringLiteral("ftp://models.example.com/v1"));
    type(model, QStringLiteral("llama3.2:3b"));
    save(dialog);
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy() && dialog.errorLabel()->isVisible(); }));
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("http://")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_FALSE(url->styleSheet().isEmpty()) << "the address field is not marked";
    EXPECT_TRUE(dialog.isVisible());
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/ai-settings-error.png")));

    // A URL without a model: the model field is the one marked.
    type(url, m_server.baseUrl().toString());
    model->clear();
    save(dialog);
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy() && !model->styleSheet().isEmpty(); }));
    EXPECT_TRUE(url->styleSheet().isEmpty());
    auto stored = storedConfig();
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->hasEndpoint());
}

TEST_F(AiUiTest, TestConnectionShowsTheModelAndLatencyAndTheSavedAiIsInTheStatusBarAndLog)
{
    m_server.enqueue(FakeReply::file(200, QStringLiteral("openai/openai_plain.json")));
    auto window = openWindow();
    QLabel *aiLabel = child<QLabel>(*window, "aiLabel");
    ASSERT_TRUE(waitUntil([&] {
        return aiLabel->text().startsWith(QStringLiteral("AI: offline engine"));
    })) << aiLabel->text().toStdString();

    AiSettingsDialog dialog(window->aiWorker(), window.get());
    dialog.show();
    ASSERT_TRUE(waitUntil([&] { return dialog.isLoaded(); }));
    type(child<QLineEdit>(dialog, "baseUrlEdit"), m_server.baseUrl().toString());
    type(child<QLineEdit>(dialog, "modelEdit"), QStringLiteral("llama3.2:3b"));
    type(child<QLineEdit>(dialog, "apiKeyEdit"), QStringLiteral("sk-ui-test"));
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    // The UI thread is free while the worker waits for the server.
    EXPECT_TRUE(dialog.isBusy());
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }));
    const QString result = dialog.testResult()->text();
    EXPECT_TRUE(result.startsWith(QStringLiteral("Connected"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral(" ms"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("server on this computer")));
    EXPECT_TRUE(result.contains(QStringLiteral("gpt-4o-mini-2024-07-18"))) << result.toStdString();
    ASSERT_EQ(m_server.requestCount(), 1);
    EXPECT_EQ(m_server.lastRequest().header("authorization"), QByteArray("Bearer sk-ui-test"));
    EXPECT_EQ(m_server.lastRequest().json.value(QStringLiteral("model")),
              QStringLiteral("llama3.2:3b"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/ai-settings-connected.png")));

    save(dialog);
    ASSERT_TRUE(waitUntil([&] { return !dialog.isVisible(); }));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(waitUntil([&] {
        return aiLabel->text().startsWith(QStringLiteral("AI: local · llama3.2:3b"));
    })) << aiLabel->text().toStdString();
    auto stored = storedConfig();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->baseUrl, m_server.baseUrl().toString());

    // The log lists the test, newest first.
    window->showPage(MainWindow::AiLogTab);
    AiLogPage *page = window->aiLogPage();
    ASSERT_TRUE(waitUntil([&] { return !page->isLoading() && page->table()->rowCount() > 0; }));
    ASSERT_EQ(page->table()->rowCount(), 1);
    EXPECT_EQ(page->table()->item(0, AiLogPage::PurposeColumn)->text(),
              QStringLiteral("test_connection"));
    // The model as the server named it in its answer.
    EXPECT_EQ(page->table()->item(0, AiLogPage::EndpointColumn)->text(),
              QStringLiteral("local · gpt-4o-mini-2024-07-18"));
    EXPECT_EQ(page->table()->item(0, AiLogPage::OutcomeColumn)->text(), QStringLiteral("Answered"));
    EXPECT_EQ(page->table()->item(0, AiLogPage::DataColumn)->text(), QStringLiteral("public"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->grab().save(QStringLiteral("/tmp/ai-log.png")));

    // The shared endpoint fails five times in a row: its breaker opens and
    // the status bar says so (the requests themselves are the assistant's
    // job; here they come straight from the test's thread).
    m_server.setFallbackReply(FakeReply::file(500, QStringLiteral("openai/openai_error_500.json")));
    const std::shared_ptr<ChatModel> endpoint = window->aiWorker()->endpoint();
    ASSERT_NE(endpoint, nullptr);
    auto *provider = dynamic_cast<OpenAiChatModel *>(endpoint.get());
    ASSERT_NE(provider, nullptr);
    provider->setSleeper([](int) {}); // the 1 s, 2 s, 4 s backoff, without the wait
    for (int i = 0; i < 5; ++i) {
        ChatRequest r;
        r.messages = {
            ChatMessage{ChatMessage::Role::User, QStringLiteral("hola %1").arg(i), {}, {}}};
        r.dataClasses = DataClass::Public;
        r.purpose = QStringLiteral("assistant");
        EXPECT_FALSE(endpoint->chat(r).ok());
    }
    EXPECT_FALSE(endpoint->available());
    ASSERT_TRUE(waitUntil([&] { return aiLabel->text().contains(QStringLiteral("breaker open")); }))
        << aiLabel->text().toStdString();
    EXPECT_TRUE(aiLabel->text().startsWith(QStringLiteral("AI: offline engine")));
    QCoreApplication::processEvents();
    EXPECT_EQ(clippedTexts(*window->statusBar()), QStringList());
    EXPECT_TRUE(window->statusBar()->grab().save(QStringLiteral("/tmp/ai-statusbar-breaker.png")));
}

TEST_F(AiUiTest, ACashierIsRefusedTheAiLogAndSeesTheSettingsReadOnly)
{
    {
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok());
        // The store's admin first, then a cashier the admin adds.
        UserStore users(**db, Clock::system());
        std::optional<Actor> by;
        for (const auto &[name, role, secret] : {std::tuple{"dueno", Role::Admin, "la-tienda-2026"},
                                                 std::tuple{"ana", Role::Cashier, "4821"}}) {
            auto user = users.add(by, QString::fromLatin1(name), role,
                                  role == Role::Cashier ? User::SecretKind::Pin
                                                        : User::SecretKind::Password,
                                  QString::fromLatin1(secret));
            ASSERT_TRUE(user.ok()) << name;
            if (!by)
                by = Actor{user->id, user->name, role};
        }
        AiRequestRecord r;
        r.at = QDateTime::currentDateTimeUtc();
        r.purpose = QStringLiteral("assistant");
        r.dataClasses = DataClass::Personal;
        r.endpoint = EndpointKind::Cloud;
        r.model = QStringLiteral("gpt-4o-mini");
        r.outcome = QStringLiteral("denied");
        ASSERT_TRUE(AiRequestLog(**db).record(r).ok());
    }
    auto window = openWindow();
    QSignalSpy loggedIn(window->worker(), &StoreWorker::loggedIn);
    window->worker()->requestLogIn(QStringLiteral("ana"), QStringLiteral("4821"));
    ASSERT_TRUE(waitUntil([&] { return loggedIn.count() == 1; }));

    window->showPage(MainWindow::AiLogTab);
    AiLogPage *page = window->aiLogPage();
    page->refresh();
    ASSERT_TRUE(waitUntil([&] { return !page->isLoading(); }));
    EXPECT_TRUE(page->summary()->text().contains(QStringLiteral("PERMISSION_DENIED")))
        << page->summary()->text().toStdString();
    EXPECT_EQ(page->table()->rowCount(), 0);
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->grab().save(QStringLiteral("/tmp/ai-log-cashier.png")));

    AiSettingsDialog dialog(window->aiWorker(), window.get());
    dialog.show();
    ASSERT_TRUE(waitUntil([&] { return dialog.isLoaded(); }));
    EXPECT_FALSE(child<QLineEdit>(dialog, "baseUrlEdit")->isEnabled());
    EXPECT_FALSE(child<QCheckBox>(dialog, "writeToolsCheck")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dialog, "saveAiButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "aiPermissionLabel")->isVisible());
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/ai-settings-cashier.png")));

    // An admin reads the log: the refusal is on it.
    QSignalSpy loggedInAgain(window->worker(), &StoreWorker::loggedIn);
    window->worker()->requestLogIn(QStringLiteral("dueno"), QStringLiteral("la-tienda-2026"));
    ASSERT_TRUE(waitUntil([&] { return loggedInAgain.count() == 1; }));
    page->refresh();
    ASSERT_TRUE(waitUntil([&] { return !page->isLoading() && page->table()->rowCount() == 1; }));
    EXPECT_EQ(page->table()->item(0, AiLogPage::OutcomeColumn)->text(),
              QStringLiteral("Refused by the privacy policy"));
}
