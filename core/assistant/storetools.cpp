#include "storetools.h"

#include "ai/descriptionwriter.h"
#include "ai/textnormalizer.h"
#include "pos/salesreport.h"
#include "pos/stockreport.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>

namespace bodega {

namespace {

QJsonObject schema(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    Q_ASSERT_X(doc.isObject(), "StoreTools", json); // a typo in a schema literal below
    return doc.object();
}

// Quantities as Product::toJson writes them: integers when whole.
QJsonValue amount(Quantity q)
{
    if (q.isWhole())
        return QJsonValue(q.milli() / Quantity::Scale);
    return QJsonValue(double(q.milli()) / Quantity::Scale);
}

Quantity quantityFrom(const QJsonValue &value)
{
    return Quantity::fromMilli(std::llround(value.toDouble() * Quantity::Scale));
}

// What every answer that names a product carries: enough to cite and open it.
QJsonObject brief(const Product &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("sku"), p.sku},
                       {QStringLiteral("unit"), unitCode(p.unit)}};
}

QJsonObject stockOf(const Product &p)
{
    QJsonObject o = brief(p);
    o.insert(QStringLiteral("stock"), amount(p.stock));
    o.insert(QStringLiteral("threshold"), amount(p.threshold));
    o.insert(QStringLiteral("low"), p.isLow());
    o.insert(QStringLiteral("supplier"), p.supplier);
    return o;
}

QJsonObject listed(const Product &p)
{
    QJsonObject o = brief(p);
    o.insert(QStringLiteral("price"), p.price.minor());
    o.insert(QStringLiteral("currency"), p.price.currency());
    o.insert(QStringLiteral("category"), p.category);
    return o;
}

// A schema whose "properties" also get `shared` (fragments several tools use).
QJsonObject schema(const char *json, const QJsonObject &shared)
{
    QJsonObject out = schema(json);
    QJsonObject properties = out.value(QStringLiteral("properties")).toObject();
    for (auto it = shared.begin(); it != shared.end(); ++it)
        properties.insert(it.key(), it.value());
    out.insert(QStringLiteral("properties"), properties);
    return out;
}

QJsonObject productItem()
{
    return QJsonObject{{QStringLiteral("product"),
                        schema(R"({"type":"object","required":["id","name","sku","unit"],
        "properties":{"id":{"type":"string"},"name":{"type":"string"},"sku":{"type":"string"},
                      "unit":{"type":"string","enum":["unit","kg","l"]}}})")}};
}

QJsonObject periodArguments()
{
    return schema(R"({"properties":{
        "period":{"type":"string","enum":["today","yesterday","this_week","last_7_days",
                  "this_month","last_30_days","custom"],
                  "description":"calendar days in the store's time zone; weeks start on Monday; default today"},
        "from":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "description":"first day (YYYY-MM-DD) of a custom period"},
        "to":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              "description":"last day, inclusive; default from"}}})")
        .value(QStringLiteral("properties"))
        .toObject();
}

QJsonObject periodResult()
{
    return QJsonObject{
        {QStringLiteral("period"), schema(R"({"type":"object","required":["period","from","to"],
        "properties":{"period":{"type":"string"},"from":{"type":"string"},
                      "to":{"type":"string"}}})")}};
}

// The period a sales tool's arguments name (see periodArguments()).
Result<SalesPeriod> periodOf(const SalesReport &report, const QJsonObject &args)
{
    return report.period(args.value(QStringLiteral("period")).toString(),
                         args.value(QStringLiteral("from")).toString(),
                         args.value(QStringLiteral("to")).toString());
}

// The catalog acts as the tool's caller for one write (it checks the role
// again and audits who did it), then as before.
class ActingAs
{
public:
    ActingAs(CatalogService &catalog, const std::optional<Actor> &actor)
        : m_catalog(catalog), m_before(catalog.actor())
    {
        m_catalog.setActor(actor);
    }
    ~ActingAs() { m_catalog.setActor(m_before); }
    ActingAs(const ActingAs &) = delete;
    ActingAs &operator=(const ActingAs &) = delete;

private:
    CatalogService &m_catalog;
    std::optional<Actor> m_before;
};

const char *const ProductIdArgs =
    R"({"type":"object","required":["product_id"],"additionalProperties":false,"properties":{
        "product_id":{"type":"string","minLength":1,"maxLength":200,
                      "description":"the product's id, SKU or barcode, as search_products gives"}}})";

} // namespace

