#pragma once

#include "ui/workertypes.h"

#include <memory>
#include <QAtomicInteger>
#include <QMap>
#include <QObject>

namespace bodega {

class Database;
class OfflineEngine;
class CatalogService;
class Outbox;

// Everything that touches the disk or the AI for the GUI, on its own thread,
// so the UI thread never waits (SPEC: long work never runs on the UI thread).
// It owns its own Database on the store file (a QSqlDatabase cannot cross
// threads), an OfflineEngine trained from the store, and a CatalogService.
//
// Usage: create it, moveToThread(), then call start() and the request*()
// functions from any thread. Each request returns a ticket; the matching
// result signal carries it, so a caller can recognise its own answers and drop
// stale ones (search as you type). Failures arrive as requestFailed(ticket, error).
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int DemoProductCount = 300;
    static constexpr int SyncEventsLimit = 500;

    explicit StoreWorker(QString storePath, QObject *parent = nullptr);

    // Leave WAL checkpoints to another connection (the DocumentWorker's), so
    // no sale waits for one (see Database::setAutoCheckpoint). Before start().
    void setCheckpointsElsewhere(bool elsewhere) { m_checkpointsElsewhere = elsewhere; }
    ~StoreWorker() override;

    // Queue work on the worker's thread; they return at once.
    void start();
    quint64 requestStatus();
    quint64 requestProducts(const ProductQuery &query, bool withCount);
    quint64 requestCategories();
    quint64 requestSuggestion(const AiRequest &request);
    quint64 requestAddProduct(const QMap<QString, QString> &fields, const QString &stockText,
                              bool categoryGenerated, bool descriptionGenerated);
    quint64 requestSale(const QString &productId, Quantity quantity);
    quint64 requestLowStock();
    quint64 requestDemo(int productCount = DemoProductCount);
    quint64 requestFinishFirstRun();
    // The outbox events waiting to upload and the quarantined ones, at most
    // `limit` of each (the sync page).
    quint64 requestSyncEvents(int limit = SyncEventsLimit);
    // The till: what a scan or typed code stands for; a paid cart recorded
    // through the checkout saga (the receipt is printed by the
    // DocumentWorker, never here); who is at the till.
    quint64 requestScan(const QString &code);
    quint64 requestCheckout(const Cart &cart, const Settlement &settlement,
                            const std::optional<Actor> &approver = std::nullopt);
    // A manager's PIN typed at the till: who approves (the cashier stays).
    quint64 requestApproval(const QString &name, const QString &secret);
    // A line (or, without one, the whole cart) voided at the till: audited.
    quint64 requestVoid(const Cart &cart, std::optional<int> line,
                        const std::optional<Actor> &approver = std::nullopt);
    quint64 requestLogIn(const QString &name, const QString &secret);
    quint64 requestLogOut();
    // The audit trail, for whoever may read it (managers, admins).
    quint64 requestAudit(int limit = 500);
    // Cash shifts at this till (ShiftBook), as whoever is logged in: each
    // answers with shiftLoaded (the shift as it stands after the step), or
    // requestFailed (NOT_FOUND when no shift is open, validation errors
    // naming their field, PERMISSION_DENIED).
    quint64 requestShift();
    quint64 requestOpenShift(const Money &cashFloat);
    // Positive: cash put in; negative: taken out.
    quint64 requestMoveCash(const Money &amount, const QString &reason);
    quint64 requestCloseShift(const Money &counted);
    // The newest sales, for a reprint from history.
    quint64 requestRecentSales(int limit = 50);

public slots:
    // The implementations, run on the worker's thread.
    void open();
    void loadStatus(quint64 ticket);
    void loadProducts(quint64 ticket, const bodega::ProductQuery &query, bool withCount);
    void loadCategories(quint64 ticket);
    void suggest(quint64 ticket, const bodega::AiRequest &request);
    void addProduct(quint64 ticket, const QMap<QString, QString> &fields, const QString &stockText,
                    bool categoryGenerated, bool descriptionGenerated);
    void sell(quint64 ticket, const QString &productId, bodega::Quantity quantity);
    void loadLowStock(quint64 ticket);
    void fillDemo(quint64 ticket, int productCount);
    void finishFirstRun(quint64 ticket);
    void loadSyncEvents(quint64 ticket, int limit);
    void scan(quint64 ticket, const QString &code);
    void checkout(quint64 ticket, const bodega::Cart &cart, const bodega::Settlement &settlement,
                  const std::optional<bodega::Actor> &approver);
    void approve(quint64 ticket, const QString &name, const QString &secret);
    void recordVoid(quint64 ticket, const bodega::Cart &cart, std::optional<int> line,
                    const std::optional<bodega::Actor> &approver);
    void logIn(quint64 ticket, const QString &name, const QString &secret);
    void logOut(quint64 ticket);
    void loadAudit(quint64 ticket, int limit);
    void loadShift(quint64 ticket);
    void openShift(quint64 ticket, const bodega::Money &cashFloat);
    void moveCash(quint64 ticket, const bodega::Money &amount, const QString &reason);
    void closeShift(quint64 ticket, const bodega::Money &counted);
    void loadRecentSales(quint64 ticket, int limit);

signals:
    void opened(const bodega::StoreStatus &status);
    void openFailed(const bodega::Error &error);
    void aiTrained();
    void statusLoaded(quint64 ticket, const bodega::StoreStatus &status);
    void productsLoaded(quint64 ticket, const bodega::ProductPage &page);
    void categoriesLoaded(quint64 ticket, const QStringList &categories);
    void suggestionReady(quint64 ticket, const bodega::AiSuggestion &suggestion);
    void productAdded(quint64 ticket, const bodega::Product &product);
    void productSold(quint64 ticket, const bodega::SaleRecord &sale);
    void lowStockLoaded(quint64 ticket, const bodega::LowStockReport &report);
    void demoProgress(quint64 ticket, int done, int total);
    void demoFilled(quint64 ticket, int products, int sales);
    void firstRunFinished(quint64 ticket);
    void syncEventsLoaded(quint64 ticket, const bodega::SyncEventsReport &report);
    void scanned(quint64 ticket, const bodega::ScannedItem &item);
    void checkedOut(quint64 ticket, const bodega::CheckoutOutcome &outcome);
    void loggedIn(quint64 ticket, const bodega::Actor &actor);
    void approved(quint64 ticket, const bodega::Actor &approver);
    void voidRecorded(quint64 ticket);
    void auditLoaded(quint64 ticket, const bodega::AuditReport &report);
    void shiftLoaded(quint64 ticket, const bodega::ShiftSummary &shift);
    void recentSalesLoaded(quint64 ticket, const bodega::SalesHistory &history);
    void loggedOut(quint64 ticket);
    void requestFailed(quint64 ticket, const bodega::Error &error);
    // Something was written: views showing store data should refresh.
    void storeChanged();

private:
    // A shift step's answer: the shift as it now is, or the step's error.
    void answerShift(quint64 ticket, const Result<ShiftSummary> &shift, bool changed);
    static quint64 nextTicket();
    template <typename Fn> quint64 post(Fn &&fn);
    bool ensureOpen(quint64 ticket);
    void trainAi();
    StoreStatus currentStatus() const;

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfflineEngine> m_ai;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<Outbox> m_outbox; // read-only here: the sync page's lists and counts
    bool m_aiTrained = false;
    bool m_checkpointsElsewhere = false;
};

} // namespace bodega
