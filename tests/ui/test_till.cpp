// The till (issue 4, points 9 and 10) offscreen, on a real store: a
// keyboard-wedge scanner types three barcodes, a name is searched, the
// cashier pays cash with change, and the receipt the DocumentWorker prints
// (to a PDF folder: no printer here) says what was sold.

#include "uitestutil.h"

#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "domain/barcode.h"
#include "security/auditaction.h"
#include "security/auditlog.h"
#include "security/userstore.h"
#include "support/testsupport.h"
#include "ui/auditpage.h"
#include "ui/pospage.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace bodega;
using namespace bodega::test;

namespace {

struct Item
{
    QString barcode;
    QString name;
};

class TillTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_receipts = m_dir.filePath(QStringLiteral("receipts"));
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok());
        OfflineEngine ai;
        CatalogService catalog(**db, ai);
        ASSERT_TRUE(catalog.settings().initialize().ok());
        ASSERT_TRUE(catalog.settings()
                        .setValue(QStringLiteral("store_name"), QStringLiteral("Tienda Doña Rosa"))
                        .ok());
        ASSERT_TRUE(catalog.settings().setValue(QStringLiteral("receipt.folder"), m_receipts).ok());
        ASSERT_TRUE(catalog.settings()
                        .setValue(QStringLiteral("invoice.folder"),
                                  m_dir.filePath(QStringLiteral("invoices")))
                        .ok());
        const struct
        {
            const char *digits, *name;
            qint64 price;
        } items[] = {{"770200100001", "Arroz Diana 500 g", 2900},
                     {"770200100002", "Aceite Premier 1 l", 12500},
                     {"770200100003", "Panela Doña Rosa", 3400},
                     {"770200100004", "Leche entera Colanta 1 l", 4200}};
        for (const auto &i : items) {
            Product p = sampleProduct(QString::fromUtf8(i.name),
                                      QStringLiteral("SKU-") + QLatin1String(i.digits).right(3));
            p.barcode = Barcode::withCheckDigit(QLatin1String(i.digits));
            p.price = Money(i.price, QStringLiteral("COP"));
            p.taxRateBasisPoints = 1900;
            auto added = catalog.addProduct(p, Quantity::fromUnits(40), false);
            ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
            m_items << Item{added->barcode, added->name};
        }
    }

    // What a keyboard-wedge scanner does: the digits, then Enter.
    static void scan(QLineEdit *field, const QString &code)
    {
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }

    QTemporaryDir m_dir;
    QString m_storePath;
    QString m_receipts;
    QVector<Item> m_items;
};

} // namespace

