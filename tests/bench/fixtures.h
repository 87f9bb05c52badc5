#pragma once

#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace bodega::bench {

// Where fixtures are cached: $BODEGA_BENCH_DIR, default /tmp/bodega-bench.
QString cacheDir();

// "100k", "1M", ... for benchmark names.
std::string sizeLabel(int products);

// A generated store of `products` products, opened the way the app opens it
// (Database::open: WAL, synchronous=FULL, foreign keys, quick_check). The
// file is generated once and cached under cacheDir(), keyed by size, schema
// version and generator version; later runs reuse it.
struct CatalogFixture
{
    int products = 0;
    QString path;
    bool generated = false; // this run created the file
    double generateSeconds = 0;
    double openMs = 0; // Database::open on the cached file (warm OS cache)
    std::unique_ptr<Database> db;
    std::unique_ptr<OfflineEngine> ai;
    std::unique_ptr<CatalogService> catalog;
    std::unique_ptr<ProductRepository> repository;
    // A fixed-seed random sample of existing products.
    std::vector<QString> sampleSkus;
    std::vector<QString> sampleBarcodes;
};

// Lazily generates/opens the fixture; aborts the process with a message if
// the store cannot be built (a benchmark without its data is meaningless).
CatalogFixture &catalogFixture(int products);

// Closes every open fixture; call before the QCoreApplication goes away
// (Qt SQL connections must not outlive it).
void releaseFixtures();

// Bulk generator (exposed for the README's numbers): fills an empty,
// migrated store with `products` products in one transaction through
// Database's prepared statements. Rows go through the schema's own triggers,
// so products_fts and stock_levels are maintained exactly as the app does.
Status generateCatalog(Database &db, int products, quint32 seed);

} // namespace bodega::bench
