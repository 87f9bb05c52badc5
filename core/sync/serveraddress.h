#pragma once

#include "common/result.h"

#include <QString>

namespace bodega {

// Where the central PostgreSQL is and how to reach it, parsed from a URL such
// as postgresql://user@host:5432/bodega?sslmode=verify-full&sslrootcert=/etc/ca.pem.
// The password never lives here for long: it comes from the URL once (when a
// person types it) or from the CredentialStore, and is passed to
// connectionString() only when a connection is opened.
struct ServerAddress
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("bodega");
    QString user;
    QString password; // only as typed in the URL; never persisted
    QString sslMode = QStringLiteral("prefer");
    QString sslRootCert;
    int connectTimeoutSeconds = 5;

    static Result<ServerAddress> parse(const QString &url);
    // The URL without its password: what settings and logs may hold.
    QString toUrl() const;
    // libpq keyword/value form, values quoted; password from the argument.
    std::string connectionString(const QString &password, const QString &applicationName) const;
};

} // namespace bodega
