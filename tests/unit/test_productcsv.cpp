// Product CSV import and export: generic and Shopify's two header sets, every
// format edge the issue lists, dry runs, all-or-nothing, cancel, round trips.
#include "catalog/productcsvwriter.h"
#include "catalog/productimport.h"
#include "domain/barcode.h"
#include "io/csvreader.h"
#include "io/htmltext.h"
#include "storage/stockledger.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QBuffer>
#include <QFile>

using namespace bodega;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(test::dataPath(QStringLiteral("import/") + QString::fromLatin1(name)));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

Result<ImportReport> import(test::TempStore &store, const QByteArray &csv,
                            ImportOptions options = {},
                            const std::function<void(const ImportProgress &)> &progress = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return store.catalog->importProducts(buffer, options, progress);
}

ImportOptions shopify()
{
    ImportOptions o;
    o.format = ProductCsvReader::Expect::Shopify;
    return o;
}

QByteArray exported(test::TempStore &store, ProductCsvFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto n = store.catalog->exportProducts(buffer, format);
    EXPECT_TRUE(n.ok());
    return buffer.data();
}

Product find(test::TempStore &store, const char *key)
{
    auto p = store.catalog->find(QString::fromUtf8(key));
    EXPECT_TRUE(p.ok()) << key;
    return p.ok() ? *p : Product{};
}

QVector<int> problemLines(const ImportReport &r)
{
    QVector<int> lines;
    for (const auto &p : r.problems)
        lines << p.line;
    return lines;
}

// Everything an import writes, to prove a refused one wrote nothing.
QString storeState(test::TempStore &store)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(store.scalar(QStringLiteral("SELECT count(*) FROM products")))
        .arg(store.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")))
        .arg(store.scalar(QStringLiteral("SELECT count(*) FROM outbox")))
        .arg(store.scalar(QStringLiteral("SELECT count(*) FROM audit_log")));
}

QByteArray legacyHeader()
{
    return "Handle,Title,Body (HTML),Vendor,Type,Tags,Option1 Name,Option1 Value,Variant SKU,"
           "Variant Inventory Qty,Variant Price,Variant Barcode,SEO Description\n";
}

} // namespace

