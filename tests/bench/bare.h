#pragma once

#include <memory>
#include <string>

namespace bodega::bench {

// The bare baseline for a durable sale commit (bench_baseline.cpp): the raw
// sqlite3 C API, WAL + synchronous=FULL, prepared statements reused, writing
// the rows CatalogService::completeSale() writes for a cash sale of N lines:
// a receipt counter upsert, a sales row, per line a sale_lines row, a stock
// movement and a stock level update, a payment row and the sale.completed
// outbox event, in one BEGIN IMMEDIATE ... COMMIT.
class BareSaleWriter
{
public:
    // Recreates the file at `path` with Bodega's tables for those rows and
    // `products` stock levels.
    BareSaleWriter(const std::string &path, int products);
    ~BareSaleWriter();
    BareSaleWriter(const BareSaleWriter &) = delete;
    BareSaleWriter &operator=(const BareSaleWriter &) = delete;

    void commitSale(int lines);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

std::string bareCommitPath();

} // namespace bodega::bench
