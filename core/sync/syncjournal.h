#pragma once

#include "common/clock.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/productrepository.h"
#include "storage/stockledger.h"
#include "storage/storesettings.h"
#include "sync/syncserver.h"

namespace bodega {

struct RegisteredTerminal;

struct SyncCounts
{
    qint64 pending = 0;
    qint64 quarantined = 0;
};

// What the status bar, the sync page and `bodegactl sync status` show.
struct SyncStatus
{
    bool registered = false;
    bool online = false;
    qint64 pending = 0;
    qint64 quarantined = 0;
    qint64 cursor = 0;
    QString lastSync;           // ISO 8601, empty if never
    QString lastError;          // empty after a good round
    QString server;             // URL without password
    qint64 changedByOthers = 0; // in the last round: lists on screen need a reload
};

// The terminal's side of sync, in its local store (as Nextcloud's
// SyncJournalDb): the registration, the feed cursor, which outbox events the
// server has acknowledged or refused, and applying what the server sends.
// Nothing here writes to the outbox: changes that come from the server are
// never sent back.
class SyncJournal
{
public:
    SyncJournal(Database &db, const Clock &clock);

    Status saveRegistration(const RegisteredTerminal &terminal);
    Result<RegisteredTerminal> registration() const;

    // Pending events in outbox order, as the envelopes that travel.
    Result<QVector<OutboxEnvelope>> pending(int limit, qint64 afterSeq = 0) const;
    Result<QString> terminalCode() const { return m_settings.strictTerminalCode(); }
    // After the server's commit: applied and duplicate events are sent,
    // rejected ones quarantined with the server's reason, in transactions of
    // OutcomesPerTransaction with a pause between them, so that a sale at
    // the till waits for one of them at most, however large the batch.
    // Stopping between two is safe: the events not yet marked go again and
    // the server answers duplicate.
    static constexpr int OutcomesPerTransaction = 250;
    Status recordOutcomes(const QVector<ApplyOutcome> &outcomes);
    Status quarantine(const QString &eventId, const QString &problem);
    // A batch that could not be delivered (server unreachable...): counted
    // per event so the sync page shows how long an event has been trying.
    Status recordAttempt(const QStringList &eventIds, const QString &error);

    Result<qint64> cursor() const;
    Result<bool> isBootstrapped() const;
    // Applies one page of the feed and moves the cursor past it, atomically.
    Status applyFeed(const QVector<FeedEntry> &entries, const QString &ownTerminalId);

    // The first sync of a terminal: the whole catalog and its levels.
    Status beginBootstrap();
    Status bootstrapProduct(const Product &product);
    Status bootstrapLevel(const QString &productId, qint64 qtyMilli);
    Status finishBootstrap(qint64 cursor);
    void abortBootstrap();

    Status recordSuccess();
    // Best effort: failing to note a failure must not hide the failure itself.
    void recordFailure(const QString &message);
    Result<SyncCounts> counts() const;
    // Everything the store knows about its sync; online is for the caller
    // to say (it takes a connection attempt).
    Result<SyncStatus> status() const;
    QString lastSync() const;
    QString lastError() const;

    static Product productFromPayload(const QJsonObject &payload);

private:
    Status recordOutcomeChunk(const QVector<ApplyOutcome> &outcomes);
    void restoreForeignKeys(); // after a first sync into an empty store, however it ended
    // A product from the server, merged field by field into ours, or inserted
    // (without a lookup when it cannot exist here yet).
    Status writeFromServer(const Product &remote, bool mayExist);
    Status keepLocalOnConflict(const Product &remote, const Status &written);
    Status applyLevels(const QHash<QString, qint64> &serverLevels,
                       const QHash<QString, qint64> &unacknowledged, const QString &reference);
    Status applySale(const QJsonObject &payload);
    Result<QHash<QString, qint64>> unacknowledgedDeltas() const;

    Database &m_db;
    const Clock &m_clock;
    StoreSettings m_settings;
    ProductRepository m_products;
    StockLedger m_ledger;
    Outbox m_outbox;
    qint64 m_bootstrapRows = 0;
    bool m_bootstrapIntoEmpty = false;
    QString m_bootstrapNewestStamp;
    QHash<QString, qint64> m_bootstrapLevels;
    QHash<QString, qint64> m_bootstrapOurs; // unacknowledged deltas, read once
    std::unique_ptr<BulkLoad> m_bulk;       // a first sync into an empty store
};

} // namespace bodega
