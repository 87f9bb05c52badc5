#include "storeworker.h"

#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "catalog/checkoutsaga.h"
#include "catalog/demostore.h"
#include "pos/receiptbook.h"
#include "pos/scanresolver.h"
#include "pos/shiftbook.h"
#include "security/authenticator.h"
#include "storage/alertinbox.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/productrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcUiWorker, "bodega.ui.worker")

namespace bodega {

void registerWorkerTypes()
{
    qRegisterMetaType<bodega::Error>();
    qRegisterMetaType<bodega::Product>();
    qRegisterMetaType<bodega::ProductQuery>();
    qRegisterMetaType<bodega::AiRequest>();
    qRegisterMetaType<bodega::AiSuggestion>();
    qRegisterMetaType<bodega::SaleRecord>();
    qRegisterMetaType<bodega::Quantity>();
    qRegisterMetaType<bodega::StoreStatus>();
    qRegisterMetaType<bodega::ProductPage>();
    qRegisterMetaType<bodega::LowStockReport>();
    qRegisterMetaType<bodega::SyncEventsReport>();
    qRegisterMetaType<bodega::ScannedItem>();
    qRegisterMetaType<bodega::Cart>();
    qRegisterMetaType<bodega::Settlement>();
    qRegisterMetaType<bodega::CheckoutOutcome>();
    qRegisterMetaType<bodega::Actor>();
    qRegisterMetaType<bodega::AuditReport>();
    qRegisterMetaType<bodega::ShiftSummary>();
    qRegisterMetaType<bodega::SalesHistory>();
    qRegisterMetaType<bodega::DocumentKind>();
}

StoreWorker::StoreWorker(QString storePath, QObject *parent)
    : QObject(parent), m_path(std::move(storePath))
{
    registerWorkerTypes();
}

// Runs on the worker's thread (deleteLater after the thread finished), where
// the Database was opened.
StoreWorker::~StoreWorker() = default;

quint64 StoreWorker::nextTicket()
{
    static QAtomicInteger<quint64> counter;
    return counter.fetchAndAddRelaxed(1) + 1;
}

template <typename Fn> quint64 StoreWorker::post(Fn &&fn)
{
    const quint64 ticket = nextTicket();
    // A queued functor runs in this object's thread; the caller never waits.
    QMetaObject::invokeMethod(
        this, [this, ticket, fn = std::forward<Fn>(fn)]() { fn(this, ticket); },
        Qt::QueuedConnection);
    return ticket;
}

void StoreWorker::start()
{
    QMetaObject::invokeMethod(this, &StoreWorker::open, Qt::QueuedConnection);
}

quint64 StoreWorker::requestStatus()
{
    return post([](StoreWorker *w, quint64 t) { w->loadStatus(t); });
}

quint64 StoreWorker::requestProducts(const ProductQuery &query, bool withCount)
{
    return post(
        [query, withCount](StoreWorker *w, quint64 t) { w->loadProducts(t, query, withCount); });
}

quint64 StoreWorker::requestCategories()
{
    return post([](StoreWorker *w, quint64 t) { w->loadCategories(t); });
}

quint64 StoreWorker::requestSuggestion(const AiRequest &request)
{
    return post([request](StoreWorker *w, quint64 t) { w->suggest(t, request); });
}

quint64 StoreWorker::requestAddProduct(const QMap<QString, QString> &fields,
                                       const QString &stockText, bool categoryGenerated,
                                       bool descriptionGenerated)
{
    return post([=](StoreWorker *w, quint64 t) {
        w->addProduct(t, fields, stockText, categoryGenerated, descriptionGenerated);
    });
}

quint64 StoreWorker::requestSale(const QString &productId, Quantity quantity)
{
    return post(
        [productId, quantity](StoreWorker *w, quint64 t) { w->sell(t, productId, quantity); });
}

quint64 StoreWorker::requestLowStock()
{
    return post([](StoreWorker *w, quint64 t) { w->loadLowStock(t); });
}

quint64 StoreWorker::requestDemo(int productCount)
{
    return post([productCount](StoreWorker *w, quint64 t) { w->fillDemo(t, productCount); });
}

quint64 StoreWorker::requestFinishFirstRun()
{
    return post([](StoreWorker *w, quint64 t) { w->finishFirstRun(t); });
}

quint64 StoreWorker::requestScan(const QString &code)
{
    return post([code](StoreWorker *w, quint64 t) { w->scan(t, code); });
}

quint64 StoreWorker::requestCheckout(const Cart &cart, const Settlement &settlement,
                                     const std::optional<Actor> &approver)
{
    return post([cart, settlement, approver](StoreWorker *w, quint64 t) {
        w->checkout(t, cart, settlement, approver);
    });
}

quint64 StoreWorker::requestApproval(const QString &name, const QString &secret)
{
    return post([name, secret](StoreWorker *w, quint64 t) { w->approve(t, name, secret); });
}

quint64 StoreWorker::requestVoid(const Cart &cart, std::optional<int> line,
                                 const std::optional<Actor> &approver)
{
    return post([cart, line, approver](StoreWorker *w, quint64 t) {
        w->recordVoid(t, cart, line, approver);
    });
}

quint64 StoreWorker::requestLogIn(const QString &name, const QString &secret)
{
    return post([name, secret](StoreWorker *w, quint64 t) { w->logIn(t, name, secret); });
}

quint64 StoreWorker::requestAudit(int limit)
{
    return post([limit](StoreWorker *w, quint64 t) { w->loadAudit(t, limit); });
}

quint64 StoreWorker::requestShift()
{
    return post([](StoreWorker *w, quint64 t) { w->loadShift(t); });
}

quint64 StoreWorker::requestOpenShift(const Money &cashFloat)
{
    return post([cashFloat](StoreWorker *w, quint64 t) { w->openShift(t, cashFloat); });
}

quint64 StoreWorker::requestMoveCash(const Money &amount, const QString &reason)
{
    return post([amount, reason](StoreWorker *w, quint64 t) { w->moveCash(t, amount, reason); });
}

quint64 StoreWorker::requestCloseShift(const Money &counted)
{
    return post([counted](StoreWorker *w, quint64 t) { w->closeShift(t, counted); });
}

quint64 StoreWorker::requestRecentSales(int limit)
{
    return post([limit](StoreWorker *w, quint64 t) { w->loadRecentSales(t, limit); });
}

quint64 StoreWorker::requestLogOut()
{
    return post([](StoreWorker *w, quint64 t) { w->logOut(t); });
}

quint64 StoreWorker::requestSyncEvents(int limit)
{
    return post([limit](StoreWorker *w, quint64 t) { w->loadSyncEvents(t, limit); });
}

void StoreWorker::open()
{
    if (m_catalog)
        return;
    auto db = Database::open(m_path);
    if (!db) {
        qCWarning(lcUiWorker) << "cannot open the store" << m_path << db.error().message;
        emit openFailed(db.error());
        return;
    }
    m_db = std::move(db).value();
    if (m_checkpointsElsewhere) {
        if (auto s = m_db->setAutoCheckpoint(false); !s)
            qCWarning(lcUiWorker) << "checkpoints stay on the till's commits:" << s.error().message;
    }
    m_ai = std::make_unique<OfflineEngine>();
    if (!m_ai->loadError().isEmpty())
        qCWarning(lcUiWorker) << "AI taxonomy did not load:" << m_ai->loadError();
    m_catalog = std::make_unique<CatalogService>(*m_db, *m_ai);
    m_outbox = std::make_unique<Outbox>(*m_db, Clock::system());
    emit opened(currentStatus());
    // Training reads every categorized product: on a big store it takes a
    // while, so the requests the UI queued while we opened (the first page of
    // the list) are answered first.
    QMetaObject::invokeMethod(this, &StoreWorker::trainAi, Qt::QueuedConnection);
}

void StoreWorker::trainAi()
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = m_catalog->trainAi(); !s)
        qCWarning(lcUiWorker) << "AI training failed:" << s.error().message;
    m_aiTrained = true;
    qCInfo(lcUiWorker) << "AI trained from the store in" << timer.elapsed() << "ms";
    emit aiTrained();
}

