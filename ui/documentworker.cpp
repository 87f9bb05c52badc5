#include "documentworker.h"

#include "common/clock.h"
#include "pos/documentqueue.h"
#include "print/documentprinter.h"
#include "storage/database.h"
#include "storage/storesettings.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDocuments, "bodega.ui.documents")

namespace bodega {

DocumentWorker::DocumentWorker(QString storePath, QObject *parent)
    : QObject(parent), m_path(std::move(storePath))
{
}

DocumentWorker::~DocumentWorker() = default;

bool DocumentWorker::ensureOpen()
{
    if (m_db)
        return true;
    auto db = Database::open(m_path);
    if (!db) {
        qCWarning(lcDocuments) << "cannot open the store for documents:" << db.error().message;
        emit processed(0, 0, db.error().message);
        return false;
    }
    m_db = std::move(*db);
    // Created here, on the worker's thread, so its timeouts arrive here.
    m_checkpointTimer = new QTimer(this);
    m_checkpointTimer->setInterval(CheckpointIntervalMs);
    connect(m_checkpointTimer, &QTimer::timeout, this, &DocumentWorker::checkpoint);
    m_checkpointTimer->start();
    return true;
}

void DocumentWorker::checkpoint()
{
    if (!ensureOpen())
        return;
    if (auto left = m_db->checkpoint(); !left)
        qCWarning(lcDocuments) << "WAL checkpoint failed:" << left.error().message;
}

void DocumentWorker::processPending()
{
    if (!ensureOpen())
        return;
    // Settings are read each round: a printer or roll chosen a minute ago
    // counts (this terminal's QSettings and the store's folders).
    DocumentPrinter printer(DocumentPrinter::optionsFor(StoreSettings(*m_db), m_path));
    DocumentQueue queue(*m_db, Clock::system());
    auto done = queue.processPending(printer);
    auto failed = queue.failed(1000);
    QString lastError;
    if (!done)
        lastError = done.error().message;
    else if (failed && !failed->isEmpty())
        lastError = failed->last().lastError;
    emit processed(done.value_or(0), failed ? int(failed->size()) : 0, lastError);
    checkpoint();
}

void DocumentWorker::reprint(const QString &receiptNo, DocumentKind kind)
{
    if (!ensureOpen())
        return;
    auto job = DocumentQueue(*m_db, Clock::system()).reprint(receiptNo, kind);
    if (!job) {
        emit processed(0, 0, job.error().message);
        return;
    }
    processPending();
}

void DocumentWorker::writeShiftReport(const ShiftSummary &shift)
{
    if (!ensureOpen()) {
        emit shiftReportWritten(shift.id, {}, tr("The store is not open"));
        return;
    }
    const StoreSettings settings(*m_db);
    const DocumentPrinter::Options options = DocumentPrinter::optionsFor(settings, m_path);
    const QString &folder = options.reportFolder;
    if (!QDir().mkpath(folder)) {
        emit shiftReportWritten(shift.id, {}, tr("Cannot create the folder %1").arg(folder));
        return;
    }
    const QString path = QDir(folder).filePath(DocumentPrinter::fileNameFor(shift));
    if (auto s = DocumentPrinter::writeShiftReport(shift, settings.storeName(), path, QLocale(),
                                                   options.roll);
        !s) {
        emit shiftReportWritten(shift.id, {}, s.error().message);
        return;
    }
    emit shiftReportWritten(shift.id, path, {});
}

} // namespace bodega
