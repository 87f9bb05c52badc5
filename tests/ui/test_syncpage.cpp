// Issue 3, "Visible state": the status bar's sync fields and the Sync page, on
// a real store offscreen. No PostgreSQL: an unregistered store, statuses
// handed to the window's slot, and a SyncWorker whose server never answers.

#include "domain/localeformat.h"
#include "uitestutil.h"

#include "storage/database.h"
#include "storage/migrationscripts.h"
#include "sync/syncjournal.h"
#include "sync/syncworker.h"
#include "sync/terminalregistration.h"
#include "ui/mainwindow.h"
#include "ui/productform.h"
#include "ui/productspage.h"
#include "ui/producttablemodel.h"
#include "ui/syncpage.h"

#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>

#include <atomic>

using namespace bodega;
using namespace bodega::test;

namespace {

const QString Reason = QStringLiteral("payload.lines: unknown product");

class SyncUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    }

    std::unique_ptr<MainWindow> openWindow() { return openMainWindow(m_storePath, false); }

    // Through the form, as a manager would; waits until the list shows it.
    void addProduct(MainWindow &window, const QString &name)
    {
        ProductForm *form = window.productsPage()->form();
        child<QLineEdit>(*form, "nameEdit")->setText(name);
        child<QLineEdit>(*form, "stockEdit")->setText(QStringLiteral("20"));
        child<QLineEdit>(*form, "priceEdit")->setText(QStringLiteral("3500"));
        QTest::mouseClick(child<QPushButton>(*form, "saveButton"), Qt::LeftButton);
        ProductTableModel *model = window.productsPage()->model();
        ASSERT_TRUE(waitUntil([&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, ProductTableModel::NameColumn).data().toString() == name)
                    return true;
            }
            return false;
        })) << "the saved product is not in the list: "
            << window.lastAction().toStdString();
    }

    // What the server does to an event it refuses, written straight into the
    // store: the UI must notice through its usual status refresh.
    void quarantine(qint64 seq)
    {
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        auto q = (*db)->exec(QStringLiteral("UPDATE outbox SET status = 'quarantined', "
                                            "last_error = ? WHERE seq = ?"),
                             {Reason, seq});
        ASSERT_TRUE(q.ok()) << q.error().message.toStdString();
    }

    void registerStore(const QString &url)
    {
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        auto address = ServerAddress::parse(url);
        ASSERT_TRUE(address.ok()) << address.error().message.toStdString();
        RegisteredTerminal t;
        t.terminalId = QStringLiteral("7b0e3c52-0000-4000-8000-000000000001");
        t.storeId = QStringLiteral("7b0e3c52-0000-4000-8000-000000000002");
        t.storeName = QStringLiteral("Tienda de prueba");
        t.code = QStringLiteral("T01");
        t.role = QStringLiteral("bodega_t01");
        t.address = *address;
        SyncJournal journal(**db, Clock::system());
        ASSERT_TRUE(journal.saveRegistration(t).ok());
    }

    QTemporaryDir m_dir;
    QString m_storePath;
};

QLabel *statusLabel(const MainWindow &window, const char *name)
{
    return child<QLabel>(window, name);
}

} // namespace

