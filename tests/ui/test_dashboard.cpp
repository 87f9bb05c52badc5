// The manager's dashboard offscreen (issue 6, points 1 and 7): a small store
// with sales made today, the charts' series checked value by value, a click
// on a bar opening the product, a sale at this terminal updating the charts,
// and the screenshot people look at (dashboard.png, 1366x768).
#include "support/testsupport.h"
#include "ui/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/productspage.h"
#include "ui/storeworker.h"
#include "uitestutil.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace bodega;
using namespace bodega::test;

namespace {

struct Item
{
    const char *sku, *name, *category;
    qint64 price, stock, threshold, sold;
};

// Sold today: Arroz 5, Leche 2, Huevos 1; Sal never. Low afterwards, lowest
// first: Sal (1 of 10), Huevos (2 of 5), Leche (4 of 10).
const Item Items[] = {
    {"ARR-500", "Arroz Diana premium 500 g", "Granos", 2900, 30, 10, 5},
    {"LEC-1", "Leche entera Alquería 1 litro", "Lácteos", 4200, 6, 10, 2},
    {"HUE-30", "Huevos AA rojos x30", "Huevos", 18000, 3, 5, 1},
    {"SAL-1", "Sal Refisal yodada 1 kg", "Granos", 1800, 1, 10, 0},
};

QMap<QString, QString> fillStore(const QString &path)
{
    QMap<QString, QString> ids; // sku -> id
    auto db = Database::open(path);
    EXPECT_TRUE(db.ok());
    OfflineEngine ai;
    CatalogService catalog(**db, ai);
    for (const Item &it : Items) {
        Product p = sampleProduct(QString::fromUtf8(it.name), QString::fromLatin1(it.sku));
        p.barcode.clear();
        p.category = QString::fromUtf8(it.category);
        p.price = Money(it.price, QStringLiteral("COP"));
        p.threshold = Quantity::fromUnits(it.threshold);
        auto added = catalog.addProduct(p, Quantity::fromUnits(it.stock), false);
        EXPECT_TRUE(added.ok()) << (added ? "" : added.error().message.toStdString());
        if (!added)
            continue;
        ids.insert(p.sku, added->id);
        if (it.sold > 0) {
            EXPECT_TRUE(catalog.sell(p.sku, Quantity::fromUnits(it.sold)).ok());
        }
    }
    return ids;
}

template <typename T> T *onlySeries(QChartView *view)
{
    const auto series = view->chart()->series();
    EXPECT_EQ(series.size(), 1) << view->objectName().toStdString();
    return series.isEmpty() ? nullptr : qobject_cast<T *>(series.first());
}

QVector<double> values(const QBarSet *set)
{
    QVector<double> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

} // namespace

TEST(DashboardPage, ChartsHoldTheStoresFiguresOpenTheProductAndFollowASale)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QMap<QString, QString> ids = fillStore(path);
    ASSERT_EQ(ids.size(), 4);

