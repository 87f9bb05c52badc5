// The daily sales report (issue 6, point 5): its figures for one local day,
// its CSV, and the nightly scheduler on a manual clock.
#include "io/csvreader.h"
#include "pos/settlement.h"
#include "reports/dailysalescsv.h"
#include "reports/nightlyreports.h"
#include "security/userstore.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMap>

using namespace bodega;

namespace {

Money cop(qint64 pesos)
{
    return Money(pesos, QStringLiteral("COP"));
}

const QDate Day(2026, 12, 3);

qint64 localMs(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone("America/Bogota")).toMSecsSinceEpoch();
}

// A grocery with rice (19 % VAT, "Granos y abarrotes") and milk (5 %,
// "Lácteos"), two cashiers (ana, beto), a manager (luis) and an admin, and
// a day of sales on 2026-12-03 in Bogotá with one sale just before and one
// just after it:
//   12-02 23:59 ana   1 rice            2,900 cash            (the day before)
//   00:01       ana   2 rice + 1 milk  10,000 card 6,000 + cash 4,000
//   10:00       beto  1 milk            4,200 Nequi
//   11:00       beto  1 rice            2,900 Daviplata
//   12:00       ana   3 rice -10 %      7,830 transfer (870 off)
//   15:00       luis  returns the Daviplata rice (2,900) and the split sale's milk (4,200)
//   23:59       ana   1 milk            4,200 cash
//   12-04 00:01 ana   1 rice            2,900 cash            (the day after)
struct DayOfSales
{
    DayOfSales()
    {
        products = test::addGroceries(*store.catalog, 100);
        EXPECT_TRUE(store.db
                        ->run(QStringLiteral("UPDATE products SET category = ? WHERE sku = ?"),
                              {QStringLiteral("Lácteos"), QStringLiteral("LEC-1")})
                        .ok());
        UserStore users(*store.db, store.clock);
        auto owner = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                               User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
        EXPECT_TRUE(owner.ok());
        admin = Actor{owner->id, owner->name, Role::Admin};
        const auto add = [&](const char *name, Role role) {
            auto u = users.add(admin, QLatin1String(name), role, User::SecretKind::Pin,
                               QStringLiteral("4821"));
            EXPECT_TRUE(u.ok());
            return Actor{u->id, u->name, role};
        };
        ana = add("ana", Role::Cashier);
        beto = add("beto", Role::Cashier);
        luis = add("luis", Role::Manager);

        const Product &rice = products[0];
        const Product &milk = products[1];
        sell(ana, Day.addDays(-1), 23, 59, {{rice, 1}}, {{Tender::Kind::Cash, 2900, {}}});
        const QString split =
            sell(ana, Day, 0, 1, {{rice, 2}, {milk, 1}},
                 {{Tender::Kind::Card, 6000, {}}, {Tender::Kind::Cash, 4000, {}}});
        sell(beto, Day, 10, 0, {{milk, 1}},
             {{Tender::Kind::Wallet, 4200, QStringLiteral("Nequi")}});
        const QString davi = sell(beto, Day, 11, 0, {{rice, 1}},
                                  {{Tender::Kind::Wallet, 2900, QStringLiteral("Daviplata")}});
        sell(ana, Day, 12, 0, {{rice, 3}}, {{Tender::Kind::Transfer, 7830, {}}}, 1000);
        store.clock.setMs(localMs(Day, 15, 0));
        store.catalog->setActor(luis);
        EXPECT_TRUE(store.catalog
                        ->returnItems(davi, {{1, Quantity::fromUnits(1)}},
                                      QStringLiteral("vencido"), std::nullopt)
                        .ok());
        EXPECT_TRUE(store.catalog
                        ->returnItems(split, {{2, Quantity::fromUnits(1)}},
                                      QStringLiteral("dañada"), std::nullopt)
                        .ok());
        sell(ana, Day, 23, 59, {{milk, 1}}, {{Tender::Kind::Cash, 4200, {}}});
        sell(ana, Day.addDays(1), 0, 1, {{rice, 1}}, {{Tender::Kind::Cash, 2900, {}}});
    }

    struct Pay
    {
        Tender::Kind kind;
        qint64 amount;
        QString provider;
    };

