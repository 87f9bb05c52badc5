#include "mainwindow.h"

#include "ui/ailogpage.h"
#include "ui/alertspage.h"
#include "ui/assistantdock.h"
#include "ui/auditpage.h"
#include "ui/dashboardpage.h"
#include "ui/dashboardworker.h"
#include "ui/documentworker.h"
#include "ui/firstrunwizard.h"
#include "ui/lowstockpage.h"
#include "ui/pospage.h"
#include "ui/productform.h"
#include "ui/productspage.h"
#include "ui/purchasingpage.h"
#include "ui/reportspage.h"
#include "ui/settingsdialog.h"
#include "ui/setupworker.h"
#include "ui/storeworker.h"
#include "ui/syncpage.h"
#include "ui/theme.h"
#include "ui/webhookworker.h"

#include "security/accesspolicy.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace bodega {

MainWindow::MainWindow(const QString &storePath, QWidget *parent)
    : MainWindow(storePath, Options{}, parent)
{
}

MainWindow::MainWindow(const QString &storePath, Options options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_storePath(storePath)
{
    setWindowTitle(tr("Bodega"));
    m_thread.setObjectName(QStringLiteral("bodega-store-worker"));
    m_worker = new StoreWorker(storePath);
    // The document worker below checkpoints the WAL: no sale waits for it.
    m_worker->setCheckpointsElsewhere(true);
    m_worker->moveToThread(&m_thread);
    // The worker owns a Database, which must die on the thread that opened it.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_firstRun = buildFirstRunBanner();
    layout->addWidget(m_firstRun);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_productsPage = new ProductsPage(m_worker, m_tabs);
    m_productsPage->setStorePath(m_storePath);
    m_lowStockPage = new LowStockPage(m_worker, m_tabs);
    m_syncPage = new SyncPage(m_worker, m_tabs);
    m_posPage = new PosPage(m_worker, m_tabs);
    m_tabs->addTab(m_posPage, tr("T&ill"));
    m_tabs->addTab(m_productsPage, tr("&Products"));
    m_tabs->addTab(m_lowStockPage, tr("Lo&w stock"));
    m_tabs->addTab(m_syncPage, tr("S&ync"));
    m_auditPage = new AuditPage(m_worker, m_tabs);
    m_tabs->addTab(m_auditPage, tr("A&udit"));
    // The AI's settings, log and endpoint on a thread of their own: a test
    // connection or a slow server never holds up the till's StoreWorker.
    m_aiThread.setObjectName(QStringLiteral("bodega-ai-worker"));
    m_aiWorker = new AiWorker(storePath, m_options.aiEndpoints, m_options.credentials);
    m_aiWorker->moveToThread(&m_aiThread);
    connect(&m_aiThread, &QThread::finished, m_aiWorker, &QObject::deleteLater);
    m_productsPage->form()->setAiWorker(m_aiWorker);
    m_aiLogPage = new AiLogPage(m_aiWorker, m_tabs);
    m_tabs->addTab(m_aiLogPage, tr("AI re&quests"));
    // The manager's charts read on a thread of their own: a year of sales
    // never holds up the till. Core decides who may see them (ViewReports).
    m_dashboardThread.setObjectName(QStringLiteral("bodega-dashboard"));
    m_dashboardWorker = new DashboardWorker(storePath);
    m_dashboardWorker->moveToThread(&m_dashboardThread);
    connect(&m_dashboardThread, &QThread::finished, m_dashboardWorker, &QObject::deleteLater);
    m_dashboardPage = new DashboardPage(m_dashboardWorker, m_tabs);
    m_tabs->addTab(m_dashboardPage, tr("D&ashboard"));
    connect(m_worker, &StoreWorker::storeChanged, m_dashboardPage, &DashboardPage::refreshSoon);
    connect(m_dashboardPage, &DashboardPage::openProduct, this, &MainWindow::openProduct);
    m_dashboardThread.start();
    // Daily sales reports and the nightly scheduler on their own thread (a
    // PDF never holds up the till); started once the store is open.
    m_reportThread.setObjectName(QStringLiteral("bodega-reports"));
    m_reports = new ReportWorker(storePath);
    m_reports->moveToThread(&m_reportThread);
    connect(&m_reportThread, &QThread::finished, m_reports, &QObject::deleteLater);
    m_reportsPage = new ReportsPage(m_reports, m_tabs);
    m_tabs->addTab(m_reportsPage, tr("R&eports"));
    connect(m_worker, &StoreWorker::opened, m_reports, &ReportWorker::start);
    connect(m_worker, &StoreWorker::loggedIn, m_reports,
            [w = m_reports](quint64, const Actor &actor) { w->setActor(actor); });
    connect(m_worker, &StoreWorker::loggedOut, m_reports,
            [w = m_reports](quint64) { w->setActor(std::nullopt); });
    // The nightly report shows on the Reports page (its list and "last:"), not
    // in the last-action line: a catch-up at start must not overwrite what the
    // user just did.
    m_reportThread.start();
    // The manager's buying and inbox, each on a worker thread of its own.
    m_purchasingPage = new PurchasingPage(storePath, m_tabs);
    m_tabs->addTab(m_purchasingPage, tr("Pur&chasing"));
    m_alertsPage = new AlertsPage(storePath, m_tabs);
    m_tabs->addTab(m_alertsPage, tr("Ale&rts"));
    connect(m_alertsPage, &AlertsPage::unreadChanged, this, [this](qint64 unread) {
        m_tabs->setTabText(m_tabs->indexOf(m_alertsPage),
                           unread > 0 ? tr("Ale&rts (%1)").arg(unread) : tr("Ale&rts"));
    });
    connect(m_purchasingPage, &PurchasingPage::stockChanged, this, [this] {
        onStoreChanged();
        m_productsPage->refresh();
    });
    connect(m_purchasingPage, &PurchasingPage::message, this, &MainWindow::setLastAction);
    connect(m_alertsPage, &AlertsPage::message, this, &MainWindow::setLastAction);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ready && m_tabs->currentWidget() == m_purchasingPage)
            m_purchasingPage->refresh();
    });
    // The assistant is at hand on every page (Ctrl+Shift+A or the status
    // bar's button). It starts open in the back office when the screen has
    // room for it beside the widest page; a till starts without it.
    m_assistantDock = new AssistantDock(m_aiWorker, this);
    addDockWidget(Qt::RightDockWidgetArea, m_assistantDock);
    m_assistantAction = new QAction(tr("Assis&tant"), this);
    m_assistantAction->setObjectName(QStringLiteral("assistantAction"));
    m_assistantAction->setCheckable(true);
    m_assistantAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assistantAction->setToolTip(tr("Show or hide the assistant (Ctrl+Shift+A)"));
    addAction(m_assistantAction);
    connect(m_assistantAction, &QAction::triggered, this, &MainWindow::showAssistant);
    connect(m_assistantDock, &QDockWidget::visibilityChanged, m_assistantAction,
            [this](bool) { m_assistantAction->setChecked(m_assistantDock->isVisible()); });
    m_assistantDock->hide();
    connect(m_assistantDock, &AssistantDock::openProduct, this, &MainWindow::openProduct);
    connect(m_assistantDock, &AssistantDock::message, this, &MainWindow::setLastAction);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    showPage(Page(m_options.startPage));

    // Receipts and invoices are made on their own thread: the till never
    // waits on a printer. Woken after each sale, and once at start for what
    // was left waiting when the program last closed (see onOpened).
    m_documentThread.setObjectName(QStringLiteral("bodega-documents"));
    m_documents = new DocumentWorker(storePath);
    m_documents->moveToThread(&m_documentThread);
    connect(&m_documentThread, &QThread::finished, m_documents, &QObject::deleteLater);
    connect(m_posPage, &PosPage::saleCompleted, m_documents, &DocumentWorker::processPending);
    connect(m_posPage, &PosPage::reprintRequested, m_documents, &DocumentWorker::reprint);
    connect(m_posPage, &PosPage::shiftReportRequested, m_documents,
            &DocumentWorker::writeShiftReport);
    connect(m_documents, &DocumentWorker::shiftReportWritten, m_posPage,
            &PosPage::onShiftReportWritten);
    connect(m_documents, &DocumentWorker::processed, this,
            [this](int produced, int failed, const QString &lastError) {
                if (failed > 0)
                    setLastAction(
                        tr("%n receipt(s) or invoice(s) waiting for a reprint: %1", nullptr, failed)
                            .arg(lastError));
                else if (produced > 0)
                    setLastAction(tr("%n document(s) printed", nullptr, produced));
                emit documentsProcessed(produced, failed);
            });
    // Low-stock webhooks on a thread of their own: a slow receiver holds up
    // neither the till nor the printer. A round after each sale, and every
    // few seconds for retries (from onOpened on: the store is migrated then).
    m_webhookThread.setObjectName(QStringLiteral("bodega-webhooks"));
    m_webhooks = new WebhookWorker(storePath, m_options.credentials);
    m_webhooks->moveToThread(&m_webhookThread);
    connect(&m_webhookThread, &QThread::finished, m_webhooks, &QObject::deleteLater);
    connect(m_posPage, &PosPage::saleCompleted, m_webhooks, &WebhookWorker::deliverDue);
    connect(m_webhooks, &WebhookWorker::delivered, this,
            [this](int, int, int dead, const QString &error) {
                if (dead > 0)
                    setLastAction(tr("%n low-stock webhook(s) failed for good", nullptr, dead));
                else if (!error.isEmpty())
                    setLastAction(tr("Low-stock webhooks: %1").arg(error));
                m_lowStockPage->refresh();
                m_alertsPage->refresh();
            });
    connect(m_alertsPage, &AlertsPage::retried, m_webhooks, &WebhookWorker::deliverDue);
    connect(m_posPage, &PosPage::message, this, &MainWindow::setLastAction);
    m_documentThread.start();
    m_webhookThread.start();
    buildStatusBar();
    if (m_options.startPage != TillTab && assistantFitsDocked())
        m_assistantDock->show();

    // First run and settings on a thread of their own: a server test or a
    // registration waits on the network, never the till.
    m_setupThread.setObjectName(QStringLiteral("bodega-setup"));
    m_setupWorker = new SetupWorker(storePath, m_options.credentials);
    m_setupWorker->moveToThread(&m_setupThread);
    connect(&m_setupThread, &QThread::finished, m_setupWorker, &QObject::deleteLater);
    m_setupThread.start();
    m_productsPage->form()->setTaxRateSource(m_setupWorker);
    auto *settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setToolTip(tr("Store, terminal, server, AI, alerts, receipts, language (Ctrl+,)"));
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    addAction(settings);
    // Beside the tabs, where there is room (the status bar has none left).
    auto *settingsButton = new QToolButton(m_tabs);
    settingsButton->setObjectName(QStringLiteral("settingsButton"));
    settingsButton->setDefaultAction(settings);
    settingsButton->setAutoRaise(true);
    m_tabs->setCornerWidget(settingsButton, Qt::TopRightCorner);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    Theme::decorateTabs(m_tabs);
    Theme::decorateActions(this);

    connect(m_worker, &StoreWorker::opened, this, &MainWindow::onOpened);
    connect(m_worker, &StoreWorker::openFailed, this, [this](const Error &error) {
        setLastAction(tr("Cannot open the store: %1 (%2)").arg(error.message, error.codeName()));
        emit openFailed(error);
    });
    connect(m_worker, &StoreWorker::statusLoaded, this, &MainWindow::onStatus);
    connect(m_worker, &StoreWorker::storeChanged, this, &MainWindow::onStoreChanged);
    connect(m_worker, &StoreWorker::aiTrained, this, &MainWindow::refreshStatus);
    connect(m_productsPage, &ProductsPage::message, this, &MainWindow::setLastAction);
    connect(m_syncPage, &SyncPage::syncNowRequested, this, [this] {
        requestSync();
        setLastAction(tr("Syncing with the server…"));
    });
    connect(m_worker, &StoreWorker::demoProgress, this,
            [this](quint64 ticket, int done, int total) {
                if (ticket != m_demoTicket)
                    return;
                // DemoStore reports every thousand products: until then, just busy.
                if (done > 0) {
                    m_demoProgress->setRange(0, total);
                    m_demoProgress->setValue(done);
                }
            });
    connect(
        m_worker, &StoreWorker::demoFilled, this, [this](quint64 ticket, int products, int sales) {
            if (ticket != m_demoTicket)
                return;
            m_demoTicket = 0;
            m_firstRun->hide();
            setLastAction(tr("Demo store ready: %1 products, %2 sales").arg(products).arg(sales));
            m_productsPage->refresh();
        });
    connect(m_worker, &StoreWorker::requestFailed, this,
            [this](quint64 ticket, const Error &error) {
                if (ticket != m_demoTicket)
                    return;
                m_demoTicket = 0;
                m_demoProgress->hide();
                m_demoButton->setEnabled(true);
                m_emptyButton->setEnabled(true);
                m_firstRunText->setText(
                    tr("The demo store could not be filled: %1").arg(error.message));
            });

    // Who is logged in decides what the AI worker lets through (core checks it there).
    connect(m_worker, &StoreWorker::loggedIn, this, [this](quint64, const Actor &actor) {
        QMetaObject::invokeMethod(
            m_aiWorker, [w = m_aiWorker, actor] { w->setActor(actor); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            m_dashboardWorker, [w = m_dashboardWorker, actor] { w->setActor(actor); },
            Qt::QueuedConnection);
        m_dashboardPage->refreshSoon();
        m_assistantDock->setActor(actor, true);
        m_purchasingPage->setActor(actor);
        showManagerPages(AccessPolicy::allows(actor.role, Permission::AdjustStock));
        QMetaObject::invokeMethod(
            m_setupWorker, [w = m_setupWorker, actor] { w->setActor(actor); },
            Qt::QueuedConnection);
    });
    connect(m_worker, &StoreWorker::loggedOut, this, [this](quint64) {
        QMetaObject::invokeMethod(
            m_aiWorker, [w = m_aiWorker] { w->setActor(std::nullopt); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            m_dashboardWorker, [w = m_dashboardWorker] { w->setActor(std::nullopt); },
            Qt::QueuedConnection);
        m_dashboardPage->refreshSoon();
        m_assistantDock->setActor(std::nullopt, m_status.users > 0);
        m_purchasingPage->setActor(std::nullopt);
        showManagerPages(m_status.users == 0);
        QMetaObject::invokeMethod(
            m_setupWorker, [w = m_setupWorker] { w->setActor(std::nullopt); },
            Qt::QueuedConnection);
    });
    connect(m_aiWorker, &AiWorker::statusChanged, this, [this](const AiStatus &status) {
        m_aiStatus = status;
        renderAiStatus();
    });

    m_thread.start();
    m_worker->start();
    m_aiThread.start();
    // Queued behind the opening: the first page arrives as soon as the store is open.
    m_productsPage->refresh();
    m_lowStockPage->refresh();
}

bool MainWindow::assistantFitsDocked() const
{
    const QScreen *where = screen();
    if (!where)
        return true;
    return where->availableGeometry().width() >= centralWidget()->minimumSizeHint().width() +
                                                     m_assistantDock->minimumSizeHint().width() +
                                                     24;
}

void MainWindow::showAssistant(bool shown)
{
    if (shown && !m_assistantDock->isFloating() && !assistantFitsDocked()) {
        // Docked it would push the window past the screen: it floats by the
        // right edge instead, over the page.
        m_assistantDock->setFloating(true);
        const QRect room = screen()->availableGeometry();
        m_assistantDock->setGeometry(room.right() - 400, room.top() + 80, 380,
                                     std::min(600, room.height() - 120));
    }
    m_assistantDock->setVisible(shown);
    if (shown)
        m_assistantDock->input()->setFocus();
}

MainWindow::~MainWindow()
{
    stopSync();
    // A server test or registration in progress ends at its connect timeout.
    m_setupThread.quit();
    m_setupThread.wait();
    // A test connection in progress ends at its timeout; the worker dies on its thread.
    m_aiThread.quit();
    m_aiThread.wait();
    m_documentThread.quit();
    m_documentThread.wait();
    m_webhookThread.quit();
    m_webhookThread.wait();
    m_dashboardThread.quit();
    m_dashboardThread.wait();
    m_reportThread.quit();
    m_reportThread.wait();
    // Lets the worker finish the request it is running (a sale is never cut
    // in half), then deletes it on its own thread.
    m_thread.quit();
    m_thread.wait();
}

QFrame *MainWindow::buildFirstRunBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("firstRunBanner"));
    banner->setStyleSheet(
        QStringLiteral("QFrame#firstRunBanner { background: #e3f2fd; border: 1px solid #90caf9;"
                       " border-radius: 4px; } QFrame#firstRunBanner QLabel { color: #0d47a1; }"));
    auto *row = new QHBoxLayout(banner);
    row->setContentsMargins(10, 6, 10, 6);
    m_firstRunText = new QLabel(tr("This store is empty. Fill it with a demo store (%1 products of "
                                   "a Colombian mini-market) to try Bodega?")
                                    .arg(StoreWorker::DemoProductCount),
                                banner);
    m_firstRunText->setWordWrap(true);
    m_demoProgress = new QProgressBar(banner);
    m_demoProgress->setRange(0, 0);
    m_demoProgress->setMaximumWidth(200);
    m_demoProgress->hide();
    m_demoButton = new QPushButton(tr("Fill with a &demo store"), banner);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_emptyButton = new QPushButton(tr("Start &empty"), banner);
    m_emptyButton->setObjectName(QStringLiteral("startEmptyButton"));
    row->addWidget(m_firstRunText, 1);
    row->addWidget(m_demoProgress);
    row->addWidget(m_demoButton);
    row->addWidget(m_emptyButton);
    connect(m_demoButton, &QPushButton::clicked, this, &MainWindow::fillDemo);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        m_worker->requestFinishFirstRun();
        m_firstRun->hide();
    });
    banner->hide();
    return banner;
}