StoreTools::StoreTools(CatalogService &catalog, Database &db, const Clock &clock)
    : m_catalog(catalog), m_db(db), m_clock(clock), m_stock(db)
{
}

void StoreTools::registerAll(ToolRegistry &registry)
{
    for (Tool tool :
         {searchProducts(), getProduct(), describeProduct(), getStock(), lowStock(), recentAlerts(),
          salesSummary(), topProducts(), reorderSuggestions(), adjustStock(), createProductDraft()})
        registry.add(std::move(tool));
}

Result<Product> StoreTools::product(const QJsonObject &arguments) const
{
    auto found = m_catalog.find(arguments.value(QStringLiteral("product_id")).toString());
    if (!found) {
        Error error = found.error();
        if (error.code == ErrorCode::NotFound)
            error.details.insert(QStringLiteral("field"), QStringLiteral("product_id"));
        return error;
    }
    return found;
}

Tool StoreTools::searchProducts()
{
    Tool t;
    t.name = QStringLiteral("search_products");
    t.title = tr("Search products");
    t.description = QStringLiteral(
        "Finds products by words of their name, keywords, SKU, barcode or category (each word a "
        "prefix; accents, plurals and small typos tolerated). Use it first to turn what the user "
        "calls a product into a product_id for the other tools.");
    t.inputSchema = schema(R"({"type":"object","required":["query"],"additionalProperties":false,
        "properties":{"query":{"type":"string","minLength":1,"maxLength":200},
                      "limit":{"type":"integer","minimum":1,"maximum":50,
                               "description":"default 10"}}})");
    t.outputSchema = schema(R"({"type":"object","required":["products","total"],"properties":{
        "products":{"type":"array","items":{"type":"object",
            "required":["id","name","sku","unit","price","currency","category"]}},
        "total":{"type":"integer","minimum":0}}})");
    t.dataClasses = DataClass::Public;
    t.handler = [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
        const QString text = args.value(QStringLiteral("query")).toString();
        ProductQuery query;
        query.limit = args.value(QStringLiteral("limit")).toInt(10);
        // As typed; then stemmed (plurals: "arroces" -> arroc); then each
        // word cut to its first four letters (typos past them: "arros").
        QStringList tries{text};
        const QStringList words = TextNormalizer::words(text);
        tries << TextNormalizer::stems(text).join(QLatin1Char(' '));
        QStringList cut;
        for (const QString &w : words)
            cut << (w.size() > 4 && !w.at(0).isDigit() ? w.left(4) : w);
        tries << cut.join(QLatin1Char(' '));
        QVector<Product> found;
        for (const QString &attempt : tries) {
            if (attempt.trimmed().isEmpty())
                continue;
            query.search = attempt;
            auto r = m_catalog.list(query);
            if (!r)
                return r.error();
            found = *r;
            if (!found.isEmpty())
                break;
        }
        QJsonArray products;
        for (const Product &p : found)
            products.append(listed(p));
        return QJsonObject{{QStringLiteral("products"), products},
                           {QStringLiteral("total"), products.size()}};
    };
    return t;
}

Tool StoreTools::getProduct()
{
    Tool t;
    t.name = QStringLiteral("get_product");
    t.title = tr("Product details");
    t.description = QStringLiteral(
        "Everything about one product: price (minor units, tax included), cost, tax rate, stock, "
        "threshold, supplier, category.");
    t.inputSchema = schema(ProductIdArgs);
    t.outputSchema = schema(R"({"type":"object","required":["product"],"properties":{
        "product":{"type":"object","required":["id","name","sku","price","currency","stock"]}}})");
    t.dataClasses = DataClass::Public | DataClass::Internal;
    t.handler = [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
        auto p = product(args);
        if (!p)
            return p.error();
        return QJsonObject{{QStringLiteral("product"), p->toJson()}};
    };
    return t;
}

