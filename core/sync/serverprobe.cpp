#include "serverprobe.h"

#include "sync/pgerror.h"
#include "sync/servermigrator.h"

#include <QCoreApplication>

#include <pqxx/pqxx>

namespace bodega {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bodega::ServerProbe", text);
}

} // namespace

Result<ServerProbe::Report> ServerProbe::check(const ServerAddress &owner, const QString &password,
                                               const QString &storeName)
{
    Report report;
    report.server = owner.toUrl();
    try {
        pqxx::connection conn(owner.connectionString(password, QStringLiteral("bodega-setup")));
        // Read-only: a probe must not leave anything behind.
        pqxx::read_transaction tx(conn);
        report.version =
            QString::fromStdString(tx.exec1("SHOW server_version")[0].as<std::string>());
        const bool migrated =
            !tx.exec1("SELECT to_regclass('bodega.schema_migrations') IS NULL")[0].as<bool>();
        if (migrated)
            report.schemaVersion =
                tx.exec1("SELECT coalesce(max(version), 0) FROM bodega.schema_migrations")[0]
                    .as<int>();
        if (report.schemaVersion == 0)
            return Error{ErrorCode::NotConfigured,
                         tr("The server answers, but its database has no Bodega schema yet: "
                            "run bodegactl server migrate --url %1")
                             .arg(report.server),
                         {{QStringLiteral("field"), QStringLiteral("server_url")}}};
        if (report.schemaVersion > ServerMigrator::latestVersion())
            return Error{ErrorCode::SchemaTooNew,
                         tr("The server's schema (version %1) is newer than this Bodega knows "
                            "(%2); update Bodega")
                             .arg(report.schemaVersion)
                             .arg(ServerMigrator::latestVersion()),
                         {{QStringLiteral("field"), QStringLiteral("server_url")}}};
        if (!storeName.trimmed().isEmpty()) {
            const pqxx::result r =
                tx.exec_params("SELECT currency FROM bodega.stores WHERE name = $1",
                               storeName.trimmed().toStdString());
            report.storeExists = !r.empty();
            if (report.storeExists)
                report.storeCurrency = QString::fromStdString(r[0][0].as<std::string>()).trimmed();
        }
    } catch (const std::exception &e) {
        Error error = errorFromPqxx(e, QStringLiteral("probe"));
        error.details.insert(QStringLiteral("field"), QStringLiteral("server_url"));
        return error;
    }
    return report;
}

} // namespace bodega
