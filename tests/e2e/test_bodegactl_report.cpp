// bodegactl report (issue 6, point 5): the daily sales report as PDF, CSV
// and JSON, its usage errors, and one run of the nightly scheduler.
#include "bodegactlfixture.h"
#include "io/csvreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

using namespace bodega;
using bodega::test::Bodegactl;

namespace {

QString today()
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone("America/Bogota"))
        .date()
        .toString(Qt::ISODate);
}

QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class ReportCtl : public Bodegactl
{
protected:
    // Two rice (5,800) paid 3,000 by card and 2,800 in cash.
    void sellSplit() const
    {
        initWithRice();
        const test::CtlRun sale = ctl(args("sale --line ARR-500:2 --pay card:3000:AUT1 --pay "
                                           "cash:2800"));
        ASSERT_EQ(sale.exitCode, 0) << sale.text();
    }
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
};

TEST_F(ReportCtl, DailyWritesTheCsvAPdfAndPrintsTheFigures)
{
    sellSplit();
    const QString day = today();
    const QString csvPath = file("ventas.csv");
    const test::CtlRun csv =
        ctl({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), day,
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csvPath});
    ASSERT_EQ(csv.exitCode, 0) << csv.text();
    QFile f(csvPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    CsvReader reader(f);
    QMap<QString, QStringList> rows;
    while (true) {
        auto r = reader.next();
        ASSERT_TRUE(r.ok());
        if (!r->has_value())
            break;
        const QStringList fields = (*r)->fields;
        rows.insert(fields.value(1) + QLatin1Char('/') + fields.value(2), fields);
    }
    ASSERT_TRUE(rows.contains(QStringLiteral("total/total")));
    EXPECT_EQ(rows[QStringLiteral("total/total")].value(9), QStringLiteral("5800")); // net
    EXPECT_EQ(rows[QStringLiteral("tender/card")].value(6), QStringLiteral("3000"));
    EXPECT_EQ(rows[QStringLiteral("tender/cash")].value(6), QStringLiteral("2800"));

    const QString pdfPath = file("ventas.pdf");
    const test::CtlRun pdf =
        ctl({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), day,
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdfPath});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.text();
    const QString text = test::pdfText(pdfPath).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Daily sales report"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("5,800")) || text.contains(QStringLiteral("5.800")))
        << text.toStdString();

    const test::CtlRun figures =
        json({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), day});
    ASSERT_EQ(figures.exitCode, 0) << figures.text();
    const QJsonObject totals = figures.json().value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("sales")).toInt(), 5800);
    EXPECT_EQ(totals.value(QStringLiteral("count")).toInt(), 1);
    EXPECT_EQ(figures.json().value(QStringLiteral("tenders")).toArray().size(), 2);
    EXPECT_EQ(figures.json().value(QStringLiteral("date")).toString(), day);
}

TEST_F(ReportCtl, ABadDateOrFormatIsAUsageErrorNamingTheFieldAndWritesNothing)
{
    sellSplit();
    const QString out = file("nada.pdf");
    const struct
    {
        const char *line;
        const char *field;
    } cases[] = {
        {"report daily --date 2026-02-30 --format pdf --out", "date"},
        {"report daily --date 3/12/2026 --format pdf --out", "date"},
        {"report daily --format pdf --out", "date"},
        {"report daily --date 2026-12-03 --format xlsx --out", "format"},
        {"report daily --date 2026-12-03 --out", "format"},
    };
    for (const auto &c : cases) {
        expectError(json(args(c.line) << out), 2, "USAGE", c.field);
        EXPECT_FALSE(QFile::exists(out)) << c.line;
    }
    expectError(json(args("report daily --date 2026-12-03 --format pdf")), 2, "USAGE", "out");
    const test::CtlRun help = ctl({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("report daily --date YYYY-MM-DD --format pdf|csv --out FILE"));
}

TEST_F(ReportCtl, NightlyWritesTheDueDayOnceBesideTheStore)
{
    sellSplit();
    // Hour 0: today's report is due whatever the time.
    expectError(json(args("setting set report.nightly_hour 24")), 3, "VALIDATION_FAILED", "hour");
    ASSERT_EQ(ctl(args("setting set report.nightly_hour 0")).exitCode, 0);
    const test::CtlRun first = json(args("report nightly"));
    ASSERT_EQ(first.exitCode, 0) << first.text();
    const QDir reports(m_dir.filePath(QStringLiteral("reports")));
    const QString stem = QStringLiteral("ventas-") + today();
    EXPECT_EQ(first.json().value(QStringLiteral("written")).toArray().size(), 2);
    EXPECT_TRUE(reports.exists(stem + QStringLiteral(".pdf")));
    EXPECT_TRUE(reports.exists(stem + QStringLiteral(".csv")));
    const test::CtlRun again = json(args("report nightly"));
    ASSERT_EQ(again.exitCode, 0) << again.text();
    EXPECT_TRUE(again.json().value(QStringLiteral("written")).toArray().isEmpty());
}