void MainWindow::buildStatusBar()
{
    auto make = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setContentsMargins(6, 0, 6, 0);
        return label;
    };
    m_lastAction = make(QStringLiteral("lastActionLabel"));
    m_lastAction->setMinimumWidth(200);
    m_storeLabel = make(QStringLiteral("storeLabel"));
    m_countLabel = make(QStringLiteral("productCountLabel"));
    m_syncStateLabel = make(QStringLiteral("syncStateLabel"));
    m_syncLabel = make(QStringLiteral("syncLabel"));
    m_quarantineLabel = make(QStringLiteral("quarantineLabel"));
    m_lastSyncLabel = make(QStringLiteral("lastSyncLabel"));
    m_aiLabel = make(QStringLiteral("aiLabel"));
    statusBar()->addWidget(m_lastAction, 1);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncStateLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_quarantineLabel);
    statusBar()->addPermanentWidget(m_lastSyncLabel);
    statusBar()->addPermanentWidget(m_aiLabel);
    auto *assistantButton = new QToolButton(statusBar());
    assistantButton->setObjectName(QStringLiteral("assistantButton"));
    assistantButton->setDefaultAction(m_assistantAction);
    assistantButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(assistantButton);
    m_storeLabel->setText(tr("Opening the store…"));
    renderSyncStatus();
}

