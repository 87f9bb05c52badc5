#pragma once

#include "storage/database.h"

#include <QStringList>

namespace bodega {

// Filling an empty table with a very large number of rows (a new terminal's
// first sync): keeping a secondary index or a per-row trigger up to date row
// by row costs several times more than building it once at the end. suspend()
// drops the named indexes and triggers and notes their SQL; restore()
// recreates them from that SQL, so the schema comes back exactly as the
// migrations made it. Both run inside the caller's transaction: a load that
// fails or is interrupted rolls back with the schema intact.
class BulkLoad
{
public:
    explicit BulkLoad(Database &db) : m_db(db) {}

    Status suspend(const QStringList &indexesAndTriggers);
    // What filling an empty store's catalog suspends: the products'
    // secondary indexes and full-text trigger, and the level triggers and
    // indexes. The caller then derives the levels once
    // (StockLedger::rebuildLevels) before restore().
    static QStringList catalogLoad();
    Status restore();

private:
    Database &m_db;
    QStringList m_ddl; // CREATE statements to run again, indexes before triggers
    QString m_cacheSize;
};

} // namespace bodega
