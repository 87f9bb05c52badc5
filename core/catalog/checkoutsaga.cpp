#include "checkoutsaga.h"

#include "pos/receiptbook.h"

namespace bodega {

CheckoutSaga::CheckoutSaga(CatalogService &catalog, Database &db, const Clock &clock,
                           DocumentRenderer *printer)
    : m_catalog(catalog), m_db(db), m_documents(db, clock), m_printer(printer)
{
}

Result<CheckoutOutcome> CheckoutSaga::run(const Cart &cart, const Settlement &settlement,
                                          const std::optional<Actor> &approver)
{
    // Steps 1 and 2: completeSale checks the payment before it writes and
    // commits everything or nothing.
    auto sale = m_catalog.completeSale(cart, settlement,
                                       SaleOptions{SaleOptions::Documents::Queue, approver});
    if (!sale)
        return sale.error();
    CheckoutOutcome outcome;
    outcome.sale = *sale;
    // From here on the sale stands: nothing below returns an error for it.
    auto receipt = ReceiptBook(m_db).bySaleId(sale->saleId);
    if (receipt)
        outcome.receipt = *receipt;
    if (!m_printer)
        return outcome;
    auto job = m_documents.job(sale->receiptNo, DocumentKind::Receipt);
    if (!job) {
        outcome.print = CheckoutOutcome::Print::Failed;
        outcome.printError = job.error();
        return outcome;
    }
    auto printed = m_documents.process(*job, *m_printer);
    if (!printed) {
        outcome.print = CheckoutOutcome::Print::Failed;
        outcome.printError = printed.error();
        return outcome;
    }
    // Not ours: a document worker took it first and prints it.
    outcome.print = *printed ? CheckoutOutcome::Print::Printed : CheckoutOutcome::Print::Queued;
    return outcome;
}

} // namespace bodega
