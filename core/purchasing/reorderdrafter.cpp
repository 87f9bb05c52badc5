#include "reorderdrafter.h"

#include <QJsonArray>
#include <QMap>

namespace bodega {

int ReorderDraftOutcome::createdCount() const
{
    return int(
        std::count_if(orders.begin(), orders.end(), [](const Order &o) { return o.created; }));
}

int ReorderDraftOutcome::updatedCount() const
{
    return int(orders.size()) - createdCount();
}

QJsonObject ReorderDraftOutcome::toJson() const
{
    QJsonArray created, updated, missing;
    for (const Order &o : orders) {
        QJsonObject j = o.order.toJson();
        j.insert(QStringLiteral("added"), QJsonArray::fromStringList(o.added));
        j.insert(QStringLiteral("raised"), QJsonArray::fromStringList(o.raised));
        (o.created ? created : updated).append(j);
    }
    for (const DemandForecastLine &l : withoutSupplier)
        missing.append(QJsonObject{{QStringLiteral("product_id"), l.product.id},
                                   {QStringLiteral("sku"), l.product.sku},
                                   {QStringLiteral("name"), l.product.name},
                                   {QStringLiteral("supplier"), l.product.supplier},
                                   {QStringLiteral("suggested_milli"), l.suggested.milli()}});
    return QJsonObject{{QStringLiteral("created"), created},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("without_supplier"), missing}};
}

Result<ReorderDraftOutcome> ReorderDrafter::draft(const QVector<DemandForecastLine> &lines)
{
    // Grouped by supplier name so the orders come out in a stable order.
    QMap<QString, QVector<const DemandForecastLine *>> bySupplier;
    ReorderDraftOutcome outcome;
    for (const DemandForecastLine &l : lines) {
        if (l.suggested.milli() <= 0)
            continue;
        if (l.supplierId.isEmpty())
            outcome.withoutSupplier << l;
        else
            bySupplier[l.supplierName.toCaseFolded() + QLatin1Char('\n') + l.supplierId] << &l;
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    for (const auto &group : std::as_const(bySupplier)) {
        const QString supplierId = group.first()->supplierId;
        auto draft = m_orders.latestDraft(supplierId);
        if (!draft)
            return draft.error();
        ReorderDraftOutcome::Order done;
        QVector<PurchaseOrderRequest> requests;
        for (const DemandForecastLine *l : group) {
            Quantity onDraft;
            if (*draft) {
                for (const PurchaseOrderLine &pl : (*draft)->lines) {
                    if (pl.productId == l->product.id)
                        onDraft = pl.ordered;
                }
            }
            if (onDraft >= l->suggested) {
                ++outcome.unchanged;
                continue;
            }
            requests << PurchaseOrderRequest{l->product.id, l->suggested - onDraft, std::nullopt};
            (onDraft.milli() > 0 ? done.raised : done.added) << l->product.sku;
        }
        if (requests.isEmpty())
            continue;
        auto order = *draft ? m_orders.addLines((*draft)->number, requests)
                            : m_orders.create(supplierId, requests,
                                              tr("Drafted from the reorder suggestions"));
        if (!order)
            return order.error();
        done.order = *order;
        done.created = !*draft;
        outcome.orders << done;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace bodega
