// bodega_dashboard_bench: the manager dashboard's refresh at 1,000,000
// products and 1,000,000 sales (issue 6, point 1: "stay responsive"; the
// issue's closing note quotes the figure). A copy of the cached 1M-product
// store (fixtures.h) gets a year of sales in bulk SQL, through the schema's
// own triggers (so the per-quarter-hour totals of schema 13 are kept as the
// app keeps them). Each iteration makes one real sale on the till's
// connection (untimed: it moves PRAGMA data_version, as a live update does),
// then times DashboardQuery::snapshot, everything the page shows, on the
// dashboard's own connection, as DashboardWorker runs it.
#include "common/uuid.h"
#include "fixtures.h"
#include "latency.h"
#include "pos/dashboardquery.h"

#include <cstdio>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <random>

using namespace bodega;
using bodega::bench::LatencyRecorder;

namespace {

constexpr int Products = 1000000;
constexpr int Sales = 1000000;
constexpr int Popular = 20000; // four lines in five sell one of these
constexpr int GeneratorVersion = 1;

[[noreturn]] void die(const QString &what, const Error &error)
{
    qFatal("%s: %s (%s)", qPrintable(what), qPrintable(error.message),
           qPrintable(error.codeName()));
}

struct ProductRow
{
    QString id, name, sku;
    qint64 price = 0;
    int taxBp = 0;
};

// A year of sales, one to five lines each (three on average), spread evenly
// over the 365 days before now with a random minute; one in two hundred
// gets a line returned the next day.
void generateSales(Database &db)
{
    QVector<ProductRow> products;
    products.reserve(Products);
    auto all = db.exec(QStringLiteral(
        "SELECT id, name, sku, price_minor, tax_rate_bp FROM products ORDER BY rowid"));
    if (!all)
        die(QStringLiteral("products"), all.error());
    while (all->next())
        products.push_back({all->value(0).toString(), all->value(1).toString(),
                            all->value(2).toString(), all->value(3).toLongLong(),
                            all->value(4).toInt()});
    all->finish();
    std::mt19937_64 rng(20261203);
    std::uniform_int_distribution<int> popular(0, std::min(Popular, int(products.size())) - 1);
    std::uniform_int_distribution<int> any(0, int(products.size()) - 1);
    std::uniform_int_distribution<int> lines(1, 5), qty(1, 3), pct(0, 99);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 365LL * 24 * 3600 * 1000;
    const qint64 start = now - span;
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -524288"));
    QSqlQuery &sale = db.prepared(QStringLiteral(
        "INSERT INTO sales (id, receipt_no, terminal, total_minor, currency, created_at, "
        "tax_minor, cashier) VALUES (?, ?, 'T01', ?, 'COP', ?, ?, 'bench')"));
    QSqlQuery &line = db.prepared(QStringLiteral(
        "INSERT INTO sale_lines (sale_id, line_no, product_id, qty_milli, unit_price_minor, "
        "total_minor, tax_rate_bp, name, sku) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &ret = db.prepared(
        QStringLiteral("INSERT INTO sale_returns (id, sale_id, created_at, reason, refund_minor) "
                       "VALUES (?, ?, ?, 'Producto defectuoso', ?)"));
    QSqlQuery &retLine = db.prepared(
        QStringLiteral("INSERT INTO sale_return_lines (return_id, sale_id, line_no, qty_milli, "
                       "refund_minor) VALUES (?, ?, 1, ?, ?)"));
    const auto run = [&](QSqlQuery &q) {
        if (auto s = db.run(q); !s)
            die(QStringLiteral("insert"), s.error());
    };
    QElapsedTimer t;
    t.start();
    constexpr int Chunk = 50000;
    for (int i = 0; i < Sales; ++i) {
        if (i % Chunk == 0 && !db.begin())
            die(QStringLiteral("begin"), Error::storage(QStringLiteral("begin")));
        const qint64 at = start + span * i / Sales +
                          std::uniform_int_distribution<qint64>(0, span / Sales - 1)(rng);
        const QString id = newId();
        const QString stamp =
            QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs);
        const int n = lines(rng);
        qint64 total = 0, tax = 0, firstQty = 0, firstTotal = 0;
        struct L
        {
            const ProductRow *p;
            qint64 qty, total;
        };
        L ls[5];
        for (int k = 0; k < n; ++k) {
            const ProductRow &p = products[pct(rng) < 80 ? popular(rng) : any(rng)];
            const qint64 q = qty(rng);
            ls[k] = {&p, q, p.price * q};
            total += p.price * q;
            tax += p.price * q * p.taxBp / (10000 + p.taxBp);
        }
        sale.bindValue(0, id);
        sale.bindValue(1, QStringLiteral("T01-B%1").arg(i, 7, 10, QLatin1Char('0')));
        sale.bindValue(2, total);
        sale.bindValue(3, stamp);
        sale.bindValue(4, tax);
        run(sale);
        for (int k = 0; k < n; ++k) {
            line.bindValue(0, id);
            line.bindValue(1, k + 1);
            line.bindValue(2, ls[k].p->id);
            line.bindValue(3, ls[k].qty * 1000);
            line.bindValue(4, ls[k].p->price);
            line.bindValue(5, ls[k].total);
            line.bindValue(6, ls[k].p->taxBp);
            line.bindValue(7, ls[k].p->name);
            line.bindValue(8, ls[k].p->sku);
            run(line);
        }
        firstQty = ls[0].qty;
        firstTotal = ls[0].total;
        if (i % 200 == 199 && at + 86400000 < now) {
            const QString rid = newId();
            ret.bindValue(0, rid);
            ret.bindValue(1, id);
            ret.bindValue(
                2,
                QDateTime::fromMSecsSinceEpoch(at + 86400000, Qt::UTC).toString(Qt::ISODateWithMs));
            ret.bindValue(3, firstTotal);
            run(ret);
            retLine.bindValue(0, rid);
            retLine.bindValue(1, id);
            retLine.bindValue(2, firstQty * 1000);
            retLine.bindValue(3, firstTotal);
            run(retLine);
        }
        if ((i + 1) % Chunk == 0 || i + 1 == Sales) {
            if (auto s = db.commit(); !s)
                die(QStringLiteral("commit"), s.error());
        }
        if ((i + 1) % 100000 == 0)
            std::fprintf(stderr, "  %d / %d sales (%.0f s)\n", i + 1, Sales, t.elapsed() / 1000.0);
    }
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

struct Store
{
    QString path;
    std::unique_ptr<Database> till;      // where the sales are made
    std::unique_ptr<Database> dashboard; // DashboardWorker's own connection
    std::unique_ptr<OfflineEngine> ai;
    std::unique_ptr<CatalogService> catalog;
    std::vector<QString> skus;
};

Store &store()
{
    static Store s;
    if (s.till)
        return s;
    s.path = bench::cacheDir() + QStringLiteral("/dashboard-1M-1Msales-schema%1-gen%2.sqlite")
                                     .arg(Database::latestSchemaVersion())
                                     .arg(GeneratorVersion);
    if (!QFileInfo::exists(s.path)) {
        const QString source = bench::catalogFixture(Products).path;
        bench::releaseFixtures();
        const QString tmp = s.path + QStringLiteral(".tmp");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(tmp + suffix);
        if (!QFile::copy(source, tmp))
            qFatal("cannot copy %s", qPrintable(source));
        std::fprintf(stderr, "adding %d sales to %s\n", Sales, qPrintable(tmp));
        {
            auto db = Database::open(tmp);
            if (!db)
                die(QStringLiteral("open"), db.error());
            generateSales(**db);
            (void)(*db)->exec(QStringLiteral("ANALYZE"));
            (void)(*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile::remove(tmp + QStringLiteral("-wal"));
        QFile::remove(tmp + QStringLiteral("-shm"));
        if (!QFile::rename(tmp, s.path))
            qFatal("cannot rename %s", qPrintable(tmp));
    }
    auto till = Database::open(s.path);
    if (!till)
        die(QStringLiteral("open"), till.error());
    s.till = std::move(*till);
    auto dash = Database::open(s.path);
    if (!dash)
        die(QStringLiteral("open"), dash.error());
    s.dashboard = std::move(*dash);
    s.ai = std::make_unique<OfflineEngine>();
    s.catalog = std::make_unique<CatalogService>(*s.till, *s.ai);
    auto q = s.till->exec(
        QStringLiteral("SELECT sku FROM products WHERE rowid <= %1 ORDER BY rowid").arg(Popular));
    if (!q)
        die(QStringLiteral("skus"), q.error());
    while (q->next())
        s.skus.push_back(q->value(0).toString());
    auto count = s.dashboard->exec(QStringLiteral("SELECT count(*) FROM sales"));
    std::fprintf(stderr, "dashboard store: %s, %lld sales\n", qPrintable(s.path),
                 count && count->next() ? count->value(0).toLongLong() : -1LL);
    return s;
}

void refresh(benchmark::State &state, SalesGrouping grouping)
{
    Store &s = store();
    DashboardQuery query(*s.dashboard, Clock::system(), SalesReport::storeTimeZone(*s.dashboard));
    DashboardOptions options;
    options.grouping = grouping;
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, s.skus.size() - 1);
    LatencyRecorder all(64), sales(64), top(64), categories(64), low(64);
    qint64 points = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto sold = s.catalog->sell(s.skus[pick(rng)], Quantity::fromUnits(1));
        if (!sold)
            die(QStringLiteral("sell"), sold.error());
        state.ResumeTiming();
        Result<DashboardSnapshot> snap = Error::storage(QString());
        all.add(bench::timeUs([&] { snap = query.snapshot(options); }));
        if (!snap)
            die(QStringLiteral("snapshot"), snap.error());
        sales.add(snap->salesMs * 1000.0);
        top.add(snap->topMs * 1000.0);
        categories.add(snap->categoriesMs * 1000.0);
        low.add(snap->lowMs * 1000.0);
        points += snap->salesOverTime.size();
    }
    benchmark::DoNotOptimize(points);
    all.report(state);
    const auto a = all.summary();
    const std::string g = DashboardQuery::groupingCode(grouping).toStdString();
    bench::saveResult("dashboard_refresh/" + g, a);
    std::printf("dashboard refresh by %s, 1M products + 1M sales: p50 %.0f ms, p95 %.0f ms, max "
                "%.0f ms; parts p50: sales over time %.0f ms, top products %.0f ms, categories "
                "%.0f ms, low stock + days of cover %.0f ms\n",
                g.c_str(), a.p50 / 1000, a.p95 / 1000, a.max / 1000, sales.summary().p50 / 1000,
                top.summary().p50 / 1000, categories.summary().p50 / 1000,
                low.summary().p50 / 1000);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The sales oversell and cross thresholds: a line each is noise here.
    QLoggingCategory::setFilterRules(QStringLiteral("bodega.catalog=false"));
    for (SalesGrouping g : {SalesGrouping::Day, SalesGrouping::Week, SalesGrouping::Month}) {
        const std::string name =
            "BM_DashboardRefresh/1M/" + DashboardQuery::groupingCode(g).toStdString();
        benchmark::RegisterBenchmark(name.c_str(), [g](benchmark::State &st) { refresh(st, g); })
            ->Iterations(20)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    Store &s = store();
    s.catalog.reset();
    s.till.reset();
    s.dashboard.reset();
    bench::releaseFixtures();
    return 0;
}
