#pragma once

#include "pos/dashboardquery.h"

#include <QTimer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QBarSet;
class QChart;

namespace bodega {

class DashboardWorker;

// The manager's dashboard (SPEC: Stock, low-stock dashboard): stock against
// threshold for the products nearest to running out (click a bar to open the
// product), their days of cover, net sales over time by day, week or month,
// the best sellers and each category's share of the last 7 days. Figures
// come from DashboardWorker, off the UI thread; a sale here or a sync that
// brought others' changes asks for new ones, at most one request in flight
// and none sooner than RefreshDelayMs after the change that asked.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshDelayMs = 500;
    static constexpr int ShortNameChars = 16;

    explicit DashboardPage(DashboardWorker *worker, QWidget *parent = nullptr);

    QChartView *stockChart() const { return m_stockView; }
    QChartView *coverChart() const { return m_coverView; }
    QChartView *salesChart() const { return m_salesView; }
    QChartView *topChart() const { return m_topView; }
    QChartView *categoryChart() const { return m_categoryView; }
    QComboBox *grouping() const { return m_grouping; }
    QLabel *summary() const { return m_summary; }
    QLabel *emptyText() const { return m_empty; }
    bool isLoading() const { return m_ticket != 0; }
    quint64 loads() const { return m_loads; } // snapshots shown so far
    const DashboardSnapshot &snapshot() const { return m_snapshot; }

    // "Arroz Diana premium 500 g" -> "Arroz Diana pre…": chart labels stay
    // short, the tooltip has the whole name.
    static QString shortName(const QString &name);

public slots:
    // The store is open and migrated: the first load.
    void start();
    // Something changed: a new snapshot soon (debounced).
    void refreshSoon();
    void refresh();

signals:
    void openProduct(const QString &id, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(quint64 ticket, const DashboardSnapshot &snapshot);
    void onFailed(quint64 ticket, const Error &error);
    void render();
    void renderStock();
    void renderCover();
    void renderSales();
    void renderTop();
    void renderCategories();
    QString money(qint64 minor) const;

    DashboardWorker *m_worker;
    QLabel *m_summary;
    QComboBox *m_grouping;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QChartView *m_stockView;
    QChartView *m_coverView;
    QChartView *m_salesView;
    QChartView *m_topView;
    QChartView *m_categoryView;
    QTimer m_debounce;
    DashboardSnapshot m_snapshot;
    quint64 m_ticket = 0;
    quint64 m_nextTicket = 0;
    quint64 m_loads = 0;
    bool m_started = false;
    bool m_pending = false; // a change came while a request was in flight
    bool m_stale = false;   // a change came while the page was hidden
};

} // namespace bodega
