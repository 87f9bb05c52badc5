#pragma once

#include "catalog/catalogservice.h"
#include "pos/documentqueue.h"
#include "pos/receipt.h"

namespace bodega {

// What became of a checkout: the sale always stands once it is here; the
// receipt may still be on its way or waiting for a reprint.
struct CheckoutOutcome
{
    enum class Print {
        Queued,  // no printer here: a document worker prints it
        Printed, // on the printer (or in its PDF) before run() returned
        Failed,  // the printer refused: the sale stands, the receipt waits for a reprint
    };

    CompletedSale sale;
    Receipt receipt;
    Print print = Print::Queued;
    std::optional<Error> printError;
};

// The till's checkout as a saga (SPEC: Point of sale). Its steps and what
// undoes each:
//   1. take payment: the settlement must cover the cart's total
//      (PAYMENT_INCOMPLETE, nothing written, the till keeps cart and tenders);
//   2. commit: sale, lines, payments, stock movements (the reservation: taken
//      under the store's write lock, so no other writer sells the same stock
//      in between), outbox events and the queued documents, in one
//      transaction; any failure rolls all of it back, receipt number included;
//   3. print the receipt, when a printer is given: a failure is compensated by
//      leaving the receipt job failed, visible, for a reprint; the sale stands
//      and is never undone for a printer;
//   4. the invoice PDF: left queued for the background document worker.
class CheckoutSaga
{
public:
    // `printer` may be null (the GUI prints on a worker of its own, so the
    // till never waits on a printer); it must outlive the saga.
    CheckoutSaga(CatalogService &catalog, Database &db, const Clock &clock,
                 DocumentRenderer *printer = nullptr);

    // `approver`: a manager who typed their PIN for a discount above the
    // cashier's limit (see CatalogService::completeSale).
    Result<CheckoutOutcome> run(const Cart &cart, const Settlement &settlement,
                                const std::optional<Actor> &approver = std::nullopt);

private:
    CatalogService &m_catalog;
    Database &m_db;
    DocumentQueue m_documents;
    DocumentRenderer *m_printer;
};

} // namespace bodega
