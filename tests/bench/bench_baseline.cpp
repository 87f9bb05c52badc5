// The bare baseline for a durable sale commit: the raw sqlite3 C API on a
// separate file, WAL + synchronous=FULL, prepared statements reused, writing
// the same rows CatalogService::completeSale() writes for a sale. The SPEC
// quotes timings as a ratio against a baseline run in the same benchmark;
// ours/bare is printed in the summary at the end of bodega_bench.
#include "bare.h"
#include "fixtures.h"
#include "latency.h"

#include "common/uuid.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <QDateTime>
#include <QDir>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace bodega::bench {

namespace {

const char *const kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
CREATE TABLE stock_movements (
    id TEXT PRIMARY KEY, product_id TEXT NOT NULL, kind TEXT NOT NULL, delta_milli INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
    trace_id TEXT NOT NULL DEFAULT '');
CREATE INDEX stock_movements_product ON stock_movements (product_id, created_at);
CREATE TABLE stock_levels (product_id TEXT PRIMARY KEY, qty_milli INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX stock_levels_qty ON stock_levels (qty_milli);
CREATE TABLE sales (
    id TEXT PRIMARY KEY, receipt_no TEXT NOT NULL UNIQUE, terminal TEXT NOT NULL,
    total_minor INTEGER NOT NULL, currency TEXT NOT NULL, created_at TEXT NOT NULL,
    trace_id TEXT NOT NULL DEFAULT '', discount_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0, change_minor INTEGER NOT NULL DEFAULT 0);
CREATE INDEX sales_created ON sales (created_at);
CREATE TABLE sale_lines (
    sale_id TEXT NOT NULL, line_no INTEGER NOT NULL, product_id TEXT NOT NULL, qty_milli INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL, total_minor INTEGER NOT NULL, discount_minor INTEGER NOT NULL DEFAULT 0,
    tax_rate_bp INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (sale_id, line_no)) WITHOUT ROWID;
CREATE INDEX sale_lines_product ON sale_lines (product_id);
CREATE TABLE sale_payments (
    sale_id TEXT NOT NULL, payment_no INTEGER NOT NULL, kind TEXT NOT NULL, amount_minor INTEGER NOT NULL,
    reference TEXT NOT NULL DEFAULT '', provider TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sale_id, payment_no)) WITHOUT ROWID;
CREATE TABLE receipt_counters (terminal TEXT PRIMARY KEY, last_no INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
    schema_version INTEGER NOT NULL, aggregate_id TEXT NOT NULL, payload TEXT NOT NULL,
    trace_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', sent_at TEXT);
CREATE INDEX outbox_pending ON outbox (status, seq);
)sql";

void text(sqlite3_stmt *s, int i, const std::string &v)
{
    sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

std::string id()
{
    return newId().toStdString();
}

} // namespace

struct BareSaleWriter::Impl
{
    sqlite3 *db = nullptr;
    std::vector<sqlite3_stmt *> statements;
    std::vector<std::string> products;
    std::mt19937 rng{3};
    sqlite3_stmt *begin = nullptr, *commit = nullptr, *counter = nullptr, *sale = nullptr,
                 *line = nullptr, *movement = nullptr, *level = nullptr, *outbox = nullptr,
                 *payment = nullptr;

    void check(int rc)
    {
        if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
            std::fprintf(stderr, "bare sqlite: %s\n", sqlite3_errmsg(db));
            std::exit(2);
        }
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        check(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr));
        statements.push_back(s);
        return s;
    }
    void exec(const char *sql) { check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr)); }
    // Runs a statement to completion; returns the first column of the last row, if any.
    sqlite3_int64 step(sqlite3_stmt *s)
    {
        sqlite3_int64 v = 0;
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            v = sqlite3_column_int64(s, 0);
        if (rc != SQLITE_DONE)
            check(rc);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return v;
    }
};