TEST(CsvReader, CommaCrlfNoBomAndQuotedCrlfInsideAField)
{
    QBuffer buffer;
    buffer.setData("a,b\r\n\"uno\r\ndos\",\"x,y\"\r\nfin,\"\"\r\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    ASSERT_TRUE(reader.next().ok());
    EXPECT_EQ(reader.separator(), QLatin1Char(','));
    auto row = reader.next();
    ASSERT_TRUE(row.ok() && row->has_value());
    EXPECT_EQ(row->value().fields,
              (QStringList{QStringLiteral("uno\r\ndos"), QStringLiteral("x,y")}));
    auto last = reader.next();
    ASSERT_TRUE(last.ok() && last->has_value());
    EXPECT_EQ(last->value().line, 4);
    EXPECT_EQ(last->value().fields, (QStringList{QStringLiteral("fin"), QString()}));
}

TEST(CsvReader, AOneMegabyteCellIsReadAndALargerOneIsThatRowsErrorOnly)
{
    const QByteArray mb(CsvReader::MaxFieldBytes, 'x');
    QBuffer buffer;
    buffer.setData("name,notes\nuno,\"" + mb + "\"\ndos," + mb + "y\ntres,z\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    ASSERT_TRUE(reader.next().ok());
    auto one = reader.next();
    ASSERT_TRUE(one.ok() && one->has_value());
    EXPECT_EQ(one->value().fields.at(1).size(), CsvReader::MaxFieldBytes);
    auto two = reader.next();
    ASSERT_FALSE(two.ok());
    EXPECT_EQ(two.error().details.value(QStringLiteral("line")).toInt(), 3);
    EXPECT_FALSE(two.error().details.value(QStringLiteral("fatal")).toBool());
    auto three = reader.next();
    ASSERT_TRUE(three.ok() && three->has_value());
    EXPECT_EQ(three->value().fields.at(0), QStringLiteral("tres"));
}

TEST(HtmlText, BodiesBecomeTextWithLineBreaksAndDecodedEntities)
{
    EXPECT_EQ(HtmlText::fromHtml(QStringLiteral(
                  "<p>Café <strong>100 %</strong> colombiano &amp; tostado.</p>\n"
                  "<p>Origen: Huila<br>Molienda   media</p><script>alert(1)</script>")),
              QStringLiteral("Café 100 % colombiano & tostado.\nOrigen: Huila\nMolienda media"));
    EXPECT_EQ(HtmlText::fromHtml(QStringLiteral("<ul><li>Uno</li><li>Dos</li></ul>")),
              QStringLiteral("Uno\nDos"));
    EXPECT_EQ(
        HtmlText::fromHtml(QStringLiteral("&quot;a&quot; &#8212; &#xE9; &ntilde; &bogus; < 5")),
        QStringLiteral("\"a\" — é ñ &bogus; < 5"));
}

TEST(HtmlText, BodegaTextSurvivesTheTripThroughHtml)
{
    for (const QString &text :
         {QStringLiteral("Arroz <blanco> & \"premium\""), QStringLiteral("dos  espacios\ty tab"),
          QStringLiteral("línea 1\nlínea 2\n\n  sangría"), QStringLiteral("a\u00a0b &amp; c")}) {
        EXPECT_EQ(HtmlText::fromHtml(HtmlText::toHtml(text)), text) << text.toStdString();
    }
}

TEST(ProductCsvColumns, HeaderSetsAreDetectedAndGenericHeadersGuessed)
{
    const auto header = [](const char *line) {
        return QString::fromUtf8(line).split(QLatin1Char(','));
    };
    EXPECT_EQ(
        ProductCsvColumns::detect(header("Handle,Title,Body (HTML),Variant SKU,Variant Price")),
        ProductCsvFormat::ShopifyLegacy);
    EXPECT_EQ(ProductCsvColumns::detect(header("Title,URL handle,Description,SKU,Price")),
              ProductCsvFormat::ShopifyCurrent);
    EXPECT_EQ(ProductCsvColumns::detect(header("Title,SKU,Price,Description")),
              ProductCsvFormat::Generic);
    EXPECT_EQ(ProductCsvColumns::detect(header("name,sku,price")), ProductCsvFormat::Generic);
    EXPECT_EQ(ProductCsvColumns::guessField(QStringLiteral("Código de barras")),
              QStringLiteral("barcode"));
    EXPECT_EQ(ProductCsvColumns::guessField(QStringLiteral(" PRECIO DE VENTA: ")),
              QStringLiteral("price"));
    EXPECT_EQ(ProductCsvColumns::guessField(QStringLiteral("Existencias")),
              QStringLiteral("stock"));
    EXPECT_EQ(ProductCsvColumns::guessField(QStringLiteral("Supplier")),
              QStringLiteral("supplier"));
    EXPECT_TRUE(ProductCsvColumns::guessField(QStringLiteral("Color")).isEmpty());
}

TEST(ShopifyImport, OlderExportVariantsBecomeProductsNamedByTheirOptions)
{
    test::TempStore store;
    auto r = import(store, fixture("shopify_legacy.csv"), shopify());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->format, ProductCsvFormat::ShopifyLegacy);
    EXPECT_TRUE(r->committed) << (r->problems.isEmpty()
                                      ? ""
                                      : r->problems[0].error.message.toStdString());
    EXPECT_EQ(r->rowsRead, 3); // the image row is no product
    EXPECT_EQ(r->created, 3);

    const Product small = find(store, "CAF-250");
    EXPECT_EQ(small.name, QStringLiteral("Café molido — 250 g"));
    EXPECT_EQ(
        small.description,
        QStringLiteral("Café 100 % colombiano & tostado medio.\nOrigen: Huila\nMolienda media"));
    EXPECT_EQ(small.supplier, QStringLiteral("Tostadora Andina"));
    EXPECT_EQ(small.category, QStringLiteral("Café"));
    EXPECT_EQ(small.keywords, (QStringList{QStringLiteral("café"), QStringLiteral("molido"),
                                           QStringLiteral("huila")}));
    EXPECT_EQ(small.price.minor(), 18900);
    EXPECT_EQ(small.cost.minor(), 11000);
    EXPECT_EQ(small.barcode, QStringLiteral("7702001000029"));
    EXPECT_EQ(small.taxRateBasisPoints, 1900);
    EXPECT_TRUE(small.active);

    // The second variant inherits the first row's title, body, vendor and type.
    const Product big = find(store, "7702001000036");
    EXPECT_EQ(big.name, QStringLiteral("Café molido — 500 g"));
    EXPECT_EQ(big.supplier, small.supplier);
    EXPECT_EQ(big.description, small.description);
    EXPECT_EQ(big.category, QStringLiteral("Café"));
    EXPECT_EQ(big.stock, Quantity::fromUnits(4));
    EXPECT_EQ(big.cost.minor(), 20500);

    // No Type: the last step of Shopify's taxonomy; not taxable is 0 %;
    // a draft is not on sale.
    const Product panela = find(store, "PAN-1K");
    EXPECT_EQ(panela.name, QStringLiteral("Panela orgánica 1 kg"));
    EXPECT_EQ(panela.category, QStringLiteral("Sugar"));
    EXPECT_EQ(panela.taxRateBasisPoints, 0);
    EXPECT_FALSE(panela.active);
    EXPECT_EQ(panela.description, QStringLiteral("Panela sin químicos"));

    // Inventory quantities are opening-stock movements in the ledger.
    StockLedger ledger(*store.db, store.clock);
    auto history = ledger.history(small.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().kind, MovementKind::Initial);
    EXPECT_EQ(history->first().delta, Quantity::fromUnits(12));
}

TEST(ShopifyImport, CurrentTemplateWithBomAndCrlf)
{
    test::TempStore store;
    ImportOptions detect;
    detect.format = ProductCsvReader::Expect::Detect;
    auto r = import(store, fixture("shopify_current.csv"), detect);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->format, ProductCsvFormat::ShopifyCurrent);
    ASSERT_TRUE(r->committed);
    EXPECT_EQ(r->created, 3);
    const Product s = find(store, "CAM-S-AMA");
    EXPECT_EQ(s.name, QStringLiteral("Camiseta Selección — S / Amarillo"));
    EXPECT_EQ(s.description, QStringLiteral("Camiseta oficial\nAlgodón\nTalla S a L"));
    EXPECT_EQ(s.price.minor(), 189900);
    EXPECT_EQ(s.stock, Quantity::fromUnits(7));
    EXPECT_EQ(find(store, "CAM-M-AMA").name, QStringLiteral("Camiseta Selección — M / Amarillo"));
    const Product bono = find(store, "BONO-50");
    EXPECT_EQ(bono.name, QStringLiteral("Bono regalo"));
    EXPECT_EQ(bono.description, QStringLiteral("Bono \"sorpresa\" — válido 1 año"));
    EXPECT_EQ(bono.taxRateBasisPoints, 0);
}

