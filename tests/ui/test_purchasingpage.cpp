// The manager's Purchasing and Alerts pages offscreen on a real store: a
// supplier typed in, the one click from suggestions to a draft, a partial
// receipt that moves stock, the PDF and CSV exports; the inbox's unread count
// following a sale and mark read; a dead webhook retried. Screenshots for
// people: purchasing.png, reorder.png, alerts.png.
#include "ui/alertspage.h"
#include "ui/purchasingpage.h"
#include "ui/storeworker.h"
#include "uitestutil.h"

#include "security/userstore.h"
#include "storage/productrepository.h"
#include "support/testsupport.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace bodega;
using namespace bodega::test;

namespace {

class PurchasingPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    }

    // A store made now (the GUI forecasts on the system clock) with rice
    // from Distribuidora Andina and bread from a baker nobody put on file,
    // 10 of each, 8 of each sold today; with `webhook`, alerts also go to a
    // receiver that is not there.
    void seed(bool webhook)
    {
        TempStore store;
        store.clock.setMs(QDateTime::currentMSecsSinceEpoch());
        if (webhook) {
            ASSERT_TRUE(store.catalog->settings()
                            .setValue(QStringLiteral("webhook.url"),
                                      QStringLiteral("http://127.0.0.1:9/hook"))
                            .ok());
        }
        for (const auto &[sku, supplier] :
             {std::pair{"ARR", "Distribuidora Andina"}, std::pair{"PAN", "Panadería El Trigal"}}) {
            Product p = sampleProduct(QStringLiteral("Producto %1").arg(QLatin1String(sku)),
                                      QString::fromLatin1(sku));
            p.barcode.clear();
            p.supplier = QString::fromUtf8(supplier);
            p.threshold = Quantity::fromUnits(5);
            ASSERT_TRUE(store.catalog->addProduct(p, Quantity::fromUnits(10), false).ok());
            ASSERT_TRUE(store.catalog->sell(p.sku, Quantity::fromUnits(8)).ok());
        }
        // Salt, not sold yet.
        Product salt = sampleProduct(QStringLiteral("Sal Refisal 1 kg"), QStringLiteral("SAL"));
        salt.barcode.clear();
        salt.threshold = Quantity::fromUnits(5);
        ASSERT_TRUE(store.catalog->addProduct(salt, Quantity::fromUnits(10), false).ok());
        store.catalog.reset();
        store.db.reset();
        ASSERT_TRUE(QFile::copy(store.path(), m_storePath));
    }

    qint64 stockOf(const QString &sku)
    {
        Database::Options options;
        options.createIfMissing = false;
        options.migrate = false;
        auto db = Database::open(m_storePath, options);
        EXPECT_TRUE(db.ok());
        auto q = (*db)->exec(QStringLiteral("SELECT qty_milli FROM stock_levels l JOIN products "
                                            "p ON p.id = l.product_id WHERE p.sku = ?"),
                             {sku});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    QString m_storePath;
};

QString tabText(const MainWindow &window, QWidget *page)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    return tabs ? tabs->tabText(tabs->indexOf(page)) : QString();
}

} // namespace

