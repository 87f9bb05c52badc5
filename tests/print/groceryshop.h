#pragma once

#include "pos/receiptbook.h"
#include "print/documentprinter.h"
#include "support/testsupport.h"

#include <QLocale>

namespace bodega::test {

// A store ("Tienda Doña Rosa", NIT 900.123.456-7) with the three groceries
// of addGroceries, for the tests that put its receipts on paper.
struct GroceryShop
{
    GroceryShop();

    // 2 rice, 1 milk, 1 eggs (28,000), paid 20,000 by card and 10,000 cash;
    // the sale as ReceiptBook reads it back.
    Receipt sell();

    // What the document worker does: every pending document of the store
    // through DocumentQueue, in es-CO, invoices in <store>/invoices unless
    // options say otherwise. The number made, or the queue's error.
    Result<int> produceDocuments(DocumentPrinter::Options options);
    // The store's queued document of that kind for receipt.
    Result<DocumentJob> job(const Receipt &receipt, DocumentKind kind) const;

    TempStore store;
    QVector<Product> products;
};

inline const QLocale esCO{QLocale::Spanish, QLocale::Colombia};

inline Money cop(qint64 pesos)
{
    return Money(pesos, QStringLiteral("COP"));
}

// The text with runs of spaces squeezed, so "TOTAL      $ 28.000" matches
// whatever the layout's column widths.
QString squeezed(const QString &text);

// What the roll receipt of sell() must show, as squeezed() text: receipt
// number, lines, total and VAT per rate. Empty when all of it is there,
// otherwise the pieces that are missing.
QStringList missingFromSoldReceipt(const QString &text);

} // namespace bodega::test
