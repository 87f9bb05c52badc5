#include "servermigrator.h"

#include "storage/migrationscripts.h"
#include "sync/pgerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <pqxx/pqxx>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bodega {

namespace {
const QString kDir = QStringLiteral(":/migrations/server");
}

int ServerMigrator::latestVersion()
{
    const auto scripts = MigrationScripts::list(kDir);
    return scripts.isEmpty() ? 0 : scripts.last().version;
}

Result<ServerMigrator::Report> ServerMigrator::migrate(const ServerAddress &owner,
                                                       const QString &password)
{
    const auto scripts = MigrationScripts::list(kDir);
    Report report;
    try {
        pqxx::connection conn(
            owner.connectionString(password, QStringLiteral("bodegactl-migrate")));
        pqxx::work tx(conn);
        // Two migrators at once would race on the version; one waits.
        tx.exec("SELECT pg_advisory_xact_lock(7279937)");
        tx.exec0("CREATE SCHEMA IF NOT EXISTS bodega");
        tx.exec0("CREATE TABLE IF NOT EXISTS bodega.schema_migrations ("
                 "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        report.from =
            tx.exec1("SELECT coalesce(max(version), 0) FROM bodega.schema_migrations")[0].as<int>();
        report.to = report.from;
        const int latest = latestVersion();
        if (report.from > latest)
            return Error{ErrorCode::SchemaTooNew,
                         QCoreApplication::translate(
                             "bodega::ServerMigrator",
                             "The server's schema (version %1) is newer than this Bodega knows "
                             "(%2); update Bodega")
                             .arg(report.from)
                             .arg(latest),
                         {{QStringLiteral("server_version"), report.from},
                          {QStringLiteral("known_version"), latest}}};
        tx.exec0("SET LOCAL search_path = bodega");
        for (const MigrationScript &m : scripts) {
            if (m.version <= report.from)
                continue;
            QFile file(m.path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{ErrorCode::Internal, QStringLiteral("missing %1").arg(m.path), {}};
            tx.exec0(file.readAll().toStdString());
            tx.exec_params0("INSERT INTO bodega.schema_migrations (version) VALUES ($1)",
                            m.version);
            report.to = m.version;
        }
        tx.commit();
        if (report.to != report.from)
            qCInfo(lcSync) << "server migrated from" << report.from << "to" << report.to;
        return report;
    } catch (const std::exception &e) {
        return errorFromPqxx(e, QStringLiteral("migrate"));
    }
}

} // namespace bodega
