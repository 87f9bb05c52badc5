#pragma once

#include "common/clock.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace bodega {

struct Supplier
{
    QString id;
    QString name; // unique, ignoring ASCII case (SQLite NOCASE)
    QString contact;
    QString phone;
    QString email;
    int leadTimeDays = 7; // from sending an order to the goods arriving
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
};

// What a supplier charges the store for one unit of a product.
struct SupplierPrice
{
    QString supplierId;
    QString productId;
    QString sku;
    QString productName;
    Money price;
    QDateTime updatedAt;

    QJsonObject toJson() const;
};

// The store's suppliers and their per-product prices (SPEC: Stock,
// suppliers). Validation errors name the field and change nothing. Who may
// change them is the caller's check (PurchaseOrderBook, bodegactl: managers).
class SupplierBook
{
    Q_DECLARE_TR_FUNCTIONS(bodega::SupplierBook)

public:
    SupplierBook(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // name required (DUPLICATE field "name" when another supplier has it in
    // any case), lead_time_days 0..365, email empty or shaped like one.
    Result<Supplier> add(Supplier draft);
    Result<Supplier> update(Supplier supplier);
    // By id or by name (case-insensitive).
    Result<Supplier> find(const QString &key) const;
    Result<QVector<Supplier>> list() const;

    // Sets what `supplierId` charges for `productId`; price >= 0.
    Status setPrice(const QString &supplierId, const QString &productId, const Money &price);
    Result<QVector<SupplierPrice>> prices(const QString &supplierId) const;
    // The supplier's price for the product, if one was set.
    Result<std::optional<Money>> price(const QString &supplierId, const QString &productId) const;

    static Status validate(const Supplier &supplier);

private:
    static void normalize(Supplier &supplier);
    Result<QVector<Supplier>> select(const QString &where, const QVariantList &bindings) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