bool StoreWorker::ensureOpen(quint64 ticket)
{
    if (m_catalog)
        return true;
    emit requestFailed(ticket, Error::storage(tr("The store is not open")));
    return false;
}

StoreStatus StoreWorker::currentStatus() const
{
    StoreStatus status;
    status.path = m_path;
    status.storeName = m_catalog->settings().storeName();
    status.currency = m_catalog->currency();
    status.engineName = m_ai->engineName();
    status.aiTrained = m_aiTrained;
    if (auto n = m_catalog->count(ProductQuery{}))
        status.productCount = *n;
    if (auto n = m_catalog->pendingEventCount())
        status.pendingEvents = *n;
    if (auto n = m_outbox->count(QStringLiteral("quarantined")))
        status.quarantinedEvents = *n;
    status.firstRun = status.productCount == 0 && !m_catalog->settings().isInitialized();
    if (auto n = UserStore(*m_db, Clock::system()).count())
        status.users = *n;
    return status;
}

void StoreWorker::scan(quint64 ticket, const QString &code)
{
    if (!ensureOpen(ticket))
        return;
    auto format = ScaleBarcodeFormat::fromSettings(m_catalog->settings());
    if (!format) {
        emit requestFailed(ticket, format.error());
        return;
    }
    const ProductRepository products(*m_db);
    auto item = ScanResolver(products, *format).resolve(code);
    if (!item) {
        emit requestFailed(ticket, item.error());
        return;
    }
    emit scanned(ticket, *item);
}

