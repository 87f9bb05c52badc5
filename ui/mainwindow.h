#pragma once

#include "ui/workertypes.h"

#include <QMainWindow>
#include <QThread>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace bodega {

class LowStockPage;
class ProductsPage;
class StoreWorker;

// Bodega's main window: the Products and Low stock pages and a status bar
// with the store, its product count, the events waiting to sync, the AI
// engine and the last action. It starts a StoreWorker thread on the store
// file and only ever talks to the store through it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool offerFirstRun = true; // offer a demo store when the store is new
    };
    enum Page { ProductsTab, LowStockTab };

    explicit MainWindow(const QString &storePath, QWidget *parent = nullptr);
    MainWindow(const QString &storePath, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    StoreWorker *worker() const { return m_worker; }
    ProductsPage *productsPage() const { return m_productsPage; }
    LowStockPage *lowStockPage() const { return m_lowStockPage; }
    void showPage(Page page);

    bool isReady() const { return m_ready; }
    const StoreStatus &status() const { return m_status; }
    QString lastAction() const;

public slots:
    void refreshStatus();

signals:
    // The worker opened the store and the first status arrived.
    void ready();
    void openFailed(const bodega::Error &error);

private:
    void buildStatusBar();
    QFrame *buildFirstRunBanner();
    void onOpened(const StoreStatus &status);
    void onStatus(quint64 ticket, const StoreStatus &status);
    void onStoreChanged();
    void fillDemo();
    void setLastAction(const QString &text);

    Options m_options;
    QThread m_thread;
    StoreWorker *m_worker = nullptr; // lives in m_thread
    QTabWidget *m_tabs = nullptr;
    ProductsPage *m_productsPage = nullptr;
    LowStockPage *m_lowStockPage = nullptr;
    QFrame *m_firstRun = nullptr;
    QLabel *m_firstRunText = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QProgressBar *m_demoProgress = nullptr;
    QLabel *m_lastAction = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_aiLabel = nullptr;
    StoreStatus m_status;
    quint64 m_statusTicket = 0;
    quint64 m_demoTicket = 0;
    bool m_ready = false;
};

} // namespace bodega