Tool StoreTools::describeProduct()
{
    Tool t;
    t.name = QStringLiteral("describe_product");
    t.title = tr("Describe a product");
    t.description = QStringLiteral(
        "A product's description, category, keywords and price. When the catalog has no "
        "description yet, one written from the product's own facts by the offline templates "
        "(source \"template\").");
    t.inputSchema = schema(ProductIdArgs);
    t.outputSchema = schema(R"({"type":"object",
        "required":["product","description","source","category","keywords","price","currency"],
        "properties":{
        "description":{"type":"string"},
        "source":{"type":"string","enum":["catalog","ai","template"]},
        "category":{"type":"string"},
        "keywords":{"type":"array","items":{"type":"string"}},
        "price":{"type":"integer"},"currency":{"type":"string"}}})",
                            productItem());
    t.dataClasses = DataClass::Public;
    t.handler = [this](const QJsonObject &args, const ToolContext &context) -> Result<QJsonObject> {
        auto p = product(args);
        if (!p)
            return p.error();
        QString description = p->description;
        QString source = p->descriptionGenerated ? QStringLiteral("ai") : QStringLiteral("catalog");
        if (description.trimmed().isEmpty()) {
            description = DescriptionWriter().write(
                {p->name, p->keywords, p->category, unitCode(p->unit)}, context.language);
            source = QStringLiteral("template");
        }
        return QJsonObject{{QStringLiteral("product"), brief(*p)},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("source"), source},
                           {QStringLiteral("category"), p->category},
                           {QStringLiteral("keywords"), QJsonArray::fromStringList(p->keywords)},
                           {QStringLiteral("price"), p->price.minor()},
                           {QStringLiteral("currency"), p->price.currency()}};
    };
    return t;
}

Tool StoreTools::getStock()
{
    Tool t;
    t.name = QStringLiteral("get_stock");
    t.title = tr("Stock of a product");
    t.description = QStringLiteral(
        "How much of one product is in stock (in its unit: units, kg or l), its low-stock "
        "threshold and whether it is below it.");
    t.inputSchema = schema(ProductIdArgs);
    t.outputSchema = schema(R"({"type":"object","required":["product","stock","threshold","low"],
        "properties":{
        "stock":{"type":"number"},"threshold":{"type":"number"},"low":{"type":"boolean"}}})",
                            productItem());
    t.dataClasses = DataClass::Internal;
    t.handler = [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
        auto p = product(args);
        if (!p)
            return p.error();
        return QJsonObject{{QStringLiteral("product"), brief(*p)},
                           {QStringLiteral("stock"), amount(p->stock)},
                           {QStringLiteral("threshold"), amount(p->threshold)},
                           {QStringLiteral("low"), p->isLow()}};
    };
    return t;
}

Tool StoreTools::lowStock()
{
    Tool t;
    t.name = QStringLiteral("low_stock");
    t.title = tr("Low stock");
    t.description = QStringLiteral(
        "Active products whose stock is below their low-stock threshold, lowest stock first, "
        "and how many there are.");
    t.inputSchema = schema(R"({"type":"object","additionalProperties":false,"properties":{
        "limit":{"type":"integer","minimum":1,"maximum":200,"description":"default 20"}}})");
    t.outputSchema = schema(R"({"type":"object","required":["products","total"],"properties":{
        "products":{"type":"array","items":{"type":"object",
            "required":["id","name","sku","unit","stock","threshold","low","supplier"]}},
        "total":{"type":"integer","minimum":0,
                 "description":"how many are low, counted up to 1000"},
        "total_capped":{"type":"boolean","description":"at least total are low"}}})");
    t.dataClasses = DataClass::Internal;
    t.handler = [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
        const int limit = args.value(QStringLiteral("limit")).toInt(20);
        auto low = m_stock.lowest(limit);
        if (!low)
            return low.error();
        auto total = m_stock.countLow(LowCountCap);
        if (!total)
            return total.error();
        QJsonArray products;
        for (const Product &p : low->products)
            products.append(stockOf(p));
        return QJsonObject{{QStringLiteral("products"), products},
                           {QStringLiteral("total"), *total},
                           {QStringLiteral("total_capped"), *total >= LowCountCap}};
    };
    return t;
}

