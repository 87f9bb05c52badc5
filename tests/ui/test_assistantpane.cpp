// The assistant pane (issue 5, point 4), offscreen in a real MainWindow on a
// real store: offline answers through the intent engine, an LLM's tool calls
// through a real OpenAI-compatible server on loopback, product links that
// open the product, the typing indicator, export and "forget me", and the
// AI request log that every answer leaves behind.

#include "uitestutil.h"

#include "ai/offlineengine.h"
#include "assistant/assistanthistory.h"
#include "catalog/catalogservice.h"
#include "security/airequestlog.h"
#include "security/aisettings.h"
#include "storage/database.h"
#include "support/fakeopenaiserver.h"
#include "support/testsupport.h"
#include "ui/aiworker.h"
#include "ui/assistantdock.h"
#include "ui/productform.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace bodega;
using namespace bodega::test;

namespace {

class AssistantPaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_credentials =
            std::make_shared<FileCredentialStore>(m_dir.filePath(QStringLiteral("credentials")));
        // Three groceries with 3 units each and a threshold of 5: all low.
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok());
        OfflineEngine ai;
        CatalogService catalog(**db, ai);
        m_products = addGroceries(catalog, 3);
        ASSERT_EQ(m_products.size(), 3);
    }

    void configureLlm(const QUrl &baseUrl)
    {
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok());
        AiConfig config;
        config.baseUrl = baseUrl.toString();
        config.model = QStringLiteral("llama3.2:3b");
        config.timeoutMs = 5000;
        ASSERT_TRUE(AiSettings(**db, *m_credentials, Clock::system()).save(std::nullopt, config));
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
        // The offscreen screen is too small to dock it by the rule for
        // real screens: dock it as a wide screen would.
        window->assistantDock()->setFloating(false);
        window->assistantDock()->show();
        return window;
    }

    static void ask(AssistantDock &dock, const QString &question)
    {
        dock.input()->setFocus();
        dock.input()->insert(question); // keyClicks knows only ASCII keys
        QTest::keyClick(dock.input(), Qt::Key_Return);
    }

    QVector<AiRequestEntry> aiLog() const
    {
        auto db = Database::open(m_storePath);
        if (!db)
            return {};
        auto entries = AiRequestLog(**db).recent(100);
        return entries ? *entries : QVector<AiRequestEntry>{};
    }

    const Product &rice() const { return m_products.at(0); }

    QTemporaryDir m_dir;
    QString m_storePath;
    std::shared_ptr<CredentialStore> m_credentials;
    QVector<Product> m_products;
};

// An OpenAI chat completion whose message calls one tool.
QJsonObject toolCallReply(const QString &id, const QString &tool, const QJsonObject &arguments)
{
    QJsonObject function;
    function.insert(QStringLiteral("name"), tool);
    function.insert(QStringLiteral("arguments"),
                    QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)));
    QJsonObject call;
    call.insert(QStringLiteral("id"), id);
    call.insert(QStringLiteral("type"), QStringLiteral("function"));
    call.insert(QStringLiteral("function"), function);
    QJsonObject message;
    message.insert(QStringLiteral("role"), QStringLiteral("assistant"));
    message.insert(QStringLiteral("content"), QJsonValue::Null);
    message.insert(QStringLiteral("tool_calls"), QJsonArray{call});
    QJsonObject choice;
    choice.insert(QStringLiteral("index"), 0);
    choice.insert(QStringLiteral("finish_reason"), QStringLiteral("tool_calls"));
    choice.insert(QStringLiteral("message"), message);
    QJsonObject usage;
    usage.insert(QStringLiteral("prompt_tokens"), 410);
    usage.insert(QStringLiteral("completion_tokens"), 18);
    QJsonObject reply;
    reply.insert(QStringLiteral("id"), QString(QStringLiteral("chatcmpl-") + id));
    reply.insert(QStringLiteral("object"), QStringLiteral("chat.completion"));
    reply.insert(QStringLiteral("model"), QStringLiteral("llama3.2:3b"));
    reply.insert(QStringLiteral("choices"), QJsonArray{choice});
    reply.insert(QStringLiteral("usage"), usage);
    return reply;
}

QJsonObject textReply(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-final")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("model"), QStringLiteral("llama3.2:3b")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), text}}}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 520},
                                              {QStringLiteral("completion_tokens"), 21}}}};
}

} // namespace

