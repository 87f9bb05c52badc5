#pragma once

#include "common/result.h"
#include "domain/product.h"

#include <QJsonObject>
#include <QVector>

#include <functional>

namespace bodega {

// What the server answered for one uploaded event.
struct ApplyOutcome
{
    enum class Kind { Applied, Duplicate, Rejected };
    QString eventId;
    Kind kind = Kind::Applied;
    QString problem; // why it was rejected
};

// One row of the server's change feed.
struct FeedEntry
{
    qint64 seq = 0;
    QString entity; // product, stock, sale
    QString entityId;
    QString originTerminal;
    QJsonObject payload;
};

// Who this connection is on the server.
struct TerminalIdentity
{
    QString terminalId;
    QString storeId;
    QString code;
};

// The network side of sync, as the engine sees it: the real one speaks to
// PostgreSQL (PgSyncServer); tests put faults in between. Every call reports
// ServerUnavailable for what a retry may cure (no connection, a dropped one, a
// commit whose outcome is unknown) and ServerRejected for what it will not.
class SyncServer
{
public:
    virtual ~SyncServer() = default;

    virtual Result<TerminalIdentity> connect() = 0;
    virtual void disconnect() = 0;

    // Applies a JSON array of event envelopes in one server transaction;
    // returns one outcome per event, in order, after the commit.
    virtual Result<QVector<ApplyOutcome>> apply(const QByteArray &envelopesJson) = 0;
    // The same, and the server may meanwhile start checking nextEnvelopesJson,
    // the batch the caller means to apply next, so that applying it then
    // costs less. The caller applies that batch next, or nothing is lost but
    // the checking.
    virtual Result<QVector<ApplyOutcome>> applyAndCheckNext(const QByteArray &envelopesJson,
                                                            const QByteArray & /*next*/)
    {
        return apply(envelopesJson);
    }
    // The caller will apply nothing more for now: whatever was being
    // checked ahead is dropped, and what the upload held is let go.
    virtual void endUpload() {}
    virtual Result<QVector<FeedEntry>> feedAfter(qint64 cursor, int limit) = 0;

    // The whole catalog and stock levels of the store in one consistent
    // snapshot, streamed row by row (COPY) for a terminal's first sync;
    // returns the feed position the snapshot corresponds to.
    using ProductSink = std::function<Status(const Product &product)>;
    using LevelSink = std::function<Status(const QString &productId, qint64 qtyMilli)>;
    virtual Result<qint64> snapshot(const ProductSink &products, const LevelSink &levels) = 0;

    // Blocks up to timeoutMs for a change notification (LISTEN/NOTIFY).
    virtual Result<bool> waitForChange(int timeoutMs) = 0;
};

} // namespace bodega
