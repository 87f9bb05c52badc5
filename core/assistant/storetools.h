#pragma once

#include "assistant/toolregistry.h"
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "pos/stockreport.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace bodega {

// The store's tools (issue 5, point 3) over one local store: what the
// assistant pane, an LLM's tool calls and `bodegactl mcp` may ask.
//
//   tool                  permission    data classes      writes
//   search_products       -             public            no
//   get_product           -             public, internal  no   (stock, cost)
//   describe_product      -             public            no
//   get_stock             -             internal          no
//   low_stock             -             internal          no
//   recent_alerts         -             internal          no
//   sales_summary         view_reports  internal          no
//   top_products          view_reports  internal          no
//   reorder_suggestions   view_reports  internal          no
//   adjust_stock          adjust_stock  internal          yes
//   create_product_draft  edit_catalog  public            yes
//
// "-": any signed-in user (a cashier looks up stock at the till); the
// registry still refuses nobody once the store has users.
//
// Periods (sales_summary, top_products) are calendar days in the store's
// time zone (SalesReport::storeTimeZone: the store setting time_zone, an
// IANA id, default America/Bogota). The handlers run on the thread that
// owns `db`, like CatalogService itself.
class StoreTools
{
    Q_DECLARE_TR_FUNCTIONS(bodega::StoreTools)

public:
    // How many days of sales reorder_suggestions covers when the caller
    // does not say.
    static constexpr int DefaultCoverDays = 14;
    // low_stock counts this far and no further.
    static constexpr int LowCountCap = 1000;

    StoreTools(CatalogService &catalog, Database &db, const Clock &clock = Clock::system());

    // Adds the 11 tools to `registry` (replacing tools of the same names).
    // The registry must not outlive this object: the handlers call into it.
    void registerAll(ToolRegistry &registry);

private:
    Tool searchProducts();
    Tool getProduct();
    Tool describeProduct();
    Tool getStock();
    Tool lowStock();
    Tool recentAlerts();
    Tool salesSummary();
    Tool topProducts();
    Tool reorderSuggestions();
    Tool adjustStock();
    Tool createProductDraft();

    // The product a tool names by product_id (an id, SKU or barcode).
    Result<Product> product(const QJsonObject &arguments) const;

    CatalogService &m_catalog;
    Database &m_db;
    const Clock &m_clock;
    StockReport m_stock; // kept: it caches the highest threshold
};

} // namespace bodega