TEST(ShopifyImport, AMissingRequiredColumnIsNamedAndNothingIsImported)
{
    test::TempStore store;
    const QString before = storeState(store);
    auto noHandle =
        import(store, "Title,Body (HTML),Variant SKU,Variant Price\nA,b,A-1,100\n", shopify());
    ASSERT_FALSE(noHandle.ok());
    EXPECT_EQ(noHandle.error().code, ErrorCode::ImportFailed);
    EXPECT_EQ(noHandle.error().field(), QStringLiteral("Handle"));
    auto noTitle = import(store, "URL handle,SKU,Price\na,A-1,100\n", shopify());
    ASSERT_FALSE(noTitle.ok());
    EXPECT_EQ(noTitle.error().field(), QStringLiteral("Title"));
    EXPECT_TRUE(noTitle.error().message.contains(QStringLiteral("Title")));
    EXPECT_EQ(storeState(store), before);
}

TEST(ShopifyImport, InvalidBarcodesAndDuplicatedSkusAreRejectedByLine)
{
    test::TempStore store;
    const QByteArray csv = legacyHeader() +
                           "a,Uno,,,,,Title,Default Title,U-1,1,100,7702001000012,\n"
                           "b,Dos,,,,,Title,Default Title,U-2,1,100,7702001000013,\n" // check digit
                           "c,Tres,,,,,Title,Default Title,U-1,1,100,,\n"             // SKU again
                           "d,Cuatro,,,,,Title,Default Title,U-4,1,100,,\n";
    const QString before = storeState(store);
    auto all = import(store, csv, shopify());
    ASSERT_TRUE(all.ok());
    EXPECT_FALSE(all->committed);
    EXPECT_EQ(all->created, 0);
    EXPECT_EQ(problemLines(*all), (QVector<int>{3, 4}));
    EXPECT_EQ(all->problems[0].error.code, ErrorCode::InvalidBarcode);
    EXPECT_EQ(all->problems[0].error.field(), QStringLiteral("barcode"));
    EXPECT_TRUE(all->problems[0].error.message.startsWith(QStringLiteral("Line 3: ")));
    EXPECT_EQ(all->problems[1].error.code, ErrorCode::Duplicate);
    EXPECT_EQ(storeState(store), before);

    ImportOptions skip = shopify();
    skip.skipBadRows = true;
    auto partial = import(store, csv, skip);
    ASSERT_TRUE(partial.ok());
    EXPECT_TRUE(partial->committed);
    EXPECT_EQ(partial->created, 2);
    EXPECT_EQ(problemLines(*partial), (QVector<int>{3, 4}));
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM products")), 2);
}

