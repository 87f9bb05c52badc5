#pragma once

#include "catalog/catalogservice.h"

namespace bodega {

// Fills a store with a realistic Colombian mini-market: products from
// resources/demo/catalog.json in their brands and sizes, COP prices, valid
// EAN-13 barcodes (GS1 Colombia prefix 770), stock levels of which some sit
// near or under their threshold, and two weeks of sales history.
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(bodega::DemoStore)

public:
    DemoStore(Database &db, AiProvider &ai, const Clock &clock = Clock::system());

    struct Summary
    {
        int products = 0;
        int sales = 0;
    };
    // Deterministic for a given seed and store contents.
    Result<Summary> populate(int productCount, quint32 seed = 20261123,
                             const std::function<void(int done)> &progress = {});

private:
    Database &m_db;
    AiProvider &m_ai;
    const Clock &m_clock;
};

} // namespace bodega
