#pragma once

#include "common/clock.h"
#include "domain/money.h"
#include "domain/product.h"
#include "pos/stockreport.h"
#include "storage/database.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

namespace bodega {

// A span of calendar days in the store's time zone, as the UTC instants
// sales are stamped with: [startUtc, endUtc).
struct SalesPeriod
{
    QString code; // today, yesterday, this_week, last_7_days, this_month, last_30_days, custom
    QDate from;   // first day, local
    QDate to;     // last day, local, inclusive
    QDateTime startUtc;
    QDateTime endUtc;

    QJsonObject toJson() const; // {period, from, to} with ISO dates
};

struct SalesTotals
{
    qint64 sales = 0; // completed sales
    Money total;      // what customers paid, tax included
    Money tax;        // of which tax
    Money discounts;  // given on those sales
    qint64 returns = 0;
    Money refunds; // paid back for returns made in the period
    Money net;     // total - refunds
    Quantity itemsSold;
};

// A category's part of the sales (the product's category now; '' when none).
struct CategorySales
{
    QString category;
    Quantity quantity; // sold, net of what came back
    Money revenue;     // paid for those lines, net of refunds
};

struct ProductSales
{
    QString productId;
    QString name;
    QString sku;
    UnitOfMeasure unit = UnitOfMeasure::Unit;
    Quantity quantity; // sold, net of what came back
    Money revenue;     // paid for those lines
};

// What a product's sales say it needs (SPEC: reorder suggestions from sales
// velocity and safety stock).
struct ReorderSuggestion
{
    Product product;          // id, name, sku, supplier, unit, cost, threshold, stock
    Quantity soldInWindow;    // over the velocity window, net of returns
    double dailyVelocity = 0; // units a day
    double daysOfCover = -1;  // stock / velocity; -1 when nothing sold
    Quantity suggested;       // whole units to order
    int leadTimeDays = 0;     // the supplier's, or the forecast's default
    QDate stockOutDate;       // predicted; invalid when nothing sells
    QString supplierId;       // when the supplier is on file
};

// Sales figures read from the local store (SPEC: reports; issue 5's
// sales_summary, top_products, reorder_suggestions). Read-only: sales are
// written by CatalogService::completeSale.
class SalesReport
{
    Q_DECLARE_TR_FUNCTIONS(bodega::SalesReport)

public:
    static constexpr int VelocityWindowDays = 28;
    static constexpr int MaxPeriodDays = 366;

    SalesReport(Database &db, const Clock &clock, QTimeZone zone);
    // The store setting time_zone (an IANA id such as America/Bogota), by
    // default America/Bogota: es-CO stores, UTC-5 all year. Where the
    // system has no zone database, a fixed UTC-5 offset.
    static QTimeZone storeTimeZone(Database &db);
    const QTimeZone &timeZone() const { return m_zone; }

    // A named period on the clock, or the days from..to (inclusive; `to`
    // defaults to `from`) when `from` is given (code "custom"). Weeks start
    // on Monday. VALIDATION_FAILED naming period, from or to otherwise.
    Result<SalesPeriod> period(const QString &code, const QString &from = {},
                               const QString &to = {}) const;
    static QStringList periodCodes();

    Result<SalesTotals> summary(const SalesPeriod &period) const;
    // Best sellers by quantity sold (then revenue), at most `limit`.
    Result<QVector<ProductSales>> topProducts(const SalesPeriod &period, int limit) const;
    // Net sales per category, most revenue first (then category name);
    // categories that sold nothing net are left out.
    Result<QVector<CategorySales>> categorySales(const SalesPeriod &period) const;

    // Active products whose stock will not last `coverDays` at the pace of
    // the last VelocityWindowDays days, or that are already below their
    // threshold. The suggestion brings the stock to what the next
    // coverDays sell plus the threshold as safety stock:
    //   velocity  = DemandForecast's daily demand over the window
    //               (exponentially weighted, weekday aware; since the
    //               product was created or first sold when younger)
    //   suggested = ceil(velocity * coverDays + threshold - stock), in
    //               whole units, listed only when positive.
    // Products that sold come first, fewest days of cover first; then the
    // low ones that did not sell, lowest stock first. `supplier` (when
    // set) decides which suppliers' products count: the caller folds the
    // names (that lives in core/ai). At most `limit`; `more` says whether
    // others would follow.
    struct ReorderPage
    {
        QVector<ReorderSuggestion> suggestions;
        bool more = false;
    };
    // `stock` finds the low ones (keep one: it caches).
    Result<ReorderPage>
    reorderSuggestions(const StockReport &stock, int coverDays, int limit,
                       const std::function<bool(const QString &supplier)> &supplier = {}) const;

private:
    Result<Money> money(const QString &sql, const QVariantList &bindings) const;
    QDateTime startOfDayUtc(const QDate &day) const;
    QString currency() const;

    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace bodega