void MainWindow::showPage(Page page)
{
    switch (page) {
    case ProductsTab:
        m_tabs->setCurrentWidget(m_productsPage);
        break;
    case LowStockTab:
        m_tabs->setCurrentWidget(m_lowStockPage);
        break;
    case SyncTab:
        m_tabs->setCurrentWidget(m_syncPage);
        break;
    case TillTab:
        m_tabs->setCurrentWidget(m_posPage);
        break;
    case AuditTab:
        m_tabs->setCurrentWidget(m_auditPage);
        break;
    case AiLogTab:
        m_tabs->setCurrentWidget(m_aiLogPage);
        break;
    case DashboardTab:
        m_tabs->setCurrentWidget(m_dashboardPage);
        break;
    case PurchasingTab:
        m_tabs->setCurrentWidget(m_purchasingPage);
        break;
    case AlertsTab:
        m_tabs->setCurrentWidget(m_alertsPage);
        break;
    }
}

void MainWindow::openProduct(const QString &id, const QString &name)
{
    showPage(ProductsTab);
    m_productsPage->showProduct(id, name);
}

void MainWindow::showManagerPages(bool shown)
{
    m_tabs->setTabVisible(m_tabs->indexOf(m_purchasingPage), shown);
    m_tabs->setTabVisible(m_tabs->indexOf(m_alertsPage), shown);
}

