#pragma once

#include "common/clock.h"
#include "pos/receipt.h"
#include "storage/database.h"
#include "storage/outbox.h"

#include <QCoreApplication>

namespace bodega {

enum class DocumentKind {
    Receipt, // the till's receipt, on the receipt printer
    Invoice, // the invoice ("factura") PDF, attached to the sale
};
QString documentKindCode(DocumentKind kind); // "receipt", "invoice"

struct DocumentJob
{
    QString id;
    QString saleId;
    QString receiptNo;
    DocumentKind kind = DocumentKind::Receipt;
    QString status; // pending, done, failed
    int attempts = 0;
    QString lastError;
    QString path; // the printer or the file it went to
    QDateTime createdAt;
    QDateTime updatedAt;
    int generation = 0; // raised by every enqueue (a reprint)

    QJsonObject toJson() const;
};

// Where documents go: the receipt printer, the invoice folder. Implemented
// outside core (print/), where Qt Gui is; core only knows this port.
class DocumentRenderer
{
public:
    virtual ~DocumentRenderer() = default;
    // Prints or writes `receipt` as `kind`; returns where it went (a printer
    // name, a file path) or PRINTER_FAILED saying why not.
    virtual Result<QString> produce(const Receipt &receipt, DocumentKind kind) = 0;
};

// The documents each sale owes (SPEC: Point of sale; the checkout saga's
// last step). A sale queues its receipt and invoice in its own transaction;
// they are produced afterwards, off the till's path, so a jammed printer
// never holds up or undoes a sale. A receipt that fails to print is not
// retried on its own (the customer has left): it waits, visible, for a
// reprint. An invoice is retried up to MaxInvoiceAttempts, then waits too.
// A finished invoice is announced to the server as receipt.pdf_ready.
class DocumentQueue
{
    Q_DECLARE_TR_FUNCTIONS(bodega::DocumentQueue)

public:
    static constexpr int MaxInvoiceAttempts = 3;
    // How long a claimed job is left to the process that claimed it: far
    // longer than any print, short enough that a crash mid-print does not
    // strand the receipt.
    static constexpr int ClaimMs = 2 * 60 * 1000;

    DocumentQueue(Database &db, const Clock &clock);

    // Inside the caller's transaction (the sale's). Queuing a document that
    // exists already puts it back to pending (a reprint).
    Status enqueue(const QString &saleId, DocumentKind kind);
    // Puts a receipt back in the queue by its number (reprint from history).
    Result<DocumentJob> reprint(const QString &receiptNo, DocumentKind kind);

    Result<QVector<DocumentJob>> pending(int limit = 50) const;
    Result<QVector<DocumentJob>> failed(int limit = 50) const;
    Result<DocumentJob> job(const QString &receiptNo, DocumentKind kind) const;

    // Claims one job, produces it through `renderer` and records the
    // outcome: true when it was made here, false when another process has
    // it (or it was queued again since `job` was read); the error (also
    // recorded on the job) when it failed.
    Result<bool> process(const DocumentJob &job, DocumentRenderer &renderer);
    // Every pending job, oldest first; how many were produced.
    Result<int> processPending(DocumentRenderer &renderer, int limit = 50);

private:
    Result<QVector<DocumentJob>> select(const QString &where, const QVariantList &bindings,
                                        int limit) const;
    // The lease taken (empty when another process holds the job): the
    // outcome is recorded only under it, so a print that outlived its lease
    // does not overwrite the process that took the job over.
    Result<QString> claim(const DocumentJob &job);
    Status markDone(const DocumentJob &job, const QString &lease, const QString &path);
    Status markFailed(const DocumentJob &job, const QString &lease, const Error &error);

    Database &m_db;
    const Clock &m_clock;
    Outbox m_outbox;
};

} // namespace bodega
