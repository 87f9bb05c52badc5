// Receipts and invoices (issue 4, point 4) as real PDFs, read back with
// pdftotext: the lines, totals, VAT per rate, tenders and the receipt number
// are on the paper, in the store's locale.
#include "catalog/checkoutsaga.h"
#include "groceryshop.h"
#include "print/documentprinter.h"

#include <gtest/gtest.h>
#include <QFile>
#include <utility>

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

// Every line's name, quantity x price and total, and the totals, on the
// text of a roll receipt (spaces left out: pdftotext may join "$ 0").
static QStringList missingLinesAndTotals(const Receipt &r, const QString &pdfText)
{
    const auto bare = [](QString s) { return s.remove(QLatin1Char(' ')).remove(QChar(0xA0)); };
    const QString text = bare(pdfText);
    QStringList expected;
    for (const ReceiptLine &l : r.lines)
        expected << l.name
                 << QStringLiteral("%1 x %2 %3")
                        .arg(l.qty.format(esCO), l.unitPrice.format(esCO),
                             (l.total + l.discount).format(esCO));
    expected << QStringLiteral("TOTAL %1").arg(r.total.format(esCO));
    for (const TaxBreakdownLine &t : r.taxes)
        expected << t.tax.format(esCO);
    QStringList missing;
    for (const QString &piece : expected)
        if (!text.contains(bare(piece)))
            missing << piece;
    return missing;
}

TEST(ReceiptPdf, The58MmRollCarriesEveryLineAndTotalOnA58MmPage)
{
    Store shop;
    const Receipt receipt = shop.sell();
    const QString path = shop.store.dir.filePath(QStringLiteral("r58.pdf"));
    ASSERT_TRUE(DocumentPrinter::writePdf(receipt, ReceiptLayout::Format::Roll58, path, esCO).ok());
    ASSERT_EQ(test::pdfPages(path), 1);
    const QSizeF page = test::pdfPageSizeMm(path);
    EXPECT_NEAR(page.width(), 58.0, 0.2);
    EXPECT_GT(page.height(), 60.0) << "the roll grows with the receipt";
    const QString text = squeezed(test::pdfText(path));
    ASSERT_FALSE(text.isEmpty()) << "pdftotext read nothing";
    SCOPED_TRACE(text.toStdString());
    EXPECT_EQ(test::missingFromSoldReceipt(text), QStringList());
    EXPECT_EQ(missingLinesAndTotals(receipt, text), QStringList());
    EXPECT_TRUE(text.contains(QStringLiteral("Change $ 2.000")));

    // The 80 mm roll is still 80 mm wide, and longer rows fit on it.
    const QString wide = shop.store.dir.filePath(QStringLiteral("r80.pdf"));
    ASSERT_TRUE(DocumentPrinter::writePdf(receipt, ReceiptLayout::Format::Roll80, wide, esCO).ok());
    EXPECT_NEAR(test::pdfPageSizeMm(wide).width(), 80.0, 0.2);
}

TEST(ReceiptPdf, OnThe58MmRollALongNameIsCutButNeverItsFigures)
{
    Store shop;
    Receipt receipt = shop.sell();
    receipt.lines[0].name =
        QStringLiteral("Arroz Diana premium grano largo extra selecto bolsa familiar 5000 g");
    receipt.lines[1].unitPrice = cop(1234567);
    receipt.lines[1].total = cop(1234567);
    const QString path = shop.store.dir.filePath(QStringLiteral("long58.pdf"));
    ASSERT_TRUE(DocumentPrinter::writePdf(receipt, ReceiptLayout::Format::Roll58, path, esCO).ok());
    const QString text = squeezed(test::pdfText(path));
    SCOPED_TRACE(text.toStdString());
    EXPECT_TRUE(text.contains(QStringLiteral("Arroz Diana premium")));
    EXPECT_TRUE(text.contains(QStringLiteral("…"))) << "the name is cut with an ellipsis";
    EXPECT_TRUE(text.contains(QStringLiteral("2 x $ 2.900 $ 5.800")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 x $ 1.234.567 $ 1.234.567")));
}

TEST(ShiftReportPdf, TheZReportFollowsTheRoll)
{
    test::TempStore store;
    ShiftSummary shift;
    shift.id = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001");
    shift.terminal = QStringLiteral("T01");
    shift.openedAt = QDateTime::fromMSecsSinceEpoch(1795000000000);
    shift.closedAt = shift.openedAt.addSecs(8 * 3600);
    shift.cashFloat = cop(100000);
    shift.salesByTender.insert(QStringLiteral("cash"), cop(1250000));
    shift.salesByTender.insert(QStringLiteral("card"), cop(830000));
    shift.sales = 42;
    shift.cashRefunds = cop(0);
    shift.splitTenderRefunds = cop(0);
    shift.cashIn = cop(0);
    shift.cashOut = cop(50000);
    shift.expectedCash = cop(1300000);
    shift.counted = cop(1299000);
    shift.difference = cop(-1000);
    for (const auto &[roll, width] : {std::pair{ReceiptLayout::Format::Roll58, 58.0},
                                      std::pair{ReceiptLayout::Format::Roll80, 80.0}}) {
        const QString path = store.dir.filePath(QStringLiteral("z-%1.pdf").arg(width));
        ASSERT_TRUE(DocumentPrinter::writeShiftReport(shift, QStringLiteral("Tienda Doña Rosa"),
                                                      path, esCO, roll)
                        .ok());
        EXPECT_NEAR(test::pdfPageSizeMm(path).width(), width, 0.2);
        const QString text = squeezed(test::pdfText(path));
        SCOPED_TRACE(text.toStdString());
        EXPECT_TRUE(text.contains(QStringLiteral("Z report")));
        EXPECT_TRUE(text.contains(QStringLiteral("Expected cash $ 1.300.000")));
        EXPECT_TRUE(text.contains(QStringLiteral("Missing -$ 1.000")) ||
                    text.contains(QStringLiteral("Missing $ -1.000")) ||
                    text.contains(QStringLiteral("Missing -1.000")))
            << "the difference, whole";
    }
}

TEST(DocumentPrinter, ThisTerminalsRollAndPrinterAreWhatTheStoreUses)
{
    Store shop;
    const QString ini = shop.store.dir.filePath(QStringLiteral("terminal.ini"));
    TerminalPreferences terminal(ini);
    ASSERT_TRUE(shop.store.catalog->settings()
                    .setValue(QStringLiteral("receipt.folder"),
                              shop.store.dir.filePath(QStringLiteral("receipts")))
                    .ok());
    ASSERT_TRUE(terminal.setReceiptPaper(TerminalPreferences::ReceiptPaper::Roll58).ok());
    ASSERT_TRUE(terminal.setReceiptPrinter(QStringLiteral("XP-58")).ok());
    const DocumentPrinter::Options options =
        DocumentPrinter::optionsFor(shop.store.catalog->settings(), shop.store.path(), terminal);
    EXPECT_EQ(options.printerName, QStringLiteral("XP-58"));
    EXPECT_EQ(options.roll, ReceiptLayout::Format::Roll58);

    const Receipt receipt = shop.sell();
    ASSERT_GE(shop.produceDocuments(options).value_or(-1), 1);
    auto job = shop.job(receipt, DocumentKind::Receipt);
    ASSERT_TRUE(job.ok());
    EXPECT_NEAR(test::pdfPageSizeMm(job->path).width(), 58.0, 0.2) << job->path.toStdString();
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