void StoreWorker::checkout(quint64 ticket, const Cart &cart, const Settlement &settlement,
                           const std::optional<Actor> &approver)
{
    if (!ensureOpen(ticket))
        return;
    CheckoutSaga saga(*m_catalog, *m_db, Clock::system());
    auto outcome = saga.run(cart, settlement, approver);
    if (!outcome) {
        emit requestFailed(ticket, outcome.error());
        return;
    }
    emit checkedOut(ticket, *outcome);
    emit storeChanged();
}

void StoreWorker::logIn(quint64 ticket, const QString &name, const QString &secret)
{
    if (!ensureOpen(ticket))
        return;
    UserStore users(*m_db, Clock::system());
    AuditLog audit(*m_db, Clock::system());
    auto actor = Authenticator(users, audit, Clock::system()).login(name, secret);
    if (!actor) {
        emit requestFailed(ticket, actor.error());
        return;
    }
    m_catalog->setActor(*actor);
    emit loggedIn(ticket, *actor);
}

void StoreWorker::approve(quint64 ticket, const QString &name, const QString &secret)
{
    if (!ensureOpen(ticket))
        return;
    // The same login (lockout, audit) as the till's own; the actor stays.
    UserStore users(*m_db, Clock::system());
    AuditLog audit(*m_db, Clock::system());
    auto approver = Authenticator(users, audit, Clock::system()).login(name, secret);
    if (!approver) {
        emit requestFailed(ticket, approver.error());
        return;
    }
    emit approved(ticket, *approver);
}

