#include "io/csvreader.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace bodega;

namespace {

QVector<CsvRecord> readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QVector<CsvRecord> out;
    for (;;) {
        auto r = reader.next();
        EXPECT_TRUE(r.ok());
        if (!r.ok() || !r->has_value())
            break;
        out.push_back(r->value());
    }
    return out;
}

Result<ImportReport> importText(test::TempStore &store, const QByteArray &csv,
                                ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return store.catalog->importCsv(buffer, options);
}

} // namespace

TEST(CsvReader, Rfc4180QuotingBomSemicolonsAndLines)
{
    const auto rows = readAll("\xEF\xBB\xBFname;price\r\n\"Arroz; "
                              "\"\"extra\"\"\";2900\r\n\r\n\"Dos\nlíneas\";100\nfin;1");
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].fields, (QStringList{QStringLiteral("name"), QStringLiteral("price")}));
    EXPECT_EQ(rows[1].fields.at(0), QStringLiteral("Arroz; \"extra\""));
    EXPECT_EQ(rows[1].line, 2);
    EXPECT_EQ(rows[2].fields.at(0), QStringLiteral("Dos\nlíneas"));
    EXPECT_EQ(rows[2].line, 4);
    EXPECT_EQ(rows[3].line, 6); // the quoted newline counts
    EXPECT_EQ(rows[3].fields, (QStringList{QStringLiteral("fin"), QStringLiteral("1")}));
}

TEST(CsvReader, UnterminatedQuoteNamesItsLine)
{
    QBuffer buffer;
    buffer.setData("name\nok\n\"never closed\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    ASSERT_TRUE(reader.next().ok());
    ASSERT_TRUE(reader.next().ok());
    auto bad = reader.next();
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::ImportFailed);
    EXPECT_EQ(bad.error().details.value(QStringLiteral("line")).toInt(), 3);
    EXPECT_TRUE(bad.error().details.value(QStringLiteral("fatal")).toBool());
}

TEST(Import, CreatesProductsWithStockAndIgnoresUnknownColumns)
{
    test::TempStore store;
    auto r = importText(
        store, "name,sku,barcode,keywords,category,price,stock,threshold,color\n"
               "Arroz Diana 500 g,ARR-1,7702001000012,\"arroz,grano\",Granos,2900,40,12,blanco\n"
               "Leche Alpina 1 L,LEC-1,,leche,Lácteos,4500,3,,\n");
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->committed);
    EXPECT_EQ(r->created, 2);
    EXPECT_TRUE(r->problems.isEmpty());
    auto arroz = store.catalog->find(QStringLiteral("7702001000012"));
    ASSERT_TRUE(arroz.ok());
    EXPECT_EQ(arroz->stock, Quantity::fromUnits(40));
    EXPECT_EQ(arroz->threshold, Quantity::fromUnits(12));
    EXPECT_EQ(arroz->keywords, (QStringList{QStringLiteral("arroz"), QStringLiteral("grano")}));
    auto leche = store.catalog->find(QStringLiteral("LEC-1"));
    ASSERT_TRUE(leche.ok());
    EXPECT_TRUE(leche->isLow());
    EXPECT_EQ(leche->threshold, Quantity::fromUnits(10));
}

// Into an empty store the import suspends the level triggers and indexes
// and derives the levels once at the end: afterwards every product has its
// level, the low-stock list and the ledger agree, and the next movement
// moves the level again.
TEST(Import, IntoAnEmptyStoreLevelsAndLedgerAgreeAndTheTriggersAreBack)
{
    test::TempStore store;
    const auto schema = [&store] {
        QStringList out;
        auto q = store.db->exec(QStringLiteral(
            "SELECT name || ':' || sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"));
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    };
    const QStringList before = schema();
    auto r = importText(store, "name,sku,price,stock,threshold\n"
                               "Arroz,ARR-1,2900,40,12\n"
                               "Leche,LEC-1,4500,3,10\n"
                               "Sal,SAL-1,1200,,5\n");
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->committed);
    EXPECT_EQ(schema(), before);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM stock_levels")), 3);
    EXPECT_EQ(store.scalar(QStringLiteral(
                  "SELECT count(*) FROM stock_levels l WHERE l.qty_milli <> (SELECT "
                  "coalesce(sum(delta_milli), 0) FROM stock_movements m WHERE m.product_id = "
                  "l.product_id)")),
              0);
    auto low = store.catalog->lowStock();
    ASSERT_TRUE(low.ok());
    QStringList lowSkus;
    for (const Product &p : *low)
        lowSkus << p.sku;
    EXPECT_EQ(lowSkus, (QStringList{QStringLiteral("SAL-1"), QStringLiteral("LEC-1")}));
    // The opening movements told the server the level they reached.
    auto payload = store.db->exec(QStringLiteral(
        "SELECT payload FROM outbox WHERE type = 'stock.adjusted' ORDER BY seq LIMIT 1"));
    ASSERT_TRUE(payload.ok() && payload->next());
    const QJsonObject adjusted =
        QJsonDocument::fromJson(payload->value(0).toString().toUtf8()).object();
    EXPECT_EQ(adjusted.value(QStringLiteral("level_after_milli")).toInteger(), 40000);
    EXPECT_EQ(adjusted.value(QStringLiteral("kind")).toString(), QStringLiteral("initial"));
    ASSERT_TRUE(
        store.catalog
            ->adjustStock(QStringLiteral("ARR-1"), Quantity::fromUnits(-2), QStringLiteral("roto"))
            .ok());
    EXPECT_EQ(store.catalog->find(QStringLiteral("ARR-1"))->stock, Quantity::fromUnits(38));
}

