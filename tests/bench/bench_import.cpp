// bodega_import_bench: issue 7's "100,000 rows in seconds". BM_ShopifyImport
// imports a 100,000-row Shopify CSV (the older export: 50,000 products of two
// variants each, HTML bodies, valid EAN-13 barcodes, inventory quantities)
// into a new, empty store, as one durable transaction, through
// CatalogService::importProducts: every product with its product.upserted
// event and its opening-stock movement and stock.adjusted event.
// BM_ShopifyParseOnly is the baseline in the same run: the same file read
// into rows by ProductCsvReader, nothing stored. Counter rows_per_s.
#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "domain/barcode.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <QBuffer>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace bodega;

namespace {

constexpr int Rows = 100000;

const QByteArray &shopifyFile()
{
    static const QByteArray file = [] {
        QByteArray csv = "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,"
                         "Option1 Name,Option1 Value,Variant SKU,Variant Grams,"
                         "Variant Inventory Qty,Variant Price,Variant Taxable,Variant Barcode,"
                         "Cost per item,Status\n";
        for (int i = 0; i < Rows / 2; ++i) {
            const QString b1 = Barcode::withCheckDigit(
                QStringLiteral("770%1").arg(2 * i, 9, 10, QLatin1Char('0')));
            const QString b2 = Barcode::withCheckDigit(
                QStringLiteral("770%1").arg(2 * i + 1, 9, 10, QLatin1Char('0')));
            csv += QStringLiteral("cafe-%1,Café molido %1,\"<p>Café <b>100 %</b> colombiano, lote "
                                  "%1</p>\",Tostadora %2,Food > Beverages > Coffee,Café,\"café, "
                                  "molido\",TRUE,Tamaño,250 g,CAF-%1-250,250,%3,%4.00,TRUE,%5,"
                                  "9000.00,active\n")
                       .arg(i)
                       .arg(i % 40)
                       .arg(i % 50)
                       .arg(18900 + i % 1000)
                       .arg(b1)
                       .toUtf8();
            csv += QStringLiteral("cafe-%1,,,,,,,,,500 g,CAF-%1-500,500,%2,%3.00,TRUE,%4,"
                                  "17000.00,\n")
                       .arg(i)
                       .arg(i % 20)
                       .arg(34900 + i % 1000)
                       .arg(b2)
                       .toUtf8();
        }
        return csv;
    }();
    return file;
}

void shopifyImport(benchmark::State &state)
{
    const QByteArray &csv = shopifyFile();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        if (!db) {
            state.SkipWithError(qPrintable(db.error().message));
            return;
        }
        OfflineEngine ai;
        CatalogService catalog(**db, ai);
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.format = ProductCsvReader::Expect::Shopify;
        state.ResumeTiming();
        auto report = catalog.importProducts(buffer, options);
        state.PauseTiming();
        if (!report || !report->committed || report->created != Rows) {
            state.SkipWithError("the import did not create every product");
            return;
        }
        state.ResumeTiming();
    }
    state.counters[QStringLiteral("rows_per_s").toStdString()] =
        benchmark::Counter(Rows, benchmark::Counter::kIsIterationInvariantRate);
}

void shopifyParseOnly(benchmark::State &state)
{
    const QByteArray &csv = shopifyFile();
    for (auto _ : state) {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ProductCsvReader reader(buffer);
        if (!reader.start(ProductCsvReader::Expect::Shopify)) {
            state.SkipWithError("header");
            return;
        }
        int rows = 0;
        for (;;) {
            auto row = reader.next();
            if (!row || !row->has_value())
                break;
            ++rows;
        }
        benchmark::DoNotOptimize(rows);
    }
    state.counters[QStringLiteral("rows_per_s").toStdString()] =
        benchmark::Counter(Rows, benchmark::Counter::kIsIterationInvariantRate);
}

} // namespace

BENCHMARK(shopifyParseOnly)
    ->Name("BM_ShopifyParseOnly/100k")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK(shopifyImport)
    ->Name("BM_ShopifyImport/100k")
    ->Unit(benchmark::kSecond)
    ->Iterations(2)
    ->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
