#pragma once

#include "ui/workertypes.h"

#include <optional>
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

namespace bodega {

class StoreWorker;

// The product list over a store of any size (SPEC: one million products).
// Rows are fetched lazily in pages of PageSize by LIMIT/OFFSET through the
// StoreWorker, so the UI thread never runs a query; a small LRU keeps the pages
// around the viewport. rowCount() is the worker's count() for the current
// query. Rows not loaded yet show a placeholder until their page arrives.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        CategoryColumn,
        PriceColumn,
        StockColumn,
        ThresholdColumn,
        ColumnCount
    };
    enum Role {
        LowRole = Qt::UserRole + 1, // bool: stock below threshold (the highlight)
        IdRole,                     // QString: product id
        LoadedRole,                 // bool: the row's page has arrived
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 24;

    explicit ProductTableModel(StoreWorker *worker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Whether a column maps to a ProductQuery::Sort.
    void setSearch(const QString &text);
    void setLowOnly(bool lowOnly);
    // Runs the current query again (after a change in the store).
    void refresh();
    // Replaces a product already on screen without a new query (a sale).
    void updateProduct(const Product &product);

    std::optional<Product> productAt(int row) const;
    int rowOfId(const QString &id) const; // among loaded rows; -1 if not loaded
    ProductQuery query() const { return m_query; }
    bool isLoading() const { return m_queryTicket != 0; }

    bool isCountCapped() const { return m_query.countLimit > 0 && m_total >= m_query.countLimit; }

    static QLocale moneyLocale();
    static QString formatQuantity(Quantity quantity);
    static QColor lowBackground();

signals:
    // A new query's count and first page have been applied.
    void queryFinished();
    void queryFailed(const bodega::Error &error);

private:
    void startQuery();
    void requestPage(int page) const;
    void onProductsLoaded(quint64 ticket, const ProductPage &page);
    void onRequestFailed(quint64 ticket, const Error &error);
    void touchPage(int page) const;

    StoreWorker *m_worker;
    ProductQuery m_query;
    qint64 m_total = 0;
    quint64 m_queryTicket = 0; // the count + first page request in flight
    // Pages are requested from data() const: the cache is bookkeeping, not state.
    mutable QHash<int, QVector<Product>> m_pages;
    mutable QList<int> m_lru; // most recently used last
    mutable QHash<quint64, int> m_pageTickets;
    mutable QSet<int> m_pendingPages;
};

} // namespace bodega