QString MainWindow::lastAction() const
{
    return m_lastAction->toolTip();
}

void MainWindow::setLastAction(const QString &text)
{
    // One line in the status bar, elided to the room the permanent fields
    // leave (about a third of the window); the full text stays in the tooltip.
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" — "));
    m_lastAction->setText(
        fontMetrics().elidedText(line, Qt::ElideRight, std::max(200, width() / 3)));
    m_lastAction->setToolTip(text);
}

void MainWindow::refreshStatus()
{
    m_statusTicket = m_worker->requestStatus();
}

void MainWindow::onOpened(const StoreStatus &status)
{
    onStatus(0, status);
    if (status.firstRun && m_options.offerFirstRun)
        showFirstRunWizard();
    m_ready = true;
    // Only now: the worker has migrated the store, and documents left
    // waiting when the program last closed get their turn.
    QMetaObject::invokeMethod(m_documents, &DocumentWorker::processPending, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_webhooks, &WebhookWorker::deliverDue, Qt::QueuedConnection);
    m_dashboardPage->start();
    m_aiWorker->start();
    m_assistantDock->setActor(std::nullopt, status.users > 0);
    m_purchasingPage->refresh();
    m_alertsPage->refresh();
    setLastAction(tr("Store opened"));
    emit ready();
}

