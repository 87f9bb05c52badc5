#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

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

Status SyncEngine::upload(SyncReport &report)
{
    qint64 sent = 0;
    for (;;) {
        int limit = m_options.batchSize;
        if (m_options.maxEvents >= 0)
            limit = int(std::min<qint64>(limit, m_options.maxEvents - sent));
        if (limit <= 0)
            return {};
        auto batch = m_journal.pending(limit);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return {};
        if (auto s = sendBatch(*batch, report); !s)
            return s;
        sent += batch->size();
    }
}

Status SyncEngine::sendBatch(const QVector<OutboxEvent> &batch, SyncReport &report)
{
    auto code = m_journal.terminalCode();
    if (!code)
        return code.error();
    QJsonArray envelopes;
    for (const OutboxEvent &e : batch)
        envelopes.append(e.envelope(*code));
    auto outcomes = m_server.apply(QJsonDocument(envelopes).toJson(QJsonDocument::Compact));
    if (!outcomes) {
        if (outcomes.error().code != ErrorCode::ServerRejected) {
            // Retry later: nothing was applied, or it was and the retry is a
            // duplicate. Noting the attempt is best effort.
            QStringList ids;
            for (const OutboxEvent &e : batch)
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
    if (outcomes->size() != batch.size())
        return Error{ErrorCode::ServerRejected,
                     QStringLiteral("the server answered %1 outcomes for %2 events")
                         .arg(outcomes->size())
                         .arg(batch.size()),
                     {}};
    for (const ApplyOutcome &o : *outcomes) {
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
    // Only now, after the server's commit, are they marked sent. A crash
    // between the two re-sends them next time; the server answers duplicate.
    return m_journal.recordOutcomes(*outcomes);
}

Status SyncEngine::bootstrap(SyncReport &report)
{
    if (auto s = m_journal.beginBootstrap(); !s)
        return s;
    auto cursor = m_server.snapshot(
        [&](const QJsonObject &product) {
            ++report.bootstrapped;
            ++report.fromOthers;
            return m_journal.bootstrapProduct(product);
        },
        [&](const QString &id, qint64 qty) { return m_journal.bootstrapLevel(id, qty); });
    Status s = cursor ? m_journal.finishBootstrap(*cursor) : Status(cursor.error());
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