TEST(ShopifyImport, AHandleSeenAgainLaterNeedsItsOwnTitle)
{
    test::TempStore store;
    const QByteArray csv = legacyHeader() + "cafe,Café,,,,,Tamaño,250 g,C-1,1,100,,\n"
                                            "cafe,,,,,,,500 g,C-2,1,100,,\n"
                                            "te,Té,,,,,Title,Default Title,T-1,1,100,,\n"
                                            "cafe,,,,,,,1 kg,C-3,1,100,,\n";
    ImportOptions skip = shopify();
    skip.skipBadRows = true;
    auto r = import(store, csv, skip);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->created, 3);
    ASSERT_EQ(problemLines(*r), (QVector<int>{5}));
    EXPECT_EQ(r->problems[0].error.field(), QStringLiteral("name"));
}

TEST(ShopifyImport, OneMegabyteCellsAndOversizedDescriptions)
{
    test::TempStore store;
    const QByteArray mb(CsvReader::MaxFieldBytes, 'x');
    const QByteArray csv = legacyHeader() + "a,Uno,,,,,Title,Default Title,U-1,1,100,,\"" + mb +
                           "\"\n" + "b,Dos,<p>" + QByteArray(5000, 'y') +
                           "</p>,,,,Title,Default Title,U-2,1,100,,\n";
    ImportOptions skip = shopify();
    skip.skipBadRows = true;
    auto r = import(store, csv, skip);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->created, 1); // the 1 MB SEO description is not ours to keep
    ASSERT_EQ(problemLines(*r), (QVector<int>{3}));
    EXPECT_EQ(r->problems[0].error.field(), QStringLiteral("description"));
}

