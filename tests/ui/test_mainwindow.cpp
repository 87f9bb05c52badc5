// The GUI end to end on a real store, offscreen: enter a product with the AI,
// save it, sell it below its threshold and see the highlight, the alert and
// the low-stock page. Also keeps screenshots for people to look at.

#include "uitestutil.h"

#include "ui/lowstockpage.h"
#include "ui/mainwindow.h"
#include "ui/notificationbanner.h"
#include "ui/productform.h"
#include "ui/productspage.h"
#include "ui/producttablemodel.h"
#include "ui/storeworker.h"

#include "storage/storesettings.h"
#include "storage/webhookqueue.h"
#include "support/testsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

using namespace bodega;
using namespace bodega::test;

namespace {

// The size the issue asks the window to be readable at.

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    }

    std::unique_ptr<MainWindow> openWindow(bool offerFirstRun)
    {
        return openMainWindow(m_storePath, offerFirstRun);
    }

    QTemporaryDir m_dir;
    QString m_storePath;
};

int rowOfName(const ProductTableModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ProductTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

TEST_F(MainWindowTest, AddWithAiSellBelowThresholdShowsHighlightAndAlert)
{
    auto window = openWindow(false);
    ProductsPage *page = window->productsPage();
    ProductForm *form = page->form();
    ProductTableModel *model = page->model();
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Bodega — ")));
    EXPECT_EQ(model->rowCount(), 0);

    const QString name = QStringLiteral("Arroz Diana 500 g");
    auto *nameEdit = child<QLineEdit>(*form, "nameEdit");
    auto *keywords = child<QLineEdit>(*form, "keywordsEdit");
    auto *stock = child<QLineEdit>(*form, "stockEdit");
    auto *price = child<QLineEdit>(*form, "priceEdit");
    auto *category = child<QComboBox>(*form, "categoryCombo");
    auto *description = child<QPlainTextEdit>(*form, "descriptionEdit");
    auto *categoryMarker = child<QLabel>(*form, "categoryAiMarker");
    auto *descriptionMarker = child<QLabel>(*form, "descriptionAiMarker");
    ASSERT_TRUE(nameEdit && keywords && stock && price && category && description &&
                categoryMarker && descriptionMarker);
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(keywords, QStringLiteral("arroz, grano, blanco"));
    QTest::keyClicks(stock, QStringLiteral("12"));
    QTest::keyClicks(price, QStringLiteral("4500"));
    EXPECT_FALSE(categoryMarker->isVisible());

    QTest::mouseClick(child<QPushButton>(*form, "aiButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !category->currentText().isEmpty() && !description->toPlainText().isEmpty();
    })) << "the AI did not fill category and description";
    EXPECT_TRUE(form->categoryIsAiWritten());
    EXPECT_TRUE(form->descriptionIsAiWritten());
    EXPECT_TRUE(categoryMarker->isVisible());
    EXPECT_TRUE(descriptionMarker->isVisible());
    const QString aiCategory = category->currentText();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("product-form-ai.png"))));

    QTest::mouseClick(child<QPushButton>(*form, "saveButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return rowOfName(*model, name) >= 0; }))
        << "the saved product is not in the list";
    // Saved: the form is empty again, ready for the next product.
    EXPECT_TRUE(nameEdit->text().isEmpty());
    EXPECT_FALSE(categoryMarker->isVisible());
    int row = rowOfName(*model, name);
    std::optional<Product> saved = model->productAt(row);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->category, aiCategory);
    EXPECT_TRUE(saved->categoryGenerated);
    EXPECT_TRUE(saved->descriptionGenerated);
    EXPECT_EQ(saved->stock, Quantity::fromUnits(12));
    EXPECT_EQ(saved->threshold, Quantity::fromUnits(10));
    EXPECT_FALSE(model->index(row, 0).data(ProductTableModel::LowRole).toBool());
    EXPECT_TRUE(waitUntil([&] { return window->status().productCount == 1; }));

    QTableView *table = page->table();
    table->selectRow(row);
    auto *sell = child<QPushButton>(*page, "sellButton");
    ASSERT_TRUE(sell);
    ASSERT_TRUE(waitUntil([&] { return sell->isEnabled(); }));
    for (int sales = 0;
         sales < 5 && !model->index(row, 0).data(ProductTableModel::LowRole).toBool(); ++sales) {
        const Quantity before = model->productAt(row)->stock;
        QTest::mouseClick(sell, Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return model->productAt(row)->stock != before; }))
            << "the sale did not land";
    }
    EXPECT_EQ(model->productAt(row)->stock, Quantity::fromUnits(9));
    const QModelIndex stockCell = model->index(row, ProductTableModel::StockColumn);
    EXPECT_TRUE(stockCell.data(ProductTableModel::LowRole).toBool());
    EXPECT_EQ(stockCell.data(Qt::BackgroundRole).value<QColor>(),
              ProductTableModel::lowBackground());

    // The alert is shown on the page and in the status bar, without a dialog.
    NotificationBanner *banner = page->banner();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), NotificationBanner::Kind::Warning);
    EXPECT_TRUE(banner->text().contains(name)) << banner->text().toStdString();
    EXPECT_TRUE(window->lastAction().contains(name)) << window->lastAction().toStdString();

    // The low-stock page lists it with the alert.
    LowStockPage *low = window->lowStockPage();
    ASSERT_TRUE(waitUntil([&] { return !low->isLoading() && low->table()->rowCount() == 1; }));
    EXPECT_EQ(low->table()->item(0, LowStockPage::NameColumn)->text(), name);
    EXPECT_EQ(low->table()->item(0, LowStockPage::ShortfallColumn)->text(), QStringLiteral("1"));
    ASSERT_GE(low->alerts()->count(), 1);
    EXPECT_TRUE(low->alerts()->item(0)->text().contains(name));
    EXPECT_TRUE(waitUntil([&] { return window->status().pendingEvents > 0; }));

    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("main-window.png"))));
}