TEST_F(PurchasingPageTest, FromASupplierToSuggestionsToADraftToStockAndExports)
{
    seed(false);
    auto window = openMainWindow(m_storePath, false);
    window->showPage(MainWindow::PurchasingTab);
    PurchasingPage *page = window->purchasingPage();
    EXPECT_EQ(tabText(*window, page), QStringLiteral("Pur&chasing"));
    ASSERT_TRUE(
        waitUntil([&] { return !page->isBusy() && page->snapshot().suggestions.size() == 2; }));

    // A supplier, typed in, and what it charges for the rice.
    page->showSection(PurchasingPage::SuppliersSection);
    QTest::mouseClick(child<QPushButton>(*page, "newSupplierButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*page, "supplierName"),
                     QStringLiteral("Distribuidora Andina"));
    child<QLineEdit>(*page, "supplierContact")->setText(QStringLiteral("Marta Gómez"));
    QTest::keyClicks(child<QLineEdit>(*page, "supplierEmail"),
                     QStringLiteral("pedidos@andina.com.co"));
    child<QSpinBox>(*page, "supplierLeadTime")->setValue(3);
    QTest::mouseClick(child<QPushButton>(*page, "saveSupplierButton"), Qt::LeftButton);
    auto *suppliers = child<QTableWidget>(*page, "suppliersTable");
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && suppliers->rowCount() == 1; }))
        << page->lastMessage().toStdString();
    EXPECT_EQ(suppliers->item(0, 0)->text(), QStringLiteral("Distribuidora Andina"));
    QTest::keyClicks(child<QLineEdit>(*page, "priceProduct"), QStringLiteral("ARR"));
    QTest::keyClicks(child<QLineEdit>(*page, "priceValue"), QStringLiteral("1800"));
    auto *setPrice = child<QPushButton>(*page, "setPriceButton");
    ASSERT_TRUE(setPrice->isEnabled());
    QTest::mouseClick(setPrice, Qt::LeftButton);
    auto *prices = child<QTableWidget>(*page, "supplierPricesTable");
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && prices->rowCount() == 1; }))
        << page->lastMessage().toStdString();
    EXPECT_EQ(prices->item(0, 0)->text(), QStringLiteral("ARR"));
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("suppliers.png"))));
    // Edited: the lead time the forecast plans with.
    child<QSpinBox>(*page, "supplierLeadTime")->setValue(4);
    QTest::mouseClick(child<QPushButton>(*page, "saveSupplierButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && suppliers->rowCount() == 1 &&
               page->snapshot().suppliers.first().leadTimeDays == 4;
    })) << page->lastMessage().toStdString();

    // The suggestions name the supplier now; the bread's is not on file.
    page->showSection(PurchasingPage::ReorderSection);
    page->refresh();
    auto *suggestions = child<QTableWidget>(*page, "suggestionsTable");
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && suggestions->rowCount() == 2 &&
               !page->snapshot().suggestions.first().supplierId.isEmpty() !=
                   !page->snapshot().suggestions.last().supplierId.isEmpty();
    }));
    QStringList supplierColumn{suggestions->item(0, 7)->text(), suggestions->item(1, 7)->text()};
    EXPECT_TRUE(supplierColumn.contains(QStringLiteral("Distribuidora Andina")));
    EXPECT_TRUE(supplierColumn.contains(QStringLiteral("Panadería El Trigal (not on file)")));
    Quantity suggested;
    for (const DemandForecastLine &l : page->snapshot().suggestions) {
        if (l.product.sku == QLatin1String("ARR"))
            suggested = l.suggested;
    }
    ASSERT_GT(suggested.milli(), 0);
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("reorder.png"))));

    // One click: one draft for Andina at its price; the bread is named.
    auto *drafts = child<QPushButton>(*page, "createDraftsButton");
    auto *result = child<QLabel>(*page, "draftResult");
    QTest::mouseClick(drafts, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && page->snapshot().orders.size() == 1; }));
    EXPECT_TRUE(result->text().contains(QStringLiteral("1 draft purchase order(s) created")))
        << result->text().toStdString();
    EXPECT_TRUE(result->text().contains(QStringLiteral("No supplier on file for: Producto PAN")));
    const PurchaseOrder draft = page->snapshot().orders.first();
    EXPECT_EQ(draft.status, PurchaseOrderStatus::Draft);
    ASSERT_EQ(draft.lines.size(), 1);
    EXPECT_EQ(draft.lines.at(0).ordered, suggested);
    EXPECT_EQ(draft.lines.at(0).unitCost.minor(), 1800);
    // A second click tops up rather than duplicates: nothing new.
    QTest::mouseClick(drafts, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && result->text().contains(QStringLiteral("already on a draft"));
    }));
    EXPECT_EQ(page->snapshot().orders.size(), 1);

    // The draft is selected in the orders: send it, receive 4 of it.
    page->showSection(PurchasingPage::OrdersSection);
    ASSERT_TRUE(waitUntil([&] { return page->currentOrder().number == draft.number; }));
    QTest::mouseClick(child<QPushButton>(*page, "sendOrderButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && page->currentOrder().status == PurchaseOrderStatus::Sent;
    }));
    auto *lines = child<QTableWidget>(*page, "orderLinesTable");
    ASSERT_EQ(lines->rowCount(), 1);
    ASSERT_TRUE(lines->item(0, 7)->flags() & Qt::ItemIsEditable);
    lines->item(0, 7)->setText(QStringLiteral("4"));
    QTest::mouseClick(child<QPushButton>(*page, "receiveOrderButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() &&
               page->currentOrder().status == PurchaseOrderStatus::PartiallyReceived;
    })) << page->lastMessage().toStdString();
    EXPECT_EQ(stockOf(QStringLiteral("ARR")), 6000); // 10 - 8 + 4
    EXPECT_EQ(lines->item(0, 4)->text(), QStringLiteral("4"));
    // The products page follows the receipt.
    ProductTableModel *model = window->productsPage()->model();
    QString shown;
    EXPECT_TRUE(waitUntil([&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ProductTableModel::SkuColumn).data().toString() ==
                QLatin1String("ARR")) {
                shown = model->index(row, ProductTableModel::StockColumn).data().toString();
                return shown == QLatin1String("6");
            }
        }
        return false;
    })) << shown.toStdString();

    // Exports to the files the manager chose.
    const QString pdf = m_dir.filePath(QStringLiteral("order.pdf"));
    const QString csv = m_dir.filePath(QStringLiteral("order.csv"));
    QString asked;
    page->setPathChooser([&](const QString &name, const QString &) {
        asked = name;
        return name.endsWith(QLatin1String(".pdf")) ? pdf : csv;
    });
    QTest::mouseClick(child<QPushButton>(*page, "exportPdfButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && QFile::exists(pdf); }));
    EXPECT_EQ(asked, draft.number + QStringLiteral(".pdf"));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(draft.number)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Distribuidora Andina")));
    QTest::mouseClick(child<QPushButton>(*page, "exportCsvButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && QFile::exists(csv); }));
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(csvFile.readAll());
    EXPECT_TRUE(rows.contains(draft.number));
    EXPECT_TRUE(rows.contains(QStringLiteral("ARR")));
    EXPECT_TRUE(page->lastMessage().startsWith(QStringLiteral("Written to")));
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("purchasing.png"))));

    // Closed short: the rest is not coming.
    QTest::mouseClick(child<QPushButton>(*page, "closeOrderButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && page->currentOrder().status == PurchaseOrderStatus::Closed;
    }));
    EXPECT_FALSE(child<QPushButton>(*page, "receiveOrderButton")->isEnabled());
}

