#pragma once

#include "common/clock.h"
#include "reports/dailysalesreport.h"
#include "security/accesspolicy.h"
#include "storage/database.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>

namespace bodega {

// A report file in the reports folder.
struct ReportFile
{
    QDate day;
    QString format; // "pdf", "csv"
    QString path;
    qint64 size = 0;
    QDateTime modified;
};

// What the nightly report does, from store settings.
struct NightlyReportSettings
{
    static constexpr int DefaultHour = 23;
    int hour = DefaultHour; // report.nightly_hour, local, 0..23
    QString folder;         // report.folder, default "reports" beside the store
    QDate lastWritten;      // report.nightly_last: invalid until the first one
};

// The built-in nightly report scheduler (issue 6 point 5): at the store's
// hour it writes that day's sales report as PDF and CSV to the reports
// folder under stable names (ventas-2026-12-03.pdf, .csv). The report for a
// day is due at its hour that day, so choose an hour after closing: sales
// made after it are in a report generated later on demand, not in the
// nightly one. A day is written once: the last day written is kept in the
// store (report.nightly_last), so a restart never writes it again; days
// missed while the computer was off are caught up at the next run, at most
// CatchUpDays back, never before the store's first sale. Core has no fonts:
// the PDF is laid out by whoever passes `pdf` (print/'s DocumentPrinter).
class NightlyReports
{
    Q_DECLARE_TR_FUNCTIONS(bodega::NightlyReports)

public:
    static constexpr int CatchUpDays = 7;
    using PdfWriter = std::function<Status(const DailySales &report, const QString &path)>;

    NightlyReports(Database &db, const Clock &clock, QString storePath, PdfWriter pdf);

    Result<NightlyReportSettings> settings() const;
    // "0".."23" -> the hour; VALIDATION_FAILED naming "hour" otherwise.
    static Result<int> parseHour(const QString &text);
    // The hour (0..23, VALIDATION_FAILED naming "hour") and folder (empty:
    // the default beside the store); admins only (ManageStore).
    Status configure(const std::optional<Actor> &by, int hour, const QString &folder);

    // The days due now and not written yet, oldest first (at most CatchUpDays).
    Result<QVector<QDate>> dueDays() const;
    // Writes each due day's PDF and CSV and remembers it; the paths written.
    // A day that fails stops the run (it is tried again next time).
    Result<QStringList> runDue();
    // "Generate now": the day's report in `format` ("pdf", "csv", or empty
    // for both) in the reports folder, replacing a file of the same name.
    // Needs ViewReports. Does not count as the nightly run.
    Result<QStringList> generate(const std::optional<Actor> &by, const QDate &day,
                                 const QString &format = {});
    // Writes one format of a day's report to `path` (bodegactl report daily).
    Status write(const DailySales &report, const QString &format, const QString &path) const;

    // The daily reports in `folder` (other files are ignored), newest day
    // first, PDF before CSV.
    static QVector<ReportFile> list(const QString &folder);
    static QString defaultFolder(const QString &storePath);

private:
    Result<QStringList> writeDay(const QDate &day, const QString &folder, const QString &format);

    Database &m_db;
    const Clock &m_clock;
    QString m_storePath;
    PdfWriter m_pdf;
};

} // namespace bodega