TEST(GenericImport, SpanishHeadersSemicolonsBomAndGroupedAmountsAreGuessed)
{
    test::TempStore store;
    auto r = import(store, fixture("generic_es.csv"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_TRUE(r->committed) << (r->problems.isEmpty()
                                      ? ""
                                      : r->problems[0].error.message.toStdString());
    EXPECT_EQ(r->created, 2);
    const Product arroz = find(store, "7702001000012");
    EXPECT_EQ(arroz.sku, QStringLiteral("ARR-500"));
    EXPECT_EQ(arroz.price.minor(), 2900); // "2.900" in a store without cents
    EXPECT_EQ(arroz.stock, Quantity::fromUnits(40));
    EXPECT_EQ(arroz.category, QStringLiteral("Granos"));
    EXPECT_EQ(arroz.supplier, QStringLiteral("Distribuidora Diana"));
    EXPECT_EQ(find(store, "ACE-1").name, QStringLiteral("Aceite \"Premier\" 1 l"));
}

TEST(GenericImport, AnExplicitMappingOverridesTheGuessesAndIsChecked)
{
    test::TempStore store;
    const QByteArray csv = "Artículo,Ref,Valor,Marca\nPan tajado,PAN-1,5200,Bimbo\n";
    ImportOptions o;
    o.mapping = {{QStringLiteral("Ref"), QStringLiteral("sku")},
                 {QStringLiteral("Marca"), QStringLiteral("supplier")},
                 {QStringLiteral("Valor"), QStringLiteral("")}};
    auto r = import(store, csv, o);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_TRUE(r->committed);
    const Product pan = find(store, "PAN-1");
    EXPECT_EQ(pan.name, QStringLiteral("Pan tajado"));
    EXPECT_EQ(pan.supplier, QStringLiteral("Bimbo"));
    EXPECT_EQ(pan.price.minor(), 0); // "Valor" was ignored on purpose

    o.mapping = {{QStringLiteral("Precio"), QStringLiteral("price")}};
    auto noColumn = import(store, csv, o);
    ASSERT_FALSE(noColumn.ok());
    EXPECT_EQ(noColumn.error().field(), QStringLiteral("map"));
    o.mapping = {{QStringLiteral("Valor"), QStringLiteral("precio")}};
    auto noField = import(store, csv, o);
    ASSERT_FALSE(noField.ok());
    EXPECT_EQ(noField.error().field(), QStringLiteral("map"));
    o.mapping = {{QStringLiteral("Artículo"), QStringLiteral("")}};
    auto noName = import(store, csv, o);
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().code, ErrorCode::ImportFailed);
    EXPECT_EQ(noName.error().field(), QStringLiteral("name"));
}

TEST(Import, ADryRunReportsCreatesUpdatesAndRejectsAndChangesNothing)
{
    test::TempStore store;
    ASSERT_TRUE(
        store.catalog
            ->addProduct(test::sampleProduct(QStringLiteral("Arroz"), QStringLiteral("ARR-500")),
                         Quantity::fromUnits(5), false)
            .ok());
    Product withBarcode = test::sampleProduct(QStringLiteral("Leche"), QStringLiteral("LEC-1"));
    withBarcode.barcode = QStringLiteral("7702001000074");
    ASSERT_TRUE(store.catalog->addProduct(withBarcode, Quantity(), false).ok());
    const QString before = storeState(store);
    const QByteArray csv = "name,sku,barcode,price,stock\n"
                           "Arroz Diana 500 g,ARR-500,,3100,8\n"          // by SKU
                           "Leche entera,LEC-NUEVO,7702001000074,4200,\n" // by barcode
                           "Nuevo,NEW-1,,100,1\n"
                           "Malo,BAD-1,,-1,1\n";
    ImportOptions dry;
    dry.dryRun = true;
    auto r = import(store, csv, dry);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->dryRun);
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(r->created, 1);
    EXPECT_EQ(r->updated, 2);
    EXPECT_EQ(problemLines(*r), (QVector<int>{5}));
    ASSERT_EQ(r->changes.size(), 3);
    EXPECT_EQ(r->changes[0].kind, ImportChange::Kind::Updated);
    EXPECT_EQ(r->changes[0].line, 2);
    EXPECT_EQ(r->changes[1].sku, QStringLiteral("LEC-1")); // matched by barcode, keeps its SKU
    EXPECT_EQ(r->changes[2].kind, ImportChange::Kind::Created);
    EXPECT_EQ(storeState(store), before);
    EXPECT_EQ(find(store, "ARR-500").price.minor(), test::sampleProduct().price.minor());

    // For real, skipping the bad row: the stock becomes a counted movement.
    ImportOptions real;
    real.skipBadRows = true;
    auto done = import(store, csv, real);
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done->committed);
    const Product arroz = find(store, "ARR-500");
    EXPECT_EQ(arroz.name, QStringLiteral("Arroz Diana 500 g"));
    EXPECT_EQ(arroz.price.minor(), 3100);
    EXPECT_EQ(arroz.stock, Quantity::fromUnits(8));
    StockLedger ledger(*store.db, store.clock);
    auto history = ledger.history(arroz.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->first().kind, MovementKind::Count);
    EXPECT_EQ(history->first().delta, Quantity::fromUnits(3));
    EXPECT_EQ(find(store, "LEC-1").name, QStringLiteral("Leche entera"));
    EXPECT_EQ(store.scalar(
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'price_changed'")),
              2); // the rice by its SKU, the milk by its barcode
}

TEST(Import, CancelRollsEverythingBack)
{
    test::TempStore store;
    QByteArray csv = "name,sku,price,stock\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Producto %1,P-%1,100,2\n").arg(i).toUtf8();
    std::atomic_bool cancel{false};
    ImportOptions o;
    o.cancel = &cancel;
    int calls = 0;
    auto r = import(store, csv, o, [&](const ImportProgress &p) {
        ++calls;
        EXPECT_GT(p.bytesTotal, 0);
        EXPECT_LE(p.bytesRead, p.bytesTotal);
        if (p.rows >= 1000)
            cancel = true;
    });
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->cancelled);
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(r->rowsRead, 1000);
    EXPECT_GE(calls, 2);
    EXPECT_EQ(storeState(store), QStringLiteral("0/0/0/0"));
}