BareSaleWriter::BareSaleWriter(const std::string &path, int products) : d(std::make_unique<Impl>())
{
    for (const char *suffix : {"", "-wal", "-shm"})
        std::remove((path + suffix).c_str());
    d->check(sqlite3_open(path.c_str(), &d->db));
    d->exec(kSchema);
    // A store-sized stock_levels table, so the level update walks a real B-tree.
    d->exec("BEGIN");
    sqlite3_stmt *seed =
        d->prepare("INSERT INTO stock_levels (product_id, qty_milli) VALUES (?, 50000)");
    for (int i = 0; i < products; ++i) {
        d->products.push_back(id());
        text(seed, 1, d->products.back());
        d->step(seed);
    }
    d->exec("COMMIT");
    d->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    d->begin = d->prepare("BEGIN IMMEDIATE");
    d->commit = d->prepare("COMMIT");
    d->counter =
        d->prepare("INSERT INTO receipt_counters (terminal, last_no) VALUES ('T01', 1) "
                   "ON CONFLICT (terminal) DO UPDATE SET last_no = last_no + 1 RETURNING last_no");
    d->sale = d->prepare(
        "INSERT INTO sales (id, receipt_no, terminal, total_minor, currency, created_at, trace_id, "
        "discount_minor, tax_minor, change_minor) VALUES (?, ?, 'T01', ?, 'COP', ?, '', 0, ?, 0)");
    d->line = d->prepare("INSERT INTO sale_lines (sale_id, line_no, product_id, qty_milli, "
                         "unit_price_minor, total_minor, discount_minor, tax_rate_bp) "
                         "VALUES (?, ?, ?, 1000, 2900, 2900, 0, 1900)");
    d->payment = d->prepare("INSERT INTO sale_payments (sale_id, payment_no, kind, amount_minor, "
                            "reference, provider) VALUES (?, 1, 'cash', ?, '', '')");
    d->movement = d->prepare("INSERT INTO stock_movements (id, product_id, kind, delta_milli, "
                             "reason, reference, created_at, trace_id) "
                             "VALUES (?, ?, 'sale', -1000, ?, ?, ?, '')");
    d->level =
        d->prepare("UPDATE stock_levels SET qty_milli = qty_milli - 1000 WHERE product_id = ?");
    d->outbox = d->prepare("INSERT INTO outbox (id, type, schema_version, aggregate_id, payload, "
                           "trace_id, created_at) "
                           "VALUES (?, 'sale.completed', 1, ?, ?, '', ?)");
}

BareSaleWriter::~BareSaleWriter()
{
    for (sqlite3_stmt *s : d->statements)
        sqlite3_finalize(s);
    sqlite3_close(d->db);
}

void BareSaleWriter::commitSale(int lines)
{
    Impl &x = *d;
    const std::string saleId = id();
    const std::string eventId = id();
    const std::string now =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    const sqlite3_int64 total = 2900LL * lines;
    x.step(x.begin);
    const sqlite3_int64 n = x.step(x.counter);
    char receipt[32];
    std::snprintf(receipt, sizeof receipt, "T01-%06lld", static_cast<long long>(n));
    text(x.sale, 1, saleId);
    text(x.sale, 2, receipt);
    sqlite3_bind_int64(x.sale, 3, total);
    text(x.sale, 4, now);
    sqlite3_bind_int64(x.sale, 5, total - total * 10000 / 11900);
    x.step(x.sale);
    std::string lineJson;
    for (int i = 1; i <= lines; ++i) {
        const std::string movementId = id();
        const std::string &product =
            x.products[std::uniform_int_distribution<std::size_t>(0, x.products.size() - 1)(x.rng)];
        text(x.line, 1, saleId);
        sqlite3_bind_int(x.line, 2, i);
        text(x.line, 3, product);
        x.step(x.line);
        text(x.movement, 1, movementId);
        text(x.movement, 2, product);
        text(x.movement, 3, std::string("Venta ") + receipt);
        text(x.movement, 4, saleId);
        text(x.movement, 5, now);
        x.step(x.movement);
        text(x.level, 1, product);
        x.step(x.level);
        lineJson += std::string(i > 1 ? "," : "") + "{\"line_no\":" + std::to_string(i) +
                    ",\"movement_id\":\"" + movementId + "\",\"product_id\":\"" + product +
                    "\",\"qty_milli\":1000,\"sku\":\"BOD-0123456789AB\",\"total\":2900,"
                    "\"unit_price\":2900}";
    }
    text(x.payment, 1, saleId);
    sqlite3_bind_int64(x.payment, 2, total);
    x.step(x.payment);
    // The sale.completed payload as completeSale() writes it.
    const std::string payload = "{\"completed_at\":\"" + now +
                                "\",\"currency\":\"COP\",\"lines\":[" + lineJson +
                                "],\"receipt_no\":\"" + receipt + "\",\"sale_id\":\"" + saleId +
                                "\",\"terminal\":\"T01\",\"total\":" + std::to_string(total) + "}";
    text(x.outbox, 1, eventId);
    text(x.outbox, 2, saleId);
    text(x.outbox, 3, payload);
    text(x.outbox, 4, now);
    x.step(x.outbox);
    x.step(x.commit);
}

std::string bareCommitPath()
{
    QDir().mkpath(cacheDir());
    return QString(cacheDir() + QStringLiteral("/bare-commit.sqlite")).toStdString();
}

namespace {

void bareSqliteCommit(benchmark::State &state)
{
    BareSaleWriter bare(bareCommitPath(), 100000);
    for (int i = 0; i < 10; ++i) // warm-up, as the catalog benchmarks get
        bare.commitSale(1);
    LatencyRecorder rec(state.max_iterations);
    for (auto _ : state)
        rec.add(timeUs([&] { bare.commitSale(1); }));
    rec.report(state);
    saveResult("BareSqliteCommit", rec.summary());
}

} // namespace

void registerBaselineBenchmarks()
{
    benchmark::RegisterBenchmark("BM_BareSqliteCommit", bareSqliteCommit)
        ->Iterations(300)
        ->Unit(benchmark::kMillisecond);
}

} // namespace bodega::bench