TEST_F(MainWindowTest, ADeadLowStockWebhookIsShownWithItsAlert)
{
    {
        // A store whose alert's webhook failed for good (WebhookQueue's cap).
        test::TempStore store;
        ASSERT_TRUE(
            store.catalog->settings()
                .setValue(QStringLiteral("webhook.url"), QStringLiteral("http://127.0.0.1:9/hook"))
                .ok());
        auto p = store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(10), false);
        ASSERT_TRUE(p.ok());
        ASSERT_TRUE(store.catalog->sell(p->sku, Quantity::fromUnits(1)).ok());
        WebhookQueue queue(*store.db, store.clock);
        auto due = queue.claimDue();
        ASSERT_TRUE(due.ok());
        ASSERT_EQ(due->size(), 1);
        WebhookDelivery d = due->first();
        d.attempts = WebhookQueue::MaxAttempts - 1;
        auto status = queue.markFailed(d, QStringLiteral("The webhook answered HTTP 500"));
        ASSERT_TRUE(status.ok());
        ASSERT_EQ(*status, QStringLiteral("dead"));
        store.catalog.reset();
        store.db.reset();
        ASSERT_TRUE(QFile::copy(store.path(), m_storePath));
    }
    auto window = openWindow(false);
    window->showPage(MainWindow::LowStockTab);
    LowStockPage *low = window->lowStockPage();
    ASSERT_TRUE(waitUntil([&] { return !low->isLoading() && low->alerts()->count() == 1; }));
    const QString text = low->alerts()->item(0)->text();
    EXPECT_TRUE(text.contains(QStringLiteral("webhook failed: The webhook answered HTTP 500")))
        << text.toStdString();
}

