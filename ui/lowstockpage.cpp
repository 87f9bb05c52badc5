#include "lowstockpage.h"

#include "domain/localeformat.h"
#include "ui/producttablemodel.h"
#include "ui/storeworker.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bodega {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

LowStockPage::LowStockPage(StoreWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lowStockSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);

    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("lowStockTable"));
    m_table->setAccessibleName(tr("Products below their threshold"));
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Name"), tr("Category"), tr("Stock"), tr("Threshold"), tr("Shortfall")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->resizeSection(SkuColumn, 120);
    header->resizeSection(CategoryColumn, 200);
    header->resizeSection(StockColumn, 80);
    header->resizeSection(ThresholdColumn, 90);
    header->resizeSection(ShortfallColumn, 90);
    for (int c = 0; c < ColumnCount; ++c) {
        const bool number = c == StockColumn || c == ThresholdColumn || c == ShortfallColumn;
        m_table->horizontalHeaderItem(c)->setTextAlignment(
            (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }

    auto *alertsPane = new QWidget(splitter);
    auto *alertsLayout = new QVBoxLayout(alertsPane);
    alertsLayout->setContentsMargins(0, 6, 0, 0);
    alertsLayout->addWidget(new QLabel(tr("Recent low-stock alerts"), alertsPane));
    m_alerts = new QListWidget(alertsPane);
    m_alerts->setObjectName(QStringLiteral("alertList"));
    m_alerts->setAccessibleName(tr("Low-stock alerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setAlternatingRowColors(true);
    alertsLayout->addWidget(m_alerts, 1);

    splitter->addWidget(m_table);
    splitter->addWidget(alertsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 160});

    connect(refreshButton, &QPushButton::clicked, this, &LowStockPage::refresh);
    connect(m_worker, &StoreWorker::lowStockLoaded, this, &LowStockPage::onLoaded);
    connect(m_worker, &StoreWorker::requestFailed, this,
            [this](quint64 ticket, const Error &error) {
                if (ticket != m_ticket)
                    return;
                m_ticket = 0;
                m_summary->setText(tr("Cannot load the low-stock list: %1").arg(error.message));
            });
    m_summary->setText(tr("Loading…"));
}

void LowStockPage::refresh()
{
    // A newer request replaces the one in flight; its answer is dropped.
    m_ticket = m_worker->requestLowStock();
}

void LowStockPage::onLoaded(quint64 ticket, const LowStockReport &report)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    const int n = report.products.size();
    m_summary->setText(
        n == 0 ? tr("No product is below its threshold.")
               : tr("Products below their low-stock threshold: %1").arg(QLocale().toString(n)));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(n);
    const QColor highlight = ProductTableModel::lowBackground();
    for (int row = 0; row < n; ++row) {
        const Product &p = report.products.at(row);
        m_table->setItem(row, SkuColumn, cell(p.sku));
        m_table->setItem(row, NameColumn, cell(p.name));
        m_table->setItem(row, CategoryColumn, cell(p.category));
        auto *stock = cell(ProductTableModel::formatQuantity(p.stock), true);
        QFont bold = stock->font();
        bold.setBold(true);
        stock->setFont(bold);
        stock->setBackground(highlight);
        stock->setForeground(QColor(0x7f, 0x00, 0x00));
        m_table->setItem(row, StockColumn, stock);
        m_table->setItem(row, ThresholdColumn,
                         cell(ProductTableModel::formatQuantity(p.threshold), true));
        // How many units bring the shelf back to its threshold.
        m_table->setItem(row, ShortfallColumn,
                         cell(ProductTableModel::formatQuantity(p.shortfall()), true));
        m_table->item(row, NameColumn)->setData(Qt::UserRole, p.id);
    }

    m_alerts->clear();
    for (const LowStockAlert &alert : report.alerts) {
        const QString when = LocaleFormat().dateTime(alert.createdAt);
        QString text = QStringLiteral("%1  —  %2").arg(when, alert.message);
        const WebhookDelivery webhook = report.webhooks.value(alert.id);
        const bool dead = webhook.status == QLatin1String("dead");
        if (dead)
            text += QLatin1Char('\n') + tr("webhook failed: %1").arg(webhook.lastError);
        auto *item = new QListWidgetItem(text, m_alerts);
        item->setData(Qt::UserRole, alert.productId);
        item->setData(Qt::UserRole + 1, webhook.status);
        item->setToolTip(alert.message);
    }
    if (report.alerts.isEmpty())
        new QListWidgetItem(tr("No alerts yet."), m_alerts);
}

} // namespace bodega
