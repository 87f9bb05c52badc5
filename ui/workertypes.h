#pragma once

#include "ai/aiprovider.h"
#include "catalog/catalogservice.h"
#include "catalog/checkoutsaga.h"
#include "common/error.h"
#include "domain/product.h"
#include "pos/documentqueue.h"
#include "pos/receiptbook.h"
#include "pos/scanresolver.h"
#include "pos/shiftbook.h"
#include "security/auditlog.h"
#include "storage/alertinbox.h"
#include "storage/outbox.h"
#include "storage/productrepository.h"
#include "storage/webhookqueue.h"

#include <QMetaType>
#include <QVector>

namespace bodega {

// Value types the StoreWorker sends back to the UI thread through queued
// signals. Lists travel wrapped in a struct: declaring QVector<Product> as a
// metatype would clash with Qt's own container metatype templates.

// The facts the status bar and the window title show.
struct StoreStatus
{
    QString storeName;
    QString currency; // what the till sells in
    QString path;
    qint64 productCount = 0;
    qint64 pendingEvents = 0;     // outbox events not yet uploaded
    qint64 quarantinedEvents = 0; // outbox events the server refused, set aside
    QString engineName;           // the AI engine that answers suggest()
    bool aiTrained = false;       // the store's own catalog has been learned
    bool firstRun = false;        // no products and the store was never initialized
    qint64 users = 0;             // a store with users needs a login to change anything
};

// One block of the product list, as the table model pages it.
struct ProductPage
{
    int offset = 0;
    QVector<Product> products;
    qint64 total = -1; // -1: not counted in this request
};

// What the low-stock page shows.
struct LowStockReport
{
    QVector<Product> products;
    QVector<LowStockAlert> alerts;
    QHash<QString, WebhookDelivery> webhooks; // the latest delivery of each alert, by alert id
};

// What the sync page lists: the outbox events still to upload and the ones the
// server refused, each list capped (the totals say how many there are).
struct SyncEventsReport
{
    QVector<OutboxEvent> pending;
    QVector<OutboxEvent> quarantined;
    qint64 pendingTotal = 0;
    qint64 quarantinedTotal = 0;
};

// The audit trail as the audit page lists it, newest first.
struct AuditReport
{
    QVector<AuditEntry> entries;
};

// The till's sales history (reprints), newest first.
struct SalesHistory
{
    QVector<SaleSummary> sales;
};

// Registers the types above (and the core value types they carry) for queued
// connections. Safe to call more than once.
void registerWorkerTypes();

} // namespace bodega

Q_DECLARE_METATYPE(bodega::Error)
Q_DECLARE_METATYPE(bodega::Product)
Q_DECLARE_METATYPE(bodega::ProductQuery)
Q_DECLARE_METATYPE(bodega::AiRequest)
Q_DECLARE_METATYPE(bodega::AiSuggestion)
Q_DECLARE_METATYPE(bodega::SaleRecord)
Q_DECLARE_METATYPE(bodega::StoreStatus)
Q_DECLARE_METATYPE(bodega::ProductPage)
Q_DECLARE_METATYPE(bodega::LowStockReport)
Q_DECLARE_METATYPE(bodega::SyncEventsReport)
Q_DECLARE_METATYPE(bodega::ScannedItem)
Q_DECLARE_METATYPE(bodega::Cart)
Q_DECLARE_METATYPE(bodega::Settlement)
Q_DECLARE_METATYPE(bodega::CheckoutOutcome)
Q_DECLARE_METATYPE(bodega::Actor)
Q_DECLARE_METATYPE(bodega::AuditReport)
Q_DECLARE_METATYPE(bodega::ShiftSummary)
Q_DECLARE_METATYPE(bodega::SalesHistory)
Q_DECLARE_METATYPE(bodega::DocumentKind)