Tool StoreTools::recentAlerts()
{
    Tool t;
    t.name = QStringLiteral("recent_alerts");
    t.title = tr("Recent alerts");
    t.description = QStringLiteral("The latest low-stock alerts, newest first.");
    t.inputSchema = schema(R"({"type":"object","additionalProperties":false,"properties":{
        "limit":{"type":"integer","minimum":1,"maximum":100,"description":"default 10"}}})");
    t.outputSchema = schema(R"({"type":"object","required":["alerts"],"properties":{
        "alerts":{"type":"array","items":{"type":"object",
            "required":["product_id","product_name","stock","threshold","message","created_at",
                        "read"]}}}})");
    t.dataClasses = DataClass::Internal;
    t.handler = [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
        auto alerts = m_catalog.recentAlerts(args.value(QStringLiteral("limit")).toInt(10));
        if (!alerts)
            return alerts.error();
        QJsonArray out;
        for (const LowStockAlert &a : *alerts) {
            out.append(
                QJsonObject{{QStringLiteral("product_id"), a.productId},
                            {QStringLiteral("product_name"), a.productName},
                            {QStringLiteral("sku"), a.sku},
                            {QStringLiteral("stock"), amount(a.stock)},
                            {QStringLiteral("threshold"), amount(a.threshold)},
                            {QStringLiteral("message"), a.message},
                            {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("read"), a.read}});
        }
        return QJsonObject{{QStringLiteral("alerts"), out}};
    };
    return t;
}

Tool StoreTools::salesSummary()
{
    Tool t;
    t.name = QStringLiteral("sales_summary");
    t.title = tr("Sales summary");
    t.description = QStringLiteral(
        "Sales of a period: how many, total paid (minor units, tax included), tax, discounts, "
        "returns and refunds, net, items sold.");
    t.inputSchema = schema(R"({"type":"object","additionalProperties":false,"properties":{}})",
                           periodArguments());
    t.outputSchema = schema(R"({"type":"object",
        "required":["period","sales","total","tax","discounts","returns","refunds","net",
                    "items_sold","currency"],
        "properties":{
        "sales":{"type":"integer","minimum":0},"total":{"type":"integer"},
        "tax":{"type":"integer"},"discounts":{"type":"integer"},
        "returns":{"type":"integer","minimum":0},"refunds":{"type":"integer"},
        "net":{"type":"integer"},"items_sold":{"type":"number"},
        "currency":{"type":"string"}}})",
                            periodResult());
    t.permission = Permission::ViewReports;
    t.dataClasses = DataClass::Internal;
    t.handler = [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
        SalesReport report(m_db, m_clock, SalesReport::storeTimeZone(m_db));
        auto period = periodOf(report, args);
        if (!period)
            return period.error();
        auto totals = report.summary(*period);
        if (!totals)
            return totals.error();
        return QJsonObject{{QStringLiteral("period"), period->toJson()},
                           {QStringLiteral("sales"), totals->sales},
                           {QStringLiteral("total"), totals->total.minor()},
                           {QStringLiteral("tax"), totals->tax.minor()},
                           {QStringLiteral("discounts"), totals->discounts.minor()},
                           {QStringLiteral("returns"), totals->returns},
                           {QStringLiteral("refunds"), totals->refunds.minor()},
                           {QStringLiteral("net"), totals->net.minor()},
                           {QStringLiteral("items_sold"), amount(totals->itemsSold)},
                           {QStringLiteral("currency"), totals->total.currency()}};
    };
    return t;
}

Tool StoreTools::topProducts()
{
    Tool t;
    t.name = QStringLiteral("top_products");
    t.title = tr("Best sellers");
    t.description = QStringLiteral(
        "The products that sold most (quantity, net of returns) in a period, with revenue.");
    t.inputSchema = schema(
        R"({"type":"object","additionalProperties":false,"properties":{
        "limit":{"type":"integer","minimum":1,"maximum":50,"description":"default 10"}}})",
        periodArguments());
    t.outputSchema = schema(R"({"type":"object","required":["period","products","currency"],
        "properties":{
        "products":{"type":"array","items":{"type":"object",
            "required":["id","name","sku","unit","quantity","revenue"]}},
        "currency":{"type":"string"}}})",
                            periodResult());
    t.permission = Permission::ViewReports;
    t.dataClasses = DataClass::Internal;
    t.handler = [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
        SalesReport report(m_db, m_clock, SalesReport::storeTimeZone(m_db));
        auto period = periodOf(report, args);
        if (!period)
            return period.error();
        auto top = report.topProducts(*period, args.value(QStringLiteral("limit")).toInt(10));
        if (!top)
            return top.error();
        QJsonArray products;
        for (const ProductSales &s : *top) {
            products.append(QJsonObject{{QStringLiteral("id"), s.productId},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("sku"), s.sku},
                                        {QStringLiteral("unit"), unitCode(s.unit)},
                                        {QStringLiteral("quantity"), amount(s.quantity)},
                                        {QStringLiteral("revenue"), s.revenue.minor()}});
        }
        return QJsonObject{{QStringLiteral("period"), period->toJson()},
                           {QStringLiteral("products"), products},
                           {QStringLiteral("currency"), m_catalog.currency()}};
    };
    return t;
}

