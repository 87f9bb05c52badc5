#include "alertspage.h"

#include "ui/trailtable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bodega {

namespace {

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

AlertsPage::AlertsPage(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    m_thread.setObjectName(QStringLiteral("bodega-alerts"));
    m_worker = new AlertWorker(storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_markRead = new QPushButton(tr("Mark read"), this);
    m_markRead->setObjectName(QStringLiteral("markReadButton"));
    m_markAll = new QPushButton(tr("Mark all read"), this);
    m_markAll->setObjectName(QStringLiteral("markAllReadButton"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_markRead);
    top->addWidget(m_markAll);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split, 1);
    m_alerts = makeTrailTable(QStringLiteral("alertsTable"), tr("Low-stock alerts"),
                              {tr("When"), tr("Alert"), tr("Webhook")}, 1, split);
    split->addWidget(m_alerts);

    auto *deadBox = new QGroupBox(tr("Webhook deliveries that failed"), split);
    auto *deadLayout = new QVBoxLayout(deadBox);
    auto *deadTop = new QHBoxLayout;
    m_deadSummary = new QLabel(deadBox);
    m_deadSummary->setObjectName(QStringLiteral("deadSummary"));
    m_deadSummary->setWordWrap(true);
    m_retry = new QPushButton(tr("Retry"), deadBox);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Sends it again now, with a fresh set of attempts"));
    deadTop->addWidget(m_deadSummary, 1);
    deadTop->addWidget(m_retry);
    deadLayout->addLayout(deadTop);
    m_dead = makeTrailTable(
        QStringLiteral("deadDeliveriesTable"), tr("Webhook deliveries that failed"),
        {tr("Created"), tr("Alert"), tr("Attempts"), tr("Last error"), tr("Address")}, 3, deadBox);
    deadLayout->addWidget(m_dead, 1);
    split->addWidget(deadBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    connect(m_markRead, &QPushButton::clicked, this, [this] {
        const int row = m_alerts->currentRow();
        if (row < 0 || row >= m_snapshot.alerts.size())
            return;
        const QString id = m_snapshot.alerts.at(row).id;
        run([id](AlertWorker *w) { w->markRead(id); });
    });
    connect(m_markAll, &QPushButton::clicked, this,
            [this] { run([](AlertWorker *w) { w->markAllRead(); }); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const int row = m_dead->currentRow();
        if (row < 0 || row >= m_snapshot.dead.size())
            return;
        const QString id = m_snapshot.dead.at(row).id;
        run([id](AlertWorker *w) { w->retry(id); });
    });
    connect(m_alerts, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_alerts->currentRow();
        m_markRead->setEnabled(row >= 0 && row < m_snapshot.alerts.size() &&
                               !m_snapshot.alerts.at(row).read);
    });
    connect(m_dead, &QTableWidget::itemSelectionChanged, this,
            [this] { m_retry->setEnabled(m_dead->currentRow() >= 0); });
    connect(m_worker, &AlertWorker::loaded, this, [this](const AlertSnapshot &s) {
        m_pending = std::max(0, m_pending - 1);
        onLoaded(s);
    });
    connect(m_worker, &AlertWorker::retried, this, [this] {
        emit message(tr("The webhook delivery will be tried again now"));
        emit retried();
    });
    connect(m_worker, &AlertWorker::failed, this, [this](const Error &e) {
        m_pending = std::max(0, m_pending - 1);
        emit message(e.message);
    });
    m_thread.start();
    onLoaded(AlertSnapshot{});
}

AlertsPage::~AlertsPage()
{
    m_thread.quit();
    m_thread.wait();
}

QString AlertsPage::alertText(const LowStockAlert &a)
{
    const QLocale locale;
    return tr("Low stock: %1 (SKU %2) has %3 left, below the threshold of %4")
        .arg(a.productName, a.sku, a.stock.format(locale), a.threshold.format(locale));
}

template <typename F> void AlertsPage::run(F call)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, call] { call(w); }, Qt::QueuedConnection);
}

void AlertsPage::refresh()
{
    run([](AlertWorker *w) { w->load(); });
}

void AlertsPage::onLoaded(const AlertSnapshot &snapshot)
{
    const qint64 before = m_snapshot.unread;
    m_snapshot = snapshot;
    m_summary->setText(snapshot.alerts.isEmpty()
                           ? tr("No low-stock alerts yet.")
                           : tr("%n unread alert(s)", nullptr, int(snapshot.unread)));
    m_alerts->setRowCount(0);
    for (const LowStockAlert &a : snapshot.alerts) {
        const int row = m_alerts->rowCount();
        m_alerts->insertRow(row);
        const WebhookDelivery d = snapshot.webhooks.value(a.id);
        QString state = tr("—");
        if (d.status == QLatin1String("delivered"))
            state = tr("delivered");
        else if (d.status == QLatin1String("pending"))
            state = d.attempts > 0 ? tr("retrying (%n attempt(s))", nullptr, d.attempts)
                                   : tr("waiting");
        else if (d.status == QLatin1String("dead"))
            state = tr("failed");
        const QStringList texts{when(a.createdAt), alertText(a), state};
        for (int c = 0; c < texts.size(); ++c) {
            QTableWidgetItem *item = makeTrailCell(texts.at(c));
            if (!a.read) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (c == 2 && d.status == QLatin1String("dead"))
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_alerts->setItem(row, c, item);
        }
    }
    QHash<QString, const LowStockAlert *> byId;
    for (const LowStockAlert &a : std::as_const(m_snapshot.alerts))
        byId.insert(a.id, &a);
    m_dead->setRowCount(0);
    for (const WebhookDelivery &d : snapshot.dead) {
        const int row = m_dead->rowCount();
        m_dead->insertRow(row);
        const LowStockAlert *a = byId.value(d.alertId);
        m_dead->setItem(row, 0, makeTrailCell(when(d.createdAt)));
        m_dead->setItem(
            row, 1,
            makeTrailCell(a ? QStringLiteral("%1 (%2)").arg(a->productName, a->sku) : d.alertId));
        m_dead->setItem(row, 2, makeTrailCell(QString::number(d.attempts), true));
        QTableWidgetItem *error = makeTrailCell(d.lastError);
        error->setToolTip(d.lastError);
        m_dead->setItem(row, 3, error);
        m_dead->setItem(row, 4, makeTrailCell(d.url));
    }
    m_deadSummary->setText(
        snapshot.dead.isEmpty()
            ? tr("Every webhook was delivered or is still being tried.")
            : tr("%n delivery(ies) gave up after every retry. Fix the receiver, then retry.",
                 nullptr, int(snapshot.dead.size())));
    m_markRead->setEnabled(false);
    m_markAll->setEnabled(snapshot.unread > 0);
    m_retry->setEnabled(false);
    if (before != snapshot.unread || snapshot.alerts.isEmpty())
        emit unreadChanged(snapshot.unread);
}

} // namespace bodega
