#pragma once

#include "common/clock.h"
#include "domain/quantity.h"
#include "storage/database.h"

namespace bodega {

// Sync is the local correction to the server's authoritative level; it never
// travels as an event (see sync/README.md).
enum class MovementKind { Sale, Return, Receipt, Adjustment, Count, Initial, Sync };
QString movementKindCode(MovementKind kind);

struct StockMovement
{
    QString id;
    QString productId;
    MovementKind kind = MovementKind::Adjustment;
    Quantity delta;
    QString reason;
    QString reference; // the sale, receipt or count this movement belongs to
    QDateTime createdAt;
    Quantity levelBefore;
    Quantity levelAfter;
};

// The append-only stock ledger (SPEC: Stock). Levels are never written
// directly: a movement is appended and the level follows from it, which is
// what lets offline sales on two terminals add up instead of overwriting.
class StockLedger
{
public:
    StockLedger(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Appends a movement; call inside the transaction of the change it belongs to.
    // levelBefore: the level the caller knows for certain (a product inserted
    // in this transaction is at zero, even while a bulk load has suspended
    // the level triggers); read from stock_levels when not given.
    Result<StockMovement> record(const QString &productId, MovementKind kind, Quantity delta,
                                 const QString &reason, const QString &reference = {},
                                 std::optional<Quantity> levelBefore = std::nullopt);
    // For bulk corrections whose caller already knows the level (sync): the
    // same append, without reading the level first.
    Status append(const QString &productId, MovementKind kind, Quantity delta,
                  const QString &reason, const QString &reference);
    // The same for every row of a staging table (product_id, delta_milli),
    // in one statement: a first sync books a million corrections at once.
    // The ids are one fresh UUIDv7 with the row's position in place of its
    // random tail: unique, and increasing, so they go into the ledger's
    // index in order (random ids made that index the slowest part).
    Status appendAll(const QString &stagingTable, MovementKind kind, const QString &reason,
                     const QString &reference);
    // Recomputes every product's level from its movements. A bulk load that
    // suspended the triggers keeping levels in step (BulkLoad) calls it once
    // instead of a million single-row updates.
    Status rebuildLevels();
    // The levels of a store whose only movements are one per product from a
    // staging table (product_id, delta_milli), as appendAll booked them: a
    // product of the store not in the table is at zero. Replaces every level.
    Status seedLevels(const QString &stagingTable);
    Result<Quantity> level(const QString &productId) const;
    Result<QVector<StockMovement>> history(const QString &productId, int limit = 100) const;

private:
    // A new movement, stamped now with a fresh id.
    StockMovement movement(const QString &productId, MovementKind kind, Quantity delta,
                           const QString &reason, const QString &reference) const;
    Status insert(const StockMovement &movement);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
