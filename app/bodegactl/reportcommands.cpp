// bodegactl report: the daily sales report (issue 6, point 5) on demand, and
// one run of the nightly scheduler (for cron, or a computer without the GUI).
#include "bodegactl.h"
#include "print/documentprinter.h"
#include "reports/nightlyreports.h"

#include <QJsonArray>

namespace bodega {

namespace {

Error usageOn(const QString &field, const QString &message)
{
    return Error{ErrorCode::Usage, message, {{QStringLiteral("field"), field}}};
}

} // namespace

NightlyReports::PdfWriter BodegaCtl::dailyReportPdf()
{
    return [](const DailySales &report, const QString &path) {
        return DocumentPrinter::writeDailySales(report, path, QLocale());
    };
}

int BodegaCtl::cmdReportDaily()
{
    const auto date = takeOption(QStringLiteral("--date"));
    const auto format = takeOption(QStringLiteral("--format"));
    const auto outPath = takeOption(QStringLiteral("--out"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    // Everything is checked before the store is opened: a bad call writes nothing.
    const QString syntax = tr("report daily --date YYYY-MM-DD --format pdf|csv --out FILE");
    if (!date)
        return fail(usageOn(QStringLiteral("date"), tr("Missing --date: %1").arg(syntax)));
    auto day = DailySalesReport::parseDay(*date);
    if (!day)
        return fail(usageOn(QStringLiteral("date"), day.error().message));
    // With --json the figures are printed; a file is written when asked for.
    if (!m_json || format || outPath) {
        if (!format)
            return fail(usageOn(QStringLiteral("format"), tr("Missing --format: %1").arg(syntax)));
        if (auto s = DailySalesReport::checkFormat(*format); !s)
            return fail(usageOn(QStringLiteral("format"), s.error().message));
        if (!outPath || outPath->isEmpty())
            return fail(usageOn(QStringLiteral("out"), tr("Missing --out: %1").arg(syntax)));
    }
    if (auto s = openStoreFor(Permission::ViewReports); !s)
        return fail(s.error());
    auto report = DailySalesReport(*m_db, Clock::system()).forDay(*day);
    if (!report)
        return fail(report.error());
    QJsonObject json = report->toJson();
    QString text = tr("%1: %2 sales, net %3")
                       .arg(day->toString(Qt::ISODate))
                       .arg(report->totals.sales)
                       .arg(report->total.net().format());
    if (outPath) {
        NightlyReports writer(*m_db, Clock::system(), m_dbPath, dailyReportPdf());
        if (auto s = writer.write(*report, *format, *outPath); !s)
            return fail(s.error());
        json.insert(QStringLiteral("written"), *outPath);
        text += QLatin1Char('\n') + tr("Written to %1").arg(*outPath);
    }
    return succeed(json, text);
}

int BodegaCtl::cmdReportNightly()
{
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStoreFor(Permission::ViewReports); !s)
        return fail(s.error());
    NightlyReports nightly(*m_db, Clock::system(), m_dbPath, dailyReportPdf());
    auto written = nightly.runDue();
    if (!written)
        return fail(written.error());
    const auto settings = nightly.settings();
    return succeed(QJsonObject{{QStringLiteral("written"), QJsonArray::fromStringList(*written)},
                               {QStringLiteral("hour"), settings ? settings->hour : -1},
                               {QStringLiteral("folder"), settings ? settings->folder : QString()}},
                   written->isEmpty() ? tr("No nightly report is due")
                                      : tr("Written: %1").arg(written->join(QStringLiteral(", "))));
}

} // namespace bodega
