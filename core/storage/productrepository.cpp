#include "productrepository.h"

#include "common/flatjson.h"
#include "common/timestamp.h"
#include "domain/productmerge.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace bodega {

namespace {

const QString kColumns = QStringLiteral(
    "p.id, p.sku, p.barcode, p.name, p.keywords, p.description, p.category, p.unit, "
    "p.price_minor, p.cost_minor, p.currency, p.tax_rate_bp, p.threshold_milli, p.supplier, "
    "p.active, p.description_generated, p.category_generated, p.created_at, p.updated_at, "
    "coalesce(s.qty_milli, 0), p.field_hlc");
const QString kFrom =
    QStringLiteral(" FROM products p LEFT JOIN stock_levels s ON s.product_id = p.id");

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toString();
    p.sku = q.value(1).toString();
    p.barcode = q.value(2).toString();
    p.name = q.value(3).toString();
    const QString keywords = q.value(4).toString();
    p.keywords = keywords.isEmpty() ? QStringList() : keywords.split(QLatin1Char(','));
    p.description = q.value(5).toString();
    p.category = q.value(6).toString();
    p.unit = unitFromCode(q.value(7).toString()).value_or(UnitOfMeasure::Unit);
    const QString currency = q.value(10).toString();
    p.price = Money(q.value(8).toLongLong(), currency);
    p.cost = Money(q.value(9).toLongLong(), currency);
    p.taxRateBasisPoints = q.value(11).toInt();
    p.threshold = Quantity::fromMilli(q.value(12).toLongLong());
    p.supplier = q.value(13).toString();
    p.active = q.value(14).toBool();
    p.descriptionGenerated = q.value(15).toBool();
    p.categoryGenerated = q.value(16).toBool();
    p.createdAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
    p.stock = Quantity::fromMilli(q.value(19).toLongLong());
    p.fieldClock = ProductRepository::fieldClockFromJson(q.value(20).toString());
    return p;
}

