#include "lowstockpayload.h"

#include "storage/storesettings.h"

#include <algorithm>
#include <cmath>
#include <QJsonValue>

namespace bodega {

namespace {

double units(Quantity q)
{
    return double(q.milli()) / 1000.0;
}

// Spanish on the wire whatever the terminal's language: the receiver (a
// WhatsApp or Telegram flow in n8n) forwards it to the owner as it is.
QString spanishUnit(const QString &unitCode, Quantity q)
{
    const bool one = q.milli() == 1000;
    if (unitCode == QLatin1String("kg"))
        return QStringLiteral("kg");
    if (unitCode == QLatin1String("l"))
        return one ? QStringLiteral("litro") : QStringLiteral("litros");
    return one ? QStringLiteral("unidad") : QStringLiteral("unidades");
}

} // namespace

QString LowStockPayload::spanishMessage(const LowStockAlert &a, const QString &unitCode)
{
    return QStringLiteral("Stock bajo: %1 (%2) tiene %3 %4; el mínimo es %5.")
        .arg(a.productName, a.sku, a.stock.toString(), spanishUnit(unitCode, a.stock),
             a.threshold.toString());
}

Result<QJsonObject> LowStockPayload::build(Database &db, const LowStockAlert &alert)
{
    auto unit =
        db.exec(QStringLiteral("SELECT unit FROM products WHERE id = ?"), {alert.productId});
    if (!unit)
        return unit.error();
    const QString unitCode = unit->next() ? unit->value(0).toString() : QStringLiteral("unit");
    unit->finish();

    // Sales velocity over the last 28 days (sale_lines_product index).
    const QString since =
        alert.createdAt.addDays(-VelocityDays).toUTC().toString(Qt::ISODateWithMs);
    auto sold = db.exec(QStringLiteral("SELECT coalesce(sum(l.qty_milli), 0) FROM sale_lines l "
                                       "JOIN sales s ON s.id = l.sale_id WHERE l.product_id = ? "
                                       "AND s.created_at >= ?"),
                        {alert.productId, since});
    if (!sold)
        return sold.error();
    const qint64 soldMilli = sold->next() ? sold->value(0).toLongLong() : 0;
    sold->finish();
    QJsonValue daysOfCover = QJsonValue::Null;
    if (soldMilli > 0) {
        const double perDay = double(soldMilli) / VelocityDays;
        const double days = std::max<double>(0, alert.stock.milli()) / perDay;
        daysOfCover = std::round(days * 10) / 10;
    }

    auto best = db.exec(QStringLiteral("SELECT s.id, s.name, p.price_minor, p.currency FROM "
                                       "supplier_prices p JOIN suppliers s ON s.id = "
                                       "p.supplier_id WHERE p.product_id = ? ORDER BY "
                                       "p.price_minor, s.name LIMIT 1"),
                        {alert.productId});
    if (!best)
        return best.error();
    QJsonValue supplier = QJsonValue::Null;
    if (best->next())
        supplier = QJsonObject{
            {QStringLiteral("id"), best->value(0).toString()},
            {QStringLiteral("name"), best->value(1).toString()},
            {QStringLiteral("price_minor"), best->value(2).toLongLong()},
            {QStringLiteral("currency"), best->value(3).toString()},
        };
    best->finish();

    StoreSettings settings(db);
    return QJsonObject{
        {QStringLiteral("event"), event()},
        {QStringLiteral("alert_id"), alert.id},
        {QStringLiteral("product_id"), alert.productId},
        {QStringLiteral("product_name"), alert.productName},
        {QStringLiteral("sku"), alert.sku},
        {QStringLiteral("current_stock"), units(alert.stock)},
        {QStringLiteral("threshold"), units(alert.threshold)},
        {QStringLiteral("unit"), unitCode},
        {QStringLiteral("days_of_cover"), daysOfCover},
        {QStringLiteral("supplier"), supplier},
        {QStringLiteral("message"), spanishMessage(alert, unitCode)},
        {QStringLiteral("store"), settings.storeName()},
        {QStringLiteral("terminal"), settings.terminalCode()},
        {QStringLiteral("created_at"), alert.createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace bodega
