#include "reportworker.h"

#include "print/documentprinter.h"
#include "security/userstore.h"
#include "storage/database.h"

#include <atomic>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReports, "bodega.ui.reports")

namespace bodega {

namespace {

quint64 nextReportTicket()
{
    static std::atomic<quint64> next{1};
    return next++;
}

} // namespace

ReportWorker::ReportWorker(QString storePath, QObject *parent)
    : QObject(parent), m_path(std::move(storePath))
{
    qRegisterMetaType<ReportListing>();
    qRegisterMetaType<Error>();
}

ReportWorker::~ReportWorker() = default;

template <typename Fn> quint64 ReportWorker::post(Fn &&fn)
{
    const quint64 ticket = nextReportTicket();
    QMetaObject::invokeMethod(
        this, [this, ticket, fn = std::forward<Fn>(fn)]() { fn(this, ticket); },
        Qt::QueuedConnection);
    return ticket;
}

bool ReportWorker::ensureOpen(quint64 ticket)
{
    if (m_db)
        return true;
    auto db = Database::openExisting(m_path);
    if (!db) {
        qCWarning(lcReports) << "cannot open the store for reports:" << db.error().message;
        if (ticket != 0)
            emit requestFailed(ticket, db.error());
        return false;
    }
    m_db = std::move(*db);
    return true;
}

NightlyReports ReportWorker::reports() const
{
    return NightlyReports(*m_db, Clock::system(), m_path,
                          [](const DailySales &report, const QString &path) {
                              return DocumentPrinter::writeDailySales(report, path, QLocale());
                          });
}

void ReportWorker::start()
{
    if (!ensureOpen(0))
        return;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(NightlyCheckIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &ReportWorker::runNightly);
        m_timer->start();
    }
    runNightly();
}

void ReportWorker::runNightly()
{
    if (!ensureOpen(0))
        return;
    auto written = reports().runDue();
    if (!written) {
        qCWarning(lcReports) << "nightly report failed:" << written.error().message;
        emit nightlyFailed(written.error());
    } else if (!written->isEmpty()) {
        qCInfo(lcReports) << "nightly report written:" << *written;
        emit nightlyWritten(*written);
    }
}

void ReportWorker::setActor(const std::optional<Actor> &actor)
{
    QMetaObject::invokeMethod(
        this, [this, actor] { m_actor = actor; }, Qt::QueuedConnection);
}

quint64 ReportWorker::requestListing()
{
    return post([](ReportWorker *w, quint64 t) { w->list(t); });
}

void ReportWorker::list(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    UserStore users(*m_db, Clock::system());
    if (auto s = users.check(m_actor, Permission::ViewReports); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    auto settings = reports().settings();
    if (!settings) {
        emit requestFailed(ticket, settings.error());
        return;
    }
    ReportListing listing;
    listing.settings = *settings;
    listing.files = NightlyReports::list(settings->folder);
    listing.mayConfigure = users.check(m_actor, Permission::ManageStore).ok();
    emit listed(ticket, listing);
}

quint64 ReportWorker::requestGenerate(const QDate &day)
{
    return post([day](ReportWorker *w, quint64 t) {
        if (!w->ensureOpen(t))
            return;
        auto written = w->reports().generate(w->m_actor, day);
        if (!written)
            emit w->requestFailed(t, written.error());
        else
            emit w->generated(t, *written);
    });
}

quint64 ReportWorker::requestConfigure(int hour, const QString &folder)
{
    return post([hour, folder](ReportWorker *w, quint64 t) {
        if (!w->ensureOpen(t))
            return;
        if (auto s = w->reports().configure(w->m_actor, hour, folder); !s) {
            emit w->requestFailed(t, s.error());
            return;
        }
        emit w->configured(t);
        // A new hour may make a report due now.
        w->runNightly();
    });
}

} // namespace bodega
