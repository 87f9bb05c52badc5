#include "syncpage.h"

#include "domain/localeformat.h"
#include "sync/serverproblem.h"
#include "ui/storeworker.h"

#include <algorithm>

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bodega {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

void setTextColor(QLabel *label, const QColor &color, bool bold = false)
{
    if (!color.isValid() && !bold) {
        label->setStyleSheet({});
        return;
    }
    QString css;
    if (color.isValid())
        css += QStringLiteral("color: %1;").arg(color.name());
    if (bold)
        css += QStringLiteral(" font-weight: bold;");
    label->setStyleSheet(css);
}

} // namespace

// --- OutboxEventModel -------------------------------------------------------

OutboxEventModel::OutboxEventModel(bool withError, QObject *parent)
    : QAbstractTableModel(parent), m_withError(withError)
{
}

void OutboxEventModel::setEvents(const QVector<OutboxEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int OutboxEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_events.size();
}

int OutboxEventModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_withError ? ColumnCount : ErrorColumn;
}

namespace {

// Every type the terminal writes to its outbox, with its label.
const struct
{
    const char *type;
    const char *label;
} kEventTypes[] = {
    {"product.upserted", QT_TRANSLATE_NOOP("bodega::OutboxEventModel", "Product saved")},
    {"stock.adjusted", QT_TRANSLATE_NOOP("bodega::OutboxEventModel", "Stock adjusted")},
    {"sale.completed", QT_TRANSLATE_NOOP("bodega::OutboxEventModel", "Sale")},
    {"stock.low", QT_TRANSLATE_NOOP("bodega::OutboxEventModel", "Low-stock alert")},
    {"stock.low_predicted", QT_TRANSLATE_NOOP("bodega::OutboxEventModel", "Stock-out forecast")},
    {"receipt.pdf_ready", QT_TRANSLATE_NOOP("bodega::OutboxEventModel", "Invoice PDF ready")},
    {"audit.recorded", QT_TRANSLATE_NOOP("bodega::OutboxEventModel", "Audit record")},
};

} // namespace

QStringList OutboxEventModel::knownTypes()
{
    QStringList types;
    for (const auto &t : kEventTypes)
        types << QLatin1String(t.type);
    return types;
}

QString OutboxEventModel::typeLabel(const QString &type)
{
    for (const auto &t : kEventTypes) {
        if (type == QLatin1String(t.type))
            return tr(t.label);
    }
    return type; // from a newer version of the terminal: its technical name
}

QVariant OutboxEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const OutboxEvent &e = m_events.at(index.row());
    const bool numeric = index.column() == SeqColumn || index.column() == AttemptsColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return number(e.seq);
        case TypeColumn:
            return typeLabel(e.type);
        case CreatedColumn:
            return LocaleFormat().dateTime(e.createdAt);
        case AttemptsColumn:
            return number(e.attempts);
        case ErrorColumn:
            return ServerProblem::describe(e.lastError);
        }
        break;
    case Qt::ToolTipRole:
        // The technical names support asks for, which the columns leave out:
        // here the server's own words.
        if (index.column() == ErrorColumn && !e.lastError.isEmpty())
            return e.lastError;
        return tr("Event %1\nType: %2 (version %3)\nAbout: %4")
            .arg(e.id, e.type)
            .arg(e.schemaVersion)
            .arg(e.aggregateId);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::UserRole:
        return e.id;
    default:
        break;
    }
    return {};
}

