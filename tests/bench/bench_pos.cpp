// bodega_pos_bench: the till's speed targets of issue 4. BM_CartRecalculate:
// a 200-line cart (three tax rates, every tenth line discounted, a sale
// discount) changes one line's quantity and recomputes its totals, as the
// screen does after each key; target < 5 ms. No store and no fixture: it
// runs in seconds.
#include "latency.h"
#include "pos/cart.h"

#include <cstdio>
#include <QCoreApplication>

using namespace bodega;
using bodega::bench::LatencyRecorder;

namespace {

Cart bigCart(int lines)
{
    Cart cart;
    const int rates[] = {1900, 500, 0};
    for (int i = 0; i < lines; ++i) {
        Product p;
        p.id = QStringLiteral("p-%1").arg(i);
        p.sku = QStringLiteral("SKU-%1").arg(i);
        p.name = QStringLiteral("Producto %1").arg(i);
        p.price = Money(1000 + 37 * i, QStringLiteral("COP"));
        p.taxRateBasisPoints = rates[i % 3];
        if (i % 7 == 0)
            p.unit = UnitOfMeasure::Kilogram;
        const Quantity qty = p.unit == UnitOfMeasure::Kilogram ? Quantity::fromMilli(250 + i)
                                                               : Quantity::fromUnits(1 + i % 4);
        auto line = cart.add(p, qty);
        if (line && i % 10 == 0)
            (void)cart.setLineDiscount(*line, *Discount::percent(1000));
    }
    (void)cart.setSaleDiscount(*Discount::percent(500));
    return cart;
}

void cartRecalculate(benchmark::State &state)
{
    const int lines = int(state.range(0));
    Cart cart = bigCart(lines);
    LatencyRecorder latency(1 << 16);
    qint64 checksum = 0;
    int i = 0;
    for (auto _ : state) {
        const double us = bench::timeUs([&] {
            const int line = i++ % lines;
            const Quantity qty = cart.lines().at(line).qty;
            (void)cart.setQuantity(line, qty + Quantity::fromUnits(1));
            const CartTotals totals = cart.totals();
            checksum += totals.total.minor();
        });
        latency.add(us);
    }
    benchmark::DoNotOptimize(checksum);
    latency.report(state);
    const auto s = latency.summary();
    bench::saveResult("cart_recalculate", s);
    std::printf("cart of %d lines, change one quantity and recompute: p50 %.1f us, p99 %.1f us, "
                "max %.1f us (target < 5 ms: %s)\n",
                lines, s.p50, s.p99, s.max, s.p99 < 5000 ? "met" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::RegisterBenchmark("BM_CartRecalculate", cartRecalculate)
        ->ArgName("lines")
        ->Arg(200)
        ->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