TEST_F(AssistantPaneTest, OfflineAnswerCitesTheLowProductsAndItsLinkOpensTheProduct)
{
    auto window = openWindow();
    AssistantDock *dock = window->assistantDock();
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
    ASSERT_TRUE(waitUntil([&] { return dock->input()->isEnabled(); }));

    ask(*dock, QStringLiteral("what is low on stock?"));
    // The question is on screen at once and the pane says an answer is coming.
    EXPECT_TRUE(dock->view()->toPlainText().contains(QStringLiteral("what is low on stock?")));
    EXPECT_TRUE(dock->isWaiting());
    EXPECT_TRUE(dock->typingIndicator()->isVisible());
    ASSERT_TRUE(waitUntil([&] { return !dock->isWaiting(); }));
    EXPECT_FALSE(dock->typingIndicator()->isVisible());

    const QString text = dock->view()->toPlainText();
    for (const Product &p : m_products)
        EXPECT_TRUE(text.contains(p.name)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("offline assistant"))) << text.toStdString();
    const QString html = dock->view()->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("product:") + rice().id)) << html.toStdString();
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("assistant-offline.png"))));

    // The link opens the product: the Products page, with its row selected.
    emit dock->view()->anchorClicked(
        QUrl(QStringLiteral("product:%1#%2").arg(rice().id, rice().name)));
    ProductsPage *products = window->productsPage();
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex current = products->table()->selectionModel()->currentIndex();
        return window->findChild<QTabWidget *>(QStringLiteral("pages"))->currentWidget() ==
                   products &&
               current.isValid() &&
               current.siblingAtColumn(0).data(ProductTableModel::IdRole).toString() == rice().id;
    })) << "the product did not open";

    // Even without an LLM the answer is in the AI request log.
    const QVector<AiRequestEntry> log = aiLog();
    ASSERT_FALSE(log.isEmpty());
    EXPECT_EQ(log.first().record.purpose, QStringLiteral("assistant"));
    EXPECT_EQ(log.first().record.endpoint, EndpointKind::Offline);
    EXPECT_EQ(log.first().record.outcome, QStringLiteral("ok"));
}

TEST_F(AssistantPaneTest, ALocalLlmAnswersThroughTheStoresToolsInSpanish)
{
    FakeOpenAiServer server;
    ASSERT_TRUE(server.start());
    configureLlm(server.baseUrl());
    server.enqueue(
        {FakeReply::json(200, toolCallReply(QStringLiteral("call_1"), QStringLiteral("get_stock"),
                                            {{QStringLiteral("product_id"), rice().sku}})),
         FakeReply::json(200,
                         textReply(QStringLiteral("Quedan 3 unidades de Arroz Diana 500 g, por "
                                                  "debajo del mínimo de 5.")))});
    SpanishUi spanish;
    ASSERT_TRUE(spanish.loaded());
    auto window = openWindow();
    AssistantDock *dock = window->assistantDock();
    ASSERT_TRUE(waitUntil([&] { return window->aiStatus().endpoints == 1; }));

    ask(*dock, QStringLiteral("¿cuánto arroz queda?"));
    ASSERT_TRUE(waitUntil([&] { return !dock->isWaiting(); }, 20000));
    const QString text = dock->view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Quedan 3 unidades de Arroz Diana 500 g")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("motor sin conexión"))) << text.toStdString();

    // The model got the store's tools and, in the second round, the
    // tool's real figure from the store.
    ASSERT_TRUE(server.waitForRequests(2));
    const QVector<RecordedRequest> requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_FALSE(requests.at(0).json.value(QStringLiteral("tools")).toArray().isEmpty());
    const QJsonArray messages = requests.at(1).json.value(QStringLiteral("messages")).toArray();
    const QJsonObject toolMessage = messages.last().toObject();
    EXPECT_EQ(toolMessage.value(QStringLiteral("role")).toString(), QStringLiteral("tool"));
    EXPECT_EQ(toolMessage.value(QStringLiteral("tool_call_id")).toString(),
              QStringLiteral("call_1"));
    EXPECT_TRUE(toolMessage.value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("\"stock\":3")))
        << toolMessage.value(QStringLiteral("content")).toString().toStdString();
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("assistant-llm-es.png"))));

    // Both rounds are audited as local requests with the tokens reported.
    const QVector<AiRequestEntry> log = aiLog();
    ASSERT_GE(log.size(), 2);
    EXPECT_EQ(log.at(0).record.endpoint, EndpointKind::Local);
    EXPECT_EQ(log.at(0).record.purpose, QStringLiteral("assistant"));
    EXPECT_EQ(log.at(0).record.completionTokens, 21);
    EXPECT_TRUE(log.at(0).record.dataClasses.testFlag(DataClass::Internal));
}

TEST_F(AssistantPaneTest, HistoryIsExportedAsJsonAndForgottenOnRequest)
{
    auto window = openWindow();
    AssistantDock *dock = window->assistantDock();
    ASSERT_TRUE(waitUntil([&] { return dock->input()->isEnabled(); }));
    ask(*dock, QStringLiteral("ventas de hoy"));
    ASSERT_TRUE(waitUntil([&] { return !dock->isWaiting(); }));

    const QString path = m_dir.filePath(QStringLiteral("export/history.json"));
    QDir().mkpath(QFileInfo(path).path());
    dock->exportTo(path);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(path); }));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray messages = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    ASSERT_EQ(messages.size(), 2); // the question and its answer
    EXPECT_EQ(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("ventas de hoy"));

    // A new window shows the conversation again: it was kept.
    window.reset();
    window = openWindow();
    dock = window->assistantDock();
    ASSERT_TRUE(waitUntil(
        [&] { return dock->view()->toPlainText().contains(QStringLiteral("ventas de hoy")); }));

    dock->forgetMe();
    ASSERT_TRUE(waitUntil(
        [&] { return !dock->view()->toPlainText().contains(QStringLiteral("ventas de hoy")); }));
    auto db = Database::open(m_storePath);
    ASSERT_TRUE(db.ok());
    auto left = AssistantHistory(**db, Clock::system()).messages(QString());
    ASSERT_TRUE(left.ok());
    EXPECT_TRUE(left->isEmpty());
}

