#pragma once

#include "ai/aiprovider.h"
#include "catalog/productcsvreader.h"
#include "common/clock.h"
#include "domain/product.h"
#include "pos/cart.h"
#include "pos/documentqueue.h"
#include "pos/settlement.h"
#include "security/auditlog.h"
#include "security/userstore.h"
#include "storage/alertinbox.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/productrepository.h"
#include "storage/stockledger.h"
#include "storage/storesettings.h"

#include <atomic>
#include <functional>
#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCatalog)

namespace bodega {

struct SaleRecord
{
    QString saleId;
    QString receiptNo;
    Product product; // after the sale
    Quantity quantity;
    Money total;
    bool oversold = false;              // stock went below zero: allowed, but flagged
    std::optional<LowStockAlert> alert; // set when this sale crossed the threshold
};

// A sale the till completed: what was recorded, in the order of the cart.
struct CompletedSale
{
    QString saleId;
    QString receiptNo; // T01-000123: per terminal, no gaps
    QString terminal;
    QDateTime completedAt;
    CartTotals totals;
    QVector<Tender> payments; // as recorded: cash net of change
    Money change;
    QVector<StockMovement> movements; // one per line
    QVector<LowStockAlert> alerts;    // thresholds this sale crossed
    bool oversold = false;
};

// How CatalogService::completeSale records a sale.
struct SaleOptions
{
    enum class Documents { Queue, None };
    Documents documents = Documents::Queue; // a simulation queues no receipt
    std::optional<Actor> approver;          // a manager's PIN for an over-limit discount
};

// Part of an earlier sale's line coming back.
struct ReturnRequest
{
    int lineNo = 0;
    Quantity qty;
};

struct CompletedReturn
{
    QString returnId;
    QString saleId;
    QString receiptNo; // of the original sale
    Money refund;
    QVector<StockMovement> movements;
};

struct AdjustmentRecord
{
    StockMovement movement;
    Product product;
    std::optional<LowStockAlert> alert;
};

struct ImportProblem
{
    int line = 0;
    Error error;
};

// A product an import creates or updates (or would, in a dry run).
struct ImportChange
{
    enum class Kind { Created, Updated };
    int line = 0;
    Kind kind = Kind::Created;
    QString sku;
    QString name;
};

struct ImportReport
{
    ProductCsvFormat format = ProductCsvFormat::Generic;
    int rowsRead = 0;
    int created = 0;
    int updated = 0;
    QVector<ImportProblem> problems; // rejected rows, by line
    QVector<ImportChange> changes;   // in file order
    bool committed = false;
    bool dryRun = false;
    bool cancelled = false;
};

struct ImportProgress
{
    int rows = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0; // 0 when unknown (a pipe)
};

struct ImportOptions
{
    bool skipBadRows = false; // otherwise one bad row rejects the whole file
    bool useAi = false;       // fill missing category/description from the AI
    // Everything is checked and written as for real, then rolled back: the
    // report is exactly what the import would do.
    bool dryRun = false;
    ProductCsvReader::Expect format = ProductCsvReader::Expect::Generic;
    QMap<QString, QString> mapping; // generic CSV: header name -> field
    // Set from any thread to stop: the import rolls back.
    const std::atomic_bool *cancel = nullptr;
};

// The catalog and stock use cases (SPEC: Catalog, Stock) over one local store.
// Each public method is one unit of work: the change, its stock movements, its
// alert and its outbox events commit together or not at all. Used by bodegactl
// and by the GUI (from a worker thread that owns its own Database).
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(bodega::CatalogService)

public:
    CatalogService(Database &db, AiProvider &ai, const Clock &clock = Clock::system());

    StoreSettings &settings() { return m_settings; }

    // Who is acting. Every change checks the actor's role (AccessPolicy):
    // PERMISSION_DENIED otherwise. A store without users yet (a new till
    // being set up) lets any change through; once it has users, a change
    // without an actor is refused.
    void setActor(std::optional<Actor> actor) { m_actor = std::move(actor); }
    const std::optional<Actor> &actor() const { return m_actor; }
    Status require(Permission permission) const;
    QString currency() const { return m_settings.currency(); }
    AiProvider &ai() { return m_ai; }

    // Creates a product. When useAi is set and the category or description is
    // empty, the AI fills them and marks them as generated.
    Result<Product> addProduct(Product draft, Quantity initialStock, bool useAi);
    Result<Product> updateProduct(Product product);
    Result<Product> find(const QString &key) const;
    Result<QVector<Product>> list(const ProductQuery &query) const;
    Result<qint64> count(const ProductQuery &query) const;
    Result<QVector<Product>> lowStock(int limit = 1000) const;
    Result<QStringList> categories() const { return m_products.categories(); }
    Result<qint64> pendingEventCount() const { return m_outbox.count(QStringLiteral("pending")); }
    Result<QVector<LowStockAlert>> recentAlerts(int limit = 50) const
    {
        return m_alerts.recent(limit);
    }