TEST_F(MainWindowTest, TheIvaRateIsChosenFromTheStoresRates)
{
    {
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(StoreSettings(**db)
                        .setValue(StoreSettings::taxRatesKey(), QStringLiteral("1900,800,0"))
                        .ok());
    }
    auto window = openWindow(false);
    ProductsPage *page = window->productsPage();
    ProductForm *form = page->form();
    auto *tax = child<QComboBox>(*form, "taxCombo");
    ASSERT_TRUE(tax);
    const auto rates = [&] {
        QVector<int> bp;
        for (int i = 0; i < tax->count(); ++i)
            bp << tax->itemData(i).toInt();
        return bp;
    };
    ASSERT_TRUE(waitUntil([&] {
        return rates() == QVector<int>{1900, 800, 0};
    })) << "the store's rates never reached the form";
    EXPECT_EQ(form->taxRate(), 1900) << "the first is the store's usual rate";

    // A product's own rate the store does not have stays, shown as such.
    form->setTaxRate(1600);
    EXPECT_EQ(form->taxRate(), 1600);
    EXPECT_TRUE(tax->currentText().contains(QStringLiteral("not one of the store's rates")))
        << tax->currentText().toStdString();

    tax->setCurrentIndex(tax->findData(800));
    QTest::keyClicks(child<QLineEdit>(*form, "nameEdit"), QStringLiteral("Aguardiente 375 ml"));
    QTest::keyClicks(child<QLineEdit>(*form, "priceEdit"), QStringLiteral("25000"));
    QTest::mouseClick(child<QPushButton>(*form, "saveButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil(
        [&] { return rowOfName(*page->model(), QStringLiteral("Aguardiente 375 ml")) >= 0; }));
    auto saved =
        page->model()->productAt(rowOfName(*page->model(), QStringLiteral("Aguardiente 375 ml")));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->taxRateBasisPoints, 800);
    // Cleared for the next product: the store's rates alone, the usual one chosen.
    EXPECT_EQ(rates(), (QVector<int>{1900, 800, 0}));
    EXPECT_EQ(form->taxRate(), 1900);
}

