#pragma once

#include "pos/demandforecast.h"
#include "purchasing/purchaseorderbook.h"

namespace bodega {

// What one click on "Create draft purchase orders" did.
struct ReorderDraftOutcome
{
    struct Order
    {
        PurchaseOrder order; // after the change
        bool created = false;
        QStringList added;  // SKUs that became new lines
        QStringList raised; // SKUs whose line grew to the suggestion
    };
    QVector<Order> orders;                       // created or changed, by supplier name
    QVector<DemandForecastLine> withoutSupplier; // suggested, but nobody to order from
    int unchanged = 0;                           // suggestions a draft already covered

    int createdCount() const;
    int updatedCount() const;
    QJsonObject toJson() const;
};

// Turns the demand forecast's suggestions into draft purchase orders (SPEC:
// Stock; issue 6 point 4: "in one click"): one draft per supplier, quantities
// as suggested, at the supplier's price where known (else the product's
// cost). A second click must not order twice: while the supplier has a draft
// (the newest, whether it came from a click or was made by hand) the
// suggestions go into it instead - a product not on it becomes a line, a
// line below the suggestion is raised to it, a line at or above it is left
// as the manager set it. So clicking again on the same figures changes
// nothing. Drafts do not count as on order in the forecast (only sent orders
// do), which is why they are merged into rather than subtracted. Products
// with a suggestion but no supplier on file are returned, not dropped. One
// transaction: every draft or none.
class ReorderDrafter
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ReorderDrafter)

public:
    ReorderDrafter(PurchaseOrderBook &orders, Database &db) : m_orders(orders), m_db(db) {}

    // `lines` as DemandForecast::compute gives them; those suggesting
    // nothing are skipped.
    Result<ReorderDraftOutcome> draft(const QVector<DemandForecastLine> &lines);

private:
    PurchaseOrderBook &m_orders;
    Database &m_db;
};

} // namespace bodega
