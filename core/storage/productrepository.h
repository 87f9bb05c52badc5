#pragma once

#include "domain/product.h"
#include "storage/database.h"

#include <functional>

namespace bodega {

struct ProductQuery
{
    enum class Sort { Name, Sku, Price, Stock, Category, Threshold };

    QString search;       // search as you type: every word is a prefix
    bool lowOnly = false; // stock below threshold
    QString category;
    int limit = 100;
    int offset = 0;
    Sort sort = Sort::Name;
    bool descending = false;
    // count() stops at this many (0: exact). Search as you type only needs
    // to know "more than a screenful", not that "a" matches 540,000 rows.
    qint64 countLimit = 0;
    static constexpr qint64 TypingCountLimit = 1000;
};

// Products in the local store, read with their stock level joined from the
// ledger-derived stock_levels table.
class ProductRepository
{
public:
    explicit ProductRepository(Database &db) : m_db(db) {}

    static QString fieldClockToJson(const QMap<QString, QString> &clock);
    static QMap<QString, QString> fieldClockFromJson(const QString &json);

    Status insert(const Product &product);
    Status update(const Product &product);
    // Rebuilds the full-text index from the products table (after a bulk
    // load that suspended the triggers keeping it in step).
    Status rebuildSearchIndex();

    Result<Product> findById(const QString &id) const;
    Result<Product> findBySku(const QString &sku) const;
    Result<Product> findByBarcode(const QString &barcode) const;
    // What a user types on the command line or scans: an id, a SKU or a barcode.
    Result<Product> resolve(const QString &key) const;

    // A search matching more than this many products is listed in catalog
    // order instead of the requested sort: sorting half a million rows on
    // every keystroke would stall the list; one more letter narrows it.
    static constexpr qint64 SortedSearchLimit = 500;

    Result<QVector<Product>> list(const ProductQuery &query) const;
    Result<qint64> count(const ProductQuery &query) const;
    Result<QStringList> categories() const;
    // Streams (name, keywords, category) of categorized products, for the AI.
    Status forEachCategorized(
        const std::function<void(const QString &, const QStringList &, const QString &)> &fn) const;

    // FTS5 query for user text: each word becomes a quoted prefix term.
    static QString ftsQuery(const QString &text);

private:
    Result<Product> findOne(const QString &column, const QString &value) const;
    Result<qint64> countMatches(const QString &fts, qint64 limit) const;
    Result<QVector<Product>> run(const QString &sql, const QVariantList &bindings,
                                 int reserve) const;
    Status bindAndRun(NativeStatement &q, const Product &p, bool withCreatedAt);

    Database &m_db;
};

} // namespace bodega