TEST_F(MainWindowTest, BadInputShowsTheErrorOnTheFieldAndSavesNothing)
{
    auto window = openWindow(false);
    ProductForm *form = window->productsPage()->form();
    auto *barcode = child<QLineEdit>(*form, "barcodeEdit");
    auto *nameEdit = child<QLineEdit>(*form, "nameEdit");
    auto *nameError = child<QLabel>(*form, "nameError");
    auto *barcodeError = child<QLabel>(*form, "barcodeError");
    ASSERT_TRUE(barcode && nameEdit && nameError && barcodeError);

    QTest::keyClicks(barcode, QStringLiteral("123"));
    QTest::mouseClick(child<QPushButton>(*form, "saveButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !form->fieldError(QStringLiteral("name")).isEmpty(); }));
    EXPECT_TRUE(nameError->isVisible());
    EXPECT_FALSE(barcodeError->isVisible());

    // Typing in the field clears its error; the next problem is the barcode.
    QTest::keyClicks(nameEdit, QStringLiteral("Leche Alpina 1 L"));
    EXPECT_FALSE(nameError->isVisible());
    QTest::mouseClick(child<QPushButton>(*form, "saveButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !form->fieldError(QStringLiteral("barcode")).isEmpty(); }));
    EXPECT_TRUE(barcodeError->isVisible());
    EXPECT_FALSE(nameError->isVisible());
    // The input stays for the user to fix.
    EXPECT_EQ(barcode->text(), QStringLiteral("123"));

    window->productsPage()->refresh();
    window->refreshStatus();
    ASSERT_TRUE(waitUntil([&] { return !window->productsPage()->model()->isLoading(); }));
    EXPECT_EQ(window->productsPage()->model()->rowCount(), 0);
    EXPECT_TRUE(waitUntil(
        [&] { return window->status().pendingEvents == 0 && window->status().productCount == 0; }));
}

TEST_F(MainWindowTest, FirstRunFillsADemoStoreInTheBackground)
{
    auto window = openWindow(true);
    auto *banner = child<QWidget>(*window, "firstRunBanner");
    ASSERT_TRUE(banner);
    ASSERT_TRUE(finishFirstRun(*window, true)) << "no first-run wizard on an empty store";
    ASSERT_TRUE(banner->isVisible()) << "no progress while the demo fills";
    // The window keeps answering while the worker fills the store.
    EXPECT_TRUE(window->productsPage()->form()->isEnabled());
    ProductTableModel *model = window->productsPage()->model();
    ASSERT_TRUE(waitUntil([&] { return !banner->isVisible(); }, 120000))
        << "the demo store never finished";
    ASSERT_TRUE(waitUntil(
        [&] { return !model->isLoading() && model->rowCount() == StoreWorker::DemoProductCount; }));
    ASSERT_TRUE(
        waitUntil([&] { return window->status().productCount == StoreWorker::DemoProductCount; }));

    // Sort by stock so the screenshot shows the highlighted rows first.
    QTableView *table = window->productsPage()->table();
    table->sortByColumn(ProductTableModel::StockColumn, Qt::AscendingOrder);
    ASSERT_TRUE(waitUntil([&] {
        return !model->isLoading() &&
               model->index(0, 0).data(ProductTableModel::LoadedRole).toBool();
    }));
    EXPECT_TRUE(model->index(0, 0).data(ProductTableModel::LowRole).toBool());
    table->selectRow(3);
    auto *sell = child<QPushButton>(*window->productsPage(), "sellButton");
    ASSERT_TRUE(waitUntil([&] { return sell->isEnabled(); }));
    QTest::mouseClick(sell, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return window->productsPage()->banner()->isVisible(); }))
        << window->lastAction().toStdString();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("products-demo.png"))));

    // A page far past the first one is fetched on demand.
    table->scrollToBottom();
    ASSERT_TRUE(waitUntil([&] {
        return model->index(model->rowCount() - 1, 0).data(ProductTableModel::LoadedRole).toBool();
    }));

    window->showPage(MainWindow::LowStockTab);
    LowStockPage *low = window->lowStockPage();
    ASSERT_TRUE(waitUntil([&] { return !low->isLoading() && low->table()->rowCount() > 0; }));
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("low-stock.png"))));
}