TEST_F(TillTest, ThreeScansANameSearchAndCashWithChangePrintTheReceipt)
{
    auto window = openMainWindow(m_storePath, false);
    window->showPage(MainWindow::TillTab);
    PosPage *till = window->posPage();
    QLineEdit *scanField = till->scanField();
    ASSERT_EQ(till->mode(), PosPage::Mode::Scan); // a store without users needs no login
    EXPECT_EQ(window->focusWidget(), scanField);

    // Three scans in a burst, without waiting for the store in between; the
    // first product twice: it is one line of 2.
    scan(scanField, m_items[0].barcode);
    scan(scanField, m_items[1].barcode);
    scan(scanField, m_items[0].barcode);
    scan(scanField, m_items[2].barcode);
    ASSERT_TRUE(waitUntil([&] { return till->cart().lines().size() == 3; }));
    EXPECT_EQ(till->cart().lines()[0].qty, Quantity::fromUnits(2));
    EXPECT_EQ(till->cartTable()->rowCount(), 3);
    EXPECT_EQ(till->cartTable()->item(1, 0)->text(), m_items[1].name);
    EXPECT_EQ(window->focusWidget(), scanField);

    // A code that is nowhere: said on the till, nothing added.
    scan(scanField, QStringLiteral("7709999999994"));
    ASSERT_TRUE(waitUntil([&] {
        return !till->messageLabel()->text().isEmpty() &&
               till->messageLabel()->text().contains(QStringLiteral("7709999999994"));
    }));
    EXPECT_EQ(till->cart().lines().size(), 3);

    // Typing a name searches; Enter takes the first match.
    QTest::keyClicks(scanField, QStringLiteral("leche col"));
    ASSERT_TRUE(waitUntil([&] { return till->searchResults()->isVisible(); }));
    EXPECT_TRUE(till->searchResults()->item(0)->text().contains(m_items[3].name));
    QTest::keyClick(scanField, Qt::Key_Return);
    ASSERT_EQ(till->cart().lines().size(), 4);
    EXPECT_FALSE(till->searchResults()->isVisible());

    // F2 on the selected (last) line: 3 bottles of milk.
    QTest::keyClick(scanField, Qt::Key_F2);
    EXPECT_EQ(till->mode(), PosPage::Mode::Quantity);
    scan(scanField, QStringLiteral("3"));
    EXPECT_EQ(till->cart().lines()[3].qty, Quantity::fromUnits(3));
    EXPECT_EQ(till->mode(), PosPage::Mode::Scan);
    // 2 x 2,900 + 12,500 + 3,400 + 3 x 4,200 = 34,300.
    const Money total(34300, QStringLiteral("COP"));
    ASSERT_EQ(till->cart().totals().total, total);
    EXPECT_EQ(till->totalLabel()->text(), total.format());
    QCoreApplication::processEvents(); // let the layout settle before the picture
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("till.png"))));

    // F12, 50,000 in cash, Enter: the sale is recorded with 15,700 change.
    QTest::keyClick(scanField, Qt::Key_F12);
    ASSERT_EQ(till->mode(), PosPage::Mode::Paying);
    EXPECT_EQ(window->focusWidget(), till->amountField());
    EXPECT_EQ(till->amountField()->text(), QStringLiteral("34300"));
    QTest::keyClicks(till->amountField(), QStringLiteral("50000"));
    EXPECT_TRUE(child<QLabel>(*till, "paymentChange")->text().contains(QStringLiteral("15,700")));
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("till-payment.png"))));
    QSignalSpy documents(window.get(), &MainWindow::documentsProcessed);
    QTest::keyClick(till->amountField(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return till->lastSale().has_value(); }));
    const CompletedSale &sale = till->lastSale()->sale;
    EXPECT_EQ(sale.receiptNo, QStringLiteral("T01-000001"));
    EXPECT_EQ(sale.change, Money(15700, QStringLiteral("COP")));
    EXPECT_EQ(till->mode(), PosPage::Mode::Scan);
    EXPECT_TRUE(till->cart().isEmpty());
    EXPECT_EQ(window->focusWidget(), scanField); // ready for the next customer
    EXPECT_TRUE(till->messageLabel()->text().contains(QStringLiteral("T01-000001")));
    EXPECT_TRUE(till->messageLabel()->text().contains(QStringLiteral("15,700")))
        << till->messageLabel()->text().toStdString();
    EXPECT_TRUE(till->changeLabel()->text().contains(QStringLiteral("$ 15,700")));

    // The receipt, printed by the DocumentWorker, off the till's thread.
    const QString receipt = m_receipts + QStringLiteral("/T01-000001.pdf");
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(receipt); }, 20000));
    const QString text = pdfText(receipt).simplified();
    SCOPED_TRACE(text.toStdString());
    EXPECT_TRUE(text.contains(QStringLiteral("Tienda Doña Rosa")));
    EXPECT_TRUE(text.contains(QStringLiteral("Receipt T01-000001")));
    for (const Item &i : std::as_const(m_items))
        EXPECT_TRUE(text.contains(i.name)) << i.name.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2 x $ 2,900 $ 5,800")));
    EXPECT_TRUE(text.contains(QStringLiteral("TOTAL $ 34,300")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cash $ 50,000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Change $ 15,700")));
    EXPECT_TRUE(text.contains(QStringLiteral("VAT 19 %")));
    ASSERT_TRUE(waitUntil([&] { return !documents.isEmpty(); }));
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("till-done.png"))));

    // F7: the customer wants the receipt again; printed from the sale as recorded.
    ASSERT_TRUE(QFile::remove(receipt));
    documents.clear();
    QTest::keyClick(scanField, Qt::Key_F7);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(receipt) && !documents.isEmpty(); }, 20000));
    EXPECT_TRUE(pdfText(receipt).simplified().contains(QStringLiteral("TOTAL $ 34,300")));
}

