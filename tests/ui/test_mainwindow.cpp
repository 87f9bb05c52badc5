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

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace bodega;
using namespace bodega::test;

namespace {

// The size the issue asks the window to be readable at.
const QSize ScreenSize(1366, 768);

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
        MainWindow::Options options;
        options.offerFirstRun = offerFirstRun;
        auto window = std::make_unique<MainWindow>(m_storePath, options);
        window->resize(ScreenSize);
        window->show();
        EXPECT_TRUE(waitUntil([&] {
            return window->isReady() && !window->productsPage()->model()->isLoading();
        })) << "the store did not open";
        return window;
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
    ASSERT_TRUE(waitUntil([&] { return banner->isVisible(); }))
        << "no first-run offer on an empty store";

    QTest::mouseClick(child<QPushButton>(*window, "demoButton"), Qt::LeftButton);
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
