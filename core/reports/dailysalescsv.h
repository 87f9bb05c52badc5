#pragma once

#include "reports/dailysalesreport.h"

#include <QCoreApplication>

namespace bodega {

// A day's report as one CSV a spreadsheet can sum (RFC 4180, UTF-8, comma):
//   date,section,code,name,count,items,sales,discounts,refunds,net,tax_base,tax,currency
// one row per line of each table; `section` says which: total (one row),
// tender, category, cashier, tax. Filtering on a section and summing `net`
// gives the total row's net for every section; `net` = `sales` - `refunds`
// on every row. Amounts in the currency's units in machine format ("18900"
// COP, "4.50" USD), quantities as "1.5"; a figure a section does not have
// (a tender's items, a cashier's tax) is left empty, not zero.
class DailySalesCsv
{
    Q_DECLARE_TR_FUNCTIONS(bodega::DailySalesCsv)

public:
    static QStringList header();
    static Status write(const DailySales &report, QIODevice &device);
    // Written aside and renamed into place: never half a file under `path`.
    static Status write(const DailySales &report, const QString &path);
};

} // namespace bodega
