#include "mainwindow.h"

#include "ui/lowstockpage.h"
#include "ui/productspage.h"
#include "ui/storeworker.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bodega {

MainWindow::MainWindow(const QString &storePath, QWidget *parent)
    : MainWindow(storePath, Options{}, parent)
{
}

MainWindow::MainWindow(const QString &storePath, Options options, QWidget *parent)
    : QMainWindow(parent), m_options(options)
{
    setWindowTitle(tr("Bodega"));
    m_thread.setObjectName(QStringLiteral("bodega-store-worker"));
    m_worker = new StoreWorker(storePath);
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
    m_lowStockPage = new LowStockPage(m_worker, m_tabs);
    m_tabs->addTab(m_productsPage, tr("&Products"));
    m_tabs->addTab(m_lowStockPage, tr("Lo&w stock"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    buildStatusBar();

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    connect(m_worker, &StoreWorker::opened, this, &MainWindow::onOpened);
    connect(m_worker, &StoreWorker::openFailed, this, [this](const Error &error) {
        setLastAction(tr("Cannot open the store: %1 (%2)").arg(error.message, error.codeName()));
        emit openFailed(error);
    });
    connect(m_worker, &StoreWorker::statusLoaded, this, &MainWindow::onStatus);
    connect(m_worker, &StoreWorker::storeChanged, this, &MainWindow::onStoreChanged);
    connect(m_worker, &StoreWorker::aiTrained, this, &MainWindow::refreshStatus);
    connect(m_productsPage, &ProductsPage::message, this, &MainWindow::setLastAction);
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

    m_thread.start();
    m_worker->start();
    // Queued behind the opening: the first page arrives as soon as the store is open.
    m_productsPage->refresh();
    m_lowStockPage->refresh();
}

MainWindow::~MainWindow()
{
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
    m_syncLabel = make(QStringLiteral("syncLabel"));
    m_aiLabel = make(QStringLiteral("aiLabel"));
    statusBar()->addWidget(m_lastAction, 1);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_aiLabel);
    m_storeLabel->setText(tr("Opening the store…"));
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == ProductsTab ? 0 : 1);
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
        m_firstRun->show();
    m_ready = true;
    setLastAction(tr("Store opened"));
    emit ready();
}

void MainWindow::onStatus(quint64 ticket, const StoreStatus &status)
{
    if (ticket != 0 && ticket != m_statusTicket)
        return; // a newer request is on its way
    m_status = status;
    setWindowTitle(tr("Bodega — %1").arg(status.storeName));
    const QString path = QDir::toNativeSeparators(status.path);
    m_storeLabel->setText(
        tr("Store: %1 (%2)")
            .arg(status.storeName, fontMetrics().elidedText(path, Qt::ElideMiddle, 260)));
    m_storeLabel->setToolTip(path);
    const QLocale locale;
    m_countLabel->setText(tr("Products: %1").arg(locale.toString(status.productCount)));
    m_syncLabel->setText(tr("To sync: %1").arg(locale.toString(status.pendingEvents)));
    m_syncLabel->setToolTip(tr("Events waiting in the outbox to be uploaded to the server"));
    const QString engine =
        status.engineName == QLatin1String("offline") ? tr("offline engine") : status.engineName;
    m_aiLabel->setText(status.aiTrained ? tr("AI: %1").arg(engine)
                                        : tr("AI: %1 (learning the catalog…)").arg(engine));
}

void MainWindow::onStoreChanged()
{
    refreshStatus();
    m_lowStockPage->refresh();
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