// Spanish, as the GUI starts by default: an unregistered store says so, the
// Sync page lists the event of a new product and, once the server has refused
// it, the quarantined event with its reason; then a status from the sync
// worker fills the status bar.
TEST_F(SyncUiTest, SyncPageListsPendingAndQuarantinedEventsInSpanish)
{
    SpanishUi spanish;
    ASSERT_TRUE(spanish.loaded());
    auto window = openWindow();
    SyncPage *page = window->syncPage();
    ASSERT_TRUE(page);
    EXPECT_FALSE(window->isSyncRunning());

    QLabel *state = statusLabel(*window, "syncStateLabel");
    QLabel *waiting = statusLabel(*window, "syncLabel");
    QLabel *quarantined = statusLabel(*window, "quarantineLabel");
    QLabel *lastSync = statusLabel(*window, "lastSyncLabel");
    ASSERT_TRUE(state && waiting && quarantined && lastSync);
    EXPECT_EQ(state->text(), QStringLiteral("\u25CF Sin servidor"));
    EXPECT_TRUE(state->toolTip().contains(QStringLiteral("bodegactl sync register")))
        << state->toolTip().toStdString();
    EXPECT_EQ(waiting->text(), QStringLiteral("Por sincronizar: 0"));
    // Nothing quarantined and no server: no room taken by either field.
    EXPECT_FALSE(quarantined->isVisible());
    EXPECT_FALSE(lastSync->isVisible());

    const QString name = QStringLiteral("Panela La Gloria 500 g");
    addProduct(*window, name);
    ASSERT_TRUE(waitUntil([&] { return window->status().pendingEvents >= 1; }));
    const qint64 pendingBefore = window->status().pendingEvents;
    EXPECT_EQ(waiting->text(), QStringLiteral("Por sincronizar: %1").arg(pendingBefore));

    auto *tabs = child<QTabWidget>(*window, "pages");
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->tabText(3), QStringLiteral("Sincroni&zación"));
    window->showPage(MainWindow::SyncTab);
    OutboxEventModel *pending = page->pendingModel();
    ASSERT_TRUE(waitUntil([&] { return !page->isLoading() && pending->rowCount() >= 1; }))
        << "the sync page lists no pending event";
    EXPECT_EQ(pending->rowCount(), pendingBefore);
    int upsert = -1;
    for (int row = 0; row < pending->rowCount(); ++row) {
        if (pending->eventAt(row).type == QLatin1String("product.upserted"))
            upsert = row;
    }
    ASSERT_GE(upsert, 0) << "no product.upserted event among the pending ones";
    EXPECT_EQ(pending->index(upsert, OutboxEventModel::TypeColumn).data().toString(),
              QStringLiteral("Producto guardado"));
    EXPECT_EQ(pending->index(upsert, OutboxEventModel::AttemptsColumn).data().toString(),
              QStringLiteral("0"));
    EXPECT_FALSE(
        pending->index(upsert, OutboxEventModel::CreatedColumn).data().toString().isEmpty());
    EXPECT_EQ(pending->headerData(OutboxEventModel::SeqColumn, Qt::Horizontal).toString(),
              QStringLiteral("N.º"));
    EXPECT_EQ(pending->columnCount(), OutboxEventModel::ErrorColumn) << "pending: no error column";
    auto *syncNow = child<QPushButton>(*page, "syncNowButton");
    ASSERT_TRUE(syncNow);
    EXPECT_EQ(syncNow->text(), QStringLiteral("Sincronizar a&hora"));
    EXPECT_FALSE(syncNow->isEnabled()) << "nothing to sync with";

    // The server refuses the event: it moves to the quarantined list.
    const qint64 seq = pending->eventAt(upsert).seq;
    quarantine(seq);
    window->refreshStatus();
    OutboxEventModel *refused = page->quarantinedModel();
    ASSERT_TRUE(waitUntil([&] { return !page->isLoading() && refused->rowCount() == 1; }))
        << "the quarantined event is not listed";
    EXPECT_EQ(refused->eventAt(0).seq, seq);
    EXPECT_EQ(refused->index(0, OutboxEventModel::SeqColumn).data().toString(),
              QString::number(seq));
    // In the manager's language, naming the field; the server's own words
    // stay in the tooltip for support.
    EXPECT_EQ(refused->index(0, OutboxEventModel::ErrorColumn).data().toString(),
              QStringLiteral("Campo payload.lines: un producto que el servidor no conoce"));
    EXPECT_EQ(refused->index(0, OutboxEventModel::ErrorColumn).data(Qt::ToolTipRole).toString(),
              Reason);
    EXPECT_EQ(refused->headerData(OutboxEventModel::ErrorColumn, Qt::Horizontal).toString(),
              QStringLiteral("Último error"));
    EXPECT_EQ(pending->rowCount(), pendingBefore - 1);
    EXPECT_EQ(child<QLabel>(*page, "quarantinedTitle")->text(), QStringLiteral("En cuarentena: 1"));

    // The status bar counts it, in red, and still says there is no server.
    EXPECT_TRUE(quarantined->isVisible());
    EXPECT_EQ(quarantined->text(), QStringLiteral("En cuarentena: 1"));
    EXPECT_TRUE(quarantined->styleSheet().contains(SyncPage::alertColor().name()))
        << quarantined->styleSheet().toStdString();
    EXPECT_EQ(state->text(), QStringLiteral("\u25CF Sin servidor"));

    {
        const auto keys = visibleMnemonics(*window);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            EXPECT_EQ(it.value().size(), 1) << "accelerators clash on the sync page:\n"
                                            << describe(keys).toStdString();
    }
    waitUntil([&] { return clippedTexts(*window).isEmpty(); }, 2000);
    EXPECT_EQ(clippedTexts(*window).join(QStringLiteral(" | ")).toStdString(), "")
        << "clipped at 1366x768";
    EXPECT_EQ(clippedHeaders(*page->quarantinedTable()->horizontalHeader())
                  .join(QStringLiteral(" | "))
                  .toStdString(),
              "");
    EXPECT_EQ(clippedHeaders(*page->pendingTable()->horizontalHeader())
                  .join(QStringLiteral(" | "))
                  .toStdString(),
              "");
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("sync-page-no-server-es.png"))));

    // A status from the sync worker (as its queued signal delivers it).
    SyncStatus status;
    status.registered = true;
    status.online = true;
    status.pending = 3;
    status.quarantined = 1;
    // Three days ago: the status bar shows the date too (only the time for today).
    const QDateTime synced = QDateTime::currentDateTimeUtc().addDays(-3);
    status.lastSync = synced.toString(Qt::ISODateWithMs);
    status.server = QStringLiteral("postgresql://bodega_t01@central.example.co:5432/bodega");
    window->onSyncStatus(status);
    const QString when = LocaleFormat().dateTime(synced);
    // es-CO: day first, four-digit year (SPEC).
    EXPECT_TRUE(
        when.startsWith(synced.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy "))))
        << when.toStdString();
    EXPECT_EQ(state->text(), QStringLiteral("\u25CF En línea"));
    EXPECT_TRUE(state->styleSheet().contains(SyncPage::linkColor(SyncPage::Link::Online).name()));
    EXPECT_TRUE(state->toolTip().contains(status.server)) << state->toolTip().toStdString();
    EXPECT_EQ(waiting->text(), QStringLiteral("Por sincronizar: 3"));
    EXPECT_EQ(quarantined->text(), QStringLiteral("En cuarentena: 1"));
    EXPECT_TRUE(lastSync->isVisible());
    EXPECT_EQ(lastSync->text(), QStringLiteral("Sincronizado: %1").arg(when));
    EXPECT_EQ(child<QLabel>(*page, "syncLinkState")->text(), QStringLiteral("\u25CF En línea"));
    EXPECT_EQ(child<QLabel>(*page, "syncServer")->text(), status.server);
    EXPECT_EQ(child<QLabel>(*page, "syncPendingCount")->text(), QStringLiteral("3"));
    EXPECT_EQ(child<QLabel>(*page, "syncQuarantinedCount")->text(), QStringLiteral("1"));
    EXPECT_EQ(child<QLabel>(*page, "syncLastSync")->text(), when);
    EXPECT_EQ(child<QLabel>(*page, "syncLastError")->text(), QStringLiteral("ninguno"));
    EXPECT_TRUE(syncNow->isEnabled());
    waitUntil([&] { return clippedTexts(*window).isEmpty(); }, 2000);
    EXPECT_EQ(clippedTexts(*window).join(QStringLiteral(" | ")).toStdString(), "")
        << "clipped at 1366x768";
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("sync-page-es.png"))));

    // Offline: the reason is at hand.
    status.online = false;
    status.lastError = QStringLiteral("could not connect to server: Connection refused");
    window->onSyncStatus(status);
    EXPECT_EQ(state->text(), QStringLiteral("\u25CF Sin conexión"));
    EXPECT_TRUE(state->toolTip().contains(status.lastError)) << state->toolTip().toStdString();
    EXPECT_EQ(child<QLabel>(*page, "syncLastError")->text(), status.lastError);
    EXPECT_EQ(lastSync->text(), QStringLiteral("Sincronizado: %1").arg(when));
    waitUntil([&] { return clippedTexts(*window).isEmpty(); }, 2000);
    EXPECT_EQ(clippedTexts(*window).join(QStringLiteral(" | ")).toStdString(), "")
        << "clipped at 1366x768";
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("sync-page-offline-es.png"))));

    window->showPage(MainWindow::ProductsTab);
    status.online = true;
    status.lastError.clear();
    const QDateTime today = QDateTime::currentDateTime();
    status.lastSync = today.toUTC().toString(Qt::ISODateWithMs);
    window->onSyncStatus(status);
    if (today.date() == QDate::currentDate()) { // not across midnight
        EXPECT_EQ(lastSync->text(),
                  QStringLiteral("Sincronizado: %1").arg(LocaleFormat().time(today.time())));
    }
    waitUntil([&] { return clippedTexts(*window).isEmpty(); }, 2000);
    EXPECT_EQ(clippedTexts(*window).join(QStringLiteral(" | ")).toStdString(), "")
        << "clipped at 1366x768";
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("main-window-sync-es.png"))));
}