QVariant OutboxEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = section == SeqColumn || section == AttemptsColumn;
        return QVariant::fromValue(
            Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TypeColumn:
        return tr("Type");
    case CreatedColumn:
        return tr("Created");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

// --- SyncPage ---------------------------------------------------------------

SyncPage::SyncPage(StoreWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("syncLinkState"));
    QFont big = m_link->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_link->setFont(big);
    m_syncNow = new QPushButton(tr("Sync &now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    top->addWidget(m_link, 1);
    top->addWidget(m_syncNow);
    layout->addLayout(top);

    // Two columns of "caption: value", the last error across both.
    auto *facts = new QGridLayout;
    facts->setContentsMargins(0, 4, 0, 4);
    facts->setHorizontalSpacing(10);
    auto value = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Level with its caption when a long neighbour wraps onto two lines.
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        return label;
    };
    auto caption = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        return label;
    };
    m_server = value("syncServer");
    // A long server address or error wraps instead of widening the window.
    m_server->setWordWrap(true);
    m_pending = value("syncPendingCount");
    m_quarantined = value("syncQuarantinedCount");
    m_lastSync = value("syncLastSync");
    m_lastError = value("syncLastError");
    m_lastError->setWordWrap(true);
    facts->addWidget(caption(tr("Server:")), 0, 0);
    facts->addWidget(m_server, 0, 1);
    facts->addWidget(caption(tr("Last successful sync:")), 0, 2);
    facts->addWidget(m_lastSync, 0, 3);
    facts->addWidget(caption(tr("Waiting to upload:")), 1, 0);
    facts->addWidget(m_pending, 1, 1);
    facts->addWidget(caption(tr("Quarantined:")), 1, 2);
    facts->addWidget(m_quarantined, 1, 3);
    facts->addWidget(caption(tr("Last error:")), 2, 0);
    facts->addWidget(m_lastError, 2, 1, 1, 3);
    facts->setColumnStretch(1, 3);
    facts->setColumnStretch(3, 2);
    layout->addLayout(facts);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *pendingPane = new QWidget(splitter);
    auto *pendingLayout = new QVBoxLayout(pendingPane);
    pendingLayout->setContentsMargins(0, 6, 0, 0);
    m_pendingTitle = new QLabel(pendingPane);
    m_pendingTitle->setObjectName(QStringLiteral("pendingTitle"));
    m_pendingModel = new OutboxEventModel(false, this);
    m_pendingTable = makeTable(m_pendingModel, "pendingEventTable");
    m_pendingTable->setAccessibleName(tr("Events waiting to sync"));
    pendingLayout->addWidget(m_pendingTitle);
    pendingLayout->addWidget(m_pendingTable, 1);

    auto *quarantinedPane = new QWidget(splitter);
    auto *quarantinedLayout = new QVBoxLayout(quarantinedPane);
    quarantinedLayout->setContentsMargins(0, 6, 0, 0);
    m_quarantinedTitle = new QLabel(quarantinedPane);
    m_quarantinedTitle->setObjectName(QStringLiteral("quarantinedTitle"));
    auto *hint = new QLabel(tr("The server refused these events. They stay in this store and are "
                               "not sent again; the events after them keep uploading."),
                            quarantinedPane);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_quarantinedModel = new OutboxEventModel(true, this);
    m_quarantinedTable = makeTable(m_quarantinedModel, "quarantinedEventTable");
    m_quarantinedTable->setAccessibleName(tr("Quarantined events"));
    quarantinedLayout->addWidget(m_quarantinedTitle);
    quarantinedLayout->addWidget(hint);
    quarantinedLayout->addWidget(m_quarantinedTable, 1);

    splitter->addWidget(pendingPane);
    splitter->addWidget(quarantinedPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    connect(m_throttle, &QTimer::timeout, this, &SyncPage::refresh);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNowRequested);
    connect(m_worker, &StoreWorker::syncEventsLoaded, this, &SyncPage::onLoaded);
    connect(m_worker, &StoreWorker::requestFailed, this,
            [this](quint64 ticket, const Error &error) {
                if (ticket != m_ticket)
                    return;
                m_ticket = 0;
                m_pendingTitle->setText(tr("Cannot load the events: %1").arg(error.message));
            });

    m_pendingTitle->setText(tr("Loading…"));
    m_quarantinedTitle->setText(tr("Quarantined events"));
    setSyncStatus(SyncStatus{}, false);
}

QTableView *SyncPage::makeTable(OutboxEventModel *model, const char *objectName)
{
    auto *table = new QTableView(this);
    table->setObjectName(QLatin1String(objectName));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    // Only the server's reason is worth the spare width; the other columns
    // keep their size next to each other.
    header->setStretchLastSection(model->columnCount() > OutboxEventModel::ErrorColumn);
    // Wide enough for the title and the widest value, in the UI's language.
    const QFontMetrics fm = table->fontMetrics();
    const auto fit = [header, &fm](int column, const QStringList &samples) {
        int width = header->sectionSizeHint(column);
        for (const QString &text : samples)
            width = std::max(width, fm.horizontalAdvance(text) + 16);
        header->resizeSection(column, width);
    };
    fit(OutboxEventModel::SeqColumn, {QLocale().toString(9999999)});
    QStringList types;
    for (const QString &type : OutboxEventModel::knownTypes())
        types << OutboxEventModel::typeLabel(type);
    fit(OutboxEventModel::TypeColumn, types);
    // 28 December, 22:59: two-digit day, month and hour, and "p. m." where the locale has one.
    fit(OutboxEventModel::CreatedColumn,
        {LocaleFormat().dateTime(QDateTime(QDate(2026, 12, 28), QTime(22, 59)))});
    fit(OutboxEventModel::AttemptsColumn, {QLocale().toString(999)});
    return table;
}