TEST_F(PurchasingPageTest, ACashierDoesNotSeeTheManagersPages)
{
    seed(false);
    {
        Database::Options options;
        auto db = Database::open(m_storePath, options);
        ASSERT_TRUE(db.ok());
        UserStore users(**db, Clock::system());
        ASSERT_TRUE(users
                        .add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                             User::SecretKind::Password, QStringLiteral("la-tienda-2026"))
                        .ok());
        auto admin = users.list();
        ASSERT_TRUE(admin.ok());
        const Actor owner{admin->first().id, admin->first().name, Role::Admin};
        ASSERT_TRUE(users
                        .add(owner, QStringLiteral("ana"), Role::Cashier, User::SecretKind::Pin,
                             QStringLiteral("4321"))
                        .ok());
    }
    auto window = openMainWindow(m_storePath, false);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("pages"));
    window->worker()->requestLogIn(QStringLiteral("ana"), QStringLiteral("4321"));
    ASSERT_TRUE(
        waitUntil([&] { return !tabs->isTabVisible(tabs->indexOf(window->purchasingPage())); }));
    EXPECT_FALSE(tabs->isTabVisible(tabs->indexOf(window->alertsPage())));
    window->worker()->requestLogIn(QStringLiteral("dueno"), QStringLiteral("la-tienda-2026"));
    ASSERT_TRUE(
        waitUntil([&] { return tabs->isTabVisible(tabs->indexOf(window->purchasingPage())); }));
}