TEST(Import, OneBadRowRejectsTheWholeFileWithItsLine)
{
    test::TempStore store;
    auto r = importText(store, "name,sku,barcode,price\n"
                               "Bueno,OK-1,,100\n"
                               "Malo,BAD-1,7702001000013,100\n"
                               "Otro bueno,OK-2,,100\n");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(r->created, 0);
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_EQ(r->problems[0].line, 3);
    EXPECT_EQ(r->problems[0].error.code, ErrorCode::InvalidBarcode);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM products")), 0);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

TEST(Import, SkippingBadRowsKeepsTheGoodOnesAndListsEveryProblem)
{
    test::TempStore store;
    ASSERT_TRUE(
        store.catalog
            ->addProduct(test::sampleProduct(QStringLiteral("Existente"), QStringLiteral("DUP-DB")),
                         Quantity(), false)
            .ok());
    ImportOptions options;
    options.skipBadRows = true;
    auto r = importText(store,
                        "name,sku,price,stock\n"
                        "Uno,A-1,100,1\n"
                        ",A-2,100,1\n"         // no name
                        "Tres,A-3,-5,1\n"      // negative price
                        "Cuatro,A-1,100,1\n"   // duplicate in file
                        "Cinco,DUP-DB,100,1\n" // in the store: updated
                        "Seis,A-6,100,abc\n"   // bad stock
                        "Siete,A-7,100,2\n",
                        options);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->committed);
    EXPECT_EQ(r->created, 2);
    EXPECT_EQ(r->updated, 1);
    QVector<int> lines;
    for (const auto &p : r->problems)
        lines << p.line;
    EXPECT_EQ(lines, (QVector<int>{3, 4, 5, 7}));
    EXPECT_EQ(r->problems[0].error.field(), QStringLiteral("name"));
    EXPECT_EQ(r->problems[1].error.field(), QStringLiteral("price"));
    EXPECT_EQ(r->problems[2].error.code, ErrorCode::Duplicate);
    EXPECT_EQ(r->problems[3].error.field(), QStringLiteral("stock"));
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM products")), 3);
    EXPECT_EQ(store.catalog->find(QStringLiteral("DUP-DB"))->name, QStringLiteral("Cinco"));
    // The skipped duplicate left no half-written rows behind: one event for
    // the product added first, two created, one updated.
    EXPECT_EQ(
        store.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'product.upserted'")),
        4);
}

TEST(Import, ARateTheStoreWasNotSetUpWithIsRefusedNamingItsColumnAndLine)
{
    test::TempStore store;
    ASSERT_TRUE(StoreSettings(*store.db)
                    .setValue(StoreSettings::taxRatesKey(), QStringLiteral("1900,500,0"))
                    .ok());
    ImportOptions options;
    options.dryRun = true;
    auto r = importText(store,
                        "name,sku,price,IVA\n"
                        "Arroz,ARR-1,2900,19\n"
                        "Leche,LEC-1,4200,5 %\n"
                        "Licor,LIC-1,40000,8\n"
                        "Huevos,HUE-1,18000,\n",
                        options);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_FALSE(r->committed);
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_EQ(r->problems[0].line, 4);
    const Error &e = r->problems[0].error;
    EXPECT_EQ(e.code, ErrorCode::ValidationFailed);
    EXPECT_EQ(e.field(), QStringLiteral("tax"));
    EXPECT_EQ(e.details.value(QStringLiteral("column")).toString(), QStringLiteral("IVA"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("Line 4"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("\"IVA\""))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("8 %"))) << e.message.toStdString();

    // Skipping it, the others (and the row without a rate) go in.
    options.dryRun = false;
    options.skipBadRows = true;
    auto kept = importText(store,
                           "name,sku,price,IVA\n"
                           "Arroz,ARR-1,2900,19\n"
                           "Licor,LIC-1,40000,8\n"
                           "Huevos,HUE-1,18000,\n",
                           options);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->created, 2);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM products WHERE sku = 'LIC-1'")), 0);
}

TEST(Import, AStoreWithoutConfiguredRatesTakesAnyRate)
{
    test::TempStore store;
    auto r = importText(store, "name,sku,price,tax\nLicor,LIC-1,40000,8\n");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->problems.isEmpty());
    EXPECT_EQ(r->created, 1);
    EXPECT_EQ(store.catalog->find(QStringLiteral("LIC-1"))->taxRateBasisPoints, 800);
}

TEST(Import, MissingNameColumnOrEmptyFileIsAnError)
{
    test::TempStore store;
    auto noName = importText(store, "sku,price\nA,1\n");
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().code, ErrorCode::ImportFailed);
    EXPECT_EQ(noName.error().field(), QStringLiteral("name"));
    auto empty = importText(store, "");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::ImportFailed);
}

TEST(Layering, CoreNeverIncludesGuiOrWidgets)
{
    // SPEC: core links Qt Core, Sql and Network only. A stray include of a
    // GUI header would compile today (the headers are installed) and break
    // the headless tools tomorrow.
    static const QRegularExpression forbidden(
        QStringLiteral("#include\\s*<(QtWidgets|QtGui|QWidget|QMainWindow|QApplication|"
                       "QGuiApplication|QPixmap|QImage|QColor|QPainter)"));
    QDirIterator it(
        QStringLiteral(BODEGA_SOURCE_DIR "/core"),
        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("CMakeLists.txt")},
        QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        ++files;
        EXPECT_FALSE(forbidden.match(text).hasMatch()) << f.fileName().toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Qt6::Widgets")) ||
                     text.contains(QStringLiteral("Qt6::Gui")))
            << f.fileName().toStdString();
    }
    EXPECT_GT(files, 20);
}
