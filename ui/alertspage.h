#pragma once

#include "ui/alertworker.h"

#include <QThread>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bodega {

// The in-app inbox (SPEC: Stock, low-stock alerts; issue 6 point 2): the
// low-stock alerts, unread ones in bold, with mark read / mark all read, and
// the webhook deliveries that gave up (dead letters) with their last error
// and a Retry. The alert text is written here in the UI's language from the
// alert's figures; the Spanish message stored with it is the webhook's (n8n).
// Its own AlertWorker thread does the store work.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(const QString &storePath, QWidget *parent = nullptr);
    ~AlertsPage() override;

    const AlertSnapshot &snapshot() const { return m_snapshot; }
    qint64 unreadCount() const { return m_snapshot.unread; }
    bool isBusy() const { return m_pending > 0; }
    // "Low stock: Arroz (SKU ARR-500) has 4 left, below the threshold of 5".
    static QString alertText(const LowStockAlert &alert);

public slots:
    void refresh();

signals:
    void unreadChanged(qint64 unread);
    // A dead delivery is due again: the webhook worker may run a round now.
    void retried();
    void message(const QString &text);

private:
    template <typename F> void run(F call);
    void onLoaded(const AlertSnapshot &snapshot);

    QThread m_thread;
    AlertWorker *m_worker = nullptr; // lives in m_thread
    AlertSnapshot m_snapshot;
    int m_pending = 0;
    QLabel *m_summary = nullptr;
    QTableWidget *m_alerts = nullptr;
    QPushButton *m_markRead = nullptr;
    QPushButton *m_markAll = nullptr;
    QLabel *m_deadSummary = nullptr;
    QTableWidget *m_dead = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace bodega
