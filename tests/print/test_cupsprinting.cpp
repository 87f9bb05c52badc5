// The receipt printer path for real: a receipt printed with QPrinter through
// a private CUPS scheduler onto the cups-pdf virtual printer, and the PDF it
// writes read back. This binary holds only these tests because libcups reads
// CUPS_SERVER once, at the first print call in the process: nothing may print
// before the fixture points it at the private server.
#include "cupsserver.h"
#include "groceryshop.h"
#include "print/documentprinter.h"

#include <gtest/gtest.h>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace bodega;

namespace {

const QString kQueue = QStringLiteral("BodegaPDF");
constexpr int kPdfTimeoutMs = 30 * 1000;

// Width and height in points of page 1 (pdfinfo), {-1, -1} when unreadable.
QSizeF pageSizePt(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {-1, -1};
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble())
                        : QSizeF(-1, -1);
}

class CupsPrinting : public ::testing::Test
{
protected:
    // One scheduler per process (ctest runs each test in its own).
    static void SetUpTestSuite()
    {
        s_skipReason = test::CupsServer::unavailableReason();
        if (!s_skipReason.isEmpty())
            return;
        s_dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/bodega-cups-XXXXXX"));
        QString error;
        s_server = test::CupsServer::start(s_dir->path(), &error).release();
        if (!s_server) {
            s_skipReason = QStringLiteral("cupsd could not start: ") + error;
            return;
        }
        qputenv("CUPS_SERVER", s_server->address().toUtf8());
        if (!s_server->addPdfQueue(kQueue, &error))
            s_setupError = error;
    }

    static void TearDownTestSuite()
    {
        delete s_server; // stops cupsd
        s_server = nullptr;
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        if (!s_skipReason.isEmpty())
            GTEST_SKIP() << "No private CUPS here: " << s_skipReason.toStdString();
        ASSERT_TRUE(s_setupError.isEmpty()) << s_setupError.toStdString();
    }

    // Waits for the next PDF and checks it is the receipt of sell() on the
    // roll; returns its path.
    static QString expectPrintedReceipt()
    {
        const int count = ++s_pdfsPrinted;
        QString error;
        const QStringList written = s_server->waitForPdfs(count, kPdfTimeoutMs, &error);
        EXPECT_EQ(written.size(), count) << error.toStdString();
        if (written.size() < count)
            return {};
        const QString path = written.last();
        const QString text = test::squeezed(test::pdfText(path));
        SCOPED_TRACE(path.toStdString() + "\n" + text.toStdString());
        EXPECT_EQ(test::pdfPages(path), 1);
        EXPECT_EQ(test::missingFromSoldReceipt(text), QStringList());
        // The 80 mm roll (226.8 pt) as the job asked for it, not the queue's A4.
        EXPECT_NEAR(pageSizePt(path).width(), 226.8, 1.5);
        return path;
    }

    static inline QString s_skipReason;
    static inline QString s_setupError;
    static inline int s_pdfsPrinted = 0;
    static inline QTemporaryDir *s_dir = nullptr;
    static inline test::CupsServer *s_server = nullptr;
};

} // namespace

TEST_F(CupsPrinting, AReceiptPrintedOnTheQueueComesOutOfCupsOnThe80mmRoll)
{
    test::GroceryShop shop;
    const Receipt receipt = shop.sell();
    const Status printed = DocumentPrinter::print(receipt, kQueue, test::esCO);
    ASSERT_TRUE(printed.ok()) << printed.error().message.toStdString();
    expectPrintedReceipt();
}

TEST_F(CupsPrinting, TheDocumentQueuePrintsTheReceiptOnTheStorePrinter)
{
    test::GroceryShop shop;
    const Receipt receipt = shop.sell();
    DocumentPrinter::Options options;
    options.printerName = kQueue;
    // The receipt to the printer, the invoice to its folder.
    auto done = shop.produceDocuments(options);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(*done, 2);
    auto job = shop.job(receipt, DocumentKind::Receipt);
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(job->path, QStringLiteral("printer:") + kQueue);
    expectPrintedReceipt();
}