    QString sell(const Actor &who, const QDate &day, int hour, int minute,
                 const QVector<std::pair<Product, int>> &lines, const QVector<Pay> &pays,
                 int saleDiscountBp = 0)
    {
        store.clock.setMs(localMs(day, hour, minute));
        store.catalog->setActor(who);
        Cart cart;
        for (const auto &[product, units] : lines)
            EXPECT_TRUE(cart.add(product, Quantity::fromUnits(units)).ok());
        if (saleDiscountBp > 0) {
            EXPECT_TRUE(cart.setSaleDiscount(*Discount::percent(saleDiscountBp)).ok());
        }
        Settlement settlement(cart.totals().total);
        for (const Pay &p : pays) {
            const bool cash = p.kind == Tender::Kind::Cash;
            EXPECT_TRUE(settlement
                            .add({p.kind, cop(p.amount), cash ? QString() : QStringLiteral("R1"),
                                  p.provider})
                            .ok());
        }
        auto sale = store.catalog->completeSale(cart, settlement);
        EXPECT_TRUE(sale.ok()) << (sale ? std::string() : sale.error().message.toStdString());
        return sale ? sale->receiptNo : QString();
    }

    test::TempStore store;
    QVector<Product> products;
    Actor admin, ana, beto, luis;
};

const DailySalesLine *find(const QVector<DailySalesLine> &lines, const QString &code)
{
    for (const DailySalesLine &l : lines)
        if (l.code == code)
            return &l;
    return nullptr;
}

qint64 netOf(const QVector<DailySalesLine> &lines)
{
    qint64 net = 0;
    for (const DailySalesLine &l : lines)
        net += l.net().minor();
    return net;
}

} // namespace

TEST(DailySales, TotalsCountOnlyTheLocalDaysSalesAndReturns)
{
    DayOfSales shop;
    auto report = DailySalesReport(*shop.store.db, shop.store.clock).forDay(Day);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const DailySales &d = *report;
    EXPECT_EQ(d.timeZone, QStringLiteral("America/Bogota"));
    // The 23:59 sale the day before and the 00:01 one after are not in it.
    EXPECT_EQ(d.totals.sales, 5);
    EXPECT_EQ(d.totals.total, cop(10000 + 4200 + 2900 + 7830 + 4200));
    EXPECT_EQ(d.totals.discounts, cop(870));
    EXPECT_EQ(d.gross(), cop(29130 + 870));
    EXPECT_EQ(d.totals.returns, 2);
    EXPECT_EQ(d.totals.refunds, cop(7100));
    EXPECT_EQ(d.totals.net, cop(22030));
    EXPECT_EQ(d.total.net(), cop(22030));
    EXPECT_EQ(d.total.items, Quantity::fromUnits(9));

    auto before = DailySalesReport(*shop.store.db, shop.store.clock).forDay(Day.addDays(-1));
    auto after = DailySalesReport(*shop.store.db, shop.store.clock).forDay(Day.addDays(1));
    ASSERT_TRUE(before.ok() && after.ok());
    EXPECT_EQ(before->totals.sales, 1);
    EXPECT_EQ(after->totals.sales, 1);
    EXPECT_EQ(before->totals.total, cop(2900));
}

TEST(DailySales, SplitTenderSalesCountOncePerTenderAndRefundsGoBackTheWayTheyCame)
{
    DayOfSales shop;
    auto d = DailySalesReport(*shop.store.db, shop.store.clock).forDay(Day);
    ASSERT_TRUE(d.ok());
    QStringList codes;
    for (const DailySalesLine &l : d->tenders)
        codes << l.code;
    EXPECT_EQ(codes, (QStringList{QStringLiteral("cash"), QStringLiteral("card"),
                                  QStringLiteral("transfer"), QStringLiteral("wallet:Daviplata"),
                                  QStringLiteral("wallet:Nequi")}));
    const DailySalesLine *cash = find(d->tenders, QStringLiteral("cash"));
    ASSERT_TRUE(cash);
    EXPECT_EQ(cash->count, 2);
    EXPECT_EQ(cash->sales, cop(8200));
    // The split sale's milk went back through the drawer, as the Z report says.
    EXPECT_EQ(cash->refunds, cop(4200));
    EXPECT_EQ(d->splitTenderRefunds, cop(4200));
    EXPECT_EQ(find(d->tenders, QStringLiteral("card"))->sales, cop(6000));
    EXPECT_EQ(find(d->tenders, QStringLiteral("transfer"))->sales, cop(7830));
    const DailySalesLine *davi = find(d->tenders, QStringLiteral("wallet:Daviplata"));
    EXPECT_EQ(davi->name, QStringLiteral("Daviplata"));
    EXPECT_EQ(davi->refunds, cop(2900));
    EXPECT_EQ(davi->net(), cop(0));
    EXPECT_EQ(find(d->tenders, QStringLiteral("wallet:Nequi"))->sales, cop(4200));
    EXPECT_EQ(netOf(d->tenders), d->totals.net.minor());
}

