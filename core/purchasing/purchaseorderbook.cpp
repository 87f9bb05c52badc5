#include "purchaseorderbook.h"

#include "common/timestamp.h"
#include "common/uuid.h"
#include "domain/productvalidator.h"
#include "security/auditaction.h"
#include "storage/documentcounter.h"

#include <QJsonArray>

namespace bodega {

namespace {

const struct
{
    PurchaseOrderStatus status;
    const char *code;
} statusCodes[] = {
    {PurchaseOrderStatus::Draft, "draft"},
    {PurchaseOrderStatus::Sent, "sent"},
    {PurchaseOrderStatus::PartiallyReceived, "partially_received"},
    {PurchaseOrderStatus::Received, "received"},
    {PurchaseOrderStatus::Closed, "closed"},
    {PurchaseOrderStatus::Cancelled, "cancelled"},
};

} // namespace

QString purchaseOrderStatusCode(PurchaseOrderStatus status)
{
    for (const auto &c : statusCodes) {
        if (c.status == status)
            return QString::fromLatin1(c.code);
    }
    return QString();
}

std::optional<PurchaseOrderStatus> purchaseOrderStatusFromCode(const QString &code)
{
    for (const auto &c : statusCodes) {
        if (code == QLatin1String(c.code))
            return c.status;
    }
    return std::nullopt;
}

QJsonObject PurchaseOrderLine::toJson() const
{
    return QJsonObject{{QStringLiteral("line_no"), lineNo},
                       {QStringLiteral("product_id"), productId},
                       {QStringLiteral("sku"), sku},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("ordered_milli"), ordered.milli()},
                       {QStringLiteral("received_milli"), received.milli()},
                       {QStringLiteral("unit_cost"), unitCost.minor()},
                       {QStringLiteral("total"), total().minor()}};
}

Money PurchaseOrder::total() const
{
    Money sum(0, currency);
    for (const PurchaseOrderLine &l : lines)
        sum = sum + l.total();
    return sum;
}

QJsonObject PurchaseOrder::toJson() const
{
    QJsonArray lineJson;
    for (const PurchaseOrderLine &l : lines)
        lineJson.append(l.toJson());
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("supplier"), supplier.toJson()},
                       {QStringLiteral("status"), purchaseOrderStatusCode(status)},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("created_by"), createdBy},
                       {QStringLiteral("created_at"), Timestamp::text(createdAt)},
                       {QStringLiteral("sent_at"), Timestamp::text(sentAt)},
                       {QStringLiteral("closed_at"), Timestamp::text(closedAt)},
                       {QStringLiteral("total"), total().minor()},
                       {QStringLiteral("lines"), lineJson}};
}

PurchaseOrderBook::PurchaseOrderBook(CatalogService &catalog, Database &db, const Clock &clock)
    : m_catalog(catalog), m_db(db), m_clock(clock), m_suppliers(db, clock), m_products(db),
      m_audit(db, clock)
{
}

Result<Supplier> PurchaseOrderBook::addSupplier(const Supplier &draft)
{
    if (auto s = m_catalog.require(Permission::AdjustStock); !s)
        return s.error();
    return m_suppliers.add(draft);
}

Result<Supplier> PurchaseOrderBook::updateSupplier(const Supplier &supplier)
{
    if (auto s = m_catalog.require(Permission::AdjustStock); !s)
        return s.error();
    return m_suppliers.update(supplier);
}

Status PurchaseOrderBook::setSupplierPrice(const QString &supplierKey, const QString &productKey,
                                           const Money &price)
{
    if (auto s = m_catalog.require(Permission::AdjustStock); !s)
        return s;
    auto supplier = m_suppliers.find(supplierKey);
    if (!supplier)
        return supplier.error();
    auto product = m_products.resolve(productKey);
    if (!product)
        return product.error();
    return m_suppliers.setPrice(supplier->id, product->id, price);
}

Result<QString> PurchaseOrderBook::nextNumber()
{
    return DocumentCounter::next(m_db, DocumentCounter::PurchaseOrder,
                                 m_catalog.settings().terminalCode());
}

