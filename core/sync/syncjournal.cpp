#include "syncjournal.h"

#include "domain/productmerge.h"
#include "sync/copytext.h"
#include "sync/terminalregistration.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <chrono>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bodega {

namespace {

const QString kUrl = QStringLiteral("sync.url");
const QString kTerminalId = QStringLiteral("sync.terminal_id");
const QString kStoreId = QStringLiteral("sync.store_id");
const QString kStoreName = QStringLiteral("sync.store_name");
const QString kRole = QStringLiteral("sync.role");
const QString kCursor = QStringLiteral("sync.cursor");
const QString kBootstrapped = QStringLiteral("sync.bootstrapped");
const QString kLastSync = QStringLiteral("sync.last_sync");
const QString kLastError = QStringLiteral("sync.last_error");

// Bootstrap commits every so many products: a million-product first sync
// must not hold one giant transaction (and WAL) open, nor the write lock for
// longer than a sale at the till will wait for it (Database's 5 s busy wait).
constexpr qint64 kBootstrapChunk = 5000;

// SQLite does not queue writers: a sale retrying for the lock (every 0.8 ms
// at most, see Database) would miss a gap of microseconds between two
// chunks of outcomes and wait for all of them.
constexpr auto kGapForTheTill = std::chrono::milliseconds(1);

} // namespace

SyncJournal::SyncJournal(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_settings(db), m_products(db), m_ledger(db, clock),
      m_outbox(db, clock)
{
}

Status SyncJournal::saveRegistration(const RegisteredTerminal &t)
{
    Transaction tx(m_db);
    Status s = tx.started();
    const QList<QPair<QString, QString>> values = {{kUrl, t.address.toUrl()},
                                                   {kTerminalId, t.terminalId},
                                                   {kStoreId, t.storeId},
                                                   {kStoreName, t.storeName},
                                                   {kRole, t.role},
                                                   {QStringLiteral("terminal"), t.code},
                                                   {QStringLiteral("store_name"), t.storeName}};
    for (const auto &[key, value] : values)
        if (s)
            s = m_settings.setValue(key, value);
    if (s)
        s = tx.commit();
    return s;
}

Result<RegisteredTerminal> SyncJournal::registration() const
{
    QHash<QString, QString> v;
    for (const QString &key : {kTerminalId, kUrl, kStoreId, kStoreName, kRole}) {
        auto value = m_settings.valueOr(key, QString());
        if (!value)
            return value.error();
        v.insert(key, *value);
    }
    auto code = m_settings.strictTerminalCode();
    if (!code)
        return code.error();
    if (v.value(kTerminalId).isEmpty())
        return Error{ErrorCode::NotConfigured,
                     QCoreApplication::translate("bodega::Sync",
                                                 "This terminal is not registered with a server "
                                                 "(bodegactl sync register)"),
                     {}};
    auto address = ServerAddress::parse(v.value(kUrl));
    if (!address)
        return address.error();
    RegisteredTerminal t;
    t.terminalId = v.value(kTerminalId);
    t.address = *address;
    t.storeId = v.value(kStoreId);
    t.storeName = v.value(kStoreName);
    t.role = v.value(kRole);
    t.code = *code;
    return t;
}

Result<QVector<OutboxEnvelope>> SyncJournal::pending(int limit, qint64 afterSeq) const
{
    auto code = terminalCode();
    if (!code)
        return code.error();
    return m_outbox.pendingEnvelopes(*code, limit, afterSeq);
}

Status SyncJournal::recordOutcomes(const QVector<ApplyOutcome> &outcomes)
{
    // A mark lost in a power cut only sends its event again, and the server
    // answers duplicate; without an fsync of its own a chunk holds the
    // till's write lock for its few hundred updates, not for the disk too.
    // (Quarantines ride along: lost, the event goes again and is refused
    // again.) Inside a caller's transaction the durability cannot change,
    // and the caller's commit decides anyway.
    const bool light = !m_db.inTransaction();
    Status marked = light ? m_db.setDurableCommits(false) : Status{};
    for (qsizetype from = 0; marked && from < outcomes.size(); from += OutcomesPerTransaction) {
        if (from > 0)
            std::this_thread::sleep_for(kGapForTheTill);
        marked = recordOutcomeChunk(outcomes.mid(from, OutcomesPerTransaction));
    }
    if (!light)
        return marked;
    // Even after a failed attempt (SQLite applies this pragma when it
    // prepares it), and once more if need be: whatever this connection
    // commits next must be durable again.
    const Status durable = m_db.setDurableCommits(true);
    if (!durable && !m_db.setDurableCommits(true))
        qCCritical(lcSync) << "the store's commits could not be made durable again";
    return !marked ? marked : durable;
}

Status SyncJournal::recordOutcomeChunk(const QVector<ApplyOutcome> &outcomes)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QJsonArray sentIds;
    for (const ApplyOutcome &o : outcomes) {
        if (o.kind == ApplyOutcome::Kind::Rejected) {
            if (auto s = quarantine(o.eventId, o.problem); !s)
                return s;
            continue;
        }
        sentIds.append(o.eventId);
    }
    // One statement for the chunk: an update per event cost the
    // till more than the rest of its share of an upload. `+status` keeps
    // SQLite on the id index: through outbox_pending it would walk every
    // pending event for each batch.
    if (!sentIds.isEmpty()) {
        if (auto s = m_db.run(
                QStringLiteral(
                    "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts "
                    "+ 1, last_error = '' WHERE id IN (SELECT value FROM json_each(?)) "
                    "AND +status = 'pending'"),
                {m_clock.now().toString(Qt::ISODateWithMs),
                 QString::fromUtf8(QJsonDocument(sentIds).toJson(QJsonDocument::Compact))});
            !s)
            return s;
    }
    return tx.commit();
}

