// The Reports page (issue 6, point 5): the nightly report written at start
// on its own thread, "Generate now" for a chosen day, the folder listing and
// the admin's settings; managers see it, cashiers are refused.
#include "pos/settlement.h"
#include "reports/nightlyreports.h"
#include "security/userstore.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"
#include "ui/reportspage.h"
#include "ui/storeworker.h"
#include "uitestutil.h"

#include <QDateEdit>
#include <QFileInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>

using namespace bodega;
using namespace bodega::test;

namespace {

const QDate SalesDay(2026, 11, 20);

QDate todayInBogota()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Bogota")).date();
}

// A store with one split-tender sale on SalesDay, the nightly report at
// 00:00 and last written yesterday: today's is due as soon as the GUI starts.
// With `staff`, an admin (dueno), a manager (luis) and a cashier (ana).
void prepareStore(TempStore &store, bool staff)
{
    store.clock.setMs(
        QDateTime(SalesDay, QTime(10, 0), QTimeZone("America/Bogota")).toMSecsSinceEpoch());
    const QVector<Product> products = addGroceries(*store.catalog, 50);
    Cart cart;
    ASSERT_TRUE(cart.add(products[0], Quantity::fromUnits(2)).ok());
    Settlement pay(cart.totals().total);
    ASSERT_TRUE(
        pay.add({Tender::Kind::Card, Money(3000, QStringLiteral("COP")), QStringLiteral("A1"), {}})
            .ok());
    ASSERT_TRUE(pay.add({Tender::Kind::Cash, Money(2800, QStringLiteral("COP")), {}, {}}).ok());
    ASSERT_TRUE(store.catalog->completeSale(cart, pay).ok());
    StoreSettings settings(*store.db);
    ASSERT_TRUE(settings.setValue(QStringLiteral("report.nightly_hour"), QStringLiteral("0")).ok());
    ASSERT_TRUE(settings
                    .setValue(QStringLiteral("report.nightly_last"),
                              todayInBogota().addDays(-1).toString(Qt::ISODate))
                    .ok());
    if (!staff)
        return;
    UserStore users(*store.db, store.clock);
    auto owner = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                           User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
    ASSERT_TRUE(owner.ok());
    const Actor admin{owner->id, owner->name, Role::Admin};
    ASSERT_TRUE(users
                    .add(admin, QStringLiteral("ana"), Role::Cashier, User::SecretKind::Pin,
                         QStringLiteral("4821"))
                    .ok());
    ASSERT_TRUE(users
                    .add(admin, QStringLiteral("luis"), Role::Manager, User::SecretKind::Pin,
                         QStringLiteral("2468"))
                    .ok());
}

ReportsPage *showReports(MainWindow &window)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    EXPECT_NE(tabs, nullptr);
    ReportsPage *page = window.reportsPage();
    EXPECT_NE(page, nullptr);
    EXPECT_GE(tabs->indexOf(page), 0);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(page)), QStringLiteral("R&eports"));
    tabs->setCurrentWidget(page);
    return page;
}

} // namespace

