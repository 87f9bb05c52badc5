// bodegactl forecast: the demand forecast per product (issue 6, point 4) and,
// with --record-events, the stock.low_predicted events it calls for; with
// --create-po, the manager's one click: draft purchase orders from it.
#include "bodegactl.h"
#include "pos/demandforecast.h"
#include "pos/salesreport.h"
#include "purchasing/reorderdrafter.h"

#include <algorithm>
#include <QJsonArray>

namespace bodega {

int BodegaCtl::cmdForecast()
{
    const std::optional<QString> key = takeOption(QStringLiteral("--product"));
    const bool record = takeFlag(QStringLiteral("--record-events"));
    const bool createPo = takeFlag(QStringLiteral("--create-po"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStoreFor(createPo ? Permission::AdjustStock : Permission::ViewReports); !s)
        return fail(s.error());
    ForecastOptions options;
    if (key) {
        auto p = m_catalog->find(*key);
        if (!p)
            return fail(p.error());
        options.productId = p->id;
    }
    DemandForecast forecast(*m_db, Clock::system(), SalesReport::storeTimeZone(*m_db), options);
    auto lines = forecast.compute();
    if (!lines)
        return fail(lines.error());
    // Without --product, the products that sell, fewest days of cover first:
    // the rest would last for ever and need nothing.
    QVector<DemandForecastLine> shown;
    for (const DemandForecastLine &l : *lines) {
        if (key || l.dailyDemand > 0)
            shown << l;
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const DemandForecastLine &a, const DemandForecastLine &b) {
                         const double ka = a.daysOfCover.value_or(1e18);
                         const double kb = b.daysOfCover.value_or(1e18);
                         return ka != kb ? ka < kb : a.product.name < b.product.name;
                     });
    QJsonArray array;
    QString text;
    for (const DemandForecastLine &l : shown) {
        array.append(l.toJson());
        text +=
            tr("%1 (%2): %3 a day%4, stock %5, cover %6, runs out %7, lead time %8 d (%9), "
               "order %10\n")
                .arg(l.product.name, l.product.sku)
                .arg(l.dailyDemand, 0, 'f', 2)
                .arg(l.weekdayFactorsUsed ? tr(" by weekday") : QString())
                .arg(l.product.stock.toString(),
                     l.daysOfCover ? tr("%1 d").arg(*l.daysOfCover, 0, 'f', 1) : tr("no end"),
                     l.stockOutDate.isValid() ? l.stockOutDate.toString(Qt::ISODate) : tr("never"))
                .arg(l.leadTimeDays)
                .arg(l.supplierName.isEmpty() ? tr("no supplier") : l.supplierName,
                     l.suggested.toString());
    }
    QJsonObject json{{QStringLiteral("products"), array},
                     {QStringLiteral("count"), array.size()},
                     {QStringLiteral("without_sales"), lines->size() - shown.size()},
                     {QStringLiteral("history_weeks"), options.historyWeeks},
                     {QStringLiteral("review_days"), options.reviewDays},
                     {QStringLiteral("alpha"), options.alpha},
                     {QStringLiteral("service_z"), options.serviceZ}};
    text += tr("%1 products forecast").arg(array.size());
    if (record) {
        auto announced = forecast.recordPredictedStockOuts(*lines);
        if (!announced)
            return fail(announced.error());
        json.insert(QStringLiteral("events_recorded"), QJsonArray::fromStringList(*announced));
        text +=
            QLatin1Char('\n') + tr("%1 stock.low_predicted events recorded").arg(announced->size());
    }
    if (createPo) {
        PurchaseOrderBook orders(*m_catalog, *m_db, Clock::system());
        auto drafted = ReorderDrafter(orders, *m_db).draft(*lines);
        if (!drafted)
            return fail(drafted.error());
        json.insert(QStringLiteral("purchase_orders"), drafted->toJson());
        text += QLatin1Char('\n') + tr("Draft purchase orders: %1 created, %2 updated; %3 "
                                       "suggestions already on a draft")
                                        .arg(drafted->createdCount())
                                        .arg(drafted->updatedCount())
                                        .arg(drafted->unchanged);
        for (const ReorderDraftOutcome::Order &o : drafted->orders)
            text += QLatin1Char('\n') + tr("  %1 %2 (%3): %4 lines, %5")
                                            .arg(o.order.number, o.order.supplier.name,
                                                 o.created ? tr("new") : tr("updated"))
                                            .arg(o.order.lines.size())
                                            .arg(o.order.total().format());
        for (const DemandForecastLine &l : drafted->withoutSupplier)
            text +=
                QLatin1Char('\n') + tr("  %1 (%2): %3 suggested, no supplier on file")
                                        .arg(l.product.name, l.product.sku, l.suggested.toString());
    }
    return succeed(json, text);
}

} // namespace bodega
