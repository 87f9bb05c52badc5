// Receipts and invoices (issue 4, point 4) as real PDFs, read back with
// pdftotext: the lines, totals, VAT per rate, tenders and the receipt number
// are on the paper, in the store's locale.
#include "catalog/checkoutsaga.h"
#include "pos/receiptbook.h"
#include "print/documentprinter.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace bodega;

namespace {

Money cop(qint64 pesos)
{
    return Money(pesos, QStringLiteral("COP"));
}

const QLocale esCO(QLocale::Spanish, QLocale::Colombia);

struct Store
{
    Store()
    {
        auto &s = store.catalog->settings();
        EXPECT_TRUE(
            s.setValue(QStringLiteral("store_name"), QStringLiteral("Tienda Doña Rosa")).ok());
        EXPECT_TRUE(
            s.setValue(QStringLiteral("store.tax_id"), QStringLiteral("900.123.456-7")).ok());
        products = test::addGroceries(*store.catalog, 500);
    }

    // 2 rice, 1 milk, 1 eggs (28,000), paid 20,000 by card and 10,000 cash.
    Receipt sell()
    {
        Cart cart;
        EXPECT_TRUE(cart.add(products[0], Quantity::fromUnits(2)).ok());
        EXPECT_TRUE(cart.add(products[1], Quantity::fromUnits(1)).ok());
        EXPECT_TRUE(cart.add(products[2], Quantity::fromUnits(1)).ok());
        Settlement pay(cart.totals().total);
        EXPECT_TRUE(pay.add({Tender::Kind::Card, cop(20000), QStringLiteral("AUT778"), {}}).ok());
        EXPECT_TRUE(pay.add({Tender::Kind::Cash, cop(10000), {}, {}}).ok());
        auto sale = store.catalog->completeSale(cart, pay);
        EXPECT_TRUE(sale.ok());
        auto receipt = ReceiptBook(*store.db).bySaleId(sale->saleId);
        EXPECT_TRUE(receipt.ok());
        return receipt.value_or(Receipt());
    }

    test::TempStore store;
    QVector<Product> products;
};

// The text with runs of spaces squeezed, so "TOTAL      $ 28.000" matches
// whatever the layout's column widths.
QString squeezed(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("[ \\t]+")),
                                 QStringLiteral(" "));
}

} // namespace

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
    EXPECT_TRUE(text.contains(QStringLiteral("T01-000001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Arroz Diana 500 g")));
    EXPECT_TRUE(text.contains(QStringLiteral("2 x $ 2.900 $ 5.800")));
    EXPECT_TRUE(text.contains(QStringLiteral("Leche entera 1 l")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 x $ 18.000 $ 18.000")));
    EXPECT_TRUE(text.contains(QStringLiteral("TOTAL $ 28.000")));
    // VAT per rate, base and tax as the sale recorded them (19 %: 5,800 ->
    // 4,874 + 926; 5 %: 4,200 -> 4,000 + 200; 0 %: 18,000 -> 0).
    EXPECT_TRUE(text.contains(QStringLiteral("19 % on $ 4.874 $ 926")));
    EXPECT_TRUE(text.contains(QStringLiteral("5 % on $ 4.000 $ 200")));
    EXPECT_TRUE(text.contains(QStringLiteral("VAT 0 % on $ 18.000")));
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
    options.invoiceFolder = shop.store.dir.filePath(QStringLiteral("invoices"));
    options.locale = esCO;
    DocumentPrinter printer(options);

    // Both documents of the sale through the queue, as the document worker does.
    DocumentQueue queue(*shop.store.db, shop.store.clock);
    auto done = queue.processPending(printer);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(*done, 2);
    auto invoice = queue.job(receipt.receiptNo, DocumentKind::Invoice);
    EXPECT_EQ(invoice->path,
              QDir(options.invoiceFolder).filePath(QStringLiteral("T01-000001.pdf")));
    EXPECT_TRUE(squeezed(test::pdfText(invoice->path)).contains(QStringLiteral("TOTAL $ 28.000")));
    auto printed = queue.job(receipt.receiptNo, DocumentKind::Receipt);
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
