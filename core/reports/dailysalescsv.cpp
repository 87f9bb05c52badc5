#include "dailysalescsv.h"

#include "io/csvwriter.h"

namespace bodega {

namespace {

// Which columns a section fills.
enum Column { Count = 1, Items = 2, Discounts = 4, Tax = 8 };

} // namespace

QStringList DailySalesCsv::header()
{
    return {QStringLiteral("date"),    QStringLiteral("section"),   QStringLiteral("code"),
            QStringLiteral("name"),    QStringLiteral("count"),     QStringLiteral("items"),
            QStringLiteral("sales"),   QStringLiteral("discounts"), QStringLiteral("refunds"),
            QStringLiteral("net"),     QStringLiteral("tax_base"),  QStringLiteral("tax"),
            QStringLiteral("currency")};
}

Status DailySalesCsv::write(const DailySales &report, QIODevice &device)
{
    CsvWriter csv(device);
    if (auto s = csv.writeRecord(header()); !s)
        return s;
    const QString date = report.day.toString(Qt::ISODate);
    const auto row = [&](const QString &section, const DailySalesLine &l, int columns) {
        const auto when = [columns](int column, const QString &text) {
            return (columns & column) ? text : QString();
        };
        return csv.writeRecord(
            {date, section, l.code, l.name, when(Count, QString::number(l.count)),
             when(Items, l.items.toString()), l.sales.toPlainString(),
             when(Discounts, l.discounts.toPlainString()), l.refunds.toPlainString(),
             l.net().toPlainString(), when(Tax, l.taxBase.toPlainString()),
             when(Tax, l.tax.toPlainString()), report.currency});
    };
    if (auto s = row(QStringLiteral("total"), report.total, Count | Items | Discounts | Tax); !s)
        return s;
    const struct
    {
        const char *section;
        const QVector<DailySalesLine> &lines;
        int columns;
    } tables[] = {{"tender", report.tenders, Count},
                  {"category", report.categories, Count | Items | Discounts},
                  {"cashier", report.cashiers, Count | Discounts},
                  {"tax", report.taxes, Tax}};
    for (const auto &table : tables) {
        for (const DailySalesLine &l : table.lines) {
            if (auto s = row(QLatin1String(table.section), l, table.columns); !s)
                return s;
        }
    }
    return {};
}

Status DailySalesCsv::write(const DailySales &report, const QString &path)
{
    return CsvWriter::saveFile(path, [&](QIODevice &device) { return write(report, device); });
}

} // namespace bodega
