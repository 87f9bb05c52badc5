#pragma once

#include "sync/syncworker.h"
#include "ui/aiworker.h"
#include "ui/workertypes.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>

class QAction;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace bodega {

class AiLogPage;
class AlertsPage;
class AssistantDock;
class AuditPage;
class DashboardPage;
class DashboardWorker;
class DocumentWorker;
class FirstRunWizard;
class SettingsDialog;
class SetupWorker;
class WebhookWorker;
class ReportsPage;
class ReportWorker;
class LowStockPage;
class PosPage;
class ProductsPage;
class PurchasingPage;
class StoreWorker;
class SyncPage;

// Bodega's main window: the Till, Products, Low stock and Sync pages and a status
// bar with the store, its product count, the sync state (online or not,
// events waiting, quarantined, last sync), the AI engine and the last action.
// It starts a StoreWorker thread on the store file and only ever talks to the
// store through it (and a DocumentWorker thread that prints the receipts); when the store is
// registered with a server, startSync() adds a SyncWorker thread whose status it shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool offerFirstRun = true; // offer a demo store when the store is new
        int startPage = 0;         // a Page: the back office opens on Products, a till on Till
        // Where the AI key is kept (app/ passes the keychain; default: the
        // private file) and how the AI endpoint is built from the settings.
        std::shared_ptr<CredentialStore> credentials;
        AiWorker::EndpointFactory aiEndpoints = AiWorker::defaultEndpointFactory();
        // How to reach the server once the first-run wizard or the settings
        // register this terminal (app/ passes PgSyncServer): sync starts
        // then, without a restart. Null: at the next start.
        SyncWorker::ServerFactory syncServers;
    };
    enum Page {
        ProductsTab,
        LowStockTab,
        SyncTab,
        TillTab,
        AuditTab,
        AiLogTab,
        DashboardTab,
        PurchasingTab,
        AlertsTab
    };

    explicit MainWindow(const QString &storePath, QWidget *parent = nullptr);
    MainWindow(const QString &storePath, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    StoreWorker *worker() const { return m_worker; }
    ProductsPage *productsPage() const { return m_productsPage; }
    LowStockPage *lowStockPage() const { return m_lowStockPage; }
    SyncPage *syncPage() const { return m_syncPage; }
    PosPage *posPage() const { return m_posPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    AiLogPage *aiLogPage() const { return m_aiLogPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    PurchasingPage *purchasingPage() const { return m_purchasingPage; }
    AlertsPage *alertsPage() const { return m_alertsPage; }
    AiWorker *aiWorker() const { return m_aiWorker; }
    AssistantDock *assistantDock() const { return m_assistantDock; }
    SetupWorker *setupWorker() const { return m_setupWorker; }
    // The first-run wizard while it is open (a new store), else null.
    FirstRunWizard *firstRunWizard() const;
    // Opens the settings (Ctrl+,) and returns the dialog while it is open.
    SettingsDialog *openSettings();
    // The AI's state as the status bar shows it.
    const AiStatus &aiStatus() const { return m_aiStatus; }
    static QString aiStatusText(const AiStatus &status);
    void showPage(Page page);
    // Shows the assistant docked, or floating when the screen has no room
    // for it beside the pages; hides it.
    void showAssistant(bool shown);

    // Starts a SyncWorker on its own thread, with its own store connection,
    // reaching the server through `factory` (app/ passes PgSyncServer; tests a
    // fake). Only for a store registered with a server: without it the status
    // bar says "No server". Whatever the factory captures must outlive the
    // window. The worker is stopped when the window is destroyed.
    void startSync(SyncWorker::ServerFactory factory,
                   const SyncWorker::Options &options = SyncWorker::Options{});
    bool isSyncRunning() const { return !m_syncWorker.isNull(); }
    // What the status bar shows: the sync worker's last status, with the
    // counts of the latest store status.
    const SyncStatus &syncStatus() const { return m_sync; }

    bool isReady() const { return m_ready; }
    const StoreStatus &status() const { return m_status; }
    QString lastAction() const;

public slots:
    void refreshStatus();
    // A status from the SyncWorker (queued from its thread).
    void onSyncStatus(const bodega::SyncStatus &status);
    // Asks the sync worker for a round now (after a local change, or the
    // user's "Sync now"); nothing without a server.
    void requestSync();

signals:
    // The worker opened the store and the first status arrived.
    void ready();
    void openFailed(const bodega::Error &error);
    // The DocumentWorker finished a round (receipts printed, invoices written).
    void documentsProcessed(int produced, int failed);

private:
    void buildStatusBar();
    bool assistantFitsDocked() const;
    QFrame *buildFirstRunBanner();
    void onOpened(const StoreStatus &status);
    void onStatus(quint64 ticket, const StoreStatus &status);
    void onStoreChanged();
    void renderSyncStatus();
    void renderAiStatus();
    void stopSync();
    void fillDemo();
    void showFirstRunWizard();
    void onSetupApplied(bool registered);
    void setLastAction(const QString &text);
    // The Products page on one product (the assistant's and the dashboard's links).
    void openProduct(const QString &id, const QString &name);
    // Purchasing and Alerts: for managers and admins, and for a store without users yet.
    void showManagerPages(bool shown);

    Options m_options;
    QString m_storePath;
    QThread m_thread;
    StoreWorker *m_worker = nullptr; // lives in m_thread
    QThread m_syncThread;
    QPointer<SyncWorker> m_syncWorker; // lives in m_syncThread, null without a server
    QTabWidget *m_tabs = nullptr;
    ProductsPage *m_productsPage = nullptr;
    LowStockPage *m_lowStockPage = nullptr;
    SyncPage *m_syncPage = nullptr;
    PosPage *m_posPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    AiLogPage *m_aiLogPage = nullptr;
    PurchasingPage *m_purchasingPage = nullptr;
    AlertsPage *m_alertsPage = nullptr;
    QThread m_aiThread;
    AiWorker *m_aiWorker = nullptr; // lives in m_aiThread
    AssistantDock *m_assistantDock = nullptr;
    QAction *m_assistantAction = nullptr;
    AiStatus m_aiStatus;
    QThread m_documentThread;
    DocumentWorker *m_documents = nullptr; // lives in m_documentThread
    QThread m_setupThread;
    SetupWorker *m_setupWorker = nullptr; // lives in m_setupThread
    QPointer<FirstRunWizard> m_wizard;
    QPointer<SettingsDialog> m_settings;
    QThread m_webhookThread;
    WebhookWorker *m_webhooks = nullptr; // lives in m_webhookThread
    DashboardPage *m_dashboardPage = nullptr;
    QThread m_dashboardThread;
    DashboardWorker *m_dashboardWorker = nullptr; // lives in m_dashboardThread
    QThread m_reportThread;
    ReportWorker *m_reports = nullptr; // lives in m_reportThread
    ReportsPage *m_reportsPage = nullptr;
    QFrame *m_firstRun = nullptr;
    QLabel *m_firstRunText = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QProgressBar *m_demoProgress = nullptr;
    QLabel *m_lastAction = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_syncStateLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_quarantineLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_aiLabel = nullptr;
    StoreStatus m_status;
    SyncStatus m_sync;
    bool m_syncReported = false; // a round finished since the worker started
    QString m_roundError;        // why the last round failed before the engine ran
    quint64 m_statusTicket = 0;
    quint64 m_demoTicket = 0;
    bool m_ready = false;
};

} // namespace bodega
