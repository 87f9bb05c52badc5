#pragma once

#include "common/error.h"
#include "reports/nightlyreports.h"

#include <memory>
#include <optional>
#include <QObject>

class QTimer;

namespace bodega {

class Database;

// What the Reports page shows: the scheduler's settings and the daily
// reports in its folder.
struct ReportListing
{
    NightlyReportSettings settings;
    QVector<ReportFile> files;
    bool mayConfigure = false; // the user may change the hour and folder (admins)
};

// The daily sales reports on a thread of their own, with their own store
// connection: laying out a PDF never holds up the till. Runs the nightly
// scheduler (NightlyReports) once the store is open and then every minute,
// so a report missed while the computer was off is caught up at start.
// Usage: moveToThread(), start the thread, then start(); the request*
// methods may be called from any thread and answer with their ticket.
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int NightlyCheckIntervalMs = 60 * 1000;

    explicit ReportWorker(QString storePath, QObject *parent = nullptr);
    ~ReportWorker() override;

    quint64 requestListing();
    quint64 requestGenerate(const QDate &day);
    quint64 requestConfigure(int hour, const QString &folder);
    // Who is logged in (queued onto the worker's thread).
    void setActor(const std::optional<Actor> &actor);

public slots:
    // Opens the store (the StoreWorker has migrated it), runs what is due
    // and starts the minute timer.
    void start();
    void runNightly();

signals:
    void listed(quint64 ticket, const bodega::ReportListing &listing);
    void generated(quint64 ticket, const QStringList &paths);
    void configured(quint64 ticket);
    void requestFailed(quint64 ticket, const bodega::Error &error);
    // The nightly scheduler wrote these files (never empty).
    void nightlyWritten(const QStringList &paths);
    void nightlyFailed(const bodega::Error &error);

private:
    template <typename Fn> quint64 post(Fn &&fn);
    bool ensureOpen(quint64 ticket);
    NightlyReports reports() const;
    void list(quint64 ticket);

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_actor;
    QTimer *m_timer = nullptr;
};

} // namespace bodega

Q_DECLARE_METATYPE(bodega::ReportListing)