void StoreWorker::recordVoid(quint64 ticket, const Cart &cart, std::optional<int> line,
                             const std::optional<Actor> &approver)
{
    if (!ensureOpen(ticket))
        return;
    if (auto s = m_catalog->recordVoid(cart, line, approver); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    emit voidRecorded(ticket);
}

void StoreWorker::loadAudit(quint64 ticket, int limit)
{
    if (!ensureOpen(ticket))
        return;
    // Checked here, in core's terms, not by hiding the page.
    if (auto s = m_catalog->require(Permission::ViewAudit); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    auto entries = AuditLog(*m_db, Clock::system()).recent(limit);
    if (!entries) {
        emit requestFailed(ticket, entries.error());
        return;
    }
    emit auditLoaded(ticket, AuditReport{*entries});
}

void StoreWorker::answerShift(quint64 ticket, const Result<ShiftSummary> &shift, bool changed)
{
    if (!shift) {
        emit requestFailed(ticket, shift.error());
        return;
    }
    emit shiftLoaded(ticket, *shift);
    if (changed)
        emit storeChanged();
}

void StoreWorker::loadShift(quint64 ticket)
{
    if (ensureOpen(ticket))
        answerShift(ticket, ShiftBook(*m_db, Clock::system()).current(), false);
}

void StoreWorker::openShift(quint64 ticket, const Money &cashFloat)
{
    if (ensureOpen(ticket))
        answerShift(ticket, ShiftBook(*m_db, Clock::system()).open(m_catalog->actor(), cashFloat),
                    true);
}

void StoreWorker::moveCash(quint64 ticket, const Money &amount, const QString &reason)
{
    if (!ensureOpen(ticket))
        return;
    ShiftBook shifts(*m_db, Clock::system());
    if (auto s = shifts.moveCash(m_catalog->actor(), amount, reason); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    emit storeChanged();
    answerShift(ticket, shifts.current(), false);
}

void StoreWorker::closeShift(quint64 ticket, const Money &counted)
{
    if (ensureOpen(ticket))
        answerShift(ticket, ShiftBook(*m_db, Clock::system()).close(m_catalog->actor(), counted),
                    true);
}

void StoreWorker::loadRecentSales(quint64 ticket, int limit)
{
    if (!ensureOpen(ticket))
        return;
    // As `bodegactl receipt list`: whoever may sell may reprint.
    if (auto s = m_catalog->require(Permission::Sell); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    auto sales = ReceiptBook(*m_db).recent(limit);
    if (!sales) {
        emit requestFailed(ticket, sales.error());
        return;
    }
    emit recentSalesLoaded(ticket, SalesHistory{*sales});
}

void StoreWorker::logOut(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    m_catalog->setActor(std::nullopt);
    emit loggedOut(ticket);
}

void StoreWorker::loadStatus(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    emit statusLoaded(ticket, currentStatus());
}

void StoreWorker::loadProducts(quint64 ticket, const ProductQuery &query, bool withCount)
{
    if (!ensureOpen(ticket))
        return;
    ProductPage page;
    page.offset = query.offset;
    if (withCount) {
        auto n = m_catalog->count(query);
        if (!n) {
            emit requestFailed(ticket, n.error());
            return;
        }
        page.total = *n;
    }
    auto products = m_catalog->list(query);
    if (!products) {
        emit requestFailed(ticket, products.error());
        return;
    }
    page.products = std::move(products).value();
    emit productsLoaded(ticket, page);
}

void StoreWorker::loadCategories(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    auto categories = m_catalog->categories();
    if (!categories) {
        emit requestFailed(ticket, categories.error());
        return;
    }
    // A new store has no categories yet: offer the ones the AI knows, so the
    // first products land in the same names the AI will suggest later.
    QStringList all = *categories;
    for (const QString &c : m_ai->categories()) {
        if (!all.contains(c))
            all << c;
    }
    all.sort(Qt::CaseInsensitive);
    emit categoriesLoaded(ticket, all);
}

void StoreWorker::suggest(quint64 ticket, const AiRequest &request)
{
    if (!ensureOpen(ticket))
        return;
    auto suggestion = m_catalog->suggest(request);
    if (!suggestion) {
        emit requestFailed(ticket, suggestion.error());
        return;
    }
    emit suggestionReady(ticket, *suggestion);
}

void StoreWorker::addProduct(quint64 ticket, const QMap<QString, QString> &fields,
                             const QString &stockText, bool categoryGenerated,
                             bool descriptionGenerated)
{
    if (!ensureOpen(ticket))
        return;
    auto draft = m_catalog->productFromText(fields);
    if (!draft) {
        emit requestFailed(ticket, draft.error());
        return;
    }
    // An empty stock field means nothing on the shelf yet, as in a CSV import.
    Quantity stock;
    if (!stockText.trimmed().isEmpty()) {
        auto parsed = Quantity::parse(stockText, QStringLiteral("stock"));
        if (!parsed) {
            emit requestFailed(ticket, parsed.error());
            return;
        }
        stock = *parsed;
    }
    Product product = *draft;
    // The form knows whether the text is still the AI's: a person who edited
    // it owns it now.
    product.categoryGenerated = categoryGenerated && !product.category.trimmed().isEmpty();
    product.descriptionGenerated = descriptionGenerated && !product.description.trimmed().isEmpty();
    // useAi=false: the user already decided what to keep from the AI.
    auto added = m_catalog->addProduct(product, stock, false);
    if (!added) {
        emit requestFailed(ticket, added.error());
        return;
    }
    emit productAdded(ticket, *added);
    emit storeChanged();
}

void StoreWorker::sell(quint64 ticket, const QString &productId, Quantity quantity)
{
    if (!ensureOpen(ticket))
        return;
    auto sale = m_catalog->sell(productId, quantity);
    if (!sale) {
        emit requestFailed(ticket, sale.error());
        return;
    }
    emit productSold(ticket, *sale);
    emit storeChanged();
}

void StoreWorker::loadLowStock(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    LowStockReport report;
    auto products = m_catalog->lowStock();
    if (!products) {
        emit requestFailed(ticket, products.error());
        return;
    }
    report.products = std::move(products).value();
    auto alerts = m_catalog->recentAlerts(50);
    if (!alerts) {
        emit requestFailed(ticket, alerts.error());
        return;
    }
    report.alerts = std::move(alerts).value();
    auto webhooks = WebhookQueue(*m_db, Clock::system()).latestByAlert();
    if (!webhooks) {
        emit requestFailed(ticket, webhooks.error());
        return;
    }
    report.webhooks = std::move(webhooks).value();
    emit lowStockLoaded(ticket, report);
}

void StoreWorker::fillDemo(quint64 ticket, int productCount)
{
    if (!ensureOpen(ticket))
        return;
    DemoStore demo(*m_db, *m_ai);
    emit demoProgress(ticket, 0, productCount);
    auto summary = demo.populate(productCount, 20261123, [this, ticket, productCount](int done) {
        emit demoProgress(ticket, done, productCount);
    });
    if (!summary) {
        emit requestFailed(ticket, summary.error());
        return;
    }
    // The demo catalog is categorized: let the AI learn how this store files things.
    trainAi();
    if (!m_catalog->settings().isInitialized())
        finishFirstRun(0);
    emit demoFilled(ticket, summary->products, summary->sales);
    emit storeChanged();
}

void StoreWorker::finishFirstRun(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    // Same marker as `bodegactl init`: the first-run offer is not shown again.
    if (Status s = m_catalog->settings().initialize(); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    emit firstRunFinished(ticket);
}

void StoreWorker::loadSyncEvents(quint64 ticket, int limit)
{
    if (!ensureOpen(ticket))
        return;
    SyncEventsReport report;
    const QString pending = QStringLiteral("pending");
    const QString quarantined = QStringLiteral("quarantined");
    auto pendingEvents = m_outbox->list(pending, limit);
    if (!pendingEvents) {
        emit requestFailed(ticket, pendingEvents.error());
        return;
    }
    report.pending = std::move(pendingEvents).value();
    auto quarantinedEvents = m_outbox->list(quarantined, limit);
    if (!quarantinedEvents) {
        emit requestFailed(ticket, quarantinedEvents.error());
        return;
    }
    report.quarantined = std::move(quarantinedEvents).value();
    // The lists stop at `limit`; the page says how many there are in all.
    auto pendingTotal = m_outbox->count(pending);
    if (!pendingTotal) {
        emit requestFailed(ticket, pendingTotal.error());
        return;
    }
    report.pendingTotal = *pendingTotal;
    auto quarantinedTotal = m_outbox->count(quarantined);
    if (!quarantinedTotal) {
        emit requestFailed(ticket, quarantinedTotal.error());
        return;
    }
    report.quarantinedTotal = *quarantinedTotal;
    emit syncEventsLoaded(ticket, report);
}

} // namespace bodega
