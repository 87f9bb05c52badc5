#pragma once

#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "storage/database.h"

#include <memory>
#include <ostream>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSizeF>
#include <QTemporaryDir>

QT_BEGIN_NAMESPACE
// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *out)
{
    *out << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}
QT_END_NAMESPACE

namespace bodega::test {

// What a bodegactl process printed and returned.
struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    std::string text() const { return QByteArray(out + err).toStdString(); }
};

// Runs `program` to its end with `input` on its stdin (then closed); exit
// code -1 when it crashed or did not finish in `timeoutMs`.
CtlRun runProcess(const QString &program, const QStringList &args,
                  const QProcessEnvironment &environment, const QByteArray &input = {},
                  int timeoutMs = 600000);

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);

// A fresh store in a temporary folder with the offline AI and a catalog on a
// manual clock; removed with the fixture.
struct TempStore
{
    TempStore();
    QString path() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    // Every outbox event as its envelope.
    QVector<QJsonObject> envelopes() const;
    qint64 scalar(const QString &sql) const;

    QTemporaryDir dir;
    ManualClock clock{1795000000000}; // 2026-11-17
    std::unique_ptr<Database> db;
    std::unique_ptr<OfflineEngine> ai;
    std::unique_ptr<CatalogService> catalog;
};

// The text of a PDF as pdftotext reads it (-layout: a row stays on one
// line); empty when it cannot be read. pdfPages: its page count (pdfinfo).
QString pdfText(const QString &path);
int pdfPages(const QString &path);
// The first page's size in millimetres as pdfinfo reports it ("Page size:
// 164.41 x 300 pts"); empty when it cannot be read.
QSizeF pdfPageSizeMm(const QString &path);

// Three products at the three VAT rates, each with `stock` units and a
// threshold of 5: ARR-500 "Arroz Diana 500 g" 2,900 (19 %), LEC-1 "Leche
// entera 1 l" 4,200 (5 %), HUE-30 "Huevos x30" 18,000 (0 %).
QVector<Product> addGroceries(CatalogService &catalog, qint64 stock);

// A valid product draft in COP.
Product sampleProduct(const QString &name = QStringLiteral("Arroz Diana 500 g"),
                      const QString &sku = QStringLiteral("ARR-500"));

} // namespace bodega::test