TEST(DailySales, CategoriesCashiersAndTaxesEachAddUpToTheNet)
{
    DayOfSales shop;
    auto d = DailySalesReport(*shop.store.db, shop.store.clock).forDay(Day);
    ASSERT_TRUE(d.ok());
    const DailySalesLine *grains = find(d->categories, QStringLiteral("Granos y abarrotes"));
    const DailySalesLine *dairy = find(d->categories, QStringLiteral("Lácteos"));
    ASSERT_TRUE(grains && dairy);
    EXPECT_EQ(grains->count, 3);
    EXPECT_EQ(grains->items, Quantity::fromUnits(6));
    EXPECT_EQ(grains->sales, cop(5800 + 2900 + 7830));
    EXPECT_EQ(grains->discounts, cop(870));
    EXPECT_EQ(grains->refunds, cop(2900));
    EXPECT_EQ(dairy->sales, cop(12600));
    EXPECT_EQ(dairy->refunds, cop(4200));
    EXPECT_EQ(d->categories.first().code, grains->code); // biggest net first
    EXPECT_EQ(netOf(d->categories), 22030);

    const DailySalesLine *ana = find(d->cashiers, QStringLiteral("ana"));
    const DailySalesLine *beto = find(d->cashiers, QStringLiteral("beto"));
    const DailySalesLine *luis = find(d->cashiers, QStringLiteral("luis"));
    ASSERT_TRUE(ana && beto && luis);
    EXPECT_EQ(ana->count, 3);
    EXPECT_EQ(ana->sales, cop(22030));
    EXPECT_EQ(ana->discounts, cop(870));
    EXPECT_EQ(beto->count, 2);
    EXPECT_EQ(beto->sales, cop(7100));
    // Who gave the money back, not who sold it.
    EXPECT_EQ(luis->count, 0);
    EXPECT_EQ(luis->refunds, cop(7100));
    EXPECT_EQ(netOf(d->cashiers), 22030);

    ASSERT_EQ(d->taxes.size(), 2);
    const DailySalesLine &vat19 = d->taxes[0], &vat5 = d->taxes[1];
    EXPECT_EQ(vat19.code, QStringLiteral("1900"));
    EXPECT_EQ(vat19.net(), cop(13630));
    EXPECT_EQ(vat19.taxBase, cop(11454)); // 13,630 / 1.19 = 11,453.78
    EXPECT_EQ(vat19.tax, cop(2176));
    EXPECT_EQ(vat5.code, QStringLiteral("500"));
    EXPECT_EQ(vat5.taxBase, cop(8000));
    EXPECT_EQ(vat5.tax, cop(400));
    EXPECT_EQ(d->total.tax, cop(2576));
    EXPECT_EQ(d->total.taxBase + d->total.tax, d->totals.net);
}

TEST(DailySales, AnEmptyDayIsAReportOfZeros)
{
    DayOfSales shop;
    auto d = DailySalesReport(*shop.store.db, shop.store.clock).forDay(Day.addDays(5));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->totals.sales, 0);
    EXPECT_EQ(d->total.net(), cop(0));
    EXPECT_TRUE(d->tenders.isEmpty() && d->categories.isEmpty() && d->taxes.isEmpty());
}