SyncPage::Link SyncPage::link(const SyncStatus &status, bool reported)
{
    if (status.online)
        return Link::Online;
    if (!status.registered)
        return Link::NoServer;
    return reported ? Link::Offline : Link::Connecting;
}

QString SyncPage::linkText(Link link)
{
    // The dot is the colour cue; the words say the same for those who cannot see it.
    const QString dot = QStringLiteral("\u25CF ");
    switch (link) {
    case Link::NoServer:
        return dot + tr("No server");
    case Link::Connecting:
        return dot + tr("Connecting…");
    case Link::Online:
        return dot + tr("Online");
    case Link::Offline:
        return dot + tr("Offline");
    }
    return {};
}

QColor SyncPage::linkColor(Link link)
{
    switch (link) {
    case Link::Online:
        return QColor(0x2e, 0x7d, 0x32);
    case Link::Offline:
        return QColor(0xa9, 0x44, 0x42);
    case Link::NoServer:
    case Link::Connecting:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor SyncPage::alertColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QString SyncPage::lastSyncText(const QString &isoTime, bool compact)
{
    if (isoTime.isEmpty())
        return tr("never");
    QDateTime when = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(isoTime, Qt::ISODate);
    if (!when.isValid())
        return isoTime; // better the raw text than nothing
    const QDateTime local = when.toLocalTime();
    if (compact && local.date() == QDate::currentDate())
        return LocaleFormat().time(local.time());
    return LocaleFormat().dateTime(local);
}

void SyncPage::setSyncStatus(const SyncStatus &status, bool reported)
{
    const Link state = link(status, reported);
    m_link->setText(linkText(state));
    setTextColor(m_link, linkColor(state));
    m_server->setText(status.server.isEmpty()
                          ? tr("none: this terminal is not registered with a server "
                               "(bodegactl sync register)")
                          : status.server);
    m_pending->setText(number(status.pending));
    m_quarantined->setText(number(status.quarantined));
    setTextColor(m_quarantined, status.quarantined > 0 ? alertColor() : QColor(),
                 status.quarantined > 0);
    m_lastSync->setText(lastSyncText(status.lastSync));
    m_lastError->setText(status.lastError.isEmpty() ? tr("none") : status.lastError);
    setTextColor(m_lastError, status.lastError.isEmpty() ? QColor() : alertColor());
    const bool canSync = state != Link::NoServer;
    m_syncNow->setEnabled(canSync);
    m_syncNow->setToolTip(canSync ? tr("Upload the waiting events and download the server's "
                                       "changes now")
                                  : tr("This terminal is not registered with a server"));
    scheduleRefresh();
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleRefresh();
}

void SyncPage::scheduleRefresh()
{
    // A hidden page does not read the store; showing it reloads.
    if (!isVisible() || m_throttle->isActive())
        return;
    const qint64 since = m_lastRefresh.isValid() ? m_lastRefresh.elapsed() : RefreshIntervalMs;
    m_throttle->start(int(std::max<qint64>(0, RefreshIntervalMs - since)));
}

void SyncPage::refresh()
{
    m_throttle->stop();
    m_lastRefresh.start();
    // A newer request replaces the one in flight; its answer is dropped.
    m_ticket = m_worker->requestSyncEvents();
}

void SyncPage::onLoaded(quint64 ticket, const SyncEventsReport &report)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_pendingModel->setEvents(report.pending);
    m_quarantinedModel->setEvents(report.quarantined);
    const auto title = [](const QString &text, qint64 total, int shown) {
        return total > shown ? tr("%1 (showing the first %2)").arg(text, number(shown)) : text;
    };
    m_pendingTitle->setText(title(tr("Waiting to upload: %1").arg(number(report.pendingTotal)),
                                  report.pendingTotal, report.pending.size()));
    m_quarantinedTitle->setText(title(tr("Quarantined: %1").arg(number(report.quarantinedTotal)),
                                      report.quarantinedTotal, report.quarantined.size()));
    setTextColor(m_quarantinedTitle, report.quarantinedTotal > 0 ? alertColor() : QColor(),
                 report.quarantinedTotal > 0);
}

} // namespace bodega