TEST(ReportsPage, ListsTheNightlyReportGeneratesADayAndSavesTheSchedule)
{
    TempStore store;
    prepareStore(store, false);
    const QString path = store.path();
    store.catalog.reset();
    store.db.reset();

    auto window = openMainWindow(path, false);
    ReportsPage *page = showReports(*window);
    // The nightly report for today was written at start, off the UI thread.
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && page->table()->rowCount() == 2; }))
        << page->summary()->text().toStdString();
    const QString stem = QStringLiteral("ventas-") + todayInBogota().toString(Qt::ISODate);
    EXPECT_EQ(page->table()->item(0, ReportsPage::FormatColumn)->text(), QStringLiteral("PDF"));
    EXPECT_EQ(page->table()->item(1, ReportsPage::FormatColumn)->text(), QStringLiteral("CSV"));
    EXPECT_TRUE(page->summary()->text().contains(QStringLiteral("00:00")))
        << page->summary()->text().toStdString();

    // "Generate now" for the day of the sale.
    page->dayEdit()->setDate(SalesDay);
    QTest::mouseClick(page->generateButton(), Qt::LeftButton);
    EXPECT_FALSE(page->generateButton()->isEnabled()); // while it runs on the worker
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && page->table()->rowCount() == 4; }))
        << page->result()->text().toStdString();
    EXPECT_TRUE(page->result()->text().contains(QStringLiteral("ventas-2026-11-20.pdf")))
        << page->result()->text().toStdString();
    EXPECT_TRUE(page->generateButton()->isEnabled());
    // Newest day first: the sales day comes after today's.
    EXPECT_EQ(
        page->table()->item(2, ReportsPage::DayColumn)->data(Qt::UserRole).toString(),
        QFileInfo(path).absoluteDir().filePath(QStringLiteral("reports/ventas-2026-11-20.pdf")));
    EXPECT_FALSE(page->openButton()->isEnabled());
    page->table()->selectRow(3);
    EXPECT_TRUE(page->openButton()->isEnabled());
    const QString csv = page->selectedPath();
    EXPECT_TRUE(csv.endsWith(QStringLiteral("ventas-2026-11-20.csv")));
    EXPECT_EQ(page->table()->item(3, ReportsPage::SizeColumn)->text(),
              ReportsPage::sizeText(QFileInfo(csv).size()));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("2026-11-20,tender,card,Card,1,,3000"));

    QCoreApplication::processEvents();
    EXPECT_EQ(clippedTexts(*page), QStringList());
    const auto mnemonics = visibleMnemonics(*window);
    for (auto it = mnemonics.begin(); it != mnemonics.end(); ++it)
        EXPECT_EQ(it.value().size(), 1) << it.value().join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("reports-page.png"))));

    // Without users (a store being set up) the settings are open; a relative
    // folder is refused with the reason and changes nothing.
    ASSERT_TRUE(page->settingsBox()->isEnabled());
    page->hourEdit()->setValue(6);
    page->folderEdit()->setText(QStringLiteral("informes"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    EXPECT_TRUE(page->result()->text().contains(QStringLiteral("VALIDATION_FAILED")))
        << page->result()->text().toStdString();
    const QString folder = QFileInfo(path).absoluteDir().filePath(QStringLiteral("informes"));
    page->folderEdit()->setText(folder);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() &&
               page->result()->text() == QStringLiteral("Nightly report settings saved");
    })) << page->result()->text().toStdString();
    ASSERT_TRUE(waitUntil([&] {
        return page->summary()->text().contains(QStringLiteral("06:00"));
    })) << page->summary()->text().toStdString();
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        auto saved = NightlyReports(**db, Clock::system(), path, {}).settings();
        ASSERT_TRUE(saved.ok());
        EXPECT_EQ(saved->hour, 6);
        EXPECT_EQ(saved->folder, folder);
    }
}

TEST(ReportsPage, ACashierIsRefusedAndAManagerSeesTheReportsButNotTheSettings)
{
    TempStore store;
    prepareStore(store, true);
    const QString path = store.path();
    store.catalog.reset();
    store.db.reset();

    auto window = openMainWindow(path, false);
    ReportsPage *page = showReports(*window);
    QSignalSpy loggedIn(window->worker(), &StoreWorker::loggedIn);
    window->worker()->requestLogIn(QStringLiteral("ana"), QStringLiteral("4821"));
    ASSERT_TRUE(waitUntil([&] { return loggedIn.count() == 1; }));
    page->refresh();
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && page->summary()->text().contains(QStringLiteral("PERMISSION"));
    })) << page->summary()->text().toStdString();
    EXPECT_EQ(page->table()->rowCount(), 0);
    EXPECT_FALSE(page->settingsBox()->isEnabled());
    page->dayEdit()->setDate(SalesDay);
    QTest::mouseClick(page->generateButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    EXPECT_TRUE(page->result()->text().contains(QStringLiteral("PERMISSION_DENIED")));
    EXPECT_FALSE(QFile::exists(
        QFileInfo(path).absoluteDir().filePath(QStringLiteral("reports/ventas-2026-11-20.pdf"))));
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("reports-page-cashier.png"))));

    window->worker()->requestLogIn(QStringLiteral("luis"), QStringLiteral("2468"));
    ASSERT_TRUE(waitUntil([&] { return loggedIn.count() == 2; }));
    page->refresh();
    // The nightly run at start wrote today's report whoever logs in later.
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && page->table()->rowCount() == 2; }))
        << page->summary()->text().toStdString();
    EXPECT_FALSE(page->settingsBox()->isEnabled());
}
