// The import dialog (issue 7, point 1), offscreen on a real store: a generic
// Spanish CSV through every step (format, column mapping, dry run with its
// rejected rows, import with progress), a Shopify file straight to the
// preview, and the Products page's Import button opening it.
#include "uitestutil.h"

#include "catalog/catalogservice.h"
#include "storage/database.h"
#include "support/testsupport.h"
#include "ui/importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace bodega;
using namespace bodega::test;

namespace {

class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("store.sqlite"));
        ASSERT_TRUE(Database::open(m_store).ok()); // created and migrated
    }
    QString write(const char *name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
    qint64 products() const
    {
        auto db = Database::open(m_store);
        if (!db)
            return -1;
        auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM products"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    static void shoot(QDialog &dialog, const char *name)
    {
        QCoreApplication::processEvents(); // pending layouts, as on screen
        EXPECT_TRUE(dialog.grab().save(screenshotPath(QString::fromLatin1(name))));
    }

    QTemporaryDir m_dir;
    QString m_store;
};

} // namespace

TEST_F(ImportDialogTest, AGenericFileGoesThroughMappingDryRunAndImport)
{
    const QString csv = write("lista.csv", "\xEF\xBB\xBF"
                                           "Artículo;Código;Precio de venta;Existencias;Color\n"
                                           "Arroz Diana 500 g;ARR-500;2.900;40;blanco\n"
                                           "Sin precio;BAD-1;abc;1;rojo\n"
                                           "Panela 1 kg;PAN-1;6500;12;café\n");
    ImportDialog dialog(m_store);
    dialog.resize(760, 520);
    dialog.show();
    auto *next = child<QPushButton>(dialog, "importNext");
    auto *format = child<QLabel>(dialog, "importFormat");
    EXPECT_FALSE(next->isEnabled());
    dialog.setFile(csv);
    ASSERT_TRUE(waitUntil([&] { return next->isEnabled(); }));
    EXPECT_TRUE(format->text().contains(QStringLiteral("Generic CSV")))
        << format->text().toStdString();
    shoot(dialog, "import-1-file.png");

    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_EQ(dialog.step(), ImportDialog::Step::Mapping);
    auto *mapping = child<QTableWidget>(dialog, "importMapping");
    ASSERT_EQ(mapping->rowCount(), 5);
    const auto field = [&](int row) {
        return qobject_cast<QComboBox *>(mapping->cellWidget(row, 2));
    };
    EXPECT_EQ(field(0)->currentData().toString(), QStringLiteral("name"));
    EXPECT_EQ(field(1)->currentData().toString(), QStringLiteral("sku"));
    EXPECT_EQ(field(2)->currentData().toString(), QStringLiteral("price"));
    EXPECT_EQ(field(3)->currentData().toString(), QStringLiteral("stock"));
    EXPECT_EQ(field(4)->currentData().toString(), QString()); // "Color": ignored
    EXPECT_EQ(mapping->item(0, 1)->text(), QStringLiteral("Arroz Diana 500 g"));
    // The user reads "Color" as the category.
    field(4)->setCurrentIndex(field(4)->findData(QStringLiteral("category")));
    shoot(dialog, "import-2-mapping.png");

    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog.step() == ImportDialog::Step::Preview; }));
    auto *summary = child<QLabel>(dialog, "importSummary");
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Would create: <b>2</b>")))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Rejected: <b>1</b>")));
    auto *rejected = child<QTableWidget>(dialog, "rejectedRows");
    ASSERT_EQ(rejected->rowCount(), 1);
    EXPECT_EQ(rejected->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(rejected->item(0, 1)->text(), QStringLiteral("price"));
    EXPECT_EQ(products(), 0); // the dry run changed nothing
    // Bad rows and no "skip": the import would fail, so it is not offered.
    EXPECT_FALSE(next->isEnabled());
    auto *skip = child<QCheckBox>(dialog, "skipBadRows");
    skip->setChecked(true);
    EXPECT_TRUE(next->isEnabled());
    shoot(dialog, "import-3-preview.png");

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return imported.count() == 1; }));
    auto *label = child<QLabel>(dialog, "importProgressLabel");
    EXPECT_TRUE(label->text().contains(QStringLiteral("Created: 2")))
        << label->text().toStdString();
    EXPECT_EQ(child<QProgressBar>(dialog, "importProgress")->value(), 1000);
    EXPECT_EQ(child<QPushButton>(dialog, "importCancel")->text(), QStringLiteral("Close"));
    EXPECT_FALSE(child<QPushButton>(dialog, "importBack")->isVisible());
    shoot(dialog, "import-4-done.png");
    EXPECT_EQ(products(), 2);
    auto db = Database::open(m_store);
    ASSERT_TRUE(db.ok());
    OfflineEngine ai;
    CatalogService catalog(**db, ai);
    auto panela = catalog.find(QStringLiteral("PAN-1"));
    ASSERT_TRUE(panela.ok());
    EXPECT_EQ(panela->category, QStringLiteral("café"));
    EXPECT_EQ(panela->stock, Quantity::fromUnits(12));
    EXPECT_EQ(catalog.find(QStringLiteral("ARR-500"))->price.minor(), 2900);
}

TEST_F(ImportDialogTest, AShopifyFileSkipsTheMappingAndNamesItsHeaderSet)
{
    ImportDialog dialog(m_store);
    dialog.show();
    auto *next = child<QPushButton>(dialog, "importNext");
    dialog.setFile(dataPath(QStringLiteral("import/shopify_legacy.csv")));
    ASSERT_TRUE(waitUntil([&] { return next->isEnabled(); }));
    EXPECT_TRUE(
        child<QLabel>(dialog, "importFormat")->text().contains(QStringLiteral("older export")));
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog.step() == ImportDialog::Step::Preview; }));
    EXPECT_TRUE(child<QLabel>(dialog, "importSummary")
                    ->text()
                    .contains(QStringLiteral("Would create: <b>3</b>")));
    EXPECT_FALSE(child<QCheckBox>(dialog, "skipBadRows")->isVisible());
    EXPECT_TRUE(next->isEnabled());
    shoot(dialog, "import-shopify-preview.png");
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return imported.count() == 1; }));
    EXPECT_EQ(products(), 3);
}

TEST_F(ImportDialogTest, AnUnreadableFileSaysSoAndOffersNothing)
{
    ImportDialog dialog(m_store);
    dialog.show();
    dialog.setFile(m_dir.filePath(QStringLiteral("missing.csv")));
    auto *format = child<QLabel>(dialog, "importFormat");
    ASSERT_TRUE(
        waitUntil([&] { return format->text().startsWith(QStringLiteral("Cannot be read")); }));
    EXPECT_FALSE(child<QPushButton>(dialog, "importNext")->isEnabled());
}

TEST_F(ImportDialogTest, TheProductsPageOpensTheDialog)
{
    auto window = openMainWindow(m_store, false);
    auto *button = child<QPushButton>(*window->productsPage(), "importButton");
    ASSERT_NE(button, nullptr);
    EXPECT_NE(child<QPushButton>(*window->productsPage(), "exportButton"), nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    ImportDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = window->productsPage()->findChild<ImportDialog *>();
        return dialog && dialog->isVisible();
    }));
    EXPECT_EQ(dialog->step(), ImportDialog::Step::File);
    dialog->close();
}