TEST(ShopifyExport, ARoundTripKeepsEveryFieldByteForByte)
{
    for (ProductCsvFormat format : {ProductCsvFormat::ShopifyLegacy,
                                    ProductCsvFormat::ShopifyCurrent, ProductCsvFormat::Generic}) {
        SCOPED_TRACE(ProductCsvColumns::formatCode(format).toStdString());
        test::TempStore source;
        ASSERT_TRUE(import(source, fixture("shopify_legacy.csv"), shopify()).ok());
        Product odd =
            test::sampleProduct(QStringLiteral("Queso, \"doble crema\""), QStringLiteral("QUE-1"));
        odd.description = QStringLiteral("Línea 1\n  Línea <2> & más\tfin");
        odd.keywords = {QStringLiteral("queso"), QStringLiteral("lácteo")};
        odd.taxRateBasisPoints = 500;
        odd.threshold = Quantity::fromMilli(2500);
        odd.unit = UnitOfMeasure::Kilogram;
        odd.cost = Money(9000, QStringLiteral("COP"));
        odd.active = false;
        auto added = source.catalog->addProduct(odd, Quantity::fromMilli(1250), false);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        // A second "Queso..." with the same handle gets its SKU appended;
        // its category and description come from the AI, and say so.
        Product twin =
            test::sampleProduct(QStringLiteral("Queso doble crema"), QStringLiteral("QUE-2"));
        twin.barcode.clear();
        twin.category.clear();
        twin.description.clear();
        auto ai = source.catalog->addProduct(twin, Quantity(), true);
        ASSERT_TRUE(ai.ok()) << ai.error().message.toStdString();
        ASSERT_TRUE(ai->categoryGenerated);
        const QByteArray first = exported(source, format);

        test::TempStore copy;
        ImportOptions o;
        o.format = format == ProductCsvFormat::Generic ? ProductCsvReader::Expect::Generic
                                                       : ProductCsvReader::Expect::Shopify;
        auto r = import(copy, first, o);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        ASSERT_TRUE(r->committed) << (r->problems.isEmpty()
                                          ? ""
                                          : r->problems[0].error.message.toStdString());
        EXPECT_EQ(r->format, format);
        const QByteArray second = exported(copy, format);
        EXPECT_EQ(second, first);

        const Product back = find(copy, "QUE-1");
        EXPECT_EQ(back.name, odd.name);
        EXPECT_EQ(back.description, odd.description);
        EXPECT_EQ(back.keywords, odd.keywords);
        EXPECT_EQ(back.taxRateBasisPoints, 500);
        EXPECT_EQ(back.threshold, odd.threshold);
        EXPECT_EQ(back.unit, UnitOfMeasure::Kilogram);
        EXPECT_EQ(back.cost, odd.cost);
        EXPECT_EQ(back.price, odd.price);
        EXPECT_FALSE(back.active);
        EXPECT_EQ(back.stock, Quantity::fromMilli(1250));
        const Product generated = find(copy, "QUE-2");
        EXPECT_EQ(generated.categoryGenerated, find(source, "QUE-2").categoryGenerated);
        EXPECT_EQ(generated.descriptionGenerated, find(source, "QUE-2").descriptionGenerated);
        EXPECT_EQ(generated.category, find(source, "QUE-2").category);
    }
}

TEST(ShopifyExport, HandlesAreMadeFromNamesAndTaxAsAPercentage)
{
    EXPECT_EQ(ProductCsvWriter::handleFor(QStringLiteral("Café molido — 500 g")),
              QStringLiteral("cafe-molido-500-g"));
    EXPECT_EQ(ProductCsvWriter::handleFor(QStringLiteral("¡!")), QStringLiteral("product"));
    EXPECT_EQ(ProductCsvWriter::taxPercent(1900), QStringLiteral("19"));
    EXPECT_EQ(ProductCsvWriter::taxPercent(850), QStringLiteral("8.5"));
    EXPECT_EQ(ProductCsvWriter::taxPercent(5), QStringLiteral("0.05"));
}
