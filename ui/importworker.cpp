#include "importworker.h"

#include "ai/offlineengine.h"
#include "catalog/productcsvreader.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace bodega {

ImportWorker::ImportWorker(QString storePath, QObject *parent)
    : QObject(parent), m_path(std::move(storePath))
{
    qRegisterMetaType<bodega::ImportPreview>();
    qRegisterMetaType<bodega::ImportOptions>();
    qRegisterMetaType<bodega::ImportReport>();
    qRegisterMetaType<bodega::ProductCsvFormat>();
    qRegisterMetaType<bodega::Error>();
}

ImportWorker::~ImportWorker() = default;

bool ImportWorker::ensureOpen()
{
    if (m_catalog)
        return true;
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(m_path, options);
    if (!db) {
        emit failed(db.error());
        return false;
    }
    m_db = std::move(*db);
    m_ai = std::make_unique<OfflineEngine>();
    m_catalog = std::make_unique<CatalogService>(*m_db, *m_ai);
    return true;
}

static Error cannotRead(const QString &path, const QFileDevice &file)
{
    return Error{
        ErrorCode::NotFound,
        QCoreApplication::translate("bodega::ImportWorker", "Cannot read %1: %2")
            .arg(path, file.errorString()),
        {{QStringLiteral("path"), path}, {QStringLiteral("field"), QStringLiteral("file")}}};
}

void ImportWorker::inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(cannotRead(path, file));
        return;
    }
    CsvReader csv(file);
    auto header = csv.next();
    if (!header) {
        emit failed(header.error());
        return;
    }
    ImportPreview preview;
    preview.path = path;
    if (header->has_value())
        preview.header = header->value().fields;
    if (auto first = csv.next(); first && first->has_value())
        preview.firstRow = first->value().fields;
    preview.format = ProductCsvColumns::detect(preview.header);
    if (auto mapped = ProductCsvReader::mapGeneric(preview.header, {})) {
        for (int i = 0; i < preview.header.size(); ++i)
            preview.guesses << mapped->value(i);
    }
    emit inspected(preview);
}

void ImportWorker::import(const QString &path, const ImportOptions &options)
{
    m_cancel = false;
    if (!ensureOpen())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(cannotRead(path, file));
        return;
    }
    ImportOptions o = options;
    o.cancel = &m_cancel;
    QElapsedTimer sinceLast;
    sinceLast.start();
    auto report = m_catalog->importProducts(file, o, [&](const ImportProgress &p) {
        // A few updates a second are enough for a progress bar.
        if (sinceLast.elapsed() >= 100 || p.bytesRead == p.bytesTotal) {
            sinceLast.restart();
            emit progress(p.rows, p.bytesRead, p.bytesTotal);
        }
    });
    if (!report) {
        emit failed(report.error());
        return;
    }
    emit imported(*report);
}

void ImportWorker::exportTo(const QString &path, ProductCsvFormat format)
{
    if (!ensureOpen())
        return;
    // Written aside and renamed at the end: a failed export leaves the old file.
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return Error{ErrorCode::StorageFailed,
                     QCoreApplication::translate("bodega::ImportWorker", "Cannot write %1: %2")
                         .arg(path, file.errorString()),
                     {{QStringLiteral("path"), path}}};
    };
    if (!file.open(QIODevice::WriteOnly)) {
        emit failed(cannotWrite());
        return;
    }
    auto written = m_catalog->exportProducts(file, format);
    if (!written) {
        emit failed(written.error());
        return;
    }
    if (!file.commit()) {
        emit failed(cannotWrite());
        return;
    }
    emit exported(path, *written);
}

} // namespace bodega