TEST(DailySales, DatesAndFormatsAreCheckedByField)
{
    for (const char *bad : {"2026-13-01", "2026-12-3", "03/12/2026", "", "2026-12-03x"}) {
        auto d = DailySalesReport::parseDay(QLatin1String(bad));
        ASSERT_FALSE(d.ok()) << bad;
        EXPECT_EQ(d.error().code, ErrorCode::ValidationFailed);
        EXPECT_EQ(d.error().field(), QStringLiteral("date"));
    }
    EXPECT_EQ(*DailySalesReport::parseDay(QStringLiteral("2026-12-03")), Day);
    EXPECT_EQ(DailySalesReport::checkFormat(QStringLiteral("xls")).error().field(),
              QStringLiteral("format"));
    EXPECT_TRUE(DailySalesReport::checkFormat(QStringLiteral("csv")).ok());
    EXPECT_EQ(DailySalesReport::fileName(Day, QStringLiteral("pdf")),
              QStringLiteral("ventas-2026-12-03.pdf"));
    QString format;
    EXPECT_EQ(DailySalesReport::dayOfFileName(QStringLiteral("ventas-2026-12-03.csv"), &format),
              Day);
    EXPECT_EQ(format, QStringLiteral("csv"));
    EXPECT_FALSE(DailySalesReport::dayOfFileName(QStringLiteral("Z-T01-20261203.pdf")).isValid());
}

TEST(DailySalesCsv, ASpreadsheetSumsEachSectionToTheNet)
{
    DayOfSales shop;
    auto d = DailySalesReport(*shop.store.db, shop.store.clock).forDay(Day);
    ASSERT_TRUE(d.ok());
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::ReadWrite));
    ASSERT_TRUE(DailySalesCsv::write(*d, buffer).ok());
    buffer.seek(0);
    CsvReader reader(buffer);
    auto header = reader.next();
    ASSERT_TRUE(header.ok() && header->has_value());
    EXPECT_EQ((*header)->fields, DailySalesCsv::header());
    const int section = 1, code = 2, count = 4, items = 5, sales = 6, refunds = 8, net = 9,
              base = 10, tax = 11;
    QMap<QString, qint64> netBySection;
    QMap<QString, int> rowsBySection;
    QMap<QString, QStringList> rowOf;
    while (true) {
        auto r = reader.next();
        ASSERT_TRUE(r.ok());
        if (!r->has_value())
            break;
        const QStringList f = (*r)->fields;
        ASSERT_EQ(f.size(), DailySalesCsv::header().size());
        EXPECT_EQ(f[0], QStringLiteral("2026-12-03"));
        EXPECT_EQ(f[net].toLongLong(), f[sales].toLongLong() - f[refunds].toLongLong());
        netBySection[f[section]] += f[net].toLongLong();
        rowsBySection[f[section]] += 1;
        rowOf[f[section] + QLatin1Char('/') + f[code]] = f;
    }
    EXPECT_EQ(rowsBySection.value(QStringLiteral("total")), 1);
    EXPECT_EQ(rowsBySection.value(QStringLiteral("tender")), 5);
    EXPECT_EQ(rowsBySection.value(QStringLiteral("category")), 2);
    EXPECT_EQ(rowsBySection.value(QStringLiteral("cashier")), 3);
    EXPECT_EQ(rowsBySection.value(QStringLiteral("tax")), 2);
    for (const QString &s :
         {QStringLiteral("total"), QStringLiteral("tender"), QStringLiteral("category"),
          QStringLiteral("cashier"), QStringLiteral("tax")})
        EXPECT_EQ(netBySection.value(s), 22030) << s.toStdString();
    const QStringList total = rowOf.value(QStringLiteral("total/total"));
    ASSERT_FALSE(total.isEmpty());
    EXPECT_EQ(total[count], QStringLiteral("5"));
    EXPECT_EQ(total[items], QStringLiteral("9"));
    EXPECT_EQ(total[tax], QStringLiteral("2576"));
    const QStringList vat = rowOf.value(QStringLiteral("tax/1900"));
    EXPECT_EQ(vat[base], QStringLiteral("11454"));
    // A figure a section does not have is empty, so it is not summed as zero by mistake.
    const QStringList card = rowOf.value(QStringLiteral("tender/card"));
    EXPECT_EQ(card[items], QString());
    EXPECT_EQ(card[tax], QString());
}

namespace {

// The nightly scheduler with a PDF port that writes a marker file and
// records the day (the real PDF is print/'s, tested in tests/print).
struct Nightly
{
    explicit Nightly(DayOfSales &shop) : shop(shop) {}

