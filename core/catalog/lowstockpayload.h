#pragma once

#include "storage/alertinbox.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>

namespace bodega {

// The JSON body of a low-stock webhook (n8n-friendly: flat names, numbers as
// numbers): event, alert_id, product_id, product_name, sku, current_stock,
// threshold, unit, days_of_cover (null without sales in the last 28 days),
// supplier (the cheapest supplier_prices row: name, price_minor, currency;
// null when none is known), message (a sentence in Spanish for a person),
// store, terminal, created_at. Built inside the alert's transaction.
class LowStockPayload
{
public:
    static constexpr int VelocityDays = 28;

    static Result<QJsonObject> build(Database &db, const LowStockAlert &alert);
    // "Stock bajo: Arroz Diana 500 g (ARR-500) tiene 3 unidades; el mínimo es 5."
    static QString spanishMessage(const LowStockAlert &alert, const QString &unitCode);
    static QString event() { return QStringLiteral("stock.low"); }
};

} // namespace bodega
