#include "nightlyreports.h"

#include "reports/dailysalescsv.h"
#include "security/userstore.h"
#include "storage/storesettings.h"

#include <algorithm>
#include <QDir>
#include <QFileInfo>

namespace bodega {

namespace {

const QString HourKey = QStringLiteral("report.nightly_hour");
const QString FolderKey = QStringLiteral("report.folder");
const QString LastKey = QStringLiteral("report.nightly_last");

} // namespace

NightlyReports::NightlyReports(Database &db, const Clock &clock, QString storePath, PdfWriter pdf)
    : m_db(db), m_clock(clock), m_storePath(std::move(storePath)), m_pdf(std::move(pdf))
{
}

QString NightlyReports::defaultFolder(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("reports"));
}

Result<NightlyReportSettings> NightlyReports::settings() const
{
    StoreSettings store(m_db);
    NightlyReportSettings s;
    auto hour = store.read(HourKey);
    if (!hour)
        return hour.error();
    // A bad value (edited by hand) falls back to the default rather than
    // silently never running.
    if (*hour)
        s.hour = parseHour(**hour).value_or(NightlyReportSettings::DefaultHour);
    auto folder = store.read(FolderKey);
    if (!folder)
        return folder.error();
    s.folder = *folder && !(*folder)->isEmpty() ? **folder : defaultFolder(m_storePath);
    auto last = store.read(LastKey);
    if (!last)
        return last.error();
    if (*last)
        s.lastWritten = QDate::fromString(**last, Qt::ISODate);
    return s;
}

Result<int> NightlyReports::parseHour(const QString &text)
{
    bool ok = false;
    const int hour = text.trimmed().toInt(&ok);
    if (!ok || hour < 0 || hour > 23)
        return Error::validation(QStringLiteral("hour"),
                                 tr("The nightly report's hour is 0 to 23, not %1").arg(text));
    return hour;
}

Status NightlyReports::configure(const std::optional<Actor> &by, int hour, const QString &folder)
{
    if (auto s = UserStore(m_db, m_clock).check(by, Permission::ManageStore); !s)
        return s;
    if (auto h = parseHour(QString::number(hour)); !h)
        return h.error();
    const QString where = folder.trimmed();
    if (!where.isEmpty() && QFileInfo(where).isRelative())
        return Error::validation(QStringLiteral("folder"),
                                 tr("The reports folder must be a full path: %1").arg(where));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    StoreSettings store(m_db);
    if (auto s = store.setValue(HourKey, QString::number(hour)); !s)
        return s;
    if (auto s = store.setValue(FolderKey, where); !s)
        return s;
    return tx.commit();
}

Result<QVector<QDate>> NightlyReports::dueDays() const
{
    auto s = settings();
    if (!s)
        return s.error();
    const QTimeZone zone = SalesReport::storeTimeZone(m_db);
    const QDateTime now = m_clock.now().toTimeZone(zone);
    const QDate latest = now.time().hour() >= s->hour ? now.date() : now.date().addDays(-1);
    QDate first = latest.addDays(1 - CatchUpDays);
    if (s->lastWritten.isValid()) {
        first = std::max(first, s->lastWritten.addDays(1));
    } else {
        // A new store: nothing to catch up before its first sale.
        auto q = m_db.exec(QStringLiteral("SELECT min(created_at) FROM sales"));
        if (!q)
            return q.error();
        const QString firstSale = q->next() ? q->value(0).toString() : QString();
        const QDate firstDay =
            firstSale.isEmpty()
                ? latest
                : QDateTime::fromString(firstSale, Qt::ISODateWithMs).toTimeZone(zone).date();
        first = std::max(first, firstDay);
    }
    QVector<QDate> days;
    for (QDate d = first; d <= latest; d = d.addDays(1))
        days << d;
    return days;
}

Result<QStringList> NightlyReports::runDue()
{
    auto days = dueDays();
    if (!days)
        return days.error();
    if (days->isEmpty())
        return QStringList();
    auto s = settings();
    if (!s)
        return s.error();
    QStringList written;
    for (const QDate &day : std::as_const(*days)) {
        auto paths = writeDay(day, s->folder, {});
        if (!paths)
            return paths.error();
        written << *paths;
        // Remembered only once both files are in place: a crash in between
        // writes the day again, whole, next time.
        if (auto st = StoreSettings(m_db).setValue(LastKey, day.toString(Qt::ISODate)); !st)
            return st.error();
    }
    return written;
}

Result<QStringList> NightlyReports::generate(const std::optional<Actor> &by, const QDate &day,
                                             const QString &format)
{
    if (auto st = UserStore(m_db, m_clock).check(by, Permission::ViewReports); !st)
        return st.error();
    if (!day.isValid())
        return Error::validation(QStringLiteral("date"), tr("Choose the day to report"));
    if (!format.isEmpty()) {
        if (auto st = DailySalesReport::checkFormat(format); !st)
            return st.error();
    }
    auto s = settings();
    if (!s)
        return s.error();
    return writeDay(day, s->folder, format);
}

Status NightlyReports::write(const DailySales &report, const QString &format,
                             const QString &path) const
{
    if (auto st = DailySalesReport::checkFormat(format); !st)
        return st;
    if (format == QLatin1String("csv"))
        return DailySalesCsv::write(report, path);
    if (!m_pdf)
        return Error{ErrorCode::Internal, tr("No PDF writer is available here"), {}};
    return m_pdf(report, path);
}

Result<QStringList> NightlyReports::writeDay(const QDate &day, const QString &folder,
                                             const QString &format)
{
    if (!QDir().mkpath(folder))
        return Error{ErrorCode::StorageFailed,
                     tr("Cannot create the reports folder %1").arg(folder),
                     {{QStringLiteral("field"), QStringLiteral("folder")}}};
    auto report = DailySalesReport(m_db, m_clock).forDay(day);
    if (!report)
        return report.error();
    QStringList written;
    const QStringList formats = format.isEmpty()
                                    ? QStringList{QStringLiteral("pdf"), QStringLiteral("csv")}
                                    : QStringList{format};
    for (const QString &f : formats) {
        const QString path = QDir(folder).filePath(DailySalesReport::fileName(day, f));
        if (auto st = write(*report, f, path); !st)
            return st.error();
        written << path;
    }
    return written;
}

QVector<ReportFile> NightlyReports::list(const QString &folder)
{
    QVector<ReportFile> files;
    const QFileInfoList entries =
        QDir(folder).entryInfoList({QStringLiteral("ventas-*")}, QDir::Files);
    for (const QFileInfo &info : entries) {
        ReportFile f;
        f.day = DailySalesReport::dayOfFileName(info.fileName(), &f.format);
        if (!f.day.isValid())
            continue;
        f.path = info.absoluteFilePath();
        f.size = info.size();
        f.modified = info.lastModified();
        files << f;
    }
    std::sort(files.begin(), files.end(), [](const ReportFile &a, const ReportFile &b) {
        return a.day != b.day ? a.day > b.day : a.format > b.format; // pdf before csv
    });
    return files;
}

} // namespace bodega
