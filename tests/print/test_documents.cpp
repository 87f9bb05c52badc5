// Receipts and invoices (issue 4, point 4) as real PDFs, read back with
// pdftotext: the lines, totals, VAT per rate, tenders and the receipt number
// are on the paper, in the store's locale.
#include "catalog/checkoutsaga.h"
#include "groceryshop.h"
#include "print/documentprinter.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace bodega;

using test::cop;
using test::esCO;
using test::squeezed;
using Store = test::GroceryShop;

TEST(ReceiptPdf, TheRollReceiptCarriesLinesTotalsTaxesAndTheReceiptNumber)
{
    Store shop;
    const Receipt receipt = shop.sell();
    const QString path = shop.store.dir.filePath(QStringLiteral("r.pdf"));
    ASSERT_TRUE(DocumentPrinter::writePdf(receipt, ReceiptLayout::Format::Roll80, path, esCO).ok());
    ASSERT_EQ(test::pdfPages(path), 1);
    const QString text = squeezed(test::pdfText(path));
    ASSERT_FALSE(text.isEmpty()) << "pdftotext read nothing";
    SCOPED_TRACE(text.toStdString());
    EXPECT_TRUE(text.contains(QStringLiteral("Tienda Doña Rosa")));
    EXPECT_TRUE(text.contains(QStringLiteral("NIT 900.123.456-7")));
    // Receipt number, lines, total and VAT per rate.
    EXPECT_EQ(test::missingFromSoldReceipt(text), QStringList());
    EXPECT_EQ(receipt.tax, cop(1126));
    // The card as typed; cash as handed over (10,000), change 2,000.
    EXPECT_TRUE(text.contains(QStringLiteral("(ref. AUT778) $ 20.000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cash $ 10.000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Change $ 2.000")));
}

TEST(ReceiptPdf, ALongInvoiceRunsOverPagesAndEndsWithItsTotal)
{
    Store shop;
    Cart cart;
    // 90 distinct lines: more than one A4 page.
    for (int i = 0; i < 90; ++i) {
        Product p =
            test::sampleProduct(QStringLiteral("Producto %1").arg(i, 3, 10, QLatin1Char('0')),
                                QStringLiteral("P-%1").arg(i));
        p.barcode.clear();
        p.price = cop(1000 + i);
        auto added = shop.store.catalog->addProduct(p, Quantity::fromUnits(5), false);
        ASSERT_TRUE(added.ok());
        ASSERT_TRUE(cart.add(*added, Quantity::fromUnits(1)).ok());
    }
    Settlement pay(cart.totals().total);
    ASSERT_TRUE(
        pay.add({Tender::Kind::Transfer, cart.totals().total, QStringLiteral("NEQ-1"), {}}).ok());
    auto sale = shop.store.catalog->completeSale(cart, pay);
    ASSERT_TRUE(sale.ok());
    auto receipt = ReceiptBook(*shop.store.db).bySaleId(sale->saleId);
    ASSERT_TRUE(receipt.ok());
    const QString path = shop.store.dir.filePath(QStringLiteral("invoice.pdf"));
    ASSERT_TRUE(
        DocumentPrinter::writePdf(*receipt, ReceiptLayout::Format::A4Invoice, path, esCO).ok());
    EXPECT_GE(test::pdfPages(path), 2);
    const QString text = squeezed(test::pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("Sales invoice T01-000001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Producto 000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Producto 089")));
    EXPECT_TRUE(text.contains(QStringLiteral("TOTAL ") + cart.totals().total.format(esCO)));
}

TEST(DocumentPrinter, ReceiptsGoToTheFolderOrFailAsPrinterFailedAndInvoicesAreAttached)
{
    Store shop;
    const Receipt receipt = shop.sell();
    DocumentPrinter::Options options;
    options.receiptFolder = shop.store.dir.filePath(QStringLiteral("receipts"));

    // Both documents of the sale through the queue, as the document worker does.
    auto done = shop.produceDocuments(options);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(*done, 2);
    auto invoice = shop.job(receipt, DocumentKind::Invoice);
    EXPECT_EQ(invoice->path,
              shop.store.dir.filePath(QStringLiteral("invoices/factura-T01-000001.pdf")));
    EXPECT_TRUE(squeezed(test::pdfText(invoice->path)).contains(QStringLiteral("TOTAL $ 28.000")));
    auto printed = shop.job(receipt, DocumentKind::Receipt);
    EXPECT_TRUE(squeezed(test::pdfText(printed->path)).contains(QStringLiteral("T01-000001")));

    // No such printer: PRINTER_FAILED, which the queue keeps for a reprint.
    DocumentPrinter::Options absent;
    absent.printerName = QStringLiteral("EPSON-TM-T20-no-such-printer");
    auto none = DocumentPrinter(absent).produce(receipt, DocumentKind::Receipt);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::PrinterFailed);

    // A folder that cannot be written: PRINTER_FAILED, no file left behind.
    QFile blocker(shop.store.dir.filePath(QStringLiteral("blocked")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DocumentPrinter::Options blocked;
    blocked.invoiceFolder = blocker.fileName() + QStringLiteral("/invoices");
    auto refused = DocumentPrinter(blocked).produce(receipt, DocumentKind::Invoice);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PrinterFailed);
}