QString whereClause(const ProductQuery &query, QVariantList &bindings)
{
    QStringList conditions;
    const QString fts = ProductRepository::ftsQuery(query.search);
    if (!fts.isEmpty()) {
        conditions << QStringLiteral(
            "p.rowid IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)");
        bindings << fts;
    }
    if (query.lowOnly)
        conditions << QStringLiteral("coalesce(s.qty_milli, 0) < p.threshold_milli");
    if (!query.category.isEmpty()) {
        conditions << QStringLiteral("p.category = ?");
        bindings << query.category;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

namespace {
// A clock whose synced fields all carry one stamp (every product that came
// from the server and was not edited since) is stored as {"*": stamp}: the
// full form is two thirds of a catalog row, ~450 MB at a million products.
const QString kAllFields = QStringLiteral("*");
} // namespace

QString ProductRepository::fieldClockToJson(const QMap<QString, QString> &clock)
{
    // The clock is ordered by name, so it is walked beside the sorted names:
    // with a lookup per field, string comparison was the top function of the
    // first sync's writer thread in a profile (~8 % of its time).
    static const QStringList sortedFields = [] {
        QStringList names = ProductMerge::fields();
        names.sort();
        return names;
    }();
    if (clock.size() == sortedFields.size() && !clock.first().isEmpty()) {
        const QString &stamp = clock.first();
        bool uniform = true;
        auto name = sortedFields.cbegin();
        for (auto it = clock.cbegin(); it != clock.cend(); ++it, ++name) {
            if (it.key() != *name || it.value() != stamp) {
                uniform = false;
                break;
            }
        }
        if (uniform)
            return FlatJson::writeObject({{kAllFields, stamp}});
    }
    return FlatJson::writeObject(clock);
}

QMap<QString, QString> ProductRepository::fieldClockFromJson(const QString &json)
{
    if (auto flat = FlatJson::readObject(json)) {
        if (flat->size() == 1 && flat->contains(kAllFields)) {
            const QString stamp = flat->value(kAllFields);
            QMap<QString, QString> all;
            for (const QString &f : ProductMerge::fields())
                all.insert(f, stamp);
            return all;
        }
        return *flat;
    }
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString ProductRepository::ftsQuery(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&]() {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        word.clear();
    };
    // unicode61 splits on anything that is not a letter or digit; doing the
    // same here keeps quotes and operators typed by a user out of the query.
    for (const QChar c : text.left(200)) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

Status ProductRepository::bindAndRun(NativeStatement &q, const Product &p, bool withCreatedAt)
{
    q.bind(0, p.sku);
    q.bindOptional(1, p.barcode);
    q.bind(2, p.name);
    q.bind(3, p.keywords.join(QLatin1Char(',')));
    q.bind(4, p.description);
    q.bind(5, p.category);
    q.bind(6, unitCode(p.unit));
    q.bind(7, p.price.minor());
    q.bind(8, p.cost.minor());
    q.bind(9, p.price.currency());
    q.bind(10, qint64(p.taxRateBasisPoints));
    q.bind(11, p.threshold.milli());
    q.bind(12, p.supplier);
    q.bind(13, qint64(p.active ? 1 : 0));
    q.bind(14, qint64(p.descriptionGenerated ? 1 : 0));
    q.bind(15, qint64(p.categoryGenerated ? 1 : 0));
    const QString updatedAt = Timestamp::text(p.updatedAt);
    q.bind(16, updatedAt);
    q.bind(17, fieldClockToJson(p.fieldClock));
    q.bind(18, p.id);
    if (withCreatedAt)
        q.bind(19, p.createdAt == p.updatedAt ? updatedAt : Timestamp::text(p.createdAt));
    return m_db.run(q);
}

Status ProductRepository::insert(const Product &p)
{
    NativeStatement &q = m_db.nativeStatement(QStringLiteral(
        "INSERT INTO products (sku, barcode, name, keywords, description, category, unit, "
        "price_minor, cost_minor, currency, tax_rate_bp, threshold_milli, supplier, active, "
        "description_generated, category_generated, updated_at, field_hlc, id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return bindAndRun(q, p, true);
}

Status ProductRepository::update(const Product &p)
{
    NativeStatement &q = m_db.nativeStatement(QStringLiteral(
        "UPDATE products SET sku = ?, barcode = ?, name = ?, keywords = ?, description = ?, "
        "category = ?, unit = ?, price_minor = ?, cost_minor = ?, currency = ?, tax_rate_bp = ?, "
        "threshold_milli = ?, supplier = ?, active = ?, description_generated = ?, "
        "category_generated = ?, updated_at = ?, field_hlc = ? WHERE id = ?"));
    return bindAndRun(q, p, false);
}

Status ProductRepository::rebuildSearchIndex()
{
    // FTS5 writes a new segment (and later merges it) each time the terms it
    // holds for the transaction pass `hashsize`, 1 MiB by default: a million
    // products made 16,000 segment pages and the rebuild took 15.5 s, at
    // 256 MiB 8.8 s. The setting is kept (a config row of the index); only
    // a transaction that writes that many terms, a bulk load, holds that
    // much memory, and setting it back inside the load undid half the gain.
    for (const QString &sql :
         {QStringLiteral("INSERT INTO products_fts (products_fts, rank) VALUES ('hashsize', "
                         "268435456)"),
          QStringLiteral("INSERT INTO products_fts (products_fts) VALUES ('rebuild')")}) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    return {};
}

Result<Product> ProductRepository::findOne(const QString &column, const QString &value) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + kFrom +
                                 QStringLiteral(" WHERE p.") + column + QStringLiteral(" = ?"));
    q.bindValue(0, value);
    if (auto s = m_db.run(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QCoreApplication::translate("bodega::ProductRepository", "Product"),
                               value);
    Product p = productFrom(q);
    q.finish();
    return p;
}

Result<Product> ProductRepository::findById(const QString &id) const
{
    return findOne(QStringLiteral("id"), id);
}
Result<Product> ProductRepository::findBySku(const QString &sku) const
{
    return findOne(QStringLiteral("sku"), sku);
}
Result<Product> ProductRepository::findByBarcode(const QString &barcode) const
{
    return findOne(QStringLiteral("barcode"), barcode);
}

Result<Product> ProductRepository::resolve(const QString &key) const
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return Error::validation(
            QStringLiteral("product"),
            QCoreApplication::translate("bodega::ProductRepository",
                                        "Say which product: an id, a SKU or a barcode"));
    if (k.size() == 36 && k.count(QLatin1Char('-')) == 4) {
        if (auto p = findById(k))
            return p;
    }
    if (auto p = findBySku(k))
        return p;
    else if (p.error().code != ErrorCode::NotFound)
        return p;
    if (auto p = findByBarcode(k))
        return p;
    else if (p.error().code != ErrorCode::NotFound)
        return p;
    return Error::notFound(QCoreApplication::translate("bodega::ProductRepository", "Product"), k);
}

Result<qint64> ProductRepository::countMatches(const QString &fts, qint64 limit) const
{
    // The FTS index alone answers this; no product row is read.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM products_fts WHERE products_fts MATCH ? LIMIT ?)"));
    q.bindValue(0, fts);
    q.bindValue(1, limit > 0 ? limit : -1);
    if (auto s = m_db.run(q); !s)
        return s.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<QVector<Product>> ProductRepository::run(const QString &sql, const QVariantList &bindings,
                                                int reserve) const
{
    QSqlQuery &q = m_db.prepared(sql);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (auto s = m_db.run(q); !s)
        return s.error();
    QVector<Product> out;
    out.reserve(std::min(reserve, 1000));
    while (q.next())
        out.push_back(productFrom(q));
    q.finish();
    return out;
}

Result<QVector<Product>> ProductRepository::list(const ProductQuery &query) const
{
    const QString fts = ftsQuery(query.search);
    if (!fts.isEmpty() && !query.lowOnly && query.category.isEmpty()) {
        auto matches = countMatches(fts, SortedSearchLimit + 1);
        if (!matches)
            return matches.error();
        if (*matches > SortedSearchLimit) {
            // Page inside the index, in its (rowid = catalog) order, and read
            // only the rows shown.
            return run(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM (SELECT rowid AS r FROM products_fts WHERE "
                                          "products_fts MATCH ? LIMIT ? OFFSET ?) m "
                                          "JOIN products p ON p.rowid = m.r "
                                          "LEFT JOIN stock_levels s ON s.product_id = p.id "
                                          "ORDER BY m.r"),
                       {fts, query.limit, query.offset}, query.limit);
        }
    }
    QVariantList bindings;
    QString sql = QStringLiteral("SELECT ") + kColumns + kFrom + whereClause(query, bindings);
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (query.sort) {
    case ProductQuery::Sort::Name:
        sql += QStringLiteral(" ORDER BY p.name COLLATE NOCASE") + dir;
        break;
    case ProductQuery::Sort::Sku:
        sql += QStringLiteral(" ORDER BY p.sku") + dir;
        break;
    case ProductQuery::Sort::Price:
        sql += QStringLiteral(" ORDER BY p.price_minor") + dir;
        break;
    case ProductQuery::Sort::Stock:
        sql += QStringLiteral(" ORDER BY coalesce(s.qty_milli, 0)") + dir;
        break;
    case ProductQuery::Sort::Threshold:
        sql += QStringLiteral(" ORDER BY p.threshold_milli") + dir + QStringLiteral(", p.name");
        break;
    case ProductQuery::Sort::Category:
        sql += QStringLiteral(" ORDER BY p.category") + dir + QStringLiteral(", p.name");
        break;
    }
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    bindings << query.limit << query.offset;
    return run(sql, bindings, query.limit);
}

Result<qint64> ProductRepository::count(const ProductQuery &query) const
{
    const QString fts = ftsQuery(query.search);
    if (!fts.isEmpty() && !query.lowOnly && query.category.isEmpty())
        return countMatches(fts, query.countLimit);
    QVariantList bindings;
    const QString where = whereClause(query, bindings);
    // Without a filter there is no need to touch stock_levels at all.
    QString sql = where.isEmpty() ? QStringLiteral("SELECT 1 FROM products")
                                  : QStringLiteral("SELECT 1") + kFrom + where;
    if (query.countLimit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        bindings << query.countLimit;
    }
    sql = QStringLiteral("SELECT count(*) FROM (") + sql + QLatin1Char(')');
    QSqlQuery &q = m_db.prepared(sql);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (auto s = m_db.run(q); !s)
        return s.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<QStringList> ProductRepository::categories() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT DISTINCT category FROM products WHERE category <> '' ORDER BY category"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status ProductRepository::forEachCategorized(
    const std::function<void(const QString &, const QStringList &, const QString &)> &fn) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name, keywords, category FROM products WHERE "
                                      "category <> '' AND category_generated = 0"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString keywords = q->value(1).toString();
        fn(q->value(0).toString(),
           keywords.isEmpty() ? QStringList() : keywords.split(QLatin1Char(',')),
           q->value(2).toString());
    }
    return {};
}

} // namespace bodega