    NightlyReports make(bool failPdf = false)
    {
        return NightlyReports(
            *shop.store.db, shop.store.clock, shop.store.path(),
            [this, failPdf](const DailySales &r, const QString &path) -> Status {
                if (failPdf)
                    return Error{ErrorCode::PrinterFailed, QStringLiteral("no fonts"), {}};
                pdfDays << r.day;
                QFile f(path);
                if (!f.open(QIODevice::WriteOnly))
                    return Error::storage(f.errorString());
                f.write("%PDF-1.4 " + r.day.toString(Qt::ISODate).toLatin1());
                return {};
            });
    }
    QStringList files() const
    {
        return QDir(NightlyReports::defaultFolder(shop.store.path()))
            .entryList(QDir::Files, QDir::Name);
    }
    QString last() const
    {
        return StoreSettings(*shop.store.db).value(QStringLiteral("report.nightly_last"));
    }

    DayOfSales &shop;
    QVector<QDate> pdfDays;
};

} // namespace

TEST(NightlyReports, WritesTheDayAtTheHourOnceAndNotAgainAfterARestart)
{
    DayOfSales shop;
    Nightly nightly(shop);
    // The first sale was on 12-02 at 23:59: that day is caught up at once.
    shop.store.clock.setMs(localMs(Day, 22, 59));
    {
        NightlyReports reports = nightly.make();
        auto written = reports.runDue();
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        EXPECT_EQ(nightly.files(), (QStringList{QStringLiteral("ventas-2026-12-02.csv"),
                                                QStringLiteral("ventas-2026-12-02.pdf")}));
        EXPECT_EQ(nightly.last(), QStringLiteral("2026-12-02"));
        EXPECT_TRUE(reports.runDue()->isEmpty()); // 22:59: today's is not due yet
        shop.store.clock.setMs(localMs(Day, 23, 0));
        written = reports.runDue();
        ASSERT_TRUE(written.ok());
        EXPECT_EQ(written->size(), 2);
        EXPECT_TRUE(written->first().endsWith(QStringLiteral("ventas-2026-12-03.pdf")));
        shop.store.clock.setMs(localMs(Day, 23, 30));
        EXPECT_TRUE(reports.runDue()->isEmpty());
    }
    // A restart (a new scheduler on the same store) does not write it again,
    // even with the files gone.
    QDir(NightlyReports::defaultFolder(shop.store.path())).removeRecursively();
    NightlyReports again = nightly.make();
    EXPECT_TRUE(again.runDue()->isEmpty());
    EXPECT_TRUE(nightly.files().isEmpty());
    EXPECT_EQ(nightly.pdfDays, (QVector<QDate>{Day.addDays(-1), Day}));
    // The next evening, the next day.
    shop.store.clock.setMs(localMs(Day.addDays(1), 23, 5));
    EXPECT_EQ(again.runDue()->size(), 2);
    EXPECT_EQ(nightly.last(), QStringLiteral("2026-12-04"));

    // The CSV written holds that day's figures.
    QFile csv(QDir(NightlyReports::defaultFolder(shop.store.path()))
                  .filePath(QStringLiteral("ventas-2026-12-04.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("2026-12-04,total,total,Total,1,1,2900"));
}

TEST(NightlyReports, CatchesUpTheDaysMissedWhileOffButAtMostAWeek)
{
    DayOfSales shop;
    Nightly nightly(shop);
    ASSERT_TRUE(StoreSettings(*shop.store.db)
                    .setValue(QStringLiteral("report.nightly_last"), QStringLiteral("2026-12-03"))
                    .ok());
    // Off from the 3rd's report until the morning of the 6th: the 4th and
    // 5th are written; the 6th waits for its hour.
    shop.store.clock.setMs(localMs(Day.addDays(3), 9, 0));
    NightlyReports reports = nightly.make();
    auto due = reports.dueDays();
    ASSERT_TRUE(due.ok());
    EXPECT_EQ(*due, (QVector<QDate>{Day.addDays(1), Day.addDays(2)}));
    EXPECT_EQ(reports.runDue()->size(), 4);
    EXPECT_EQ(nightly.last(), QStringLiteral("2026-12-05"));
    // A month away: only the last week comes back.
    shop.store.clock.setMs(localMs(Day.addDays(33), 23, 30));
    auto written = reports.runDue();
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written->size(), 2 * NightlyReports::CatchUpDays);
    EXPECT_EQ(nightly.pdfDays.first(), Day.addDays(1));
    EXPECT_EQ(nightly.pdfDays.at(2), Day.addDays(33 - NightlyReports::CatchUpDays + 1));
    EXPECT_EQ(nightly.last(), Day.addDays(33).toString(Qt::ISODate));
}

TEST(NightlyReports, AFailedDayIsNotRememberedAndIsTriedAgain)
{
    DayOfSales shop;
    Nightly nightly(shop);
    shop.store.clock.setMs(localMs(Day, 23, 0));
    auto failed = nightly.make(true).runDue();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::PrinterFailed);
    EXPECT_EQ(nightly.last(), QString());
    auto retried = nightly.make().runDue();
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried->size(), 4); // the 2nd and the 3rd
    EXPECT_EQ(nightly.last(), QStringLiteral("2026-12-03"));
}