    // Records a paid cart as one durable transaction: the sale with its
    // receipt number, lines, payments, a stock movement per line, the
    // sale.completed event and any low-stock alerts, or nothing at all.
    // Refused (and nothing written) when the cart is empty, the settlement
    // was made for another total, or it is not paid in full
    // (PAYMENT_INCOMPLETE). A sale is never refused for lack of stock: it
    // is flagged (oversold). Its receipt and invoice are queued in the same
    // transaction (DocumentQueue) and made afterwards (CheckoutSaga).
    //
    // A discount above the cashier's limit (TillLimits) needs `approver`,
    // a manager or admin who typed their PIN at the till, and is audited
    // (discount_over_limit) with the sale.
    Result<CompletedSale> completeSale(const Cart &cart, const Settlement &settlement,
                                       const SaleOptions &options = {});
    // Records a void at the till before the sale completes (audited: who,
    // what, how much): one line (`line`), or the whole cart (no `line`),
    // which a cashier needs a manager's approval for. Nothing else changes:
    // the cart is the till's until it is paid.
    Status recordVoid(const Cart &cart, std::optional<int> line,
                      const std::optional<Actor> &approver = std::nullopt);
    // Takes back part of an earlier sale (by its receipt number): never more
    // of a line than was sold minus what came back already, the stock goes
    // back (movements of kind return), the refund is the line's share of
    // what was paid for it. A cashier needs `approver`, a manager or admin
    // who typed their PIN; a manager may approve their own return.
    Result<CompletedReturn> returnItems(const QString &receiptNo,
                                        const QVector<ReturnRequest> &lines, const QString &reason,
                                        const std::optional<Actor> &approver);
    // "Simular venta": a one-line sale of qty, paid exactly in cash. A
    // simulation hands nobody a receipt: it queues no documents.
    Result<SaleRecord> sell(const QString &key, Quantity qty);
    Result<AdjustmentRecord> adjustStock(const QString &key, Quantity delta, const QString &reason);

    Result<AiSuggestion> suggest(const AiRequest &request);
    // Teaches the AI the store's own categorized products.
    Status trainAi();

    // Imports a product CSV as one transaction (see ImportOptions). A row
    // whose SKU, else barcode, is in the store updates that product with the
    // row's non-empty fields; a stock quantity becomes a ledger movement (the
    // opening stock of a new product, a count for an existing one). Bad rows
    // are reported with their line and reason: with skipBadRows the others
    // are imported, otherwise nothing is. A file that cannot be read at all
    // (no header, a required column missing) is an error and changes nothing.
    Result<ImportReport>
    importProducts(QIODevice &device, const ImportOptions &options,
                   const std::function<void(const ImportProgress &)> &progress = {});
    Result<ImportReport> importCsv(QIODevice &device, const ImportOptions &options,
                                   const std::function<void(int rows)> &progress = {});
    // Writes every product, by SKU, as a product CSV; returns how many.
    Result<int> exportProducts(QIODevice &device, ProductCsvFormat format,
                               const std::function<void(int rows)> &progress = {});

    // A product built from text fields as a user typed them; errors name the field.
    Result<Product> productFromText(const QMap<QString, QString> &fields) const;
    // The same with the store's currency read once by the caller (an import).
    Result<Product> productFromText(const QMap<QString, QString> &fields,
                                    const QString &currency) const;
    // Copies into `product` the fields of `parsed` that `given` names (the
    // keys of productFromText's fields); the others keep their values.
    static void applyGiven(Product &product, const Product &parsed,
                           const QMap<QString, QString> &given);
    // Changes the given fields (same names as productFromText) of a product.
    Result<Product> editFromText(const QString &key, const QMap<QString, QString> &fields);

    // Appends a movement (and, for non-sales, its stock.adjusted event).
    // Public so that other units of work booking stock (PurchaseOrderBook's
    // receipts) publish the same event; call inside the caller's Transaction.
    // levelBefore as StockLedger::record takes it.
    Result<StockMovement> recordMovement(const Product &product, MovementKind kind, Quantity delta,
                                         const QString &reason, const QString &reference,
                                         std::optional<Quantity> levelBefore = std::nullopt);

private:
    friend class ProductImport;

    // Records the low-stock alert and its event when the movement crossed
    // the threshold; called after the event of the change that caused it.
    Result<std::optional<LowStockAlert>> alertIfCrossed(const Product &product,
                                                        const StockMovement &movement);
    // The name of who approved an action needing `permission`: the actor
    // when their role allows it, else `approver` (PERMISSION_DENIED when
    // neither may); empty in a store without users.
    Result<QString> approval(Permission permission, const std::optional<Actor> &approver) const;
    Status insertProduct(Product &product, Quantity initialStock, const QString &clockStamp);
    // Writes an edit of `existing` inside the caller's transaction: new clock
    // stamps for the changed fields, the event, the price-change audit.
    Status writeUpdate(Product &product, const Product &existing);
    Status enrich(Product &product);
    Result<QString> nextReceiptNo();
    QString generateSku() const;

    Database &m_db;
    AiProvider &m_ai;
    const Clock &m_clock;
    StoreSettings m_settings;
    ProductRepository m_products;
    StockLedger m_ledger;
    Outbox m_outbox;
    AlertInbox m_alerts;
    UserStore m_users;
    AuditLog m_audit;
    DocumentQueue m_documents;
    std::optional<Actor> m_actor;
};

// The JSON the events carry for a product (product.upserted, version 2: with
// the per-field clock).
constexpr int ProductUpsertedVersion = 2;
QString productEventJson(const Product &product);
// The same, parsed (for code that reads or compares payloads).
QJsonObject productEventPayload(const Product &product);

} // namespace bodega
