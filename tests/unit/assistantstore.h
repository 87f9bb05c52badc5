#pragma once

// A small store for the assistant's tests (test_storetools.cpp,
// test_assistant.cpp): five products from three suppliers, the store's
// tools on a registry, and a clock in Bogotá's Wednesday 2026-11-18.
#include "assistant/storetools.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

namespace bodega::test {

inline qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

struct AssistantStore
{
    AssistantStore()
    {
        store.clock.setMs(utcMs("2026-11-01T15:00:00Z"));
        add("ARR-500", "Arroz Diana 500 g", 2900, 40, "Distribuidora Andina", {"arroz", "grano"});
        add("ARR-1000", "Arroz Diana 1 kg", 5400, 12, "Distribuidora Andina", {"arroz"});
        add("LEC-1", "Leche entera 1 l", 4200, 6, "Lácteos del Valle", {"leche", "lacteo"});
        add("CAF-500", "Café molido 500 g", 12000, 3, "Distribuidora Andina", {"cafe", "tinto"});
        add("HUE-30", "Huevos x30", 18000, 20, "Granja La Esperanza", {"huevo"});
        // Wednesday 10:00 in Bogotá (UTC-5).
        store.clock.setMs(utcMs("2026-11-18T15:00:00Z"));
        tools.registerAll(registry);
    }

    Product add(const char *sku, const char *name, qint64 price, qint64 stock, const char *supplier,
                std::initializer_list<const char *> keywords)
    {
        Product p = sampleProduct(QString::fromUtf8(name), QString::fromLatin1(sku));
        p.barcode.clear();
        p.price = Money(price, QStringLiteral("COP"));
        p.cost = Money(price * 7 / 10, QStringLiteral("COP"));
        p.threshold = Quantity::fromUnits(5);
        p.supplier = QString::fromUtf8(supplier);
        p.description.clear();
        p.keywords.clear();
        for (const char *k : keywords)
            p.keywords << QString::fromUtf8(k);
        auto r = store.catalog->addProduct(p, Quantity::fromUnits(stock), false);
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        return r ? *r : p;
    }

    // A cash sale of `qty` of `sku` at `iso` (UTC); the clock stays there.
    QString sellAt(const char *iso, const char *sku, qint64 qty)
    {
        store.clock.setMs(utcMs(iso));
        auto r = store.catalog->sell(QString::fromLatin1(sku), Quantity::fromUnits(qty));
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        return r ? r->receiptNo : QString();
    }

    QString idOf(const char *sku) const
    {
        auto p = store.catalog->find(QString::fromLatin1(sku));
        return p ? p->id : QString();
    }

    static ToolContext as(Role role, const char *language = "es")
    {
        return ToolContext{
            Actor{QStringLiteral("u-%1").arg(int(role)), QStringLiteral("Ana"), role},
            QString::fromLatin1(language)};
    }

    TempStore store;
    StoreTools tools{*store.catalog, *store.db, store.clock};
    ToolRegistry registry;
};

} // namespace bodega::test