TEST(NightlyReports, OnlyAnAdminSetsTheHourAndFolderAndBadValuesChangeNothing)
{
    DayOfSales shop;
    Nightly nightly(shop);
    NightlyReports reports = nightly.make();
    EXPECT_EQ(reports.settings()->hour, NightlyReportSettings::DefaultHour);
    EXPECT_EQ(reports.settings()->folder, NightlyReports::defaultFolder(shop.store.path()));
    EXPECT_EQ(reports.configure(shop.luis, 6, {}).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(reports.configure(shop.admin, 24, {}).error().field(), QStringLiteral("hour"));
    EXPECT_EQ(reports.configure(shop.admin, 6, QStringLiteral("informes")).error().field(),
              QStringLiteral("folder"));
    EXPECT_EQ(reports.settings()->hour, 23);
    const QString folder = shop.store.dir.filePath(QStringLiteral("informes"));
    ASSERT_TRUE(reports.configure(shop.admin, 6, folder).ok());
    EXPECT_EQ(reports.settings()->hour, 6);
    EXPECT_EQ(reports.settings()->folder, folder);
    // At 06:00 on the 4th, the 4th's report is due (and the days before it).
    ASSERT_TRUE(StoreSettings(*shop.store.db)
                    .setValue(QStringLiteral("report.nightly_last"), QStringLiteral("2026-12-03"))
                    .ok());
    shop.store.clock.setMs(localMs(Day.addDays(1), 5, 59));
    EXPECT_TRUE(reports.runDue()->isEmpty());
    shop.store.clock.setMs(localMs(Day.addDays(1), 6, 0));
    EXPECT_EQ(reports.runDue()->size(), 2);
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("ventas-2026-12-04.pdf"))));
}

TEST(NightlyReports, GenerateNowWritesTheChosenDayAndTheFolderListsOnlyReports)
{
    DayOfSales shop;
    Nightly nightly(shop);
    NightlyReports reports = nightly.make();
    EXPECT_EQ(reports.generate(shop.ana, Day).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(reports.generate(shop.luis, Day, QStringLiteral("xls")).error().field(),
              QStringLiteral("format"));
    auto made = reports.generate(shop.luis, Day);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    ASSERT_TRUE(reports.generate(shop.luis, Day.addDays(-1), QStringLiteral("csv")).ok());
    // Generating is not the nightly run: tonight's is still due.
    EXPECT_EQ(nightly.last(), QString());
    const QString folder = NightlyReports::defaultFolder(shop.store.path());
    QFile other(QDir(folder).filePath(QStringLiteral("Z-T01-20261203-070000.pdf")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    const QVector<ReportFile> files = NightlyReports::list(folder);
    ASSERT_EQ(files.size(), 3);
    EXPECT_EQ(files[0].day, Day);
    EXPECT_EQ(files[0].format, QStringLiteral("pdf"));
    EXPECT_EQ(files[1].format, QStringLiteral("csv"));
    EXPECT_EQ(files[2].day, Day.addDays(-1));
    EXPECT_EQ(files[1].size, QFileInfo(files[1].path).size());
    EXPECT_GT(files[1].size, 100);
}
