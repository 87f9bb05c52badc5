#pragma once

#include <memory>
#include <string>

namespace bodega::bench {

// The bare baseline for a durable sale commit (bench_baseline.cpp): the raw
// sqlite3 C API, WAL + synchronous=FULL, prepared statements reused, writing
// the rows CatalogService::sell() writes for a one-line sale: a sales row, a
// sale_lines row, a stock movement + stock level update, a ~500-byte outbox
// event and a receipt counter upsert, in one BEGIN IMMEDIATE ... COMMIT.
class BareSaleWriter
{
public:
    // Recreates the file at `path` with Bodega's tables for those rows and
    // `products` stock levels.
    BareSaleWriter(const std::string &path, int products);
    ~BareSaleWriter();
    BareSaleWriter(const BareSaleWriter &) = delete;
    BareSaleWriter &operator=(const BareSaleWriter &) = delete;

    void commitOneSale();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

std::string bareCommitPath();

} // namespace bodega::bench