TEST_F(TillTest, AStoreWithUsersAsksForALoginAndLocksWhenIdle)
{
    {
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok());
        UserStore users(**db, Clock::system());
        ASSERT_TRUE(users
                        .add(std::nullopt, QStringLiteral("ana"), Role::Admin,
                             User::SecretKind::Pin, QStringLiteral("4821"))
                        .ok());
    }
    auto window = openMainWindow(m_storePath, false);
    window->showPage(MainWindow::TillTab);
    PosPage *till = window->posPage();
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Login; }));
    EXPECT_EQ(window->focusWidget(), till->userField());

    // A wrong PIN is refused; the right one opens the till.
    QTest::keyClicks(till->userField(), QStringLiteral("ana"));
    QTest::keyClick(till->userField(), Qt::Key_Return);
    QTest::keyClicks(till->secretField(), QStringLiteral("0000"));
    QTest::keyClick(till->secretField(), Qt::Key_Return);
    // Refused: said on the login screen, which stays.
    QLabel *refusal = child<QLabel>(*till, "loginMessage");
    ASSERT_TRUE(refusal);
    ASSERT_TRUE(waitUntil([&] { return !refusal->text().isEmpty(); }));
    EXPECT_EQ(till->mode(), PosPage::Mode::Login);
    EXPECT_FALSE(till->cashier().has_value());
    QTest::keyClicks(till->secretField(), QStringLiteral("4821"));
    QTest::keyClick(till->secretField(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Scan; }));
    ASSERT_TRUE(till->cashier().has_value());
    EXPECT_EQ(till->cashier()->name, QStringLiteral("ana"));

    scan(till->scanField(), m_items[0].barcode);
    ASSERT_TRUE(waitUntil([&] { return till->cart().lines().size() == 1; }));
    // Touching the screen counts as being there (a touch-only cashier)...
    till->setIdleLockMs(300);
    for (int i = 0; i < 8; ++i) {
        QTest::mouseClick(till->cartTable()->viewport(), Qt::LeftButton);
        QTest::qWait(100);
    }
    EXPECT_EQ(till->mode(), PosPage::Mode::Scan);
    EXPECT_TRUE(till->cashier().has_value());
    // ...left alone, the till locks and keeps the sale for when she is back.
    till->setIdleLockMs(200);
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Login; }, 5000));
    EXPECT_FALSE(till->cashier().has_value());
    EXPECT_EQ(till->cart().lines().size(), 1);
    till->setIdleLockMs(5 * 60 * 1000);
    QTest::keyClicks(till->userField(), QStringLiteral("ana"));
    QTest::keyClick(till->userField(), Qt::Key_Return);
    QTest::keyClicks(till->secretField(), QStringLiteral("4821"));
    QTest::keyClick(till->secretField(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Scan; }));
    EXPECT_EQ(till->cart().lines().size(), 1);

    // Paid exactly by card: the sale carries the cashier's name.
    QTest::keyClick(till->scanField(), Qt::Key_F12);
    ASSERT_EQ(till->mode(), PosPage::Mode::Paying);
    QTest::keyClick(till->amountField(), Qt::Key_F5);     // card
    QTest::keyClick(till->amountField(), Qt::Key_Return); // no reference yet: refused
    EXPECT_EQ(till->mode(), PosPage::Mode::Paying);
    QWidget *reference = window->focusWidget();
    ASSERT_NE(reference, nullptr);
    EXPECT_EQ(reference->objectName(), QStringLiteral("paymentReference"));
    QTest::keyClicks(reference, QStringLiteral("AUT-4411"));
    QTest::keyClick(reference, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return till->lastSale().has_value(); }));
    EXPECT_EQ(till->lastSale()->receipt.cashier, QStringLiteral("ana"));
    ASSERT_EQ(till->lastSale()->receipt.payments.size(), 1);
    EXPECT_EQ(till->lastSale()->receipt.payments[0].reference, QStringLiteral("AUT-4411"));
}

