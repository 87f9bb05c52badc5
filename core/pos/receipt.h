#pragma once

#include "pos/cart.h"
#include "pos/settlement.h"

#include <QDateTime>
#include <QJsonObject>

namespace bodega {

// One line of a recorded sale as the receipt prints it: the name and code it
// had when it was sold, whatever the catalog says today.
struct ReceiptLine
{
    int lineNo = 0;
    QString productId;
    QString sku;
    QString name;
    UnitOfMeasure unit = UnitOfMeasure::Unit;
    Quantity qty;
    Money unitPrice; // tax included
    Money discount;  // its own and its share of the sale's
    Money total;     // what was paid for it
    int taxRateBasisPoints = 0;
};

// A recorded sale, everything a receipt, an invoice or a reprint shows. Read
// back from the store (ReceiptBook), never from the till's memory, so the
// first print and a reprint a year later say the same.
struct Receipt
{
    QString saleId;
    QString receiptNo;
    QString terminal;
    QString cashier;
    QDateTime completedAt;
    QString currency;
    // The store as the header shows it (store settings).
    QString storeName;
    QString storeTaxId; // NIT
    QString storeAddress;
    QString footer;

    QVector<ReceiptLine> lines;
    Money gross;    // before discounts
    Money discount; // every discount
    Money total;
    Money tax;
    QVector<TaxBreakdownLine> taxes; // per rate, highest first
    QVector<Tender> payments;        // as recorded: cash net of change
    Money change;
    Money tendered; // what the customer handed over: payments + change

    QJsonObject toJson() const;
};

} // namespace bodega
