#include "purchasingworker.h"

#include "ai/offlineengine.h"
#include "pos/salesreport.h"
#include "print/documentprinter.h"
#include "purchasing/purchaseordercsv.h"

#include <algorithm>

namespace bodega {

PurchasingWorker::PurchasingWorker(QString storePath, QObject *parent)
    : QObject(parent), m_path(std::move(storePath))
{
    qRegisterMetaType<bodega::PurchasingSnapshot>();
    qRegisterMetaType<bodega::SupplierPriceList>();
    qRegisterMetaType<bodega::Supplier>();
    qRegisterMetaType<bodega::PurchaseOrder>();
    qRegisterMetaType<bodega::ReorderDraftOutcome>();
    qRegisterMetaType<bodega::Error>();
}

PurchasingWorker::~PurchasingWorker() = default;

bool PurchasingWorker::ensureOpen()
{
    if (m_db)
        return true;
    // The StoreWorker creates and migrates the store; this one opens it.
    auto db = Database::openExisting(m_path);
    if (!db) {
        emit failed(db.error());
        return false;
    }
    m_db = std::move(*db);
    m_ai = std::make_unique<OfflineEngine>();
    m_catalog = std::make_unique<CatalogService>(*m_db, *m_ai);
    m_catalog->setActor(m_actor);
    m_book = std::make_unique<PurchaseOrderBook>(*m_catalog, *m_db, Clock::system());
    return true;
}

PurchaseOrderBook &PurchasingWorker::book()
{
    return *m_book;
}

void PurchasingWorker::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    if (m_catalog)
        m_catalog->setActor(actor);
}

void PurchasingWorker::answer(const Result<PurchaseOrder> &order, const QString &message)
{
    if (!order) {
        emit failed(order.error());
        return;
    }
    emit orderChanged(*order, message);
}

void PurchasingWorker::load(const QString &status)
{
    if (!ensureOpen())
        return;
    PurchasingSnapshot snapshot;
    snapshot.currency = m_catalog->currency();
    auto suppliers = book().suppliers().list();
    if (!suppliers) {
        emit failed(suppliers.error());
        return;
    }
    snapshot.suppliers = *suppliers;
    auto orders = book().list(purchaseOrderStatusFromCode(status));
    if (!orders) {
        emit failed(orders.error());
        return;
    }
    snapshot.orders = *orders;
    // The same forecast bodegactl forecast prints and --create-po drafts from.
    auto lines =
        DemandForecast(*m_db, Clock::system(), SalesReport::storeTimeZone(*m_db)).compute();
    if (!lines) {
        emit failed(lines.error());
        return;
    }
    for (const DemandForecastLine &l : *lines) {
        if (l.suggested.milli() > 0)
            snapshot.suggestions << l;
    }
    std::stable_sort(snapshot.suggestions.begin(), snapshot.suggestions.end(),
                     [](const DemandForecastLine &a, const DemandForecastLine &b) {
                         const double ka = a.daysOfCover.value_or(1e18);
                         const double kb = b.daysOfCover.value_or(1e18);
                         return ka != kb ? ka < kb : a.product.name < b.product.name;
                     });
    emit loaded(snapshot);
}

void PurchasingWorker::loadPrices(const QString &supplierId)
{
    if (!ensureOpen())
        return;
    auto prices = book().suppliers().prices(supplierId);
    if (!prices) {
        emit failed(prices.error());
        return;
    }
    emit pricesLoaded(SupplierPriceList{supplierId, *prices});
}

void PurchasingWorker::saveSupplier(const Supplier &supplier)
{
    if (!ensureOpen())
        return;
    auto saved =
        supplier.id.isEmpty() ? book().addSupplier(supplier) : book().updateSupplier(supplier);
    if (!saved) {
        emit failed(saved.error());
        return;
    }
    emit supplierSaved(*saved);
}

void PurchasingWorker::setPrice(const QString &supplierId, const QString &product,
                                const QString &price)
{
    if (!ensureOpen())
        return;
    auto money = Money::parse(price, m_catalog->currency());
    if (!money) {
        emit failed(money.error());
        return;
    }
    if (auto s = book().setSupplierPrice(supplierId, product, *money); !s) {
        emit failed(s.error());
        return;
    }
    loadPrices(supplierId);
}

void PurchasingWorker::createOrder(const QString &supplierId, const QString &product,
                                   const QString &qty)
{
    if (!ensureOpen())
        return;
    auto q = Quantity::parse(qty, QStringLiteral("qty"));
    if (!q) {
        emit failed(q.error());
        return;
    }
    answer(book().create(supplierId, {{product, *q, std::nullopt}}),
           tr("Draft purchase order created"));
}

void PurchasingWorker::addLine(const QString &number, const QString &product, const QString &qty)
{
    if (!ensureOpen())
        return;
    auto q = Quantity::parse(qty, QStringLiteral("qty"));
    if (!q) {
        emit failed(q.error());
        return;
    }
    answer(book().addLines(number, {{product, *q, std::nullopt}}), tr("Line added"));
}

void PurchasingWorker::removeLine(const QString &number, int lineNo)
{
    if (ensureOpen())
        answer(book().removeLine(number, lineNo), tr("Line removed"));
}

void PurchasingWorker::send(const QString &number)
{
    if (ensureOpen())
        answer(book().send(number), tr("Purchase order sent"));
}

void PurchasingWorker::receive(const QString &number, const QVector<QPair<QString, QString>> &lines)
{
    if (!ensureOpen())
        return;
    QVector<ReceiptRequest> requests;
    for (const auto &[product, text] : lines) {
        auto q = Quantity::parse(text, QStringLiteral("qty"));
        if (!q) {
            emit failed(q.error());
            return;
        }
        requests << ReceiptRequest{product, *q};
    }
    auto received = book().receive(number, requests);
    if (!received) {
        emit failed(received.error());
        return;
    }
    emit orderChanged(received->order,
                      tr("%n stock movement(s) booked", nullptr, int(received->movements.size())));
    emit stockChanged();
}

void PurchasingWorker::close(const QString &number)
{
    if (ensureOpen())
        answer(book().close(number), tr("Purchase order closed"));
}

void PurchasingWorker::cancel(const QString &number)
{
    if (ensureOpen())
        answer(book().cancel(number), tr("Purchase order cancelled"));
}

void PurchasingWorker::exportOrder(const QString &number, const QString &format,
                                   const QString &path)
{
    if (!ensureOpen())
        return;
    auto po = book().find(number);
    if (!po) {
        emit failed(po.error());
        return;
    }
    Status written;
    if (format == QLatin1String("pdf")) {
        written = DocumentPrinter::writePurchaseOrder(*po, m_catalog->settings().storeName(), path);
    } else {
        written = PurchaseOrderCsv::write(*po, path);
    }
    if (!written) {
        emit failed(written.error());
        return;
    }
    emit exported(path);
}

void PurchasingWorker::draftFromSuggestions()
{
    if (!ensureOpen())
        return;
    auto lines =
        DemandForecast(*m_db, Clock::system(), SalesReport::storeTimeZone(*m_db)).compute();
    if (!lines) {
        emit failed(lines.error());
        return;
    }
    auto outcome = ReorderDrafter(book(), *m_db).draft(*lines);
    if (!outcome) {
        emit failed(outcome.error());
        return;
    }
    emit drafted(*outcome);
}

} // namespace bodega