namespace {

// Every "field: reason" the server's migrations can answer for an event, with
// a value after the reasons that carry one.
QStringList serverProblems()
{
    QStringList problems;
    static const QRegularExpression literal(
        QStringLiteral("'((?:id|event|type|occurred_at|schema_version|payload)(?:\\.[a-z_0-9]+)?: "
                       "[^']+)'"));
    for (const MigrationScript &script :
         MigrationScripts::list(QStringLiteral(":/migrations/server"))) {
        QFile f(script.path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString sql = QString::fromUtf8(f.readAll());
        for (auto it = literal.globalMatch(sql); it.hasNext();) {
            QString problem = it.next().captured(1);
            if (problem.endsWith(QLatin1Char(' ')))
                problem += problem.contains(QLatin1String("sells in"))
                               ? QStringLiteral("COP")
                               : QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
            if (!problems.contains(problem))
                problems << problem;
        }
    }
    return problems;
}

QString shownError(const QString &problem)
{
    OutboxEventModel model(true);
    OutboxEvent e;
    e.seq = 1;
    e.type = QStringLiteral("sale.completed");
    e.status = QStringLiteral("quarantined");
    e.lastError = problem;
    model.setEvents({e});
    return model.index(0, OutboxEventModel::ErrorColumn).data().toString();
}

} // namespace

// A quarantined event says in Spanish what the server refused, whichever of
// its reasons it is, and names the field; a reason added to the server
// without a translation here fails this test.
TEST(SyncPageQuarantine, EveryReasonTheServerGivesIsShownInSpanishWithItsField)
{
    const QStringList problems = serverProblems();
    ASSERT_GE(problems.size(), 40) << "the server's reasons were not found in :/migrations/server";
    QStringList english;
    for (const QString &problem : problems)
        english << shownError(problem);
    SpanishUi spanish;
    ASSERT_TRUE(spanish.loaded());
    for (int i = 0; i < problems.size(); ++i) {
        const QString &problem = problems.at(i);
        const QString field = problem.section(QStringLiteral(": "), 0, 0);
        const QString shown = shownError(problem);
        EXPECT_TRUE(shown.startsWith(QStringLiteral("Campo %1: ").arg(field)))
            << problem.toStdString() << " -> " << shown.toStdString();
        // Neither the server's words nor the English sentence: translated.
        EXPECT_NE(shown.section(QStringLiteral(": "), 1), problem.section(QStringLiteral(": "), 1))
            << "left in English: " << problem.toStdString();
        EXPECT_NE(shown.section(QStringLiteral(": "), 1),
                  english.at(i).section(QStringLiteral(": "), 1))
            << "no Spanish for: " << english.at(i).toStdString();
    }
    EXPECT_EQ(shownError(QStringLiteral(
                  "payload.product_id: unknown product 0190a1b2-0000-7000-8000-00000000000a")),
              QStringLiteral("Campo payload.product_id: un producto que el servidor no conoce "
                             "(0190a1b2-0000-7000-8000-00000000000a)"));
    EXPECT_EQ(shownError(QStringLiteral("payload.currency: this store sells in COP")),
              QStringLiteral("Campo payload.currency: esta tienda vende en COP"));
    // What the terminal wrote itself is already in the interface's language,
    // and a reason from a newer server is shown as the server gave it.
    const QString own =
        QStringLiteral("El servidor rechazó: value too long for type character varying(64)");
    EXPECT_EQ(shownError(own), own);
    EXPECT_EQ(shownError(QStringLiteral("payload.colour: too bright")),
              QStringLiteral("payload.colour: too bright"));
    EXPECT_EQ(shownError(QString()), QString());

    // Every kind of event the terminal queues has a Spanish name in the list.
    for (const QString &type : OutboxEventModel::knownTypes()) {
        const QString label = OutboxEventModel::typeLabel(type);
        EXPECT_NE(label, type) << type.toStdString();
        EXPECT_FALSE(label.isEmpty()) << type.toStdString();
    }
    EXPECT_EQ(OutboxEventModel::typeLabel(QStringLiteral("stock.low_predicted")),
              QStringLiteral("Agotamiento previsto"));
    EXPECT_EQ(OutboxEventModel::typeLabel(QStringLiteral("audit.recorded")),
              QStringLiteral("Registro de auditoría"));
}

TEST(SyncPageQuarantine, TheServersReasonReadsAsASentenceInEnglishToo)
{
    EXPECT_EQ(shownError(Reason),
              QStringLiteral("Field payload.lines: a product the server does not have"));
    EXPECT_EQ(shownError(QStringLiteral("id: repeated in the batch")),
              QStringLiteral("Field id: sent twice in the same batch"));
}

// A registered store starts a SyncWorker; its statuses reach the status bar
// through the queued signal, a saved product wakes it at once, "Sync now"
// does too, and closing the window stops it. The server is never reachable,
// so no PostgreSQL is needed.
TEST_F(SyncUiTest, RegisteredStoreRunsTheSyncWorkerAndShowsItsStatus)
{
    const QString url = QStringLiteral("postgresql://bodega_t01@127.0.0.1:9/bodega");
    registerStore(url);
    std::atomic<int> rounds{0};
    const QString down = QStringLiteral("the test server is down");
    SyncWorker::Options options;
    // Only syncNow() can start a round inside the test's time.
    options.pollIntervalMs = 600000;
    options.minBackoffMs = 600000;
    options.maxBackoffMs = 600000;

    auto window = openWindow();
    QLabel *state = statusLabel(*window, "syncStateLabel");
    ASSERT_TRUE(state);
    EXPECT_EQ(state->text(), QStringLiteral("\u25CF No server"));
    window->startSync(
        [&rounds, down](const RegisteredTerminal &t) -> Result<std::unique_ptr<SyncServer>> {
            EXPECT_EQ(t.code, QStringLiteral("T01"));
            ++rounds;
            return Error{ErrorCode::ServerUnavailable, down, {}};
        },
        options);
    EXPECT_TRUE(window->isSyncRunning());
    ASSERT_TRUE(waitUntil([&] { return state->text() == QStringLiteral("\u25CF Offline"); }))
        << state->text().toStdString();
    EXPECT_EQ(rounds.load(), 1);
    EXPECT_TRUE(window->syncStatus().registered);
    EXPECT_TRUE(state->toolTip().contains(down)) << state->toolTip().toStdString();
    EXPECT_TRUE(state->toolTip().contains(url)) << state->toolTip().toStdString();
    EXPECT_TRUE(statusLabel(*window, "lastSyncLabel")->isVisible());
    EXPECT_EQ(statusLabel(*window, "lastSyncLabel")->text(), QStringLiteral("Synced: never"));

    // A local change asks for a round now, not at the next poll.
    addProduct(*window, QStringLiteral("Arepas Don Maiz x5"));
    ASSERT_TRUE(waitUntil([&] { return rounds.load() >= 2; })) << "no round after the save";
    ASSERT_TRUE(waitUntil([&] { return window->status().pendingEvents >= 1; }));
    const qint64 waiting = window->status().pendingEvents;
    EXPECT_TRUE(waitUntil([&] {
        return statusLabel(*window, "syncLabel")->text() ==
               QStringLiteral("To sync: %1").arg(waiting);
    })) << statusLabel(*window, "syncLabel")->text().toStdString();

    window->showPage(MainWindow::SyncTab);
    auto *syncNow = child<QPushButton>(*window->syncPage(), "syncNowButton");
    ASSERT_TRUE(syncNow);
    EXPECT_TRUE(syncNow->isEnabled());
    const int before = rounds.load();
    QTest::mouseClick(syncNow, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return rounds.load() > before; })) << "Sync now did nothing";
    EXPECT_TRUE(
        waitUntil([&] { return window->syncPage()->pendingModel()->rowCount() == waiting; }));

    // Closing joins the worker's thread; a hang here fails the test by timeout.
    window.reset();
}
