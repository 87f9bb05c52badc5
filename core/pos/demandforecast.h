#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "domain/money.h"
#include "domain/product.h"
#include "storage/database.h"

#include <array>
#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QTimeZone>

namespace bodega {

// How demand is forecast (SPEC: Stock, reorder suggestions; issue 6 point 4).
struct ForecastOptions
{
    int historyWeeks = 8; // sales read: the last historyWeeks * 7 local days, today included
    // Weight of a day k days ago is (1 - alpha)^k: 0.1 halves a day's say
    // every ~6.6 days, so a month-old change of pace is mostly forgotten
    // while one odd day moves the estimate by a tenth.
    double alpha = 0.1;
    int reviewDays = 7;      // how often the manager orders
    int defaultLeadDays = 7; // when no supplier says how long it takes
    // One-sided normal quantile for a ~95 % chance of not running out
    // during the lead time (cycle service level).
    double serviceZ = 1.645;
    QString productId; // one product; empty: every active product
};

// What the sales say about one active product.
struct DemandForecastLine
{
    Product product;        // id, name, sku, unit, supplier, threshold, cost, stock
    Quantity onOrder;       // still to come on sent / partially received purchase orders
    int historyDays = 0;    // days the estimate stands on (window, or since first sold / created)
    Quantity soldInHistory; // net of returns
    double dailyDemand = 0; // expected units a day (exponentially weighted level)
    bool weekdayFactorsUsed = false;                             // needs 4 weeks of history
    std::array<double, 7> weekdayFactors{{1, 1, 1, 1, 1, 1, 1}}; // Monday..Sunday
    double sigma = 0;       // std deviation of a day's demand around the expected
    double safetyStock = 0; // serviceZ * sigma * sqrt(leadTimeDays)
    int leadTimeDays = 7;
    bool leadTimeFromSupplier = false;
    QString supplierId; // from suppliers, when one is known
    QString supplierName;
    std::optional<Money> unitCost;     // from supplier_prices, when known
    std::optional<double> daysOfCover; // stock / dailyDemand; none: nothing sells
    QDate stockOutDate;                // local day stock runs out; invalid: not within a year
    double horizonDemand = 0;          // expected over lead time + review period
    Quantity suggested;                // whole units to order (a purchase order line)
    bool stockOutWithinLeadTime = false;

    // The line as bodegactl forecast --json prints it.
    QJsonObject toJson() const;
};

// Forecasts daily demand per product from the sales ledger and turns it
// into days of cover, a stock-out date and an order quantity; the one place
// demand is forecast (SalesReport::reorderSuggestions and the assistant's
// reorder_suggestions tool read it). Two grouped queries whatever the
// number of products; the arithmetic is in C++.
class DemandForecast
{
    Q_DECLARE_TR_FUNCTIONS(bodega::DemandForecast)

public:
    DemandForecast(Database &db, const Clock &clock, QTimeZone zone, ForecastOptions options = {});

    // Lines for every active product (or options.productId), in no
    // particular order. NOT_FOUND naming product when that one is unknown.
    Result<QVector<DemandForecastLine>> compute() const;

    // Appends one stock.low_predicted event (v1) per product whose predicted
    // stock-out has just come inside its lead time. Products flagged are
    // remembered in the store setting forecast.predicted_low (a JSON array
    // of ids): one event per crossing; a product leaves the set when its
    // forecast no longer falls inside the lead time, and may be announced
    // again after that. With options.productId only that product's flag
    // changes. Returns the ids announced.
    Result<QStringList> recordPredictedStockOuts(const QVector<DemandForecastLine> &lines);

    const ForecastOptions &options() const { return m_options; }
    QDate today() const;

    // The arithmetic on one product's daily demand, oldest day first (today
    // last); `firstDay` is the local day of daily.front(). Fills the demand
    // fields of `line` from its stock, onOrder and leadTimeDays.
    static void forecast(DemandForecastLine &line, const QVector<double> &daily,
                         const QDate &firstDay, const ForecastOptions &options);

private:
    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    ForecastOptions m_options;
};

} // namespace bodega
