#pragma once

#include "pos/receipt.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace bodega {

// A line of the sales history the till lists for reprints.
struct SaleSummary
{
    QString saleId;
    QString receiptNo;
    QDateTime completedAt;
    QString cashier;
    Money total;
    int lines = 0;
};

// Reads recorded sales back as receipts (SPEC: Point of sale, reprint from
// history). Read-only: sales are written by CatalogService::completeSale.
class ReceiptBook
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ReceiptBook)

public:
    explicit ReceiptBook(Database &db) : m_db(db) {}

    // NOT_FOUND (naming the receipt) when there is no such sale.
    Result<Receipt> byNumber(const QString &receiptNo) const;
    Result<Receipt> bySaleId(const QString &saleId) const;
    // Newest first.
    Result<QVector<SaleSummary>> recent(int limit = 50) const;

private:
    Result<Receipt> load(const QString &column, const QString &key) const;

    Database &m_db;
};

} // namespace bodega
