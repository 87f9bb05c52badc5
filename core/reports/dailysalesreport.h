#pragma once

#include "pos/cart.h"
#include "pos/salesreport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bodega {

// One row of a daily report's breakdown. Which figures a row carries
// depends on its table (see DailySales); the others stay zero.
struct DailySalesLine
{
    QString code;     // machine key: "cash", "wallet:Nequi", a category, a cashier, "1900"
    QString name;     // for people, translated
    qint64 count = 0; // tender: payments; category: lines sold; cashier: sales
    Quantity items;   // category and totals: quantity sold
    Money sales;      // paid for it, tax included
    Money discounts;  // category, cashier, totals: given on those sales
    Money refunds;    // paid back for returns made that day
    Money taxBase;    // tax rows and totals: the net's base ...
    Money tax;        // ... and the VAT in it

    Money net() const { return sales - refunds; }
    QJsonObject toJson() const;
};

// The figures of one local calendar day in the store's time zone (SPEC:
// Operations, reports; issue 6 point 5). Every table adds up to the totals'
// net: tenders, categories, cashiers and taxes each split the same money.
struct DailySales
{
    QDate day;
    QString timeZone; // IANA id the day was cut in
    SalesPeriod period;
    QString storeName;
    QString currency;
    QDateTime generatedAt; // UTC
    SalesTotals totals;    // sales, discounts, returns, refunds, net, items
    DailySalesLine total;  // the same as one line: count = sales, taxes of the net
    // Payments as recorded (a split-tender sale counts once per tender).
    // Refunds go back through the sale's tender when it had one; a
    // split-tender sale's refund counts as cash, as the Z report does
    // (ShiftSummary::refundsByTender), and is also in splitTenderRefunds.
    QVector<DailySalesLine> tenders;
    QVector<DailySalesLine> categories; // by the product's category now
    // Sales by who sold them; refunds by who made the return.
    QVector<DailySalesLine> cashiers;
    QVector<DailySalesLine> taxes; // per VAT rate, highest first, on the net
    Money splitTenderRefunds;

    Money gross() const { return totals.total + totals.discounts; } // before discounts
    QJsonObject toJson() const;
};

// Reads a day's sales, returns, tenders, categories, cashiers and VAT from
// the local store. Read-only; builds on SalesReport's periods and totals.
class DailySalesReport
{
    Q_DECLARE_TR_FUNCTIONS(bodega::DailySalesReport)

public:
    DailySalesReport(Database &db, const Clock &clock, QTimeZone zone);
    // In the store's zone (SalesReport::storeTimeZone).
    DailySalesReport(Database &db, const Clock &clock);

    // "2026-12-03" -> the day; VALIDATION_FAILED naming `field` otherwise.
    static Result<QDate> parseDay(const QString &text,
                                  const QString &field = QStringLiteral("date"));
    // "pdf" or "csv"; VALIDATION_FAILED naming `field` otherwise.
    static Status checkFormat(const QString &format,
                              const QString &field = QStringLiteral("format"));
    // The stable name of a day's report: "ventas-2026-12-03.pdf".
    static QString fileName(const QDate &day, const QString &format);
    // The day a stable name stands for; invalid when it is not one.
    static QDate dayOfFileName(const QString &fileName, QString *format = nullptr);

    Result<DailySales> forDay(const QDate &day) const;

private:
    Status readTenders(DailySales &d, const QVariantList &span) const;
    Status readCategories(DailySales &d, const QVariantList &span) const;
    Status readCashiers(DailySales &d, const QVariantList &span) const;
    Status readTaxes(DailySales &d, const QVariantList &span) const;
    // Lines by key (category, cashier) from what was sold (key, count,
    // items, sales, discounts) and what came back (key, refunds).
    Result<QVector<DailySalesLine>> breakdown(const QString &soldSql, const QString &backSql,
                                              const QString &unnamed, const QString &currency,
                                              const QVariantList &span) const;

    Database &m_db;
    const Clock &m_clock;
    SalesReport m_sales;
};

} // namespace bodega
