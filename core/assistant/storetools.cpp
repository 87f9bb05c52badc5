#include "storetools.h"

namespace bodega {

StoreTools::StoreTools(CatalogService &catalog, Database &db, const Clock &clock)
    : m_catalog(catalog), m_db(db), m_clock(clock)
{
}

void StoreTools::registerAll(ToolRegistry &registry)
{
    (void)registry; // the tools follow in the next commits
}

} // namespace bodega