Tool StoreTools::reorderSuggestions()
{
    Tool t;
    t.name = QStringLiteral("reorder_suggestions");
    t.title = tr("Reorder suggestions");
    t.description = QStringLiteral(
        "What to order: products whose stock will not cover cover_days of sales at the pace of "
        "the last 28 days (the demand forecast: exponentially weighted daily demand, by weekday "
        "once 4 weeks of history exist), or already below threshold. suggested = ceil(daily "
        "velocity * "
        "cover_days + threshold - stock) whole units. Optionally for one supplier (accents and "
        "case ignored). Most urgent first.");
    t.inputSchema = schema(R"({"type":"object","additionalProperties":false,"properties":{
        "supplier":{"type":"string","maxLength":200},
        "cover_days":{"type":"integer","minimum":1,"maximum":180,"description":"default 14"},
        "limit":{"type":"integer","minimum":1,"maximum":200,"description":"default 20"}}})");
    t.outputSchema = schema(R"({"type":"object",
        "required":["products","more","cover_days","window_days","supplier"],"properties":{
        "products":{"type":"array","items":{"type":"object",
            "required":["id","name","sku","unit","supplier","stock","threshold","sold_28d",
                        "daily_velocity","suggested","estimated_cost"]}},
        "more":{"type":"boolean"},"cover_days":{"type":"integer"},
        "window_days":{"type":"integer"},"supplier":{"type":"string"}}})");
    t.permission = Permission::ViewReports;
    t.dataClasses = DataClass::Internal;
    t.handler = [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
        const int coverDays = args.value(QStringLiteral("cover_days")).toInt(DefaultCoverDays);
        const int limit = args.value(QStringLiteral("limit")).toInt(20);
        const QString supplier = args.value(QStringLiteral("supplier")).toString();
        // "Proveedor X" matches the supplier X: the word a user puts before a
        // name is no part of it.
        QStringList wanted = TextNormalizer::words(supplier);
        wanted.removeAll(QStringLiteral("proveedor"));
        wanted.removeAll(QStringLiteral("supplier"));
        QHash<QString, bool> verdicts; // a store has few suppliers and many products
        const auto matches = [&](const QString &name) {
            auto it = verdicts.constFind(name);
            if (it != verdicts.constEnd())
                return *it;
            const QStringList have = TextNormalizer::words(name);
            const bool match = std::all_of(wanted.begin(), wanted.end(),
                                           [&](const QString &w) { return have.contains(w); });
            verdicts.insert(name, match);
            return match;
        };
        SalesReport report(m_db, m_clock, SalesReport::storeTimeZone(m_db));
        auto page = wanted.isEmpty()
                        ? report.reorderSuggestions(m_stock, coverDays, limit)
                        : report.reorderSuggestions(m_stock, coverDays, limit, matches);
        if (!page)
            return page.error();
        QJsonArray products;
        for (const ReorderSuggestion &s : page->suggestions) {
            QJsonObject o = stockOf(s.product);
            o.insert(QStringLiteral("sold_28d"), amount(s.soldInWindow));
            o.insert(QStringLiteral("daily_velocity"), std::round(s.dailyVelocity * 1000) / 1000);
            o.insert(QStringLiteral("days_of_cover"),
                     s.daysOfCover < 0 ? QJsonValue()
                                       : QJsonValue(std::round(s.daysOfCover * 10) / 10));
            o.insert(QStringLiteral("suggested"), amount(s.suggested));
            if (s.stockOutDate.isValid()) {
                o.insert(QStringLiteral("stock_out_date"), s.stockOutDate.toString(Qt::ISODate));
                o.insert(QStringLiteral("lead_time_days"), s.leadTimeDays);
            }
            if (!s.supplierId.isEmpty())
                o.insert(QStringLiteral("supplier_id"), s.supplierId);
            o.insert(QStringLiteral("estimated_cost"),
                     s.product.cost.minor() * (s.suggested.milli() / Quantity::Scale));
            products.append(o);
        }
        return QJsonObject{{QStringLiteral("products"), products},
                           {QStringLiteral("more"), page->more},
                           {QStringLiteral("cover_days"), coverDays},
                           {QStringLiteral("window_days"), SalesReport::VelocityWindowDays},
                           {QStringLiteral("supplier"), supplier}};
    };
    return t;
}