TEST_F(AssistantPaneTest, TheAssistantFloatsWhenTheScreenHasNoRoomAndTheTillStartsWithoutIt)
{
    MainWindow::Options options;
    options.offerFirstRun = false;
    options.credentials = m_credentials;
    options.startPage = MainWindow::TillTab;
    MainWindow window(m_storePath, options);
    window.resize(ScreenSize);
    window.show();
    ASSERT_TRUE(waitUntil([&] { return window.isReady(); }));
    EXPECT_FALSE(window.assistantDock()->isVisible());

    // Ctrl+Shift+A: the offscreen screen (800 px) is narrower than a page
    // plus the pane, so it comes up floating instead of widening the window.
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(waitUntil([&] { return window.assistantDock()->isVisible(); }));
    EXPECT_TRUE(window.assistantDock()->isFloating());
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(waitUntil([&] { return !window.assistantDock()->isVisible(); }));
}

// "Generate with AI" in the product form (issue 5, point 1): the LLM writes
// when it answers; when it does not, the offline engine does and the form
// says so. Neither waits on the till's worker.
TEST_F(AssistantPaneTest, GenerateWithAiUsesTheLlmAndSaysSoWhenTheOfflineEngineStandsIn)
{
    FakeOpenAiServer server;
    ASSERT_TRUE(server.start());
    configureLlm(server.baseUrl());
    server.enqueue(FakeReply::file(200, QStringLiteral("openai/openai_structured.json")));
    const QByteArray refused =
        R"({"error":{"message":"model overloaded","type":"invalid_request_error"}})";
    server.setFallbackReply(FakeReply::json(400, refused));
    auto window = openWindow();
    ASSERT_TRUE(waitUntil([&] { return window->aiStatus().endpoints == 1; }));
    ProductForm *form = window->productsPage()->form();
    auto *name = child<QLineEdit>(*form, "nameEdit");
    auto *description = child<QPlainTextEdit>(*form, "descriptionEdit");
    auto *notice = child<QLabel>(*form, "formError");
    name->setText(QStringLiteral("Arroz Diana 500 g"));

    QTest::mouseClick(child<QPushButton>(*form, "aiButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !form->isBusy(); }));
    EXPECT_TRUE(
        description->toPlainText().startsWith(QStringLiteral("Arroz blanco Diana en bolsa")))
        << description->toPlainText().toStdString();
    EXPECT_FALSE(notice->isVisible());

    // The same product again comes from the cache of generated text.
    description->clear();
    QTest::mouseClick(child<QPushButton>(*form, "aiButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !form->isBusy(); }));
    EXPECT_TRUE(description->toPlainText().startsWith(QStringLiteral("Arroz blanco Diana en")));
    EXPECT_EQ(server.requests().size(), 1);

    // Another product, and the server now refuses: the offline engine's
    // description, and a notice that says so.
    name->setText(QStringLiteral("Café molido Sello Rojo 250 g"));
    description->clear();
    QTest::mouseClick(child<QPushButton>(*form, "aiButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !form->isBusy(); }));
    EXPECT_FALSE(description->toPlainText().isEmpty());
    EXPECT_FALSE(description->toPlainText().startsWith(QStringLiteral("Arroz blanco Diana en")));
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("model overloaded")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("offline"))) << notice->text().toStdString();
    QCoreApplication::processEvents();
    EXPECT_TRUE(form->grab().save(screenshotPath(QStringLiteral("product-form-ai-fallback.png"))));

    // All three are in the AI request log, newest first: the offline
    // stand-in with its reason, the refused request, the cache hit, the
    // LLM's answer.
    const QVector<AiRequestEntry> log = aiLog();
    ASSERT_GE(log.size(), 4);
    EXPECT_EQ(log.at(0).record.endpoint, EndpointKind::Offline);
    EXPECT_EQ(log.at(0).record.purpose, QStringLiteral("describe_product"));
    EXPECT_FALSE(log.at(0).record.detail.isEmpty());
    EXPECT_EQ(log.at(1).record.endpoint, EndpointKind::Local);
    EXPECT_NE(log.at(1).record.outcome, QStringLiteral("ok"));
    EXPECT_TRUE(log.at(2).record.cacheHit);
    EXPECT_EQ(log.at(3).record.outcome, QStringLiteral("ok"));
    EXPECT_FALSE(log.at(3).record.cacheHit);
}
