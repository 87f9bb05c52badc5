#include "catalogservice.h"

#include "catalog/lowstockpayload.h"
#include "catalog/productcsvwriter.h"
#include "catalog/productimport.h"
#include "catalog/webhooksettings.h"
#include "storage/documentcounter.h"
#include "storage/webhookqueue.h"

#include "pos/tilllimits.h"
#include "security/auditaction.h"

#include "common/flatjson.h"
#include "common/timestamp.h"
#include "common/tracecontext.h"
#include "common/uuid.h"
#include "domain/barcode.h"
#include "domain/productmerge.h"
#include "domain/productvalidator.h"
#include "domain/rounding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcCatalog, "bodega.catalog")

namespace bodega {

QString productEventJson(const Product &p)
{
    // Keys in QJsonDocument's (sorted) order.
    return FlatJson::ObjectWriter()
        .boolean(QLatin1String("active"), p.active)
        .string(QLatin1String("barcode"), p.barcode)
        .string(QLatin1String("category"), p.category)
        .boolean(QLatin1String("category_generated"), p.categoryGenerated)
        .integer(QLatin1String("cost"), p.cost.minor())
        .string(QLatin1String("currency"), p.price.currency())
        .string(QLatin1String("description"), p.description)
        .boolean(QLatin1String("description_generated"), p.descriptionGenerated)
        .json(QLatin1String("field_hlc"), FlatJson::writeObject(p.fieldClock))
        .string(QLatin1String("id"), p.id)
        .json(QLatin1String("keywords"), FlatJson::writeArray(p.keywords))
        .string(QLatin1String("name"), p.name)
        .integer(QLatin1String("price"), p.price.minor())
        .string(QLatin1String("sku"), p.sku)
        .string(QLatin1String("supplier"), p.supplier)
        .integer(QLatin1String("tax_rate_bp"), p.taxRateBasisPoints)
        .integer(QLatin1String("threshold_milli"), p.threshold.milli())
        .string(QLatin1String("unit"), unitCode(p.unit))
        .string(QLatin1String("updated_at"), Timestamp::text(p.updatedAt))
        .finish();
}

QJsonObject productEventPayload(const Product &p)
{
    return QJsonDocument::fromJson(productEventJson(p).toUtf8()).object();
}

CatalogService::CatalogService(Database &db, AiProvider &ai, const Clock &clock)
    : m_db(db), m_ai(ai), m_clock(clock), m_settings(db), m_products(db), m_ledger(db, clock),
      m_outbox(db, clock), m_alerts(db, clock), m_users(db, clock), m_audit(db, clock),
      m_documents(db, clock)
{
}

QString CatalogService::generateSku() const
{
    // 12 hex digits of randomness: collisions stay unlikely at a million products.
    return QStringLiteral("BOD-%1")
        .arg(QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFFFULL, 12, 16, QLatin1Char('0'))
        .toUpper();
}

Status CatalogService::enrich(Product &p)
{
    if (!p.category.isEmpty() && !p.description.isEmpty())
        return {};
    AiRequest request;
    request.name = p.name;
    request.keywords = p.keywords;
    request.category = p.category;
    request.unit = unitCode(p.unit);
    auto suggestion = m_ai.suggest(request);
    if (!suggestion)
        return suggestion.error();
    if (p.category.isEmpty() && !suggestion->category.isEmpty()) {
        p.category = suggestion->category;
        p.categoryGenerated = true;
    }
    if (p.description.isEmpty() && !suggestion->description.isEmpty()) {
        p.description = suggestion->description;
        p.descriptionGenerated = true;
    }
    return {};
}

Status CatalogService::insertProduct(Product &p, Quantity initialStock, const QString &stamp)
{
    ProductMerge::stamp(p, ProductMerge::fields(), stamp);
    if (auto s = m_products.insert(p); !s)
        return s;
    if (auto e = m_outbox.appendJson(QStringLiteral("product.upserted"), ProductUpsertedVersion,
                                     p.id, productEventJson(p));
        !e)
        return e.error();
    if (initialStock.milli() != 0) {
        // A new product starts at zero: initial stock never "crosses" a
        // threshold, and there is no level to read.
        auto r = recordMovement(p, MovementKind::Initial, initialStock, tr("Initial stock"),
                                QString(), Quantity());
        if (!r)
            return r.error();
    }
    p.stock = initialStock;
    return {};
}

Status CatalogService::require(Permission permission) const
{
    return m_users.check(m_actor, permission);
}

Result<Product> CatalogService::addProduct(Product p, Quantity initialStock, bool useAi)
{
    if (auto s = require(Permission::EditCatalog); !s)
        return s.error();
    ProductValidator::normalize(p);
    if (p.sku.isEmpty())
        p.sku = generateSku();
    // One store, one currency: a zero amount takes the store's; any other
    // amount in a foreign currency is refused rather than silently relabelled.
    auto configured = m_settings.storeCurrency();
    if (!configured)
        return configured.error();
    const QString storeCurrency = *configured;
    if (p.price.minor() == 0)
        p.price = Money(0, storeCurrency);
    if (p.cost.minor() == 0)
        p.cost = Money(0, storeCurrency);
    if (p.price.currency() != storeCurrency || p.cost.currency() != storeCurrency)
        return Error::validation(QStringLiteral("currency"),
                                 tr("Prices in this store are in %1").arg(storeCurrency));
    // Validate before asking the AI: bad input should fail fast and cheaply.
    if (auto s = ProductValidator::validate(p); !s)
        return s.error();
    if (auto s = ProductValidator::validateQuantity(initialStock, QStringLiteral("stock"), true);
        !s)
        return s.error();
    if (useAi) {
        if (auto s = enrich(p); !s)
            qCWarning(lcCatalog) << "AI enrichment failed, saving without it:" << s.error().message;
        ProductValidator::normalize(p);
    }
    if (auto s = ProductValidator::validate(p); !s)
        return s.error();

    p.id = newId();
    p.createdAt = p.updatedAt = m_clock.now();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto stamp = m_settings.nextHlc(m_clock.nowMs());
    if (!stamp)
        return stamp.error();
    if (auto s = insertProduct(p, initialStock, *stamp); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (!p.category.isEmpty() && !p.categoryGenerated)
        m_ai.learn({TrainingExample{p.name, p.keywords, p.category}});
    qCDebug(lcCatalog) << "product added" << p.id << p.sku;
    return p;
}

Result<Product> CatalogService::updateProduct(Product p)
{
    if (auto s = require(Permission::EditCatalog); !s)
        return s.error();
    ProductValidator::normalize(p);
    if (auto s = ProductValidator::validate(p); !s)
        return s.error();
    auto existing = m_products.findById(p.id);
    if (!existing)
        return existing.error();
    if (p.price != existing->price || p.cost != existing->cost) {
        if (auto s = require(Permission::ChangePrice); !s)
            return s.error();
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = writeUpdate(p, *existing); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    p.stock = existing->stock;
    return p;
}

Status CatalogService::writeUpdate(Product &p, const Product &existing)
{
    p.createdAt = existing.createdAt;
    p.updatedAt = m_clock.now();
    // Only the fields this edit changed get a new stamp: an edit of the price
    // here must not overwrite a name changed meanwhile on another terminal.
    p.fieldClock = existing.fieldClock;
    if (const QStringList changed = ProductMerge::changedFields(existing, p); !changed.isEmpty()) {
        auto stamp = m_settings.nextHlc(m_clock.nowMs());
        if (!stamp)
            return stamp.error();
        ProductMerge::stamp(p, changed, *stamp);
    }
    if (auto s = m_products.update(p); !s)
        return s;
    if (auto e = m_outbox.appendJson(QStringLiteral("product.upserted"), ProductUpsertedVersion,
                                     p.id, productEventJson(p));
        !e)
        return e.error();
    if (p.price != existing.price || p.cost != existing.cost) {
        const auto prices = [](const Product &x) {
            return QJsonObject{{QStringLiteral("sku"), x.sku},
                               {QStringLiteral("price"), x.price.minor()},
                               {QStringLiteral("cost"), x.cost.minor()},
                               {QStringLiteral("currency"), x.price.currency()}};
        };
        if (auto s = m_audit.record(m_actor, AuditAction::PriceChanged, p.id, prices(existing),
                                    prices(p));
            !s)
            return s;
    }
    return {};
}

Result<Product> CatalogService::find(const QString &key) const
{
    return m_products.resolve(key);
}

Result<QVector<Product>> CatalogService::list(const ProductQuery &query) const
{
    return m_products.list(query);
}

Result<qint64> CatalogService::count(const ProductQuery &query) const
{
    return m_products.count(query);
}

Result<QVector<Product>> CatalogService::lowStock(int limit) const
{
    ProductQuery q;
    q.lowOnly = true;
    q.limit = limit;
    q.sort = ProductQuery::Sort::Stock;
    return m_products.list(q);
}

Result<StockMovement> CatalogService::recordMovement(const Product &product, MovementKind kind,
                                                     Quantity delta, const QString &reason,
                                                     const QString &reference,
                                                     std::optional<Quantity> levelBefore)
{
    auto movement = m_ledger.record(product.id, kind, delta, reason, reference, levelBefore);
    if (!movement)
        return movement.error();
    // Sales travel as sale.completed; every other movement is its own event.
    if (kind != MovementKind::Sale) {
        const QString payload =
            FlatJson::ObjectWriter()
                .integer(QLatin1String("delta_milli"), delta.milli())
                .string(QLatin1String("kind"), movementKindCode(kind))
                .integer(QLatin1String("level_after_milli"), movement->levelAfter.milli())
                .string(QLatin1String("movement_id"), movement->id)
                .string(QLatin1String("product_id"), product.id)
                .string(QLatin1String("reason"), reason)
                .string(QLatin1String("reference"), reference)
                .finish();
        if (auto e = m_outbox.appendJson(QStringLiteral("stock.adjusted"), 1, product.id, payload);
            !e)
            return e.error();
    }
    return movement;
}

Result<std::optional<LowStockAlert>> CatalogService::alertIfCrossed(const Product &product,
                                                                    const StockMovement &movement)
{
    // One alert per crossing, not one per movement below the threshold.
    const bool crossed =
        movement.levelBefore >= product.threshold && movement.levelAfter < product.threshold;
    if (!crossed)
        return std::optional<LowStockAlert>();
    LowStockAlert alert;
    alert.productId = product.id;
    alert.productName = product.name;
    alert.sku = product.sku;
    alert.stock = movement.levelAfter;
    alert.threshold = product.threshold;
    alert.message = tr("Low stock: %1 (SKU %2) has %3 left, below the threshold of %4")
                        .arg(product.name, product.sku, movement.levelAfter.toString(),
                             product.threshold.toString());
    if (auto s = m_alerts.add(alert); !s)
        return s.error();
    const QJsonObject payload{
        {QStringLiteral("alert_id"), alert.id},
        {QStringLiteral("product_id"), product.id},
        {QStringLiteral("product_name"), product.name},
        {QStringLiteral("sku"), product.sku},
        {QStringLiteral("current_stock_milli"), alert.stock.milli()},
        {QStringLiteral("threshold_milli"), alert.threshold.milli()},
        {QStringLiteral("supplier"), product.supplier},
        {QStringLiteral("message"), alert.message},
    };
    if (auto e = m_outbox.append(QStringLiteral("stock.low"), 1, product.id, payload); !e)
        return e.error();
    // The webhook row joins the alert's transaction: it survives a crash, and
    // the sale never waits for the network (a worker delivers it later).
    auto webhookUrl = WebhookSettings(m_db, nullptr, m_clock).deliveryUrl();
    if (!webhookUrl)
        return webhookUrl.error();
    if (!webhookUrl->isEmpty()) {
        auto body = LowStockPayload::build(m_db, alert);
        if (!body)
            return body.error();
        if (auto d = WebhookQueue(m_db, m_clock)
                         .enqueue(alert.id, *webhookUrl,
                                  QJsonDocument(*body).toJson(QJsonDocument::Compact));
            !d)
            return d.error();
    }
    qCWarning(lcCatalog).noquote() << alert.message;
    return std::optional<LowStockAlert>(alert);
}

Result<QString> CatalogService::nextReceiptNo()
{
    auto configured = m_settings.read(QStringLiteral("terminal"));
    if (!configured)
        return configured.error();
    const QString terminal = configured->value_or(StoreSettings::defaultTerminalCode());
    return DocumentCounter::next(m_db, DocumentCounter::Receipt, terminal);
}

Result<QString> CatalogService::approval(Permission permission,
                                         const std::optional<Actor> &approver) const
{
    if (m_actor && AccessPolicy::allows(m_actor->role, permission))
        return m_actor->name;
    if (auto s = m_users.check(approver, permission); !s)
        return s.error();
    return approver ? approver->name : QString();
}

Result<CompletedSale> CatalogService::completeSale(const Cart &cart, const Settlement &settlement,
                                                   const SaleOptions &options)
{
    if (auto s = require(Permission::Sell); !s)
        return s.error();
    if (cart.isEmpty())
        return Error::validation(QStringLiteral("lines"), tr("The sale has no lines"));
    auto storeCurrency = m_settings.storeCurrency();
    if (!storeCurrency)
        return storeCurrency.error();
    if (cart.currency() != *storeCurrency)
        return Error::validation(QStringLiteral("currency"),
                                 tr("Sales in this store are in %1").arg(*storeCurrency));
    CompletedSale sale;
    sale.totals = cart.totals();
    if (settlement.due() != sale.totals.total)
        return Error::validation(QStringLiteral("payments"),
                                 tr("The payments were taken for %1, the sale now comes to %2")
                                     .arg(settlement.due().format(), sale.totals.total.format()));
    if (auto s = settlement.checkPaidInFull(); !s)
        return s.error();
    auto limits = TillLimits::fromSettings(m_settings);
    if (!limits)
        return limits.error();
    // A store without users has no cashiers, so no cashier's limit.
    const bool overLimit = m_actor && limits->discountNeedsApproval(sale.totals, m_actor->role);
    QString discountApprovedBy;
    if (overLimit) {
        auto approved = approval(Permission::ApproveOverride, options.approver);
        if (!approved) {
            Error e = approved.error();
            e.message = tr("A discount of more than %1 % needs a manager's approval")
                            .arg(QLocale().toString(limits->cashierDiscountBasisPoints() / 100.0));
            e.details.insert(QStringLiteral("field"), QStringLiteral("discount"));
            e.details.insert(QStringLiteral("needs"),
                             AccessPolicy::permissionCode(Permission::ApproveOverride));
            return e;
        }
        discountApprovedBy = *approved;
    }

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // Under the write lock: the same cart checked out twice is one sale.
    sale.saleId = cart.checkoutId();
    auto earlier =
        m_db.exec(QStringLiteral("SELECT receipt_no FROM sales WHERE id = ?"), {sale.saleId});
    if (!earlier)
        return earlier.error();
    if (earlier->next()) {
        const QString receiptNo = earlier->value(0).toString();
        return Error{ErrorCode::Duplicate,
                     tr("This sale was already recorded as %1").arg(receiptNo),
                     {{QStringLiteral("field"), QStringLiteral("sale")},
                      {QStringLiteral("receipt_no"), receiptNo}}};
    }
    auto receipt = nextReceiptNo();
    if (!receipt)
        return receipt.error();
    sale.receiptNo = *receipt;
    sale.terminal = sale.receiptNo.section(QLatin1Char('-'), 0, 0);
    sale.completedAt = m_clock.now();
    sale.payments = settlement.applied();
    sale.change = settlement.changeDue();
    const QString now = sale.completedAt.toString(Qt::ISODateWithMs);
    const CartTotals &t = sale.totals;

    if (auto s = m_db.run(
            QStringLiteral(
                "INSERT INTO sales (id, receipt_no, terminal, total_minor, currency, created_at, "
                "trace_id, discount_minor, tax_minor, change_minor, cashier) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sale.saleId, sale.receiptNo, sale.terminal, t.total.minor(), t.total.currency(), now,
             Database::text(TraceContext::current()),
             t.lineDiscounts.minor() + t.saleDiscount.minor(), t.tax.minor(), sale.change.minor(),
             Database::text(m_actor ? m_actor->name : QString())});
        !s)
        return s.error();

    QJsonArray lines;
    QVector<Product> sold; // read once: the movement and the alert check both need it
    for (int i = 0; i < cart.lines().size(); ++i) {
        const CartLine &line = cart.lines().at(i);
        const CartLineTotals &lt = t.lines.at(i);
        auto product = m_products.findById(line.productId);
        if (!product)
            return product.error();
        sold << *product;
        if (auto s = m_db.run(
                QStringLiteral(
                    "INSERT INTO sale_lines (sale_id, line_no, product_id, qty_milli, "
                    "unit_price_minor, total_minor, discount_minor, tax_rate_bp, name, sku) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {sale.saleId, i + 1, line.productId, line.qty.milli(), line.unitPrice.minor(),
                 lt.net.minor(), lt.lineDiscount.minor() + lt.saleDiscount.minor(),
                 line.taxRateBasisPoints, Database::text(product->name),
                 Database::text(product->sku)});
            !s)
            return s.error();
        auto movement = recordMovement(*product, MovementKind::Sale, -line.qty,
                                       tr("Sale %1").arg(sale.receiptNo), sale.saleId);
        if (!movement)
            return movement.error();
        sale.movements << *movement;
        sale.oversold = sale.oversold || movement->levelAfter.milli() < 0;
        lines.append(QJsonObject{
            {QStringLiteral("line_no"), i + 1},
            {QStringLiteral("product_id"), line.productId},
            {QStringLiteral("sku"), product->sku},
            {QStringLiteral("qty_milli"), line.qty.milli()},
            {QStringLiteral("unit_price"), line.unitPrice.minor()},
            {QStringLiteral("total"), lt.net.minor()},
            {QStringLiteral("movement_id"), movement->id},
        });
    }
    for (int i = 0; i < sale.payments.size(); ++i) {
        const Tender &p = sale.payments.at(i);
        if (auto s = m_db.run(QStringLiteral("INSERT INTO sale_payments (sale_id, payment_no, "
                                             "kind, amount_minor, reference, "
                                             "provider) VALUES (?, ?, ?, ?, ?, ?)"),
                              {sale.saleId, i + 1, Tender::kindCode(p.kind), p.amount.minor(),
                               Database::text(p.reference), Database::text(p.provider)});
            !s)
            return s.error();
    }
    const QJsonObject payload{
        {QStringLiteral("sale_id"), sale.saleId},
        {QStringLiteral("receipt_no"), sale.receiptNo},
        {QStringLiteral("terminal"), sale.terminal},
        {QStringLiteral("currency"), t.total.currency()},
        {QStringLiteral("total"), t.total.minor()},
        {QStringLiteral("completed_at"), now},
        {QStringLiteral("lines"), lines},
    };
    if (auto e = m_outbox.append(QStringLiteral("sale.completed"), 1, sale.saleId, payload); !e)
        return e.error();
    // The receipt and the invoice this sale owes, made after the commit.
    if (overLimit) {
        const CartTotals &dt = sale.totals;
        if (auto s = m_audit.record(
                m_actor, AuditAction::DiscountOverLimit, sale.receiptNo, {},
                QJsonObject{{QStringLiteral("gross"), dt.gross.minor()},
                            {QStringLiteral("discount"),
                             dt.lineDiscounts.minor() + dt.saleDiscount.minor()},
                            {QStringLiteral("discount_bp"), TillLimits::discountBasisPoints(dt)},
                            {QStringLiteral("limit_bp"), limits->cashierDiscountBasisPoints()},
                            {QStringLiteral("approved_by"), discountApprovedBy}});
            !s)
            return s.error();
    }
    if (options.documents == SaleOptions::Documents::Queue) {
        for (DocumentKind kind : {DocumentKind::Receipt, DocumentKind::Invoice}) {
            if (auto s = m_documents.enqueue(sale.saleId, kind); !s)
                return s.error();
        }
    }
    for (int i = 0; i < sale.movements.size(); ++i) {
        auto alert = alertIfCrossed(sold.at(i), sale.movements.at(i));
        if (!alert)
            return alert.error();
        if (*alert)
            sale.alerts << **alert;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (sale.oversold)
        qCWarning(lcCatalog) << "sale" << sale.receiptNo << "took stock below zero";
    return sale;
}

Status CatalogService::recordVoid(const Cart &cart, std::optional<int> line,
                                  const std::optional<Actor> &approver)
{
    if (auto s = require(Permission::Sell); !s)
        return s;
    if (line && (*line < 0 || *line >= cart.lines().size()))
        return Error::validation(QStringLiteral("line"), tr("There is no line %1").arg(*line + 1));
    if (cart.isEmpty())
        return {};
    QString approvedBy;
    if (!line) {
        auto approved = approval(Permission::ApproveOverride, approver);
        if (!approved) {
            Error e = approved.error();
            e.message = tr("Voiding a whole sale needs a manager's approval");
            e.details.insert(QStringLiteral("needs"),
                             AccessPolicy::permissionCode(Permission::ApproveOverride));
            return e;
        }
        approvedBy = *approved;
    }
    const CartTotals t = cart.totals();
    QJsonArray lines;
    for (int i = 0; i < cart.lines().size(); ++i) {
        if (line && i != *line)
            continue;
        const CartLine &l = cart.lines().at(i);
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("qty"), l.qty.toString()},
                                 {QStringLiteral("amount"), t.lines.at(i).net.minor()}});
    }
    QJsonObject after{
        {QStringLiteral("lines"), lines},
        {QStringLiteral("amount"), line ? t.lines.at(*line).net.minor() : t.total.minor()},
        {QStringLiteral("currency"), cart.currency()}};
    if (!line)
        after.insert(QStringLiteral("approved_by"), approvedBy);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto s = m_audit.record(m_actor, line ? AuditAction::LineVoided : AuditAction::SaleVoided,
                                m_settings.terminalCode(), {}, after);
        !s)
        return s;
    return tx.commit();
}

