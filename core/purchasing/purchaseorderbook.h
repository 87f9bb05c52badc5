#pragma once

#include "catalog/catalogservice.h"
#include "purchasing/supplierbook.h"

#include <QCoreApplication>

namespace bodega {

// draft -> sent -> partially_received -> received -> closed; a draft or a
// sent order can be cancelled, a partially received one closed short.
enum class PurchaseOrderStatus { Draft, Sent, PartiallyReceived, Received, Closed, Cancelled };
QString purchaseOrderStatusCode(PurchaseOrderStatus status); // "partially_received", ...
std::optional<PurchaseOrderStatus> purchaseOrderStatusFromCode(const QString &code);

struct PurchaseOrderLine
{
    int lineNo = 0;
    QString productId;
    QString sku;
    QString name;
    Quantity ordered;
    Quantity received;
    Money unitCost;

    Quantity outstanding() const { return ordered - received; }
    Money total() const { return unitCost.times(ordered); }
    QJsonObject toJson() const;
};

struct PurchaseOrder
{
    QString id;
    QString number; // OC-T01-000001: per terminal, no gaps
    Supplier supplier;
    PurchaseOrderStatus status = PurchaseOrderStatus::Draft;
    QString currency;
    QString note;
    QString createdBy;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime closedAt;
    QVector<PurchaseOrderLine> lines;

    Money total() const;
    QJsonObject toJson() const;
};

// A line of a new order: the product by SKU, barcode or id; no cost takes
// the supplier's price for it, else the product's cost.
struct PurchaseOrderRequest
{
    QString product;
    Quantity qty;
    std::optional<Money> unitCost;
};

// A quantity arriving for one product of an order.
struct ReceiptRequest
{
    QString product; // SKU, barcode or id of a product on the order
    Quantity qty;
};

struct PurchaseReceipt
{
    PurchaseOrder order; // after the receipt
    QVector<StockMovement> movements;
};

// Purchase orders (SPEC: Stock): created as drafts, sent to the supplier,
// received in one or more deliveries, closed. Every change checks the
// catalog's actor for Permission::AdjustStock (managers and admins) and is
// one transaction. Receiving books one ledger movement of kind receipt per
// line (reference: the order's id) through CatalogService::recordMovement,
// so each publishes the same stock.adjusted event an adjustment does. A line
// never receives more than is outstanding (VALIDATION_FAILED, field "qty"):
// goods beyond the order are a new order or a stock adjustment, so the
// order stays what was agreed with the supplier. An illegal transition is
// VALIDATION_FAILED with field "status". Send, receive, close and cancel are
// audited.
class PurchaseOrderBook
{
    Q_DECLARE_TR_FUNCTIONS(bodega::PurchaseOrderBook)

public:
    PurchaseOrderBook(CatalogService &catalog, Database &db, const Clock &clock);

    SupplierBook &suppliers() { return m_suppliers; }
    // SupplierBook's changes behind the same permission as orders.
    Result<Supplier> addSupplier(const Supplier &draft);
    Result<Supplier> updateSupplier(const Supplier &supplier);
    Status setSupplierPrice(const QString &supplierKey, const QString &productKey,
                            const Money &price);

    Result<PurchaseOrder> create(const QString &supplierKey,
                                 const QVector<PurchaseOrderRequest> &lines,
                                 const QString &note = {});
    // Changes to a draft (VALIDATION_FAILED field "status" once it is sent).
    // A product already on the draft gets the quantity added to its line
    // (and the new cost, when one is given); others become new lines.
    Result<PurchaseOrder> addLines(const QString &number,
                                   const QVector<PurchaseOrderRequest> &lines);
    // Later lines move up one. The last line stays (field "lines"): an order
    // nobody wants any more is cancelled, which the audit trail shows.
    Result<PurchaseOrder> removeLine(const QString &number, int lineNo);
    Result<PurchaseOrder> send(const QString &number);
    Result<PurchaseReceipt> receive(const QString &number, const QVector<ReceiptRequest> &lines);
    Result<PurchaseOrder> close(const QString &number);
    Result<PurchaseOrder> cancel(const QString &number);

    // By number or id.
    Result<PurchaseOrder> find(const QString &key) const;
    // Newest first; all statuses when none is given.
    Result<QVector<PurchaseOrder>> list(std::optional<PurchaseOrderStatus> status = std::nullopt,
                                        int limit = 200) const;
    // The supplier's newest draft, if it has one.
    Result<std::optional<PurchaseOrder>> latestDraft(const QString &supplierId) const;

private:
    Result<QString> nextNumber();
    // Checks a new order's or a draft's requested lines (qty > 0, cost >= 0).
    static Status validateRequests(const QVector<PurchaseOrderRequest> &requests);
    // The line for `r` at `lineNo` of `po`: its product, and the cost given,
    // else the supplier's price, else the product's cost.
    Result<PurchaseOrderLine> lineFor(const PurchaseOrder &po, const PurchaseOrderRequest &r,
                                      int lineNo) const;
    Result<PurchaseOrder> draftFor(const QString &number);
    Status touch(const PurchaseOrder &po);
    // Moves `number` from one of `from` to `to`, stamping `column` if given.
    Result<PurchaseOrder> transition(const QString &number,
                                     const QVector<PurchaseOrderStatus> &from,
                                     PurchaseOrderStatus to, const QString &auditAction,
                                     const QString &stampColumn);
    Status updateStatus(PurchaseOrder &order, PurchaseOrderStatus to, const QString &stampColumn);
    Error illegalTransition(const PurchaseOrder &order, PurchaseOrderStatus to) const;
    Result<QVector<PurchaseOrderLine>> loadLines(const QString &poId) const;
    Result<QVector<PurchaseOrder>> select(const QString &where, const QVariantList &bindings) const;

    CatalogService &m_catalog;
    Database &m_db;
    const Clock &m_clock;
    SupplierBook m_suppliers;
    ProductRepository m_products;
    AuditLog m_audit;
};

} // namespace bodega