Tool StoreTools::adjustStock()
{
    Tool t;
    t.name = QStringLiteral("adjust_stock");
    t.title = tr("Adjust stock");
    t.description = QStringLiteral(
        "Adds (positive delta) or takes off (negative) stock of one product, with a reason, as a "
        "manager's stock adjustment. Changes the store: only when an admin turned write tools on.");
    t.inputSchema = schema(R"({"type":"object","required":["product_id","delta","reason"],
        "additionalProperties":false,"properties":{
        "product_id":{"type":"string","minLength":1,"maxLength":200},
        "delta":{"type":"number","minimum":-1000000,"maximum":1000000,
                 "not":{"const":0}},
        "reason":{"type":"string","minLength":3,"maxLength":200}}})");
    t.outputSchema =
        schema(R"({"type":"object","required":["product","delta","stock","movement_id"],
        "properties":{
        "delta":{"type":"number"},"stock":{"type":"number"},"movement_id":{"type":"string"}}})",
               productItem());
    t.permission = Permission::AdjustStock;
    t.writes = true;
    t.dataClasses = DataClass::Internal;
    t.handler = [this](const QJsonObject &args, const ToolContext &context) -> Result<QJsonObject> {
        auto p = product(args);
        if (!p)
            return p.error();
        const ActingAs acting(m_catalog, context.actor);
        auto done = m_catalog.adjustStock(p->id, quantityFrom(args.value(QStringLiteral("delta"))),
                                          args.value(QStringLiteral("reason")).toString());
        if (!done)
            return done.error();
        return QJsonObject{{QStringLiteral("product"), brief(done->product)},
                           {QStringLiteral("delta"), amount(done->movement.delta)},
                           {QStringLiteral("stock"), amount(done->product.stock)},
                           {QStringLiteral("movement_id"), done->movement.id}};
    };
    return t;
}

Tool StoreTools::createProductDraft()
{
    Tool t;
    t.name = QStringLiteral("create_product_draft");
    t.title = tr("Create a product draft");
    t.description = QStringLiteral(
        "Adds an inactive product (a draft a manager reviews and activates in the catalog), "
        "with no stock. Changes the store: only when an admin turned write tools on.");
    t.inputSchema = schema(R"({"type":"object","required":["name","price"],
        "additionalProperties":false,"properties":{
        "name":{"type":"string","minLength":1,"maxLength":200},
        "price":{"type":"integer","minimum":0,"description":"minor units, tax included"},
        "category":{"type":"string","maxLength":100},
        "keywords":{"type":"array","maxItems":20,"items":{"type":"string","maxLength":50}},
        "supplier":{"type":"string","maxLength":200},
        "unit":{"type":"string","enum":["unit","kg","l"]},
        "barcode":{"type":"string","maxLength":14}}})");
    t.outputSchema = schema(R"({"type":"object","required":["product","active"],
        "properties":{"active":{"const":false}}})",
                            productItem());
    t.permission = Permission::EditCatalog;
    t.writes = true;
    t.dataClasses = DataClass::Public;
    t.handler = [this](const QJsonObject &args, const ToolContext &context) -> Result<QJsonObject> {
        Product draft;
        draft.name = args.value(QStringLiteral("name")).toString();
        draft.price = Money(args.value(QStringLiteral("price")).toInteger(), m_catalog.currency());
        draft.cost = Money(0, m_catalog.currency());
        draft.category = args.value(QStringLiteral("category")).toString();
        for (const QJsonValue &k : args.value(QStringLiteral("keywords")).toArray())
            draft.keywords << k.toString();
        draft.supplier = args.value(QStringLiteral("supplier")).toString();
        draft.unit =
            unitFromCode(args.value(QStringLiteral("unit")).toString(QStringLiteral("unit")))
                .value_or(UnitOfMeasure::Unit);
        draft.barcode = args.value(QStringLiteral("barcode")).toString();
        draft.active = false;
        const ActingAs acting(m_catalog, context.actor);
        auto added = m_catalog.addProduct(draft, Quantity(), false);
        if (!added)
            return added.error();
        return QJsonObject{{QStringLiteral("product"), brief(*added)},
                           {QStringLiteral("active"), added->active}};
    };
    return t;
}

} // namespace bodega