void MainWindow::onStatus(quint64 ticket, const StoreStatus &status)
{
    if (ticket != 0 && ticket != m_statusTicket)
        return; // a newer request is on its way
    m_status = status;
    m_posPage->setStatus(status);
    setWindowTitle(tr("Bodega — %1").arg(status.storeName));
    const QString path = QDir::toNativeSeparators(status.path);
    // The file name only: the status bar also carries the sync state, and the
    // full path is in the tooltip.
    m_storeLabel->setText(
        tr("Store: %1 (%2)")
            .arg(status.storeName, fontMetrics().elidedText(QFileInfo(status.path).fileName(),
                                                            Qt::ElideMiddle, 180)));
    m_storeLabel->setToolTip(path);
    const QLocale locale;
    m_countLabel->setText(tr("Products: %1").arg(locale.toString(status.productCount)));
    // The store's counts are the freshest after a local change; the sync
    // worker's replace them after its next round.
    m_sync.pending = status.pendingEvents;
    m_sync.quarantined = status.quarantinedEvents;
    renderSyncStatus();
    renderAiStatus();
}

QString MainWindow::aiStatusText(const AiStatus &status)
{
    QString text;
    switch (status.active) {
    case EndpointKind::Offline:
        text = tr("AI: offline engine");
        break;
    case EndpointKind::Local:
        text = tr("AI: local · %1").arg(status.model);
        break;
    case EndpointKind::Cloud:
        text = tr("AI: cloud · %1").arg(status.model);
        break;
    }
    if (status.breakerOpen)
        text += tr(" · breaker open");
    return text;
}