Status SyncJournal::quarantine(const QString &eventId, const QString &problem)
{
    qCWarning(lcSync) << "event quarantined:" << eventId << problem;
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox SET status = 'quarantined', attempts = attempts "
                                 "+ 1, last_error = ? WHERE id = ?"),
                  {problem, eventId});
    if (!q)
        return q.error();
    return {};
}

Status SyncJournal::recordAttempt(const QStringList &eventIds, const QString &error)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                                     "WHERE id = ? AND status = 'pending'"));
    for (const QString &id : eventIds) {
        q.bindValue(0, Database::text(error));
        q.bindValue(1, id);
        if (auto s = m_db.run(q); !s)
            return s;
    }
    return tx.commit();
}

Result<qint64> SyncJournal::cursor() const
{
    auto v = m_settings.read(kCursor);
    if (!v)
        return v.error();
    return v->value_or(QStringLiteral("0")).toLongLong();
}

Result<bool> SyncJournal::isBootstrapped() const
{
    auto v = m_settings.valueOr(kBootstrapped, QString());
    if (!v)
        return v.error();
    return *v == QLatin1String("1");
}

Product SyncJournal::productFromPayload(const QJsonObject &o)
{
    Product p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.sku = o.value(QStringLiteral("sku")).toString();
    p.barcode = o.value(QStringLiteral("barcode")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    for (const QJsonValue &k : o.value(QStringLiteral("keywords")).toArray())
        p.keywords << k.toString();
    p.description = o.value(QStringLiteral("description")).toString();
    p.descriptionGenerated = o.value(QStringLiteral("description_generated")).toBool();
    p.category = o.value(QStringLiteral("category")).toString();
    p.categoryGenerated = o.value(QStringLiteral("category_generated")).toBool();
    p.unit = unitFromCode(o.value(QStringLiteral("unit")).toString()).value_or(UnitOfMeasure::Unit);
    const QString currency = o.value(QStringLiteral("currency")).toString().trimmed();
    p.price = Money(o.value(QStringLiteral("price")).toVariant().toLongLong(), currency);
    p.cost = Money(o.value(QStringLiteral("cost")).toVariant().toLongLong(), currency);
    p.taxRateBasisPoints = o.value(QStringLiteral("tax_rate_bp")).toInt();
    p.threshold =
        Quantity::fromMilli(o.value(QStringLiteral("threshold_milli")).toVariant().toLongLong());
    p.supplier = o.value(QStringLiteral("supplier")).toString();
    p.active = o.value(QStringLiteral("active")).toBool(true);
    p.updatedAt = CopyText::timestamp(o.value(QStringLiteral("updated_at")).toString());
    p.createdAt = p.updatedAt;
    const QJsonObject clock = o.value(QStringLiteral("field_hlc")).toObject();
    for (auto it = clock.begin(); it != clock.end(); ++it)
        p.fieldClock.insert(it.key(), it.value().toString());
    return p;
}

namespace {
QString newestStamp(const Product &p)
{
    QString newest;
    for (const QString &stamp : p.fieldClock)
        newest = qMax(newest, stamp);
    return newest;
}
} // namespace

Status SyncJournal::writeFromServer(const Product &remote, bool mayExist)
{
    if (!mayExist)
        return keepLocalOnConflict(remote, m_products.insert(remote));
    Status written;
    auto local = m_products.findById(remote.id);
    if (local) {
        Product merged = *local;
        if (!ProductMerge::mergeInto(merged, remote))
            return {};
        written = m_products.update(merged);
    } else if (local.error().code == ErrorCode::NotFound) {
        written = m_products.insert(remote);
    } else {
        return local.error();
    }
    return keepLocalOnConflict(remote, written);
}

Status SyncJournal::keepLocalOnConflict(const Product &remote, const Status &written)
{
    if (!written && written.error().code == ErrorCode::Duplicate) {
        // Another product here holds the same SKU or barcode (two terminals
        // created it offline). Keep ours, say so, and do not stall the feed.
        qCWarning(lcSync) << "product from the server conflicts locally:" << remote.id
                          << written.error().message;
        return {};
    }
    return written;
}

Result<QHash<QString, qint64>> SyncJournal::unacknowledgedDeltas() const
{
    // What this terminal did that the server has not confirmed yet: pending
    // events, and quarantined ones (the server will never count those).
    auto q = m_db.exec(QStringLiteral(
        "SELECT product_id, sum(delta) FROM ("
        " SELECT json_extract(payload, '$.product_id') AS product_id,"
        "        json_extract(payload, '$.delta_milli') AS delta"
        " FROM outbox WHERE status <> 'sent' AND type = 'stock.adjusted'"
        " UNION ALL"
        " SELECT json_extract(l.value, '$.product_id'), -json_extract(l.value, '$.qty_milli')"
        " FROM outbox o, json_each(o.payload, '$.lines') l"
        " WHERE o.status <> 'sent' AND o.type = 'sale.completed'"
        ") GROUP BY product_id"));
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

Status SyncJournal::applyLevels(const QHash<QString, qint64> &serverLevels,
                                const QHash<QString, qint64> &ours, const QString &reference)
{
    // The level a terminal shows is the server's authoritative one plus its
    // own unacknowledged movements; the difference is booked as a 'sync'
    // movement so that the ledger still explains every level.
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT qty_milli FROM stock_levels WHERE product_id = ?"));
    for (auto it = serverLevels.begin(); it != serverLevels.end(); ++it) {
        q.bindValue(0, it.key());
        if (auto s = m_db.run(q); !s)
            return s;
        if (!q.next())
            continue; // a product this terminal does not have (a conflict)
        const qint64 current = q.value(0).toLongLong();
        q.finish();
        const qint64 target = it.value() + ours.value(it.key(), 0);
        if (target == current)
            continue;
        if (auto s =
                m_ledger.append(it.key(), MovementKind::Sync, Quantity::fromMilli(target - current),
                                QStringLiteral("server level"), reference);
            !s)
            return s;
    }
    return {};
}

Status SyncJournal::applySale(const QJsonObject &p)
{
    auto sale = m_db.exec(
        QStringLiteral(
            "INSERT OR IGNORE INTO sales (id, receipt_no, terminal, total_minor, currency, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {p.value(QStringLiteral("sale_id")).toString(),
         p.value(QStringLiteral("receipt_no")).toString(),
         p.value(QStringLiteral("terminal")).toString(),
         p.value(QStringLiteral("total")).toVariant().toLongLong(),
         p.value(QStringLiteral("currency")).toString(),
         p.value(QStringLiteral("completed_at")).toString()});
    if (!sale)
        return sale.error();
    for (const QJsonValue &v : p.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        auto line = m_db.exec(
            QStringLiteral(
                "INSERT OR IGNORE INTO sale_lines (sale_id, line_no, product_id, qty_milli, "
                "unit_price_minor, total_minor) SELECT ?, ?, ?, ?, ?, ? "
                "WHERE EXISTS (SELECT 1 FROM products WHERE id = ?)"),
            {p.value(QStringLiteral("sale_id")).toString(),
             l.value(QStringLiteral("line_no")).toInt(),
             l.value(QStringLiteral("product_id")).toString(),
             l.value(QStringLiteral("qty_milli")).toVariant().toLongLong(),
             l.value(QStringLiteral("unit_price")).toVariant().toLongLong(),
             l.value(QStringLiteral("total")).toVariant().toLongLong(),
             l.value(QStringLiteral("product_id")).toString()});
        if (!line)
            return line.error();
    }
    return {};
}

Status SyncJournal::applyFeed(const QVector<FeedEntry> &entries, const QString &ownTerminalId)
{
    if (entries.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QHash<QString, qint64> levels; // the latest level per product in this page
    for (const FeedEntry &e : entries) {
        if (e.entity == QLatin1String("product")) {
            const Product remote = productFromPayload(e.payload);
            if (auto s = m_settings.observeHlc(newestStamp(remote), m_clock.nowMs()); !s)
                return s;
            if (auto s = writeFromServer(remote, true); !s)
                return s;
        } else if (e.entity == QLatin1String("stock")) {
            levels.insert(e.entityId,
                          e.payload.value(QStringLiteral("qty_milli")).toVariant().toLongLong());
        } else if (e.entity == QLatin1String("sale") && e.originTerminal != ownTerminalId) {
            if (auto s = applySale(e.payload); !s)
                return s;
        }
    }
    if (!levels.isEmpty()) {
        auto ours = unacknowledgedDeltas();
        if (!ours)
            return ours.error();
        if (auto s = applyLevels(levels, *ours, QStringLiteral("feed:%1").arg(entries.last().seq));
            !s)
            return s;
    }
    if (auto s = m_settings.setValue(kCursor, QString::number(entries.last().seq)); !s)
        return s;
    return tx.commit();
}

// An empty store (the usual new till) takes the catalog in one transaction,
// as a bulk load: the products' secondary indexes and full-text triggers are
// suspended and rebuilt once at the end, and each level is booked as it
// arrives. Nothing can be sold from a store without products, so holding the
// write lock for the length of the load keeps no cashier waiting; a failure
// leaves the store empty, as it was. A store that already has products
// merges the catalog in chunks, committing between them, so a sale at this
// till never waits longer than Database's busy wait (5 s) for the write lock.
Status SyncJournal::beginBootstrap()
{
    m_bootstrapRows = 0;
    m_bootstrapLevels.clear();
    m_bootstrapNewestStamp.clear();
    m_bulk.reset();
    auto empty = [this]() -> Result<bool> {
        auto any = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM products)"));
        if (!any)
            return any.error();
        const bool none = any->next() && !any->value(0).toBool();
        any->finish();
        return none;
    };
    auto intoEmpty = empty();
    if (!intoEmpty)
        return intoEmpty.error();
    m_bootstrapIntoEmpty = *intoEmpty;
    // Read once: nothing this terminal sells meanwhile is acknowledged yet.
    auto ours = unacknowledgedDeltas();
    if (!ours)
        return ours.error();
    m_bootstrapOurs = *ours;
    // Into an empty store, each movement and level is written by joining the
    // product it belongs to, so SQLite's own check of that reference (half
    // of booking a million movements) is left out for this transaction.
    if (m_bootstrapIntoEmpty) {
        if (auto s = m_db.setForeignKeys(false); !s) {
            restoreForeignKeys(); // the failure may have come after the pragma took
            return s;
        }
    }
    if (auto s = m_db.begin(); !s) {
        abortBootstrap();
        return s;
    }
    if (m_bootstrapIntoEmpty) {
        // Asked again under the write lock: a product added in between (on
        // another connection) means this is no bulk load after all.
        intoEmpty = empty();
        if (!intoEmpty || !*intoEmpty) {
            abortBootstrap();
            if (!intoEmpty)
                return intoEmpty.error();
            return beginBootstrap();
        }
        // Levels are staged as they stream in and booked in one statement.
        if (auto r = m_db.exec(QStringLiteral(
                "CREATE TEMP TABLE IF NOT EXISTS bootstrap_levels "
                "(product_id TEXT PRIMARY KEY, delta_milli INTEGER NOT NULL) WITHOUT ROWID"));
            !r) {
            abortBootstrap();
            return r.error();
        }
        m_bulk = std::make_unique<BulkLoad>(m_db);
        // Levels too: they are derived once from the movements at the end.
        if (auto s = m_bulk->suspend(BulkLoad::catalogLoad()); !s) {
            abortBootstrap();
            return s;
        }
    }
    return {};
}

Status SyncJournal::bootstrapProduct(const Product &p)
{
    m_bootstrapNewestStamp = qMax(m_bootstrapNewestStamp, newestStamp(p));
    const Status applied = writeFromServer(p, !m_bootstrapIntoEmpty);
    if (!applied)
        return applied;
    if (!m_bulk && ++m_bootstrapRows % kBootstrapChunk == 0) {
        if (auto s = m_db.commit(); !s)
            return s;
        return m_db.begin();
    }
    return {};
}

Status SyncJournal::bootstrapLevel(const QString &productId, qint64 qtyMilli)
{
    if (!m_bulk) {
        m_bootstrapLevels.insert(productId, qtyMilli);
        return {};
    }
    // An empty store has no movements yet: the correction is the whole target.
    NativeStatement &q = m_db.nativeStatement(QStringLiteral(
        "INSERT OR REPLACE INTO temp.bootstrap_levels (product_id, delta_milli) VALUES (?, ?)"));
    q.bind(0, productId);
    q.bind(1, qtyMilli + m_bootstrapOurs.value(productId, 0));
    return m_db.run(q);
}

Status SyncJournal::finishBootstrap(qint64 cursor)
{
    if (auto s = m_settings.observeHlc(m_bootstrapNewestStamp, m_clock.nowMs()); !s)
        return s;
    const QString reference = QStringLiteral("snapshot:%1").arg(cursor);
    // Where a first sync's time goes after the stream, for the log.
    QElapsedTimer step;
    step.start();
    QStringList steps;
    auto lap = [&](const char *what) {
        steps << QStringLiteral("%1 %2 s").arg(QLatin1String(what)).arg(step.restart() / 1000.0);
    };
    if (m_bulk) {
        // Only products this store has get a movement; the join is also what
        // keeps each movement's reference whole while foreign keys are off.
        if (auto s = m_ledger.appendAll(
                QStringLiteral("(SELECT b.product_id, b.delta_milli FROM temp.bootstrap_levels b "
                               "JOIN products p ON p.id = b.product_id)"),
                MovementKind::Sync, QStringLiteral("server level"), reference);
            !s)
            return s;
        lap("movements");
        // The store had no products, so no movements: each level is the one
        // movement just booked, and summing a million movements again
        // (rebuildLevels) is not needed.
        if (auto s = m_ledger.seedLevels(QStringLiteral("temp.bootstrap_levels")); !s)
            return s;
        lap("levels");
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM temp.bootstrap_levels")); !r)
            return r.error();
        if (auto s = m_bulk->restore(); !s)
            return s;
        lap("indexes");
        if (auto s = m_products.rebuildSearchIndex(); !s)
            return s;
        lap("search index");
    }
    // Levels in chunks too, committing between them. Stopping half way is
    // safe: the next first sync recomputes each correction from the level
    // it finds.
    QHash<QString, qint64> chunk;
    for (auto it = m_bootstrapLevels.begin(); it != m_bootstrapLevels.end(); ++it) {
        chunk.insert(it.key(), it.value());
        if (chunk.size() < kBootstrapChunk)
            continue;
        if (auto s = applyLevels(chunk, m_bootstrapOurs, reference); !s)
            return s;
        chunk.clear();
        if (auto s = m_db.commit(); !s)
            return s;
        if (auto s = m_db.begin(); !s)
            return s;
    }
    if (auto s = applyLevels(chunk, m_bootstrapOurs, reference); !s)
        return s;
    m_bootstrapLevels.clear();
    if (auto s = m_settings.setValue(kCursor, QString::number(cursor)); !s)
        return s;
    if (auto s = m_settings.setValue(kBootstrapped, QStringLiteral("1")); !s)
        return s;
    if (auto s = m_db.commit(); !s)
        return s;
    lap("commit");
    if (m_bulk) {
        m_bulk.reset();
        restoreForeignKeys();
        // Fold the load into the database file now, on the sync thread,
        // rather than in whichever sale next crosses the checkpoint size.
        if (auto r = m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            qCWarning(lcSync) << "checkpoint after the first sync failed:" << r.error().message;
        lap("checkpoint");
        qCInfo(lcSync).noquote() << "first sync into an empty store:"
                                 << steps.join(QStringLiteral(", "));
    }
    return {};
}

void SyncJournal::abortBootstrap()
{
    m_bootstrapLevels.clear();
    if (m_db.inTransaction())
        m_db.rollback(); // a bulk load's suspended indexes and triggers come back with it
    m_bulk.reset();
    restoreForeignKeys();
}

void SyncJournal::restoreForeignKeys()
{
    // The pragma takes no lock and does no I/O; tried twice so that one
    // failed statement does not leave this connection without its checks.
    if (m_db.setForeignKeys(true))
        return;
    if (auto s = m_db.setForeignKeys(true); !s)
        qCCritical(lcSync) << "foreign keys could not be turned back on:" << s.error().message;
}

Status SyncJournal::recordSuccess()
{
    Transaction tx(m_db);
    Status s = tx.started();
    if (s)
        s = m_settings.setValue(kLastSync, m_clock.now().toString(Qt::ISODateWithMs));
    if (s)
        s = m_settings.setValue(kLastError, QString());
    if (s)
        s = tx.commit();
    return s;
}

void SyncJournal::recordFailure(const QString &message)
{
    if (auto s = m_settings.setValue(kLastError, message); !s)
        qCWarning(lcSync) << "cannot note the sync failure:" << s.error().message;
}

Result<SyncCounts> SyncJournal::counts() const
{
    auto pending = m_outbox.count(QStringLiteral("pending"));
    if (!pending)
        return pending.error();
    auto quarantined = m_outbox.count(QStringLiteral("quarantined"));
    if (!quarantined)
        return quarantined.error();
    return SyncCounts{*pending, *quarantined};
}

Result<SyncStatus> SyncJournal::status() const
{
    SyncStatus st;
    auto c = counts();
    if (!c)
        return c.error();
    st.pending = c->pending;
    st.quarantined = c->quarantined;
    auto position = cursor();
    if (!position)
        return position.error();
    st.cursor = *position;
    st.lastSync = lastSync();
    st.lastError = lastError();
    if (auto terminal = registration()) {
        st.registered = true;
        st.server = terminal->address.toUrl();
    }
    return st;
}

QString SyncJournal::lastSync() const
{
    return m_settings.value(kLastSync);
}

QString SyncJournal::lastError() const
{
    return m_settings.value(kLastError);
}

} // namespace bodega
