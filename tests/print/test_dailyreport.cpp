// The daily sales report (issue 6, point 5) as a real A4 PDF, read back with
// pdftotext, straight and through the nightly scheduler.
#include "groceryshop.h"
#include "print/documentprinter.h"
#include "reports/nightlyreports.h"

#include <gtest/gtest.h>
#include <QDir>

using namespace bodega;

using test::esCO;
using test::squeezed;

namespace {

QDate today(const test::GroceryShop &shop)
{
    return shop.store.clock.now().toTimeZone(QTimeZone("America/Bogota")).date();
}

} // namespace

TEST(DailyReportPdf, TheA4ReportCarriesTotalsAndEveryTableInTheStoresLocale)
{
    test::GroceryShop shop;
    shop.sell(); // 28,000: 20,000 card + 8,000 cash; rice 19 %, milk 5 %, eggs 0 %
    auto report = DailySalesReport(*shop.store.db, shop.store.clock).forDay(today(shop));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const QString path = shop.store.dir.filePath(QStringLiteral("ventas.pdf"));
    ASSERT_TRUE(DocumentPrinter::writeDailySales(*report, path, esCO).ok());
    EXPECT_EQ(test::pdfPages(path), 1);
    // pdftotext places narrow cells' spaces as it sees fit ("$0", "5%"):
    // compared without spaces.
    const auto compact = [](QString t) { return t.remove(QLatin1Char(' ')); };
    const QString text = compact(test::pdfText(path));
    for (const QString &expected : {
             QStringLiteral("Tienda Doña Rosa"),
             QStringLiteral("Daily sales report"),
             esCO.toString(today(shop), QLocale::LongFormat),
             QStringLiteral("America/Bogota"),
             QStringLiteral("NET $ 28.000"),
             QStringLiteral("Tender Payments Amount Refunds Net"),
             QStringLiteral("Cash 1 $ 8.000 $ 0 $ 8.000"),
             QStringLiteral("Card 1 $ 20.000 $ 0 $ 20.000"),
             QStringLiteral("Granos y abarrotes 4 $ 28.000 $ 0 $ 0 $ 28.000"),
             QStringLiteral("(no user) 1 $ 28.000 $ 0 $ 28.000"),
             QStringLiteral("19 % $ 5.800 $ 4.874 $ 926"),
             QStringLiteral("5 % $ 4.200 $ 4.000 $ 200"),
             QStringLiteral("0 % $ 18.000 $ 18.000 $ 0"),
         })
        EXPECT_TRUE(text.contains(compact(expected))) << expected.toStdString() << "\n"
                                                      << text.toStdString();
}

TEST(DailyReportPdf, TheNightlySchedulerWritesTheRealPdfAndCsvUnderStableNames)
{
    test::GroceryShop shop;
    shop.sell();
    const QDate day = today(shop);
    shop.store.clock.setMs(
        QDateTime(day, QTime(23, 0), QTimeZone("America/Bogota")).toMSecsSinceEpoch());
    NightlyReports nightly(*shop.store.db, shop.store.clock, shop.store.path(),
                           [](const DailySales &r, const QString &path) {
                               return DocumentPrinter::writeDailySales(r, path, esCO);
                           });
    auto written = nightly.runDue();
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QDir folder(shop.store.dir.filePath(QStringLiteral("reports")));
    const QString pdf = folder.filePath(DailySalesReport::fileName(day, QStringLiteral("pdf")));
    EXPECT_EQ(*written, (QStringList{pdf, folder.filePath(DailySalesReport::fileName(
                                              day, QStringLiteral("csv")))}));
    EXPECT_TRUE(squeezed(test::pdfText(pdf)).contains(QStringLiteral("NET $ 28.000")));
    EXPECT_TRUE(nightly.runDue()->isEmpty());
}