TEST_F(TillTest, AManagersPinApprovesABigDiscountAndVoidingAWholeSale)
{
    {
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok());
        UserStore users(**db, Clock::system());
        auto owner = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                               User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
        ASSERT_TRUE(owner.ok());
        const Actor admin{owner->id, owner->name, Role::Admin};
        ASSERT_TRUE(users
                        .add(admin, QStringLiteral("beto"), Role::Cashier, User::SecretKind::Pin,
                             QStringLiteral("1357"))
                        .ok());
        ASSERT_TRUE(users
                        .add(admin, QStringLiteral("luis"), Role::Manager, User::SecretKind::Pin,
                             QStringLiteral("2468"))
                        .ok());
    }
    auto window = openMainWindow(m_storePath, false);
    window->showPage(MainWindow::TillTab);
    PosPage *till = window->posPage();
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Login; }));
    scan(till->userField(), QStringLiteral("beto"));
    scan(till->secretField(), QStringLiteral("1357"));
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Scan; }));
    QLineEdit *field = till->scanField();

    // 20 % off the aceite is more than a cashier's 10 %: the manager's PIN.
    scan(field, m_items[1].barcode);
    ASSERT_TRUE(waitUntil([&] { return till->cart().lines().size() == 1; }));
    QTest::keyClick(field, Qt::Key_F4);
    scan(field, QStringLiteral("20%"));
    ASSERT_EQ(till->cart().totals().total, Money(10000, QStringLiteral("COP")));
    QTest::keyClick(field, Qt::Key_F12);
    QTest::keyClick(till->amountField(), Qt::Key_Return); // exactly 10,000 in cash
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Approval; }));
    EXPECT_FALSE(till->lastSale().has_value());
    scan(field, QStringLiteral("luis"));
    EXPECT_EQ(field->echoMode(), QLineEdit::Password); // the PIN is not shown
    scan(field, QStringLiteral("2468"));
    ASSERT_TRUE(waitUntil([&] { return till->lastSale().has_value(); }));
    EXPECT_EQ(till->lastSale()->sale.totals.saleDiscount, Money(2500, QStringLiteral("COP")));
    EXPECT_EQ(till->mode(), PosPage::Mode::Scan);

    // Throwing a sale away is a void: Esc keeps it, the manager's PIN voids it.
    scan(field, m_items[0].barcode);
    scan(field, m_items[2].barcode);
    ASSERT_TRUE(waitUntil([&] { return till->cart().lines().size() == 2; }));
    QTest::keyClick(field, Qt::Key_F8); // one line: a cashier may, audited
    EXPECT_EQ(till->cart().lines().size(), 1);
    QTest::keyClick(field, Qt::Key_F9);
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Approval; }));
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_EQ(till->mode(), PosPage::Mode::Scan);
    EXPECT_EQ(till->cart().lines().size(), 1);
    QTest::keyClick(field, Qt::Key_F9);
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Approval; }));
    scan(field, QStringLiteral("luis"));
    scan(field, QStringLiteral("2468"));
    ASSERT_TRUE(waitUntil([&] { return till->cart().isEmpty(); }));

    // What the audit trail says, newest first.
    auto db = Database::open(m_storePath);
    ASSERT_TRUE(db.ok());
    auto trail = AuditLog(**db, Clock::system()).recent(20);
    ASSERT_TRUE(trail.ok());
    QStringList actions;
    for (const AuditEntry &e : *trail)
        actions << e.action;
    EXPECT_TRUE(actions.mid(0, 2).contains(QStringLiteral("sale_voided")))
        << actions.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(actions.contains(QStringLiteral("line_voided")));
    EXPECT_TRUE(actions.contains(QStringLiteral("discount_over_limit")));
    for (const AuditEntry &e : *trail) {
        if (e.action == QLatin1String("sale_voided") ||
            e.action == QLatin1String("discount_over_limit")) {
            EXPECT_EQ(e.userName, QStringLiteral("beto"));
            EXPECT_EQ(e.after.value(QStringLiteral("approved_by")).toString(),
                      QStringLiteral("luis"));
        }
    }

    // The audit page: not for a cashier; a manager logged in at the till reads it.
    window->showPage(MainWindow::AuditTab);
    AuditPage *auditPage = window->auditPage();
    ASSERT_TRUE(waitUntil([&] { return !auditPage->isLoading(); }));
    EXPECT_TRUE(auditPage->summary()->text().contains(QStringLiteral("Only a manager")));
    EXPECT_EQ(auditPage->table()->rowCount(), 0);
    window->showPage(MainWindow::TillTab);
    till->lock();
    scan(till->userField(), QStringLiteral("luis"));
    scan(till->secretField(), QStringLiteral("2468"));
    ASSERT_TRUE(waitUntil([&] { return till->mode() == PosPage::Mode::Scan; }));
    window->showPage(MainWindow::AuditTab);
    ASSERT_TRUE(waitUntil([&] { return auditPage->table()->rowCount() > 0; }));
    // Actions in words, not the codes core stores.
    EXPECT_EQ(auditPage->table()->item(0, AuditPage::ActionColumn)->text(),
              QStringLiteral("Logged in"));
    EXPECT_EQ(auditPage->table()->item(0, AuditPage::UserColumn)->text(), QStringLiteral("luis"));
    EXPECT_EQ(auditPage->table()->findItems(QStringLiteral("Sale voided"), Qt::MatchExactly).size(),
              1);
    EXPECT_TRUE(
        auditPage->table()->findItems(QStringLiteral("sale_voided"), Qt::MatchExactly).isEmpty());
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("audit.png"))));
}