TEST_F(PurchasingPageTest, TheInboxCountsUnreadAlertsAndRetriesADeadWebhook)
{
    seed(true); // both products crossed their threshold: two alerts
    {
        // The rice's delivery gave up (WebhookQueue's cap).
        Database::Options options;
        auto db = Database::open(m_storePath, options);
        ASSERT_TRUE(db.ok());
        WebhookQueue queue(**db, Clock::system());
        auto due = queue.claimDue();
        ASSERT_TRUE(due.ok());
        ASSERT_EQ(due->size(), 2);
        WebhookDelivery d = due->first();
        d.attempts = WebhookQueue::MaxAttempts - 1;
        ASSERT_EQ(queue.markFailed(d, QStringLiteral("The webhook answered HTTP 500")).value(),
                  QStringLiteral("dead"));
        WebhookDelivery other = due->last();
        ASSERT_TRUE(queue.markFailed(other, QStringLiteral("refused")).ok());
    }
    auto window = openMainWindow(m_storePath, false);
    AlertsPage *page = window->alertsPage();
    ASSERT_TRUE(waitUntil([&] { return tabText(*window, page) == QLatin1String("Ale&rts (2)"); }));
    window->showPage(MainWindow::AlertsTab);
    auto *alerts = child<QTableWidget>(*page, "alertsTable");
    ASSERT_EQ(alerts->rowCount(), 2);
    // In the UI's language, from the alert's figures.
    EXPECT_TRUE(alerts->item(0, 1)->text().startsWith(QStringLiteral("Low stock: Producto ")))
        << alerts->item(0, 1)->text().toStdString();
    EXPECT_TRUE(alerts->item(0, 1)->font().bold());
    auto *dead = child<QTableWidget>(*page, "deadDeliveriesTable");
    ASSERT_EQ(dead->rowCount(), 1);
    EXPECT_EQ(dead->item(0, 3)->text(), QStringLiteral("The webhook answered HTTP 500"));
    EXPECT_EQ(dead->item(0, 2)->text(), QString::number(WebhookQueue::MaxAttempts));
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("alerts.png"))));

    // One read: the count drops, the row is no longer bold.
    alerts->selectRow(0);
    auto *markRead = child<QPushButton>(*page, "markReadButton");
    ASSERT_TRUE(markRead->isEnabled());
    QTest::mouseClick(markRead, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return tabText(*window, page) == QLatin1String("Ale&rts (1)"); }));
    EXPECT_FALSE(alerts->item(0, 1)->font().bold());

    // Salt sold below its threshold on the till: a new alert, a new count.
    QString saltId;
    {
        Database::Options options;
        auto db = Database::open(m_storePath, options);
        ASSERT_TRUE(db.ok());
        auto salt = ProductRepository(**db).resolve(QStringLiteral("SAL"));
        ASSERT_TRUE(salt.ok());
        saltId = salt->id;
    }
    window->worker()->requestSale(saltId, Quantity::fromUnits(6));
    ASSERT_TRUE(waitUntil([&] { return tabText(*window, page) == QLatin1String("Ale&rts (2)"); }));
    QTest::mouseClick(child<QPushButton>(*page, "markAllReadButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return tabText(*window, page) == QLatin1String("Ale&rts"); }));

    // Retry: the dead letter is back in the queue, tried again at once.
    dead->selectRow(0);
    auto *retry = child<QPushButton>(*page, "retryButton");
    ASSERT_TRUE(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && dead->rowCount() == 0; }));
    EXPECT_EQ(page->snapshot().dead.size(), 0);
}