Result<PurchaseOrder> PurchaseOrderBook::create(const QString &supplierKey,
                                                const QVector<PurchaseOrderRequest> &requests,
                                                const QString &note)
{
    if (auto s = m_catalog.require(Permission::AdjustStock); !s)
        return s.error();
    if (requests.isEmpty())
        return Error::validation(QStringLiteral("lines"),
                                 tr("A purchase order needs at least one line"));
    if (note.size() > 500)
        return Error::validation(QStringLiteral("note"),
                                 tr("The note is longer than 500 characters"));
    if (auto s = validateRequests(requests); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto supplier = m_suppliers.find(supplierKey);
    if (!supplier)
        return supplier.error();
    PurchaseOrder po;
    po.id = newId();
    po.supplier = *supplier;
    po.currency = m_catalog.currency();
    po.note = note.simplified();
    po.createdBy = m_catalog.actor() ? m_catalog.actor()->name : QString();
    po.createdAt = m_clock.now();
    for (int i = 0; i < requests.size(); ++i) {
        auto line = lineFor(po, requests.at(i), i + 1);
        if (!line)
            return line.error();
        po.lines.push_back(*line);
    }
    auto number = nextNumber();
    if (!number)
        return number.error();
    po.number = *number;
    const QString now = Timestamp::text(po.createdAt);
    if (auto s = m_db.run(QStringLiteral("INSERT INTO purchase_orders (id, number, supplier_id, "
                                         "status, currency, note, created_by, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {po.id, po.number, supplier->id, purchaseOrderStatusCode(po.status),
                           po.currency, Database::text(po.note), Database::text(po.createdBy), now,
                           now});
        !s)
        return s.error();
    for (const PurchaseOrderLine &l : po.lines) {
        if (auto s =
                m_db.run(QStringLiteral("INSERT INTO purchase_order_lines (po_id, line_no, "
                                        "product_id, ordered_milli, received_milli, "
                                        "unit_cost_minor) VALUES (?, ?, ?, ?, 0, ?)"),
                         {po.id, l.lineNo, l.productId, l.ordered.milli(), l.unitCost.minor()});
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return po;
}

Status PurchaseOrderBook::validateRequests(const QVector<PurchaseOrderRequest> &requests)
{
    for (int i = 0; i < requests.size(); ++i) {
        const QVariantMap where{{QStringLiteral("line"), i + 1}};
        if (requests.at(i).qty.milli() <= 0) {
            return Error::validation(QStringLiteral("qty"),
                                     tr("Line %1: the quantity must be more than zero").arg(i + 1),
                                     where);
        }
        if (auto s = ProductValidator::validateQuantity(requests.at(i).qty, QStringLiteral("qty"),
                                                        false, false);
            !s) {
            Error e = s.error();
            e.details.insert(where);
            return e;
        }
        if (requests.at(i).unitCost && requests.at(i).unitCost->minor() < 0)
            return Error::validation(QStringLiteral("unit_cost"),
                                     tr("Line %1: the unit cost cannot be negative").arg(i + 1),
                                     where);
    }
    return {};
}

Result<PurchaseOrderLine>
PurchaseOrderBook::lineFor(const PurchaseOrder &po, const PurchaseOrderRequest &r, int lineNo) const
{
    auto product = m_products.resolve(r.product);
    if (!product)
        return product.error();
    PurchaseOrderLine line;
    line.lineNo = lineNo;
    line.productId = product->id;
    line.sku = product->sku;
    line.name = product->name;
    line.ordered = r.qty;
    if (r.unitCost) {
        line.unitCost = Money(r.unitCost->minor(), po.currency);
    } else {
        auto agreed = m_suppliers.price(po.supplier.id, product->id);
        if (!agreed)
            return agreed.error();
        line.unitCost = Money(agreed->value_or(product->cost).minor(), po.currency);
    }
    return line;
}

Result<PurchaseOrder> PurchaseOrderBook::draftFor(const QString &number)
{
    auto po = find(number);
    if (!po)
        return po.error();
    if (po->status != PurchaseOrderStatus::Draft)
        return Error::validation(QStringLiteral("status"),
                                 tr("Purchase order %1 is %2: only a draft's lines can change")
                                     .arg(po->number, purchaseOrderStatusCode(po->status)),
                                 {{QStringLiteral("status"), purchaseOrderStatusCode(po->status)}});
    return po;
}

Status PurchaseOrderBook::touch(const PurchaseOrder &po)
{
    return m_db.run(QStringLiteral("UPDATE purchase_orders SET updated_at = ? WHERE id = ?"),
                    {Timestamp::text(m_clock.now()), po.id});
}

Result<PurchaseOrder> PurchaseOrderBook::addLines(const QString &number,
                                                  const QVector<PurchaseOrderRequest> &requests)
{
    if (auto s = m_catalog.require(Permission::AdjustStock); !s)
        return s.error();
    if (requests.isEmpty())
        return Error::validation(QStringLiteral("lines"), tr("Say which product to add"));
    if (auto s = validateRequests(requests); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto po = draftFor(number);
    if (!po)
        return po.error();
    for (const PurchaseOrderRequest &r : requests) {
        const int next = po->lines.isEmpty() ? 1 : po->lines.last().lineNo + 1;
        auto line = lineFor(*po, r, next);
        if (!line)
            return line.error();
        auto same =
            std::find_if(po->lines.begin(), po->lines.end(), [&](const PurchaseOrderLine &l) {
                return l.productId == line->productId;
            });
        if (same == po->lines.end()) {
            if (auto s = m_db.run(
                    QStringLiteral("INSERT INTO purchase_order_lines (po_id, line_no, product_id, "
                                   "ordered_milli, received_milli, unit_cost_minor) "
                                   "VALUES (?, ?, ?, ?, 0, ?)"),
                    {po->id, line->lineNo, line->productId, line->ordered.milli(),
                     line->unitCost.minor()});
                !s)
                return s.error();
            po->lines.push_back(*line);
            continue;
        }
        same->ordered += r.qty;
        if (r.unitCost)
            same->unitCost = line->unitCost;
        if (auto s =
                m_db.run(QStringLiteral("UPDATE purchase_order_lines SET ordered_milli = ?, "
                                        "unit_cost_minor = ? WHERE po_id = ? AND line_no = ?"),
                         {same->ordered.milli(), same->unitCost.minor(), po->id, same->lineNo});
            !s)
            return s.error();
    }
    if (auto s = touch(*po); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return po;
}

Result<PurchaseOrder> PurchaseOrderBook::removeLine(const QString &number, int lineNo)
{
    if (auto s = m_catalog.require(Permission::AdjustStock); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto po = draftFor(number);
    if (!po)
        return po.error();
    auto line = std::find_if(po->lines.begin(), po->lines.end(),
                             [&](const PurchaseOrderLine &l) { return l.lineNo == lineNo; });
    if (line == po->lines.end())
        return Error::validation(QStringLiteral("line"),
                                 tr("Purchase order %1 has no line %2").arg(po->number).arg(lineNo),
                                 {{QStringLiteral("line"), lineNo}});
    if (po->lines.size() == 1)
        return Error::validation(
            QStringLiteral("lines"),
            tr("%1 is the last line of %2: cancel the order instead").arg(line->sku, po->number));
    if (auto s = m_db.run(
            QStringLiteral("DELETE FROM purchase_order_lines WHERE po_id = ? AND line_no = ?"),
            {po->id, lineNo});
        !s)
        return s.error();
    // One row at a time, lowest first: each moves into the number just freed.
    for (auto it = line + 1; it != po->lines.end(); ++it) {
        if (auto s = m_db.run(QStringLiteral("UPDATE purchase_order_lines SET line_no = ? "
                                             "WHERE po_id = ? AND line_no = ?"),
                              {it->lineNo - 1, po->id, it->lineNo});
            !s)
            return s.error();
        --it->lineNo;
    }
    po->lines.erase(line);
    if (auto s = touch(*po); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return po;
}

Result<std::optional<PurchaseOrder>> PurchaseOrderBook::latestDraft(const QString &supplierId) const
{
    auto found = select(QStringLiteral("WHERE supplier_id = ? AND status = 'draft' "
                                       "ORDER BY created_at DESC, number DESC LIMIT 1"),
                        {supplierId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<PurchaseOrder>();
    return std::optional<PurchaseOrder>(found->first());
}

Error PurchaseOrderBook::illegalTransition(const PurchaseOrder &order, PurchaseOrderStatus to) const
{
    return Error::validation(
        QStringLiteral("status"),
        tr("Purchase order %1 is %2: it cannot become %3")
            .arg(order.number, purchaseOrderStatusCode(order.status), purchaseOrderStatusCode(to)),
        {{QStringLiteral("status"), purchaseOrderStatusCode(order.status)},
         {QStringLiteral("requested"), purchaseOrderStatusCode(to)}});
}

Status PurchaseOrderBook::updateStatus(PurchaseOrder &order, PurchaseOrderStatus to,
                                       const QString &stampColumn)
{
    const QDateTime now = m_clock.now();
    // The column is one of this class's own literals, never user input.
    const QString extra =
        stampColumn.isEmpty() ? QString() : QStringLiteral(", %1 = ?").arg(stampColumn);
    QVariantList bindings{purchaseOrderStatusCode(to), Timestamp::text(now)};
    if (!stampColumn.isEmpty())
        bindings << Timestamp::text(now);
    bindings << order.id;
    if (auto s = m_db.run(
            QStringLiteral("UPDATE purchase_orders SET status = ?, updated_at = ?%1 WHERE id = ?")
                .arg(extra),
            bindings);
        !s)
        return s;
    order.status = to;
    if (stampColumn == QLatin1String("sent_at"))
        order.sentAt = now;
    else if (stampColumn == QLatin1String("closed_at"))
        order.closedAt = now;
    return {};
}

Result<PurchaseOrder> PurchaseOrderBook::transition(const QString &number,
                                                    const QVector<PurchaseOrderStatus> &from,
                                                    PurchaseOrderStatus to,
                                                    const QString &auditAction,
                                                    const QString &stampColumn)
{
    if (auto s = m_catalog.require(Permission::AdjustStock); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto po = find(number);
    if (!po)
        return po.error();
    if (!from.contains(po->status))
        return illegalTransition(*po, to);
    const QString before = purchaseOrderStatusCode(po->status);
    if (auto s = updateStatus(*po, to, stampColumn); !s)
        return s.error();
    if (auto s = m_audit.record(
            m_catalog.actor(), auditAction, po->id,
            {{QStringLiteral("number"), po->number}, {QStringLiteral("status"), before}},
            {{QStringLiteral("number"), po->number},
             {QStringLiteral("status"), purchaseOrderStatusCode(to)},
             {QStringLiteral("total"), po->total().minor()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return po;
}

Result<PurchaseOrder> PurchaseOrderBook::send(const QString &number)
{
    return transition(number, {PurchaseOrderStatus::Draft}, PurchaseOrderStatus::Sent,
                      AuditAction::PurchaseOrderSent, QStringLiteral("sent_at"));
}

Result<PurchaseOrder> PurchaseOrderBook::close(const QString &number)
{
    // A partially received order is closed short: the rest is not coming.
    return transition(
        number, {PurchaseOrderStatus::PartiallyReceived, PurchaseOrderStatus::Received},
        PurchaseOrderStatus::Closed, AuditAction::PurchaseOrderClosed, QStringLiteral("closed_at"));
}

Result<PurchaseOrder> PurchaseOrderBook::cancel(const QString &number)
{
    return transition(number, {PurchaseOrderStatus::Draft, PurchaseOrderStatus::Sent},
                      PurchaseOrderStatus::Cancelled, AuditAction::PurchaseOrderCancelled,
                      QStringLiteral("closed_at"));
}

Result<PurchaseReceipt> PurchaseOrderBook::receive(const QString &number,
                                                   const QVector<ReceiptRequest> &requests)
{
    if (auto s = m_catalog.require(Permission::AdjustStock); !s)
        return s.error();
    if (requests.isEmpty())
        return Error::validation(QStringLiteral("lines"),
                                 tr("Say what arrived: at least one product and quantity"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto po = find(number);
    if (!po)
        return po.error();
    if (po->status != PurchaseOrderStatus::Sent &&
        po->status != PurchaseOrderStatus::PartiallyReceived)
        return illegalTransition(*po, PurchaseOrderStatus::Received);
    PurchaseReceipt receipt;
    QJsonArray received;
    for (int i = 0; i < requests.size(); ++i) {
        const ReceiptRequest &r = requests.at(i);
        const QVariantMap where{{QStringLiteral("line"), i + 1}};
        auto product = m_products.resolve(r.product);
        if (!product)
            return product.error();
        auto line =
            std::find_if(po->lines.begin(), po->lines.end(),
                         [&](const PurchaseOrderLine &l) { return l.productId == product->id; });
        if (line == po->lines.end())
            return Error::validation(
                QStringLiteral("product"),
                tr("%1 is not on purchase order %2").arg(product->sku, po->number), where);
        if (r.qty.milli() <= 0)
            return Error::validation(
                QStringLiteral("qty"),
                tr("%1: the quantity received must be more than zero").arg(product->sku), where);
        if (r.qty > line->outstanding())
            return Error::validation(
                QStringLiteral("qty"),
                tr("%1: %2 received but only %3 outstanding on %4")
                    .arg(product->sku, r.qty.toString(), line->outstanding().toString(),
                         po->number),
                {{QStringLiteral("line"), i + 1},
                 {QStringLiteral("outstanding_milli"), line->outstanding().milli()}});
        auto movement = m_catalog.recordMovement(*product, MovementKind::Receipt, r.qty,
                                                 tr("Purchase order %1").arg(po->number), po->id);
        if (!movement)
            return movement.error();
        if (auto s = m_db.run(QStringLiteral("UPDATE purchase_order_lines SET received_milli = "
                                             "received_milli + ? WHERE po_id = ? AND line_no = ?"),
                              {r.qty.milli(), po->id, line->lineNo});
            !s)
            return s.error();
        line->received += r.qty;
        receipt.movements.push_back(*movement);
        received.append(QJsonObject{{QStringLiteral("sku"), product->sku},
                                    {QStringLiteral("qty_milli"), r.qty.milli()}});
    }
    const bool complete =
        std::all_of(po->lines.begin(), po->lines.end(),
                    [](const PurchaseOrderLine &l) { return l.outstanding().milli() == 0; });
    const QString before = purchaseOrderStatusCode(po->status);
    if (auto s = updateStatus(
            *po, complete ? PurchaseOrderStatus::Received : PurchaseOrderStatus::PartiallyReceived,
            QString());
        !s)
        return s.error();
    if (auto s = m_audit.record(
            m_catalog.actor(), AuditAction::GoodsReceived, po->id,
            {{QStringLiteral("number"), po->number}, {QStringLiteral("status"), before}},
            {{QStringLiteral("number"), po->number},
             {QStringLiteral("status"), purchaseOrderStatusCode(po->status)},
             {QStringLiteral("received"), received}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    receipt.order = *po;
    return receipt;
}

Result<QVector<PurchaseOrderLine>> PurchaseOrderBook::loadLines(const QString &poId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT l.line_no, l.product_id, p.sku, p.name, "
                                      "l.ordered_milli, l.received_milli, l.unit_cost_minor, "
                                      "o.currency FROM purchase_order_lines l "
                                      "JOIN purchase_orders o ON o.id = l.po_id "
                                      "JOIN products p ON p.id = l.product_id "
                                      "WHERE l.po_id = ? ORDER BY l.line_no"),
                       {poId});
    if (!q)
        return q.error();
    QVector<PurchaseOrderLine> lines;
    while (q->next()) {
        PurchaseOrderLine l;
        l.lineNo = q->value(0).toInt();
        l.productId = q->value(1).toString();
        l.sku = q->value(2).toString();
        l.name = q->value(3).toString();
        l.ordered = Quantity::fromMilli(q->value(4).toLongLong());
        l.received = Quantity::fromMilli(q->value(5).toLongLong());
        l.unitCost = Money(q->value(6).toLongLong(), q->value(7).toString());
        lines.push_back(l);
    }
    return lines;
}

Result<QVector<PurchaseOrder>> PurchaseOrderBook::select(const QString &where,
                                                         const QVariantList &bindings) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, number, supplier_id, status, currency, note, "
                                      "created_by, created_at, sent_at, closed_at "
                                      "FROM purchase_orders ") +
                           where,
                       bindings);
    if (!q)
        return q.error();
    QVector<PurchaseOrder> orders;
    QStringList supplierIds;
    while (q->next()) {
        PurchaseOrder po;
        po.id = q->value(0).toString();
        po.number = q->value(1).toString();
        supplierIds << q->value(2).toString();
        po.status = purchaseOrderStatusFromCode(q->value(3).toString())
                        .value_or(PurchaseOrderStatus::Draft);
        po.currency = q->value(4).toString();
        po.note = q->value(5).toString();
        po.createdBy = q->value(6).toString();
        po.createdAt = Timestamp::parse(q->value(7));
        po.sentAt = Timestamp::parse(q->value(8));
        po.closedAt = Timestamp::parse(q->value(9));
        orders.push_back(po);
    }
    for (int i = 0; i < orders.size(); ++i) {
        auto supplier = m_suppliers.find(supplierIds.at(i));
        if (!supplier)
            return supplier.error();
        orders[i].supplier = *supplier;
        auto lines = loadLines(orders.at(i).id);
        if (!lines)
            return lines.error();
        orders[i].lines = *lines;
    }
    return orders;
}

Result<QVector<PurchaseOrder>> PurchaseOrderBook::list(std::optional<PurchaseOrderStatus> status,
                                                       int limit) const
{
    if (status)
        return select(QStringLiteral("WHERE status = ? ORDER BY created_at DESC, number DESC "
                                     "LIMIT ?"),
                      {purchaseOrderStatusCode(*status), limit});
    return select(QStringLiteral("ORDER BY created_at DESC, number DESC LIMIT ?"), {limit});
}

Result<PurchaseOrder> PurchaseOrderBook::find(const QString &key) const
{
    auto found = select(QStringLiteral("WHERE number = ? OR id = ?"),
                        {key.trimmed().toUpper(), key.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("Purchase order"), key);
    return found->first();
}

} // namespace bodega
