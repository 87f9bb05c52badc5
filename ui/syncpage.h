#pragma once

#include "sync/syncworker.h"
#include "ui/workertypes.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace bodega {

class StoreWorker;

// Outbox events as rows: sequence, type, when, attempts and, for quarantined
// events, the server's reason. Read-only; the page replaces the whole list.
class OutboxEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, TypeColumn, CreatedColumn, AttemptsColumn, ErrorColumn, ColumnCount };

    // withError: quarantined events carry the server's reason; pending ones
    // have none worth a column.
    explicit OutboxEventModel(bool withError, QObject *parent = nullptr);

    void setEvents(const QVector<OutboxEvent> &events);
    const OutboxEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What an event type means to a store manager ("Sale" for sale.completed);
    // unknown types show as they are.
    static QString typeLabel(const QString &type);
    static QStringList knownTypes();

private:
    QVector<OutboxEvent> m_events;
    bool m_withError;
};

// The "Sync" page: the connection state, server, counts, last sync and last
// error (as the status bar, with room for details), a "Sync now" button, and
// the events waiting to upload and the quarantined ones. The lists are read
// by the StoreWorker; this page only asks and renders.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    // Status updates can come several times a second while a backlog drains:
    // the lists are reloaded at most this often.
    static constexpr int RefreshIntervalMs = 1000;

    // The connection state as the status bar and this page show it.
    enum class Link { NoServer, Connecting, Online, Offline };

    explicit SyncPage(StoreWorker *worker, QWidget *parent = nullptr);

    // reported: the sync worker has finished a round since it started (until
    // then a registered terminal is "connecting", not "offline").
    void setSyncStatus(const SyncStatus &status, bool reported);

    OutboxEventModel *pendingModel() const { return m_pendingModel; }
    OutboxEventModel *quarantinedModel() const { return m_quarantinedModel; }
    QTableView *pendingTable() const { return m_pendingTable; }
    QTableView *quarantinedTable() const { return m_quarantinedTable; }
    bool isLoading() const { return m_ticket != 0; }

    // Shared with the status bar, so both say the same thing the same way.
    static Link link(const SyncStatus &status, bool reported);
    static QString linkText(Link link);
    static QColor linkColor(Link link);
    // The ISO 8601 time SyncStatus carries, in local time and the UI's short
    // format; "never" when empty. Compact (the status bar): only the time
    // when it was today.
    static QString lastSyncText(const QString &isoTime, bool compact = false);
    static QColor alertColor();

public slots:
    // Reloads the lists now (the throttle applies to status updates only).
    void refresh();

signals:
    // The user asked for a sync round now.
    void syncNowRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void onLoaded(quint64 ticket, const SyncEventsReport &report);
    QTableView *makeTable(OutboxEventModel *model, const char *objectName);

    StoreWorker *m_worker;
    QLabel *m_link;
    QLabel *m_server;
    QLabel *m_pending;
    QLabel *m_quarantined;
    QLabel *m_lastSync;
    QLabel *m_lastError;
    QPushButton *m_syncNow;
    QLabel *m_pendingTitle;
    QLabel *m_quarantinedTitle;
    OutboxEventModel *m_pendingModel;
    OutboxEventModel *m_quarantinedModel;
    QTableView *m_pendingTable;
    QTableView *m_quarantinedTable;
    QTimer *m_throttle;
    QElapsedTimer m_lastRefresh;
    quint64 m_ticket = 0;
};

} // namespace bodega