// Spanish is the GUI's default language: the same translation the app loads,
// on a demo store, with Alt+letter shortcuts that do not clash and labels that
// fit at 1366x768. Keeps the Spanish screenshots the README shows.
TEST_F(MainWindowTest, SpanishInterfaceOnADemoStore)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/i18n/bodega_es.qm")))
        << "the Spanish translation is not embedded";
    SpanishUi spanish;
    ASSERT_TRUE(spanish.loaded()) << "no bodega translation for es-CO under :/i18n";
    EXPECT_TRUE(spanish.fileName().endsWith(QStringLiteral("bodega_es.qm")))
        << spanish.fileName().toStdString();

    auto window = openWindow(true);
    auto *tabs = child<QTabWidget>(*window, "pages");
    ProductsPage *page = window->productsPage();
    ProductForm *form = page->form();
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("&Productos"));
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("&Stock bajo"));
    EXPECT_EQ(child<QPushButton>(*form, "aiButton")->text(), QStringLiteral("Generar con &IA"));
    EXPECT_EQ(child<QPushButton>(*form, "saveButton")->text(), QStringLiteral("&Guardar"));
    EXPECT_EQ(child<QPushButton>(*form, "clearButton")->text(), QStringLiteral("&Limpiar"));
    EXPECT_EQ(child<QPushButton>(*page, "sellButton")->text(),
              QStringLiteral("Simular venta (&1 unidad)"));
    EXPECT_EQ(child<QLabel>(*form, "categoryAiMarker")->text(), QStringLiteral("Escrito por IA"));
    EXPECT_EQ(child<QLineEdit>(*page, "searchEdit")->placeholderText(),
              QStringLiteral("Buscar por nombre, SKU, código de barras o palabra clave…"));
    // Form labels, with the accent rendered from the UTF-8 .qm text.
    QStringList formLabels;
    for (const QLabel *l : form->findChildren<QLabel *>()) {
        if (l->buddy())
            formLabels << l->text();
    }
    for (const char *expected : {"&Nombre", "&Código de barras", "Palabras cla&ve", "P&recio",
                                 "S&tock", "&Umbral de stock bajo", "C&ategoría", "&Descripción"})
        EXPECT_TRUE(formLabels.contains(QString::fromUtf8(expected)))
            << expected << " not in " << formLabels.join(QStringLiteral(", ")).toStdString();
    ProductTableModel *model = page->model();
    EXPECT_EQ(model->headerData(ProductTableModel::NameColumn, Qt::Horizontal).toString(),
              QStringLiteral("Nombre"));
    EXPECT_EQ(model->headerData(ProductTableModel::CategoryColumn, Qt::Horizontal).toString(),
              QStringLiteral("Categoría"));
    EXPECT_EQ(model->headerData(ProductTableModel::PriceColumn, Qt::Horizontal).toString(),
              QStringLiteral("Precio"));
    EXPECT_EQ(model->headerData(ProductTableModel::ThresholdColumn, Qt::Horizontal).toString(),
              QStringLiteral("Umbral"));
    EXPECT_TRUE(window->lastAction().startsWith(QStringLiteral("Tienda abierta")))
        << window->lastAction().toStdString();

    // The first-run wizard fills the demo store; its progress reads in Spanish.
    auto *banner = child<QWidget>(*window, "firstRunBanner");
    ASSERT_TRUE(banner);
    ASSERT_TRUE(finishFirstRun(*window, true));
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(
        banner->findChildren<QLabel *>().first()->text().startsWith(QStringLiteral("Llenando")))
        << banner->findChildren<QLabel *>().first()->text().toStdString();
    {
        const auto keys = visibleMnemonics(*window);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            EXPECT_EQ(it.value().size(), 1)
                << "accelerators clash on the products page with the first-run banner:\n"
                << describe(keys).toStdString();
    }
    // Layouts settle a turn of the event loop after a text changes.
    waitUntil([&] { return clippedTexts(*window).isEmpty(); }, 2000);
    EXPECT_EQ(clippedTexts(*window).join(QStringLiteral(" | ")).toStdString(), "")
        << "clipped at 1366x768";
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("first-run-es.png"))));
    ASSERT_TRUE(waitUntil([&] { return !banner->isVisible(); }, 120000))
        << "the demo store never finished";
    ASSERT_TRUE(waitUntil(
        [&] { return !model->isLoading() && model->rowCount() == StoreWorker::DemoProductCount; }));
    EXPECT_TRUE(window->lastAction().startsWith(QStringLiteral("Tienda de demostración lista")))
        << window->lastAction().toStdString();

    // An AI suggestion in the form, in Spanish, marked as written by the AI.
    // setText: QTest::keyClicks only types ASCII.
    child<QLineEdit>(*form, "nameEdit")->setText(QStringLiteral("Café molido Sello Rojo 250 g"));
    child<QLineEdit>(*form, "keywordsEdit")->setText(QStringLiteral("café, tinto"));
    QTest::keyClicks(child<QLineEdit>(*form, "stockEdit"), QStringLiteral("24"));
    QTest::keyClicks(child<QLineEdit>(*form, "priceEdit"), QStringLiteral("9800"));
    QTest::mouseClick(child<QPushButton>(*form, "aiButton"), Qt::LeftButton);
    auto *description = child<QPlainTextEdit>(*form, "descriptionEdit");
    ASSERT_TRUE(waitUntil([&] { return !description->toPlainText().isEmpty(); }));
    EXPECT_TRUE(child<QLabel>(*form, "descriptionAiMarker")->isVisible());
    EXPECT_TRUE(window->lastAction().startsWith(QStringLiteral("Sugerencia de IA lista")))
        << window->lastAction().toStdString();

    // Sell a low product: the alert reads in Spanish.
    QTableView *table = page->table();
    table->sortByColumn(ProductTableModel::StockColumn, Qt::AscendingOrder);
    ASSERT_TRUE(waitUntil([&] {
        return !model->isLoading() &&
               model->index(0, 0).data(ProductTableModel::LoadedRole).toBool();
    }));
    // The first product exactly at its threshold: one sale takes it below.
    int atThreshold = -1;
    for (int row = 0; row < model->rowCount() && atThreshold < 0; ++row) {
        const std::optional<Product> p = model->productAt(row);
        if (p && p->stock == p->threshold)
            atThreshold = row;
    }
    ASSERT_GE(atThreshold, 0) << "no demo product sits at its threshold";
    table->selectRow(atThreshold);
    auto *sell = child<QPushButton>(*page, "sellButton");
    ASSERT_TRUE(waitUntil([&] { return sell->isEnabled(); }));
    QTest::mouseClick(sell, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return page->banner()->isVisible(); }))
        << window->lastAction().toStdString();
    EXPECT_TRUE(page->banner()->text().startsWith(QStringLiteral("Stock bajo: quedan ")))
        << page->banner()->text().toStdString();
    EXPECT_TRUE(page->banner()->text().contains(QStringLiteral("Vendido: 1 × ")))
        << page->banner()->text().toStdString();
    {
        const auto keys = visibleMnemonics(*window);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            EXPECT_EQ(it.value().size(), 1) << "accelerators clash on the products page:\n"
                                            << describe(keys).toStdString();
    }
    // Layouts settle a turn of the event loop after a text changes.
    waitUntil([&] { return clippedTexts(*window).isEmpty(); }, 2000);
    EXPECT_EQ(clippedTexts(*window).join(QStringLiteral(" | ")).toStdString(), "")
        << "clipped at 1366x768";
    EXPECT_EQ(clippedHeaders(*table->horizontalHeader()).join(QStringLiteral(" | ")).toStdString(),
              "");
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("products-demo-es.png"))));

    window->showPage(MainWindow::LowStockTab);
    LowStockPage *low = window->lowStockPage();
    ASSERT_TRUE(waitUntil([&] { return !low->isLoading() && low->table()->rowCount() > 0; }));
    auto *summary = child<QLabel>(*low, "lowStockSummary");
    EXPECT_TRUE(summary->text().startsWith(
        QStringLiteral("Productos por debajo de su umbral de stock bajo: ")))
        << summary->text().toStdString();
    EXPECT_EQ(low->table()->horizontalHeaderItem(LowStockPage::ShortfallColumn)->text(),
              QStringLiteral("Faltante"));
    ASSERT_GE(low->alerts()->count(), 1);
    EXPECT_TRUE(low->alerts()->item(0)->text().contains(QStringLiteral("Stock bajo: quedan ")))
        << low->alerts()->item(0)->text().toStdString();
    {
        const auto keys = visibleMnemonics(*window);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            EXPECT_EQ(it.value().size(), 1) << "accelerators clash on the low-stock page:\n"
                                            << describe(keys).toStdString();
    }
    // Layouts settle a turn of the event loop after a text changes.
    waitUntil([&] { return clippedTexts(*window).isEmpty(); }, 2000);
    EXPECT_EQ(clippedTexts(*window).join(QStringLiteral(" | ")).toStdString(), "")
        << "clipped at 1366x768";
    EXPECT_EQ(
        clippedHeaders(*low->table()->horizontalHeader()).join(QStringLiteral(" | ")).toStdString(),
        "");
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("low-stock-es.png"))));
}