void MainWindow::renderAiStatus()
{
    QString text = aiStatusText(m_aiStatus);
    if (!m_status.aiTrained)
        text += tr(" (learning the catalog…)");
    m_aiLabel->setText(text);
    m_aiLabel->setStyleSheet(
        m_aiStatus.breakerOpen
            ? QStringLiteral("color: %1; font-weight: bold;").arg(SyncPage::alertColor().name())
            : QString());
    QString tip;
    if (m_aiStatus.endpoints == 0)
        tip = tr("No AI server is configured: the offline engine answers everything (AI log → AI "
                 "settings).");
    else if (m_aiStatus.breakerOpen)
        tip = tr("The AI server failed several times in a row; until it answers again, the "
                 "offline engine does.");
    else
        tip = tr("%1\nPersonal data goes only to a server on this computer or the offline engine.")
                  .arg(m_aiStatus.endpointUrl);
    m_aiLabel->setToolTip(tip);
}

void MainWindow::onStoreChanged()
{
    refreshStatus();
    m_lowStockPage->refresh();
    m_alertsPage->refresh();
    if (m_tabs->currentWidget() == m_purchasingPage)
        m_purchasingPage->refresh();
    // Upload the change now rather than at the next poll.
    requestSync();
}

void MainWindow::startSync(SyncWorker::ServerFactory factory, const SyncWorker::Options &options)
{
    if (m_syncWorker)
        return;
    m_syncThread.setObjectName(QStringLiteral("bodega-sync-worker"));
    auto *worker = new SyncWorker(m_storePath, std::move(factory), options);
    worker->moveToThread(&m_syncThread);
    connect(&m_syncThread, &QThread::started, worker, &SyncWorker::start);
    // The worker's store and server connections die on the thread that opened them.
    connect(&m_syncThread, &QThread::finished, worker, &QObject::deleteLater);
    // Direct: stop() ends the thread's loop from the worker's own thread, while
    // the UI thread may already be blocked in stopSync() waiting for it.
    connect(worker, &SyncWorker::stopped, &m_syncThread, &QThread::quit, Qt::DirectConnection);
    connect(worker, &SyncWorker::statusChanged, this, &MainWindow::onSyncStatus,
            Qt::QueuedConnection);
    // A round that fails before the engine runs (no password, bad address)
    // leaves no error in the journal: keep its message for the tooltip.
    // roundFailed comes before the statusChanged of the same round.
    connect(
        worker, &SyncWorker::roundFailed, this,
        [this](const QString &message) { m_roundError = message; }, Qt::QueuedConnection);
    m_syncWorker = worker;
    m_sync.registered = true;
    m_syncReported = false;
    renderSyncStatus();
    m_syncThread.start();
}

