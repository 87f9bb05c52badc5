#pragma once

#include "catalog/catalogservice.h"

#include <atomic>
#include <memory>
#include <QObject>

namespace bodega {

class Database;
class OfflineEngine;

// What a file's header says before anything is imported.
struct ImportPreview
{
    QString path;
    ProductCsvFormat format = ProductCsvFormat::Generic;
    QStringList header;
    QStringList firstRow; // sample values for the mapping step
    QStringList guesses;  // per column: the field its name suggests, or empty
};

// Product CSV import and export on a thread of their own, with their own
// store connection: a 100,000-row file never freezes the window. Usage:
// moveToThread(), then call the slots through queued connections; cancel()
// may be called from any thread.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportWorker(QString storePath, QObject *parent = nullptr);
    ~ImportWorker() override;

    // Thread-safe: the running import stops at its next row and rolls back.
    void cancel() { m_cancel = true; }

public slots:
    void inspect(const QString &path);
    void import(const QString &path, const bodega::ImportOptions &options);
    void exportTo(const QString &path, bodega::ProductCsvFormat format);

signals:
    void inspected(const bodega::ImportPreview &preview);
    void progress(int rows, qint64 bytesRead, qint64 bytesTotal);
    void imported(const bodega::ImportReport &report);
    void exported(const QString &path, int products);
    void failed(const bodega::Error &error);

private:
    bool ensureOpen();

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfflineEngine> m_ai;
    std::unique_ptr<CatalogService> m_catalog;
    std::atomic_bool m_cancel{false};
};

} // namespace bodega

Q_DECLARE_METATYPE(bodega::ImportPreview)
Q_DECLARE_METATYPE(bodega::ImportOptions)
Q_DECLARE_METATYPE(bodega::ImportReport)
Q_DECLARE_METATYPE(bodega::ProductCsvFormat)