Result<CompletedReturn> CatalogService::returnItems(const QString &receiptNo,
                                                    const QVector<ReturnRequest> &lines,
                                                    const QString &reason,
                                                    const std::optional<Actor> &approver)
{
    if (auto s = require(Permission::Sell); !s)
        return s.error();
    // The actor approves their own return if their role may; else the approver must.
    const bool selfApproved =
        m_actor && AccessPolicy::allows(m_actor->role, Permission::ApproveReturn);
    if (auto approved = approval(Permission::ApproveReturn, approver); !approved)
        return approved.error();
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::validation(QStringLiteral("reason"), tr("A return needs a reason"));
    if (why.size() > 500)
        return Error::validation(QStringLiteral("reason"),
                                 tr("The reason is longer than 500 characters"));
    if (lines.isEmpty())
        return Error::validation(QStringLiteral("lines"), tr("Say which lines come back"));

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto sale = m_db.exec(QStringLiteral("SELECT id, currency FROM sales WHERE receipt_no = ?"),
                          {receiptNo.trimmed()});
    if (!sale)
        return sale.error();
    if (!sale->next())
        return Error::notFound(tr("Sale"), receiptNo);
    CompletedReturn done;
    done.saleId = sale->value(0).toString();
    const QString currency = sale->value(1).toString();
    sale->finish();
    done.receiptNo = receiptNo.trimmed();
    done.returnId = newId();
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    // The return's row first: its lines point at it.
    auto header = m_db.exec(
        QStringLiteral("INSERT INTO sale_returns (id, sale_id, created_at, user_id, approved_by, "
                       "reason, refund_minor) VALUES (?, ?, ?, ?, ?, ?, 0)"),
        {done.returnId, done.saleId, now, Database::text(m_actor ? m_actor->userId : QString()),
         Database::text(selfApproved ? QString()
                        : approver   ? approver->userId
                                     : QString()),
         why});
    if (!header)
        return header.error();
    qint64 refund = 0;
    QSet<int> seen;
    for (const ReturnRequest &r : lines) {
        if (seen.contains(r.lineNo))
            return Error::validation(QStringLiteral("line"),
                                     tr("Line %1 is listed twice").arg(r.lineNo));
        seen.insert(r.lineNo);
        if (r.qty.milli() <= 0)
            return Error::validation(QStringLiteral("qty"),
                                     tr("The quantity must be more than zero"));
        auto line = m_db.exec(
            QStringLiteral("SELECT l.product_id, l.qty_milli, l.total_minor, "
                           "coalesce((SELECT sum(r.qty_milli) FROM sale_return_lines r "
                           "WHERE r.sale_id = l.sale_id AND r.line_no = l.line_no), 0), "
                           "coalesce((SELECT sum(r.refund_minor) FROM sale_return_lines r "
                           "WHERE r.sale_id = l.sale_id AND r.line_no = l.line_no), 0) "
                           "FROM sale_lines l WHERE l.sale_id = ? AND l.line_no = ?"),
            {done.saleId, r.lineNo});
        if (!line)
            return line.error();
        if (!line->next())
            return Error::validation(QStringLiteral("line"),
                                     tr("Sale %1 has no line %2").arg(done.receiptNo).arg(r.lineNo),
                                     {{QStringLiteral("line"), r.lineNo}});
        const QString productId = line->value(0).toString();
        const qint64 sold = line->value(1).toLongLong();
        const qint64 paid = line->value(2).toLongLong();
        const qint64 returned = line->value(3).toLongLong();
        const qint64 refunded = line->value(4).toLongLong();
        line->finish();
        if (r.qty.milli() > sold - returned)
            return Error::validation(
                QStringLiteral("qty"),
                tr("Line %1: only %2 can still come back")
                    .arg(r.lineNo)
                    .arg(Quantity::fromMilli(sold - returned).toString()),
                {{QStringLiteral("line"), r.lineNo},
                 {QStringLiteral("returnable"), Quantity::fromMilli(sold - returned).toString()}});
        // Rounded on the running total, not per return: a line returned in
        // parts refunds exactly what was paid for it, never a peso more.
        const qint64 lineRefund = roundedMulDiv(paid, returned + r.qty.milli(), sold) - refunded;
        refund += lineRefund;
        auto added = m_db.exec(QStringLiteral("INSERT INTO sale_return_lines (return_id, sale_id, "
                                              "line_no, qty_milli, refund_minor) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                               {done.returnId, done.saleId, r.lineNo, r.qty.milli(), lineRefund});
        if (!added)
            return added.error();
        auto product = m_products.findById(productId);
        if (!product)
            return product.error();
        auto movement = recordMovement(*product, MovementKind::Return, r.qty,
                                       tr("Return of %1").arg(done.receiptNo), done.saleId);
        if (!movement)
            return movement.error();
        done.movements << *movement;
    }
    if (auto r = m_db.exec(QStringLiteral("UPDATE sale_returns SET refund_minor = ? WHERE id = ?"),
                           {refund, done.returnId});
        !r)
        return r.error();
    done.refund = Money(refund, currency);
    QJsonArray returnedLines;
    for (const ReturnRequest &r : lines)
        returnedLines.append(QJsonObject{{QStringLiteral("line_no"), r.lineNo},
                                         {QStringLiteral("qty"), r.qty.toString()}});
    if (auto s = m_audit.record(
            m_actor, AuditAction::SaleReturned, done.receiptNo, {},
            {{QStringLiteral("lines"), returnedLines},
             {QStringLiteral("refund"), refund},
             {QStringLiteral("reason"), why},
             {QStringLiteral("approved_by"), selfApproved ? (m_actor ? m_actor->name : QString())
                                             : approver   ? approver->name
                                                          : QString()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<SaleRecord> CatalogService::sell(const QString &key, Quantity qty)
{
    if (auto s = ProductValidator::validateQuantity(qty, QStringLiteral("qty")); !s)
        return s.error();
    auto product = m_products.resolve(key);
    if (!product)
        return product.error();
    Cart cart(product->price.currency());
    if (auto line = cart.add(*product, qty); !line)
        return line.error();
    Settlement cash(cart.totals().total);
    if (cash.due().minor() > 0) {
        if (auto s = cash.add({Tender::Kind::Cash, cash.due(), {}, {}}); !s)
            return s.error();
    }
    auto completed =
        completeSale(cart, cash, SaleOptions{SaleOptions::Documents::None, std::nullopt});
    if (!completed)
        return completed.error();
    SaleRecord sale;
    sale.saleId = completed->saleId;
    sale.receiptNo = completed->receiptNo;
    sale.quantity = qty;
    sale.total = completed->totals.total;
    sale.product = *product;
    sale.product.stock = completed->movements.first().levelAfter;
    sale.oversold = completed->oversold;
    if (!completed->alerts.isEmpty())
        sale.alert = completed->alerts.first();
    return sale;
}

Result<AdjustmentRecord> CatalogService::adjustStock(const QString &key, Quantity delta,
                                                     const QString &reason)
{
    if (auto s = require(Permission::AdjustStock); !s)
        return s.error();
    if (auto s = ProductValidator::validateQuantity(delta, QStringLiteral("delta"), false, true);
        !s)
        return s.error();
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::validation(QStringLiteral("reason"), tr("A stock adjustment needs a reason"));
    if (why.size() > 500)
        return Error::validation(QStringLiteral("reason"),
                                 tr("The reason is longer than 500 characters"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto product = m_products.resolve(key);
    if (!product)
        return product.error();
    AdjustmentRecord record;
    auto movement = recordMovement(*product, MovementKind::Adjustment, delta, why, QString());
    if (!movement)
        return movement.error();
    record.movement = *movement;
    if (auto s = m_audit.record(m_actor, AuditAction::StockAdjusted, product->id,
                                {{QStringLiteral("sku"), product->sku},
                                 {QStringLiteral("stock"), movement->levelBefore.toString()}},
                                {{QStringLiteral("sku"), product->sku},
                                 {QStringLiteral("stock"), movement->levelAfter.toString()},
                                 {QStringLiteral("delta"), delta.toString()},
                                 {QStringLiteral("reason"), why}});
        !s)
        return s.error();
    auto alert = alertIfCrossed(*product, record.movement);
    if (!alert)
        return alert.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    record.product = *product;
    record.product.stock = record.movement.levelAfter;
    record.alert = *alert;
    return record;
}

Result<AiSuggestion> CatalogService::suggest(const AiRequest &request)
{
    return m_ai.suggest(request);
}

Status CatalogService::trainAi()
{
    QVector<TrainingExample> examples;
    auto s = m_products.forEachCategorized(
        [&](const QString &name, const QStringList &keywords, const QString &category) {
            examples.push_back(TrainingExample{name, keywords, category});
        });
    if (!s)
        return s;
    if (!examples.isEmpty())
        m_ai.learn(examples);
    return {};
}

Result<Product> CatalogService::productFromText(const QMap<QString, QString> &f) const
{
    return productFromText(f, currency());
}

Result<Product> CatalogService::productFromText(const QMap<QString, QString> &f,
                                                const QString &cur) const
{
    Product p;
    p.name = f.value(QStringLiteral("name"));
    p.sku = f.value(QStringLiteral("sku"));
    p.barcode = f.value(QStringLiteral("barcode"));
    p.category = f.value(QStringLiteral("category"));
    p.description = f.value(QStringLiteral("description"));
    p.supplier = f.value(QStringLiteral("supplier"));
    const QString keywords = f.value(QStringLiteral("keywords"));
    static const QRegularExpression separators(QStringLiteral("[,;|]"));
    for (const QString &k : keywords.split(separators, Qt::SkipEmptyParts))
        p.keywords << k;
    const QString price = f.value(QStringLiteral("price"));
    if (!price.trimmed().isEmpty()) {
        auto m = Money::parse(price, cur, QStringLiteral("price"));
        if (!m)
            return m.error();
        p.price = *m;
    } else {
        p.price = Money(0, cur);
    }
    const QString cost = f.value(QStringLiteral("cost"));
    p.cost = Money(0, cur);
    if (!cost.trimmed().isEmpty()) {
        auto m = Money::parse(cost, cur, QStringLiteral("cost"));
        if (!m)
            return m.error();
        p.cost = *m;
    }
    const QString threshold = f.value(QStringLiteral("threshold"));
    if (!threshold.trimmed().isEmpty()) {
        auto q = Quantity::parse(threshold, QStringLiteral("threshold"));
        if (!q)
            return q.error();
        p.threshold = *q;
    }
    // "19", "19 %", "8.5": a percentage, kept in basis points.
    if (QString tax = f.value(QStringLiteral("tax")).trimmed(); !tax.isEmpty()) {
        if (tax.endsWith(QLatin1Char('%')))
            tax = tax.chopped(1).trimmed();
        auto bp = parseScaledDecimal(tax, 2, QStringLiteral("tax"));
        if (!bp)
            return bp.error();
        p.taxRateBasisPoints = *bp > 10000 || *bp < 0 ? -1 : static_cast<int>(*bp);
    }
    if (const QString active = f.value(QStringLiteral("active")).trimmed().toLower();
        !active.isEmpty()) {
        static const QStringList yes = {QStringLiteral("yes"),    QStringLiteral("true"),
                                        QStringLiteral("1"),      QStringLiteral("active"),
                                        QStringLiteral("si"),     QStringLiteral("sí"),
                                        QStringLiteral("activo"), QStringLiteral("y")};
        static const QStringList no = {QStringLiteral("no"),       QStringLiteral("false"),
                                       QStringLiteral("0"),        QStringLiteral("draft"),
                                       QStringLiteral("archived"), QStringLiteral("inactivo"),
                                       QStringLiteral("n"),        QStringLiteral("unlisted")};
        if (yes.contains(active))
            p.active = true;
        else if (no.contains(active))
            p.active = false;
        else
            return Error::validation(QStringLiteral("active"),
                                     tr("Active is yes or no, not \"%1\"").arg(active.left(20)));
    }
    const QString unit = f.value(QStringLiteral("unit"));
    if (auto u = unitFromCode(unit))
        p.unit = *u;
    else
        return Error::validation(QStringLiteral("unit"),
                                 tr("Unknown unit \"%1\": use unit, kg or l").arg(unit.left(20)));
    return p;
}

void CatalogService::applyGiven(Product &p, const Product &parsed,
                                const QMap<QString, QString> &given)
{
    const auto has = [&given](const char *name) {
        return given.contains(QString::fromLatin1(name));
    };
    if (has("name"))
        p.name = parsed.name;
    if (has("sku"))
        p.sku = parsed.sku;
    if (has("barcode"))
        p.barcode = parsed.barcode;
    if (has("keywords"))
        p.keywords = parsed.keywords;
    if (has("category")) {
        p.category = parsed.category;
        p.categoryGenerated = false;
    }
    if (has("description")) {
        p.description = parsed.description;
        p.descriptionGenerated = false;
    }
    if (has("supplier"))
        p.supplier = parsed.supplier;
    if (has("price"))
        p.price = parsed.price;
    if (has("cost"))
        p.cost = parsed.cost;
    if (has("tax"))
        p.taxRateBasisPoints = parsed.taxRateBasisPoints;
    if (has("threshold"))
        p.threshold = parsed.threshold;
    if (has("unit"))
        p.unit = parsed.unit;
    if (has("active"))
        p.active = parsed.active;
}

Result<Product> CatalogService::editFromText(const QString &key, const QMap<QString, QString> &f)
{
    auto existing = m_products.resolve(key);
    if (!existing)
        return existing.error();
    QMap<QString, QString> text = f;
    if (!text.contains(QStringLiteral("unit")))
        text.insert(QStringLiteral("unit"), unitCode(existing->unit));
    auto parsed = productFromText(text);
    if (!parsed)
        return parsed.error();
    // Only what was given changes: the other fields keep their values and
    // their clocks, so a concurrent edit of them elsewhere still wins.
    Product p = *existing;
    applyGiven(p, *parsed, f);
    return updateProduct(p);
}

Result<ImportReport>
CatalogService::importProducts(QIODevice &device, const ImportOptions &options,
                               const std::function<void(const ImportProgress &)> &progress)
{
    return ProductImport(*this, options).run(device, progress);
}

Result<ImportReport> CatalogService::importCsv(QIODevice &device, const ImportOptions &options,
                                               const std::function<void(int)> &progress)
{
    return importProducts(device, options, [&progress](const ImportProgress &p) {
        if (progress)
            progress(p.rows);
    });
}

Result<int> CatalogService::exportProducts(QIODevice &device, ProductCsvFormat format,
                                           const std::function<void(int)> &progress)
{
    ProductCsvWriter writer(device, format);
    if (auto s = writer.writeHeader(); !s)
        return s.error();
    // By SKU, a page at a time: a stable order (the same store exports the
    // same file) without a million products in memory.
    ProductQuery query;
    query.sort = ProductQuery::Sort::Sku;
    query.limit = 2000;
    int written = 0;
    for (;;) {
        auto page = m_products.list(query);
        if (!page)
            return page.error();
        for (const Product &p : *page) {
            if (auto s = writer.write(p); !s)
                return s.error();
            ++written;
        }
        if (progress)
            progress(written);
        if (page->size() < query.limit)
            break;
        query.offset += query.limit;
    }
    return written;
}

} // namespace bodega