void MainWindow::stopSync()
{
    if (!m_syncThread.isRunning())
        return;
    // stop() runs after the round in progress (a round is never cut in half)
    // and quits the thread; then the worker is deleted on it.
    QMetaObject::invokeMethod(m_syncWorker.data(), &SyncWorker::stop, Qt::QueuedConnection);
    m_syncThread.wait();
}

void MainWindow::requestSync()
{
    if (m_syncWorker)
        QMetaObject::invokeMethod(m_syncWorker.data(), &SyncWorker::syncNow, Qt::QueuedConnection);
}

void MainWindow::onSyncStatus(const SyncStatus &status)
{
    m_sync = status;
    m_syncReported = true;
    if (status.online)
        m_roundError.clear();
    renderSyncStatus();
    if (status.changedByOthers > 0) {
        // Another terminal changed the catalog or the stock: what is on
        // screen is stale. Not onStoreChanged(): that would sync again.
        refreshStatus();
        m_productsPage->refresh();
        m_lowStockPage->refresh();
        m_dashboardPage->refreshSoon();
    }
}

void MainWindow::renderSyncStatus()
{
    SyncStatus shown = m_sync;
    if (shown.lastError.isEmpty() && !shown.online)
        shown.lastError = m_roundError;
    const SyncPage::Link link = SyncPage::link(shown, m_syncReported);
    const QLocale locale;

    m_syncStateLabel->setText(SyncPage::linkText(link));
    m_syncStateLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(SyncPage::linkColor(link).name()));
    m_syncLabel->setText(tr("To sync: %1").arg(locale.toString(shown.pending)));
    m_quarantineLabel->setText(tr("Quarantined: %1").arg(locale.toString(shown.quarantined)));
    m_quarantineLabel->setStyleSheet(
        shown.quarantined > 0
            ? QStringLiteral("color: %1; font-weight: bold;").arg(SyncPage::alertColor().name())
            : QString());
    m_lastSyncLabel->setText(tr("Synced: %1").arg(SyncPage::lastSyncText(shown.lastSync, true)));

    // Without a server, quarantine can only be what an earlier registration
    // left, and there is no "last sync" to speak of: room for the rest.
    const bool noServer = link == SyncPage::Link::NoServer;
    m_quarantineLabel->setVisible(!noServer || shown.quarantined > 0);
    m_lastSyncLabel->setVisible(!noServer);

    const QString tip =
        noServer ? tr("This terminal is not registered with a server: its sales and products "
                      "stay in this store until it is (bodegactl sync register).")
                 : tr("Server: %1\nLast error: %2")
                       .arg(shown.server.isEmpty() ? tr("(connecting)") : shown.server,
                            shown.lastError.isEmpty() ? tr("none") : shown.lastError);
    m_syncStateLabel->setToolTip(tip);
    m_syncLabel->setToolTip(tr("Events waiting in the outbox to be uploaded to the server") +
                            QLatin1Char('\n') + tip);
    m_quarantineLabel->setToolTip(tr("Events the server refused, kept apart (see the Sync page)") +
                                  QLatin1Char('\n') + tip);
    m_lastSyncLabel->setToolTip(
        tr("Last successful sync: %1").arg(SyncPage::lastSyncText(shown.lastSync)) +
        QLatin1Char('\n') + tip);

    if (m_syncPage)
        m_syncPage->setSyncStatus(shown, m_syncReported);
}