// A cashier's day at the till, from the keyboard: F6 opens the shift with
// a float, a cash sale, cash out to pay a supplier with its reason, and the
// close with a count that is 900 short: the difference on screen and in
// the Z report the DocumentWorker writes.
TEST_F(TillTest, AShiftOpensWithAFloatPaysASupplierAndClosesShortWithItsZReport)
{
    auto window = openMainWindow(m_storePath, false);
    window->showPage(MainWindow::TillTab);
    PosPage *till = window->posPage();
    QLineEdit *field = till->scanField();
    QLabel *title = child<QLabel>(*till, "shiftTitle");
    ASSERT_TRUE(title);

    // No shift yet: F6 asks for the float; a float that is not money is
    // refused naming the field.
    QTest::keyClick(field, Qt::Key_F6);
    ASSERT_EQ(till->mode(), PosPage::Mode::Shift);
    ASSERT_TRUE(waitUntil([&] { return title->text().contains(QStringLiteral("No shift")); }));
    EXPECT_TRUE(till->shiftPanel()->isVisible());
    EXPECT_EQ(window->focusWidget(), field);
    scan(field, QStringLiteral("cien mil"));
    EXPECT_TRUE(till->messageLabel()->text().startsWith(QStringLiteral("Float: ")))
        << till->messageLabel()->text().toStdString();
    EXPECT_FALSE(till->shift().has_value());
    field->clear();
    scan(field, QStringLiteral("100000"));
    ASSERT_TRUE(waitUntil([&] { return till->shift().has_value(); }));
    EXPECT_EQ(till->shift()->cashFloat, Money(100000, QStringLiteral("COP")));
    EXPECT_TRUE(title->text().contains(QStringLiteral("open since")));

    // Esc: back to selling; one rice paid exactly in cash.
    QTest::keyClick(field, Qt::Key_Escape);
    ASSERT_EQ(till->mode(), PosPage::Mode::Scan);
    EXPECT_FALSE(till->shiftPanel()->isVisible());
    scan(field, m_items[0].barcode);
    ASSERT_TRUE(waitUntil([&] { return till->cart().lines().size() == 1; }));
    QTest::keyClick(field, Qt::Key_F12);
    QTest::keyClick(till->amountField(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return till->lastSale().has_value(); }));

    // F6, F3: 20,000 out to the supplier, with why.
    QTest::keyClick(field, Qt::Key_F6);
    ASSERT_TRUE(waitUntil([&] { return till->shift() && till->shift()->sales == 1; }));
    QTest::keyClick(field, Qt::Key_F3);
    ASSERT_EQ(till->mode(), PosPage::Mode::ShiftAmount);
    scan(field, QStringLiteral("20000"));
    ASSERT_EQ(till->mode(), PosPage::Mode::ShiftReason);
    scan(field, QStringLiteral("pago proveedor"));
    ASSERT_TRUE(waitUntil([&] { return till->shift()->cashOut.minor() == 20000; }));
    EXPECT_EQ(till->mode(), PosPage::Mode::Shift);
    // 100,000 + 2,900 - 20,000.
    EXPECT_EQ(till->shift()->expectedCash, Money(82900, QStringLiteral("COP")));

    // F12: the drawer holds 82,000: 900 missing.
    QTest::keyClick(field, Qt::Key_F12);
    ASSERT_EQ(till->mode(), PosPage::Mode::ShiftAmount);
    scan(field, QStringLiteral("82000"));
    ASSERT_TRUE(waitUntil([&] { return till->shift()->closedAt.isValid(); }));
    EXPECT_EQ(till->shift()->difference, Money(-900, QStringLiteral("COP")));
    EXPECT_EQ(till->shiftDifferenceLabel()->text(), QStringLiteral("Missing\n-$ 900"));
    EXPECT_TRUE(title->text().contains(QStringLiteral("closed")));
    ASSERT_TRUE(waitUntil([&] { return !till->lastShiftReport().isEmpty(); }, 20000))
        << till->messageLabel()->text().toStdString();
    EXPECT_TRUE(QFileInfo(till->lastShiftReport()).fileName().startsWith(QStringLiteral("Z-T01-")));
    EXPECT_TRUE(till->messageLabel()->text().contains(QStringLiteral("Z report written")));
    EXPECT_EQ(window->focusWidget(), field);
    QCoreApplication::processEvents();
    EXPECT_TRUE(clippedTexts(*till).isEmpty()) << clippedTexts(*till).join(u'|').toStdString();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("till-shift.png"))));
    const QString text = pdfText(till->lastShiftReport()).simplified();
    SCOPED_TRACE(text.toStdString());
    EXPECT_TRUE(text.contains(QStringLiteral("Z report")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cash float $ 100,000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cash out -$ 20,000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Expected cash $ 82,900")));
    EXPECT_TRUE(text.contains(QStringLiteral("Counted cash $ 82,000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Missing -$ 900")));

    // The shift is closed: F2 has nothing to add to, Esc goes back to selling.
    QTest::keyClick(field, Qt::Key_F2);
    EXPECT_EQ(till->mode(), PosPage::Mode::Shift);
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_EQ(till->mode(), PosPage::Mode::Scan);
    EXPECT_EQ(window->focusWidget(), field);
}

// F10: the sales history; a sale that is not the last one is picked with
// the arrows and its receipt (Enter) or invoice (F5) made again.
TEST_F(TillTest, AnEarlierSaleIsReprintedFromTheHistory)
{
    auto window = openMainWindow(m_storePath, false);
    window->showPage(MainWindow::TillTab);
    PosPage *till = window->posPage();
    QLineEdit *field = till->scanField();
    for (int i = 0; i < 2; ++i) {
        scan(field, m_items[i].barcode);
        ASSERT_TRUE(waitUntil([&] { return till->cart().lines().size() == 1; }));
        QTest::keyClick(field, Qt::Key_F12);
        QTest::keyClick(till->amountField(), Qt::Key_Return);
        ASSERT_TRUE(waitUntil([&] { return till->cart().isEmpty(); }));
    }
    const QString first = m_receipts + QStringLiteral("/T01-000001.pdf");
    const QString second = m_receipts + QStringLiteral("/T01-000002.pdf");
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(first) && QFile::exists(second); }, 20000));
    ASSERT_TRUE(QFile::remove(first));

    QTest::keyClick(field, Qt::Key_F10);
    ASSERT_EQ(till->mode(), PosPage::Mode::History);
    QTableWidget *history = till->historyTable();
    ASSERT_TRUE(waitUntil([&] { return history->rowCount() == 2; }));
    EXPECT_TRUE(history->isVisible());
    EXPECT_FALSE(till->cartTable()->isVisible());
    EXPECT_EQ(history->item(0, 0)->text(), QStringLiteral("T01-000002")); // newest first
    EXPECT_EQ(history->item(1, 3)->text(), QStringLiteral("$ 2,900"));
    EXPECT_EQ(window->focusWidget(), field);
    // A scan here is not taken as Enter on the list: nothing is reprinted.
    scan(field, m_items[2].barcode);
    EXPECT_EQ(till->mode(), PosPage::Mode::History);
    EXPECT_TRUE(field->text().isEmpty());
    QTest::keyClick(field, Qt::Key_Down);
    EXPECT_EQ(history->currentRow(), 1);
    QCoreApplication::processEvents();
    EXPECT_TRUE(clippedHeaders(*history->horizontalHeader()).isEmpty())
        << clippedHeaders(*history->horizontalHeader()).join(u'|').toStdString();
    EXPECT_TRUE(clippedTexts(*till).isEmpty()) << clippedTexts(*till).join(u'|').toStdString();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("till-history.png"))));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(till->mode(), PosPage::Mode::Scan);
    EXPECT_EQ(window->focusWidget(), field);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(first); }, 20000));
    const QString text = pdfText(first).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Receipt T01-000001"))) << text.toStdString();
    EXPECT_TRUE(text.contains(m_items[0].name));
    EXPECT_FALSE(text.contains(m_items[1].name));

    // F5 on the newest: its A4 invoice, made again in the invoice folder.
    const QString invoice = m_dir.filePath(QStringLiteral("invoices/factura-T01-000002.pdf"));
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(invoice); }, 20000));
    ASSERT_TRUE(QFile::remove(invoice));
    QTest::keyClick(field, Qt::Key_F10);
    ASSERT_TRUE(waitUntil([&] { return history->rowCount() == 2; }));
    QTest::keyClick(field, Qt::Key_F5);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(invoice); }, 20000));
    EXPECT_TRUE(pdfText(invoice).simplified().contains(QStringLiteral("T01-000002")));
}

