#pragma once

#include "domain/product.h"
#include "storage/database.h"

#include <functional>

namespace bodega {

// Products below their threshold, found from the bottom of the stock
// index instead of a scan of the catalog: the assistant's low_stock and
// reorder suggestions answer in milliseconds on a 1,000,000-product store
// (SPEC: offline assistant answer p95 < 50 ms), where the catalog's
// lowOnly filter (ProductRepository) reads every product.
class StockReport
{
public:
    struct Page
    {
        // id, sku, name, unit, supplier, cost, threshold, stock; lowest
        // stock first.
        QVector<Product> products;
        bool more = false; // another product would have followed
    };

    explicit StockReport(Database &db) : m_db(db) {}

    // Active products whose stock is below their threshold and that
    // `accept` takes (all when empty), at most `limit`, lowest stock first.
    Result<Page> lowest(int limit, const std::function<bool(const Product &)> &accept = {}) const;
    // How many products are low, counting no further than `cap` (a store
    // with thousands low needs no exact figure to know it must reorder).
    Result<qint64> countLow(qint64 cap) const;

private:
    // The highest threshold of any product: no product with more stock can
    // be low, so the walk up the stock index stops there. Cached until the
    // store changes (PRAGMA data_version for other connections,
    // total_changes() for this one).
    Result<qint64> highestThreshold() const;

    Database &m_db;
    mutable qint64 m_highest = -1;
    mutable qint64 m_dataVersion = -1;
    mutable qint64 m_changes = -1;
};

} // namespace bodega