void MainWindow::showFirstRunWizard()
{
    m_wizard = new FirstRunWizard(m_setupWorker, m_aiWorker, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &FirstRunWizard::setupApplied, this,
            [this](const SetupState &state, bool demo) {
                onSetupApplied(state.registration.has_value());
                if (!demo)
                    return;
                // The demo fills in the background with its progress in the
                // strip above the pages.
                m_demoButton->hide();
                m_emptyButton->hide();
                m_firstRun->show();
                fillDemo();
            });
    m_wizard->open();
}

FirstRunWizard *MainWindow::firstRunWizard() const
{
    return m_wizard.data();
}

SettingsDialog *MainWindow::openSettings()
{
    if (m_settings) {
        m_settings->raise();
        return m_settings;
    }
    m_settings = new SettingsDialog(m_setupWorker, m_aiWorker, this);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settings, &SettingsDialog::settingsApplied, this,
            [this](const SetupState &state) { onSetupApplied(state.registration.has_value()); });
    m_settings->open();
    return m_settings;
}

void MainWindow::onSetupApplied(bool registered)
{
    setLastAction(tr("Settings saved"));
    refreshStatus();
    QMetaObject::invokeMethod(m_aiWorker, &AiWorker::reloadSettings, Qt::QueuedConnection);
    if (registered && !m_syncWorker && m_options.syncServers)
        startSync(m_options.syncServers);
}

void MainWindow::fillDemo()
{
    m_demoButton->setEnabled(false);
    m_emptyButton->setEnabled(false);
    m_demoProgress->setRange(0, 0);
    m_demoProgress->show();
    m_firstRunText->setText(tr("Filling the demo store… you can keep working meanwhile."));
    m_demoTicket = m_worker->requestDemo(StoreWorker::DemoProductCount);
}

} // namespace bodega
