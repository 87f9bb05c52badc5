#pragma once

#include "pos/documentqueue.h"
#include "pos/shiftbook.h"

#include <memory>
#include <QObject>

class QTimer;

namespace bodega {

class Database;

// Prints receipts and writes invoices on a thread of its own, with its own
// store connection, so the till never waits on a printer (SPEC: the UI never
// waits). Woken after every sale; what fails stays in the queue for a
// reprint (DocumentQueue). It also checkpoints the store's WAL every
// second, so the till's connection never has to (StoreWorker::
// setCheckpointsElsewhere). Usage: moveToThread(), then call the slots
// through queued connections or QMetaObject::invokeMethod.
class DocumentWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckpointIntervalMs = 1000;

    explicit DocumentWorker(QString storePath, QObject *parent = nullptr);
    ~DocumentWorker() override;

public slots:
    // Produces every pending document.
    void processPending();
    // Puts a sale's receipt (or invoice) back in the queue and produces it.
    void reprint(const QString &receiptNo, bodega::DocumentKind kind);
    // A shift's Z report (X while open) as a PDF in the store's report
    // folder, as `bodegactl shift close --report` writes it.
    void writeShiftReport(const bodega::ShiftSummary &shift);
    // Copies the WAL back into the store (PASSIVE: never waits for the till).
    void checkpoint();

signals:
    // After each round: how many were produced, how many wait for a reprint.
    void processed(int produced, int failed, const QString &lastError);
    // The report of `shiftId` was written to `path`, or failed with `error`.
    void shiftReportWritten(const QString &shiftId, const QString &path, const QString &error);

private:
    bool ensureOpen();

    QString m_path;
    std::unique_ptr<Database> m_db;
    QTimer *m_checkpointTimer = nullptr;
};

} // namespace bodega
