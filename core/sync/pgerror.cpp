#include "pgerror.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <pqxx/except>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bodega {

Error errorFromPqxx(const std::exception &e, const QString &context)
{
    const QString what = QString::fromUtf8(e.what()).trimmed();
    auto make = [&](ErrorCode code, const QString &sqlState) {
        Error err{
            code,
            code == ErrorCode::ServerUnavailable && sqlState.isEmpty()
                ? QCoreApplication::translate("bodega::Sync", "The server is unreachable: %1")
                      .arg(what.section(QLatin1Char('\n'), 0, 0))
            : code == ErrorCode::ServerUnavailable
                ? QCoreApplication::translate("bodega::Sync", "The server cannot do this now: %1")
                      .arg(what.section(QLatin1Char('\n'), 0, 0))
                : QCoreApplication::translate("bodega::Sync", "The server refused: %1")
                      .arg(what.section(QLatin1Char('\n'), 0, 0)),
            {{QStringLiteral("context"), context}}};
        if (!sqlState.isEmpty())
            err.details.insert(QStringLiteral("sqlstate"), sqlState);
        return err;
    };
    if (dynamic_cast<const pqxx::broken_connection *>(&e) ||
        dynamic_cast<const pqxx::in_doubt_error *>(&e))
        return make(ErrorCode::ServerUnavailable, {});
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e)) {
        const QString state = QString::fromStdString(sql->sqlstate());
        // Data the server refuses (22 data, 23 constraints, 21 cardinality:
        // a row hit twice by one statement) fails the same way every time:
        // rejected, so the engine halves the batch down to the culprit
        // instead of resending it forever.
        if (state.startsWith(QLatin1String("21")) || state.startsWith(QLatin1String("22")) ||
            state.startsWith(QLatin1String("23")))
            return make(ErrorCode::ServerRejected, state);
        if (state == QLatin1String("28P01") || state == QLatin1String("28000") ||
            state == QLatin1String("42501"))
            return Error{
                ErrorCode::PermissionDenied,
                QCoreApplication::translate("bodega::Sync", "The server denied access: %1")
                    .arg(what.section(QLatin1Char('\n'), 0, 0)),
                {{QStringLiteral("context"), context}, {QStringLiteral("sqlstate"), state}}};
        return make(ErrorCode::ServerUnavailable, state);
    }
    // pqxx::failure without a state: mostly a connection that could not be made.
    return make(ErrorCode::ServerUnavailable, {});
}

} // namespace bodega