// The till in Spanish, as a Colombian store sees it: money in es-CO, the
// F-keys and the panels translated. Keeps the screenshot the README shows.
TEST_F(TillTest, TheTillSpeaksSpanish)
{
    SpanishUi spanish;
    ASSERT_TRUE(spanish.loaded());
    auto window = openMainWindow(m_storePath, false);
    window->showPage(MainWindow::TillTab);
    auto *tabs = child<QTabWidget>(*window, "pages");
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("Ca&ja"));
    PosPage *till = window->posPage();
    scan(till->scanField(), m_items[0].barcode);
    scan(till->scanField(), m_items[0].barcode);
    scan(till->scanField(), m_items[3].barcode);
    ASSERT_TRUE(waitUntil([&] { return till->cart().lines().size() == 2; }));
    EXPECT_EQ(till->totalLabel()->text(), QStringLiteral("$ 10.000"));
    bool payKey = false;
    for (QPushButton *b : till->findChildren<QPushButton *>())
        payKey = payKey || b->text() == QStringLiteral("F12 Cobrar");
    EXPECT_TRUE(payKey) << "the F12 key is not labelled in Spanish";
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("till-es.png"))));

    // The shift panel and the audit trail's actions in Spanish too.
    QTest::keyClick(till->scanField(), Qt::Key_F6);
    QLabel *title = child<QLabel>(*till, "shiftTitle");
    ASSERT_TRUE(title);
    ASSERT_TRUE(waitUntil(
        [&] { return title->text() == QStringLiteral("No hay un turno abierto en esta caja"); }));
    scan(till->scanField(), QStringLiteral("150000"));
    ASSERT_TRUE(waitUntil([&] { return till->shift().has_value(); }));
    EXPECT_TRUE(till->messageLabel()->text().contains(QStringLiteral("$ 150.000")));
    QCoreApplication::processEvents();
    EXPECT_TRUE(clippedTexts(*till).isEmpty()) << clippedTexts(*till).join(u'|').toStdString();
    EXPECT_TRUE(window->grab().save(screenshotPath(QStringLiteral("till-shift-es.png"))));
    EXPECT_EQ(AuditAction::label(AuditAction::SaleVoided), QStringLiteral("Venta anulada"));
}
