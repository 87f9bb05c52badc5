#include "documentqueue.h"

#include "common/uuid.h"
#include "pos/receiptbook.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace bodega {

QString documentKindCode(DocumentKind kind)
{
    return kind == DocumentKind::Invoice ? QStringLiteral("invoice") : QStringLiteral("receipt");
}

QJsonObject DocumentJob::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("sale_id"), saleId},
                       {QStringLiteral("receipt_no"), receiptNo},
                       {QStringLiteral("kind"), documentKindCode(kind)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("last_error"), lastError},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs)}};
}

DocumentQueue::DocumentQueue(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_outbox(db, clock)
{
}

Status DocumentQueue::enqueue(const QString &saleId, DocumentKind kind)
{
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    return m_db.run(
        QStringLiteral("INSERT INTO document_jobs (id, sale_id, kind, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sale_id, kind) DO UPDATE SET "
                       "status = 'pending', attempts = 0, last_error = '', updated_at = "
                       "excluded.updated_at, generation = generation + 1, claimed_until = ''"),
        {newId(), saleId, documentKindCode(kind), now, now});
}

Result<DocumentJob> DocumentQueue::reprint(const QString &receiptNo, DocumentKind kind)
{
    auto receipt = ReceiptBook(m_db).byNumber(receiptNo);
    if (!receipt)
        return receipt.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = enqueue(receipt->saleId, kind); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return job(receipt->receiptNo, kind);
}

Result<QVector<DocumentJob>> DocumentQueue::select(const QString &where,
                                                   const QVariantList &bindings, int limit) const
{
    QVariantList args = bindings;
    args << qMax(1, limit);
    auto q = m_db.exec(QStringLiteral("SELECT j.id, j.sale_id, s.receipt_no, j.kind, j.status, "
                                      "j.attempts, j.last_error, j.path, j.created_at, "
                                      "j.updated_at, j.generation FROM document_jobs j JOIN "
                                      "sales s ON s.id = "
                                      "j.sale_id WHERE ") +
                           where + QStringLiteral(" ORDER BY j.created_at, j.id LIMIT ?"),
                       args);
    if (!q)
        return q.error();
    QVector<DocumentJob> jobs;
    while (q->next()) {
        DocumentJob j;
        j.id = q->value(0).toString();
        j.saleId = q->value(1).toString();
        j.receiptNo = q->value(2).toString();
        j.kind = q->value(3).toString() == QLatin1String("invoice") ? DocumentKind::Invoice
                                                                    : DocumentKind::Receipt;
        j.status = q->value(4).toString();
        j.attempts = q->value(5).toInt();
        j.lastError = q->value(6).toString();
        j.path = q->value(7).toString();
        j.createdAt = QDateTime::fromString(q->value(8).toString(), Qt::ISODateWithMs);
        j.updatedAt = QDateTime::fromString(q->value(9).toString(), Qt::ISODateWithMs);
        j.generation = q->value(10).toInt();
        jobs << j;
    }
    return jobs;
}

Result<QVector<DocumentJob>> DocumentQueue::pending(int limit) const
{
    return select(QStringLiteral("j.status = 'pending'"), {}, limit);
}

Result<QVector<DocumentJob>> DocumentQueue::failed(int limit) const
{
    return select(QStringLiteral("j.status = 'failed'"), {}, limit);
}

Result<DocumentJob> DocumentQueue::job(const QString &receiptNo, DocumentKind kind) const
{
    auto jobs = select(QStringLiteral("s.receipt_no = ? AND j.kind = ?"),
                       {receiptNo.trimmed(), documentKindCode(kind)}, 1);
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return Error::notFound(tr("Document"), receiptNo);
    return jobs->first();
}

Result<QString> DocumentQueue::claim(const DocumentJob &job)
{
    const QDateTime now = m_clock.now();
    const QString lease = now.addMSecs(ClaimMs).toString(Qt::ISODateWithMs);
    auto q = m_db.exec(QStringLiteral("UPDATE document_jobs SET claimed_until = ? WHERE id = ? AND "
                                      "status = 'pending' AND generation = ? AND claimed_until "
                                      "< ? RETURNING id"),
                       {lease, job.id, job.generation, now.toString(Qt::ISODateWithMs)});
    if (!q)
        return q.error();
    const bool claimed = q->next();
    q->finish();
    return claimed ? lease : QString();
}

Result<bool> DocumentQueue::process(const DocumentJob &job, DocumentRenderer &renderer)
{
    auto lease = claim(job);
    if (!lease)
        return lease.error();
    if (lease->isEmpty())
        return false;
    auto receipt = ReceiptBook(m_db).bySaleId(job.saleId);
    if (!receipt)
        return receipt.error();
    auto where = renderer.produce(*receipt, job.kind);
    if (!where) {
        if (auto s = markFailed(job, *lease, where.error()); !s)
            return s.error();
        return where.error();
    }
    if (auto s = markDone(job, *lease, *where); !s)
        return s.error();
    return true;
}

Result<int> DocumentQueue::processPending(DocumentRenderer &renderer, int limit)
{
    auto jobs = pending(limit);
    if (!jobs)
        return jobs.error();
    int done = 0;
    for (const DocumentJob &j : std::as_const(*jobs)) {
        const Result<bool> made = process(j, renderer);
        if (made && *made)
            ++done;
        else if (!made && made.error().code != ErrorCode::PrinterFailed)
            return made.error(); // the store itself failed: stop, the jobs stay pending
    }
    return done;
}

Status DocumentQueue::markDone(const DocumentJob &job, const QString &lease, const QString &path)
{
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    QJsonObject payload;
    if (job.kind == DocumentKind::Invoice) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const Error unreadable{
                ErrorCode::PrinterFailed,
                tr("The invoice %1 cannot be read back: %2").arg(path, file.errorString()),
                {}};
            if (auto s = markFailed(job, lease, unreadable); !s)
                return s;
            return unreadable;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        payload =
            QJsonObject{{QStringLiteral("sale_id"), job.saleId},
                        {QStringLiteral("receipt_no"), job.receiptNo},
                        {QStringLiteral("document"), documentKindCode(job.kind)},
                        {QStringLiteral("file_name"), QFileInfo(path).fileName()},
                        {QStringLiteral("bytes"), file.size()},
                        {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())}};
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // A reprint queued meanwhile (a new generation) stays pending: it is made
    // again, and only that one is announced.
    auto recorded = m_db.exec(
        QStringLiteral("UPDATE document_jobs SET status = 'done', attempts = attempts + 1, "
                       "last_error = '', path = ?, updated_at = ?, claimed_until = '' WHERE id = ? "
                       "AND generation = ? AND claimed_until = ? RETURNING id"),
        {path, now, job.id, job.generation, lease});
    if (!recorded)
        return recorded.error();
    const bool current = recorded->next();
    recorded->finish(); // a statement still stepping would hold the commit back
    if (!current)
        return tx.commit();
    if (job.kind == DocumentKind::Invoice) {
        if (auto e = m_outbox.append(QStringLiteral("receipt.pdf_ready"), 1, job.saleId, payload);
            !e)
            return e.error();
    }
    return tx.commit();
}

Status DocumentQueue::markFailed(const DocumentJob &job, const QString &lease, const Error &error)
{
    // A receipt is not printed again unasked; an invoice gets a few tries.
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const QString status =
        job.kind == DocumentKind::Invoice && job.attempts + 1 < MaxInvoiceAttempts
            ? QStringLiteral("pending")
            : QStringLiteral("failed");
    return m_db.run(QStringLiteral("UPDATE document_jobs SET status = ?, attempts = attempts + "
                                   "1, last_error = ?, updated_at = ?, claimed_until = '' WHERE "
                                   "id = ? AND generation = ? AND claimed_until = ?"),
                    {status, error.message.left(500), now, job.id, job.generation, lease});
}

} // namespace bodega