    auto window = openMainWindow(path, false);
    auto *tabs = child<QTabWidget>(*window, "pages");
    ASSERT_TRUE(tabs);
    int tab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == MainWindow::tr("D&ashboard"))
            tab = i;
    }
    ASSERT_GE(tab, 0) << "no Dashboard tab";
    DashboardPage *page = window->dashboardPage();
    tabs->setCurrentIndex(tab);
    EXPECT_EQ(tabs->currentWidget(), page);
    ASSERT_TRUE(waitUntil([&] { return page->loads() >= 1 && !page->isLoading(); }));
    EXPECT_TRUE(page->snapshot().hasProducts);

    // Stock against threshold: two bar sets over the three low products.
    auto *stock = onlySeries<QBarSeries>(page->stockChart());
    ASSERT_TRUE(stock);
    ASSERT_EQ(stock->count(), 2);
    EXPECT_EQ(stock->barSets()[0]->label(), DashboardPage::tr("Stock"));
    EXPECT_EQ(stock->barSets()[1]->label(), DashboardPage::tr("Threshold"));
    EXPECT_EQ(values(stock->barSets()[0]), (QVector<double>{1, 2, 4}));
    EXPECT_EQ(values(stock->barSets()[1]), (QVector<double>{10, 5, 10}));
    auto *names = qobject_cast<QBarCategoryAxis *>(
        page->stockChart()->chart()->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(names);
    EXPECT_EQ(names->categories(),
              (QStringList{DashboardPage::shortName(QString::fromUtf8(Items[3].name)),
                           QStringLiteral("Huevos AA rojos…"),
                           DashboardPage::shortName(QString::fromUtf8(Items[1].name))}));

    // Days of cover: the same products, lowest on top (horizontal bars list bottom-up).
    auto *cover = onlySeries<QHorizontalBarSeries>(page->coverChart());
    ASSERT_TRUE(cover);
    ASSERT_EQ(cover->count(), 1);
    EXPECT_EQ(cover->barSets()[0]->count(), 3);
    EXPECT_EQ(cover->barSets()[0]->at(2), 0); // Sal does not sell: no cover figure
    EXPECT_GT(cover->barSets()[0]->at(0), 0); // Leche sells

    // Net sales a day over 30 days, today's the three sales.
    auto *sales = onlySeries<QLineSeries>(page->salesChart());
    ASSERT_TRUE(sales);
    ASSERT_EQ(sales->count(), 30);
    const qint64 today = 5 * 2900 + 2 * 4200 + 18000;
    EXPECT_EQ(sales->at(29).y(), double(today));
    EXPECT_EQ(sales->at(28).y(), 0.0);

    // Best sellers by units, the first on top.
    auto *top = onlySeries<QHorizontalBarSeries>(page->topChart());
    ASSERT_TRUE(top);
    EXPECT_EQ(values(top->barSets()[0]), (QVector<double>{1, 2, 5}));

    // Category share: Huevos 18,000, Granos 14,500, Lácteos 8,400.
    auto *pie = onlySeries<QPieSeries>(page->categoryChart());
    ASSERT_TRUE(pie);
    ASSERT_EQ(pie->count(), 3);
    EXPECT_EQ(pie->slices()[0]->value(), 18000.0);
    EXPECT_TRUE(pie->slices()[0]->label().startsWith(QStringLiteral("Huevos 44")))
        << pie->slices()[0]->label().toStdString();
    EXPECT_EQ(pie->slices()[1]->value(), 14500.0);
    EXPECT_EQ(pie->slices()[2]->value(), 8400.0);
    EXPECT_TRUE(clippedTexts(*page).isEmpty())
        << clippedTexts(*page).join(QLatin1Char('\n')).toStdString();
    QTest::qWait(200); // the charts lay out their axes and labels on the next turns of the loop
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("dashboard.png"))));

    // The week and month views of the same sales.
    page->grouping()->setCurrentIndex(1);
    ASSERT_TRUE(waitUntil(
        [&] { return !page->isLoading() && page->snapshot().grouping == SalesGrouping::Week; }));
    sales = onlySeries<QLineSeries>(page->salesChart());
    ASSERT_TRUE(sales);
    ASSERT_EQ(sales->count(), 12);
    EXPECT_EQ(sales->at(11).y(), double(today));
    page->grouping()->setCurrentIndex(0);
    ASSERT_TRUE(waitUntil(
        [&] { return !page->isLoading() && page->snapshot().grouping == SalesGrouping::Day; }));

    // A sale at this terminal: the charts follow within the debounce.
    const quint64 before = page->loads();
    QMetaObject::invokeMethod(
        window->worker(),
        [w = window->worker(), id = ids.value(QStringLiteral("LEC-1"))] {
            w->sell(9001, id, Quantity::fromUnits(1));
        },
        Qt::QueuedConnection);
    ASSERT_TRUE(waitUntil([&] {
        auto *s = onlySeries<QLineSeries>(page->salesChart());
        return page->loads() > before && s && s->count() == 30 &&
               s->at(29).y() == double(today + 4200);
    }));
    stock = onlySeries<QBarSeries>(page->stockChart());
    ASSERT_TRUE(stock);
    EXPECT_EQ(values(stock->barSets()[0]), (QVector<double>{1, 2, 3}));
    top = onlySeries<QHorizontalBarSeries>(page->topChart());
    ASSERT_TRUE(top);
    EXPECT_EQ(values(top->barSets()[0]), (QVector<double>{1, 3, 5}));

    // A click on the first bar (Sal) opens it on the Products page.
    QChart *chart = page->stockChart()->chart();
    const QPointF inChart = chart->mapToPosition(QPointF(-0.15, 0.5), stock);
    const QPoint at = page->stockChart()->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(page->stockChart()->viewport(), Qt::LeftButton, {}, at);
    ASSERT_TRUE(waitUntil([&] { return tabs->currentWidget() == window->productsPage(); }))
        << "the click did not open the product";
    const QString sal = ids.value(QStringLiteral("SAL-1"));
    ProductsPage *products = window->productsPage();
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex current = products->table()->selectionModel()->currentIndex();
        return current.isValid() &&
               current.siblingAtColumn(0).data(ProductTableModel::IdRole).toString() == sal;
    })) << "the product was not selected";
}

TEST(DashboardPage, AnEmptyStoreSaysSoInsteadOfEmptyAxes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto window = openMainWindow(dir.filePath(QStringLiteral("store.sqlite")), false);
    window->showPage(MainWindow::DashboardTab);
    DashboardPage *page = window->dashboardPage();
    ASSERT_TRUE(waitUntil([&] { return page->loads() >= 1 && !page->isLoading(); }));
    EXPECT_FALSE(page->snapshot().hasProducts);
    EXPECT_TRUE(page->emptyText()->isVisible());
    EXPECT_TRUE(page->emptyText()->text().contains(QStringLiteral("no products")))
        << page->emptyText()->text().toStdString();
    EXPECT_FALSE(page->stockChart()->isVisible());
}
