#include "syncengine.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <future>

Q_LOGGING_CATEGORY(lcSync, "bodega.sync")

namespace bodega {

SyncEngine::SyncEngine(SyncJournal &journal, SyncServer &server, Options options)
    : m_journal(journal), m_server(server), m_options(options)
{
}

Result<SyncReport> SyncEngine::runOnce()
{
    SyncReport report;
    auto identity = m_server.connect();
    if (!identity) {
        m_journal.recordFailure(identity.error().message);
        return identity.error();
    }
    m_identity = *identity;
    Status s = upload(report);
    if (s)
        s = download(report);
    if (!s) {
        m_journal.recordFailure(s.error().message);
        return s.error();
    }
    if (auto r = m_journal.recordSuccess(); !r)
        return r.error();
    qCInfo(lcSync) << "sync round: applied" << report.applied << "duplicates" << report.duplicates
                   << "quarantined" << report.quarantined << "downloaded" << report.downloaded;
    return report;
}

Result<SyncEngine::Batch> SyncEngine::takeBatch(qint64 afterSeq, qint64 alreadyTaken) const
{
    Batch batch;
    int limit = m_options.batchSize;
    if (m_options.maxEvents >= 0)
        limit = int(std::min<qint64>(limit, m_options.maxEvents - alreadyTaken));
    if (limit <= 0)
        return batch;
    auto events = m_journal.pending(limit, afterSeq);
    if (!events)
        return events.error();
    batch.events = std::move(*events);
    batch.json = OutboxEnvelope::jsonArray(batch.events);
    return batch;
}

Status SyncEngine::upload(SyncReport &report)
{
    // Pipelined: while the server applies one batch, the next is read and
    // encoded here and the outcomes of the previous one are recorded, so the
    // terminal's SQLite work and the server's apply overlap instead of taking
    // turns. The server is handed the next batch with each one it applies,
    // and may check it meanwhile (PgSyncServer does, on a second backend).
    // Only one batch is applied at a time (the server applies a store's
    // events one transaction after another anyway), and the batch in flight
    // is the only user of the server until it returns.
    // However the upload ends, nothing stays checked ahead on the server.
    struct EndUpload
    {
        SyncServer &server;
        ~EndUpload() { server.endUpload(); }
    } endUpload{m_server};
    auto current = takeBatch(0, 0);
    if (!current)
        return current.error();
    if (current->events.isEmpty())
        return {};
    qint64 taken = current->events.size();
    auto ahead = [](const Result<Batch> &batch) {
        return batch && !batch->events.isEmpty() ? batch->json : QByteArray();
    };
    auto send = [this](const QByteArray &json, const QByteArray &nextJson) {
        return std::async(std::launch::async, [this, json, nextJson] {
            return m_server.applyAndCheckNext(json, nextJson);
        });
    };
    auto next = takeBatch(current->events.last().seq, taken);
    auto inFlight = send(current->json, ahead(next));
    for (;;) {
        Result<Batch> afterNext = Batch{};
        if (next && !next->events.isEmpty())
            afterNext = takeBatch(next->events.last().seq, taken + next->events.size());
        auto outcomes = inFlight.get();
        // The next batch goes to the server while this one's outcomes are
        // recorded here, unless this one failed: then it is finished on its
        // own first (halving it needs the connection).
        std::future<Result<QVector<ApplyOutcome>>> following;
        if (outcomes && next && !next->events.isEmpty())
            following = send(next->json, ahead(afterNext));
        // Marked sent only now, after the server's commit. A crash here
        // re-sends them next time; the server answers duplicate.
        if (auto s = finishBatch(current->events, std::move(outcomes), report); !s) {
            if (following.valid())
                following.wait(); // the connection is not left in another thread's hands
            return s;
        }
        if (!next)
            return next.error();
        if (next->events.isEmpty())
            return {};
        taken += next->events.size();
        current = std::move(next);
        next = std::move(afterNext);
        inFlight = following.valid() ? std::move(following) : send(current->json, ahead(next));
    }
}

Status SyncEngine::sendBatch(const QVector<OutboxEnvelope> &batch, SyncReport &report)
{
    return finishBatch(batch, m_server.apply(OutboxEnvelope::jsonArray(batch)), report);
}

Status SyncEngine::finishBatch(const QVector<OutboxEnvelope> &batch,
                               Result<QVector<ApplyOutcome>> outcomes, SyncReport &report)
{
    if (!outcomes) {
        if (outcomes.error().code != ErrorCode::ServerRejected) {
            // Retry later: nothing was applied, or it was and the retry is a
            // duplicate. Noting the attempt is best effort.
            QStringList ids;
            for (const OutboxEnvelope &e : batch)
                ids << e.id;
            if (auto s = m_journal.recordAttempt(ids, outcomes.error().message); !s)
                qCWarning(lcSync) << "cannot note the attempt:" << s.error().message;
            return outcomes.error();
        }
        // The batch failed as a whole on something the per-event checks did
        // not foresee: halve it until the culprit stands alone, then
        // quarantine it so the events behind it still go.
        if (batch.size() == 1) {
            ++report.quarantined;
            return m_journal.quarantine(batch.first().id, outcomes.error().message);
        }
        const int half = batch.size() / 2;
        if (auto s = sendBatch(batch.mid(0, half), report); !s)
            return s;
        return sendBatch(batch.mid(half), report);
    }
    return recordOutcomes(batch, *outcomes, report);
}

Status SyncEngine::recordOutcomes(const QVector<OutboxEnvelope> &batch,
                                  const QVector<ApplyOutcome> &outcomes, SyncReport &report)
{
    if (outcomes.size() != batch.size())
        return Error{ErrorCode::ServerRejected,
                     QCoreApplication::translate("bodega::Sync",
                                                 "The server answered %1 outcomes for %2 events")
                         .arg(outcomes.size())
                         .arg(batch.size()),
                     {}};
    for (const ApplyOutcome &o : outcomes) {
        switch (o.kind) {
        case ApplyOutcome::Kind::Applied:
            ++report.applied;
            break;
        case ApplyOutcome::Kind::Duplicate:
            ++report.duplicates;
            break;
        case ApplyOutcome::Kind::Rejected:
            ++report.quarantined;
            break;
        }
    }
    return m_journal.recordOutcomes(outcomes);
}

Status SyncEngine::writeSnapshotChunk(const SnapshotQueue::Chunk &chunk, SyncReport &report)
{
    for (const Product &product : chunk.products) {
        ++report.bootstrapped;
        ++report.fromOthers;
        if (auto s = m_journal.bootstrapProduct(product); !s)
            return s;
    }
    for (const auto &level : chunk.levels) {
        if (auto s = m_journal.bootstrapLevel(level.first, level.second); !s)
            return s;
    }
    return {};
}

Status SyncEngine::bootstrap(SyncReport &report)
{
    if (auto s = m_journal.beginBootstrap(); !s)
        return s;
    // The server's rows are read and parsed on a thread of their own while
    // this one writes them into the store (SnapshotQueue); the server is used
    // by that thread only until it returns.
    SnapshotQueue queue;
    auto reading = std::async(std::launch::async, [this, &queue] {
        auto cursor = m_server.snapshot(
            [&queue](const Product &product) { return queue.addProduct(product); },
            [&queue](const QString &id, qint64 qty) { return queue.addLevel(id, qty); });
        queue.finish();
        return cursor;
    });
    Status written;
    SnapshotQueue::Chunk chunk;
    while (written && queue.take(chunk))
        written = writeSnapshotChunk(chunk, report);
    if (!written)
        queue.cancel(); // the reader stops at its next row
    auto cursor = reading.get();
    Status s = !written ? written
               : cursor ? m_journal.finishBootstrap(*cursor)
                        : Status(cursor.error());
    if (!s)
        m_journal.abortBootstrap(); // the next round starts the first sync over
    return s;
}

Status SyncEngine::download(SyncReport &report)
{
    auto bootstrapped = m_journal.isBootstrapped();
    if (!bootstrapped)
        return bootstrapped.error();
    if (!*bootstrapped) {
        if (auto s = bootstrap(report); !s)
            return s;
    }
    for (;;) {
        auto cursor = m_journal.cursor();
        if (!cursor)
            return cursor.error();
        auto page = m_server.feedAfter(*cursor, m_options.feedPage);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return {};
        if (auto s = m_journal.applyFeed(*page, m_identity.terminalId); !s)
            return s;
        report.downloaded += page->size();
        for (const FeedEntry &e : *page)
            if (e.originTerminal != m_identity.terminalId)
                ++report.fromOthers;
    }
}

} // namespace bodega
