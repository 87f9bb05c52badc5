#pragma once

#include "pos/demandforecast.h"
#include "purchasing/reorderdrafter.h"
#include "ui/workertypes.h"

#include <memory>
#include <QObject>

namespace bodega {

class OfflineEngine;

// What the Purchasing page shows in one go.
struct PurchasingSnapshot
{
    QVector<Supplier> suppliers;
    QVector<PurchaseOrder> orders;           // the status asked for, newest first
    QVector<DemandForecastLine> suggestions; // something to order, fewest days of cover first
    QString currency;
};

struct SupplierPriceList
{
    QString supplierId;
    QVector<SupplierPrice> prices;
};

// The purchasing use cases (PurchaseOrderBook, SupplierBook, DemandForecast,
// ReorderDrafter) on a thread of their own with their own store connection,
// so a forecast over a large catalog or writing a PDF never holds up the
// till's StoreWorker. Usage: moveToThread(), then call the slots through
// queued invocations. Every change answers with changed() (or failed()); a
// receipt also says stockChanged() so the other pages refresh.
class PurchasingWorker : public QObject
{
    Q_OBJECT

public:
    explicit PurchasingWorker(QString storePath, QObject *parent = nullptr);
    ~PurchasingWorker() override;

public slots:
    void setActor(const std::optional<bodega::Actor> &actor);
    // status: a PurchaseOrderStatus code, empty for all.
    void load(const QString &status);
    void loadPrices(const QString &supplierId);
    void saveSupplier(const bodega::Supplier &supplier); // a new one when id is empty
    void setPrice(const QString &supplierId, const QString &product, const QString &price);
    void createOrder(const QString &supplierId, const QString &product, const QString &qty);
    void addLine(const QString &number, const QString &product, const QString &qty);
    void removeLine(const QString &number, int lineNo);
    void send(const QString &number);
    // (product id, quantity as typed) for each line that arrived.
    void receive(const QString &number, const QVector<QPair<QString, QString>> &lines);
    void close(const QString &number);
    void cancel(const QString &number);
    // format: "pdf" or "csv".
    void exportOrder(const QString &number, const QString &format, const QString &path);
    void draftFromSuggestions();

signals:
    void loaded(const bodega::PurchasingSnapshot &snapshot);
    void pricesLoaded(const bodega::SupplierPriceList &prices);
    void supplierSaved(const bodega::Supplier &supplier);
    // An order changed: select it and reload the lists.
    void orderChanged(const bodega::PurchaseOrder &order, const QString &message);
    void drafted(const bodega::ReorderDraftOutcome &outcome);
    void exported(const QString &path);
    void stockChanged();
    void failed(const bodega::Error &error);

private:
    bool ensureOpen();
    PurchaseOrderBook &book();
    void answer(const Result<PurchaseOrder> &order, const QString &message);

    QString m_path;
    std::optional<Actor> m_actor;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfflineEngine> m_ai;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<PurchaseOrderBook> m_book;
};

} // namespace bodega

Q_DECLARE_METATYPE(bodega::PurchasingSnapshot)
Q_DECLARE_METATYPE(bodega::SupplierPriceList)
Q_DECLARE_METATYPE(bodega::Supplier)
Q_DECLARE_METATYPE(bodega::PurchaseOrder)
Q_DECLARE_METATYPE(bodega::ReorderDraftOutcome)
