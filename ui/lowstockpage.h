#pragma once

#include "ui/workertypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace bodega {

class StoreWorker;

// Products below their threshold (CatalogService::lowStock) with stock,
// threshold and shortfall, and the recent low-stock alerts from the in-app
// inbox. The main window refreshes it after every sale.
class LowStockPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        CategoryColumn,
        StockColumn,
        ThresholdColumn,
        ShortfallColumn,
        ColumnCount
    };

    explicit LowStockPage(StoreWorker *worker, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QListWidget *alerts() const { return m_alerts; }
    bool isLoading() const { return m_ticket != 0; }

public slots:
    void refresh();

private:
    void onLoaded(quint64 ticket, const LowStockReport &report);

    StoreWorker *m_worker;
    QLabel *m_summary;
    QTableWidget *m_table;
    QListWidget *m_alerts;
    quint64 m_ticket = 0;
};

} // namespace bodega
