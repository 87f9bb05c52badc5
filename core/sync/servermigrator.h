#pragma once

#include "sync/serveraddress.h"

namespace bodega {

// Brings the central database to the schema this build ships
// (resources/migrations/server), as its owner. Idempotent; refuses a server
// whose schema is newer than this build knows (SCHEMA_TOO_NEW), so an old
// bodegactl never writes into a layout it does not understand.
class ServerMigrator
{
public:
    struct Report
    {
        int from = 0;
        int to = 0;
    };
    static int latestVersion();
    static Result<Report> migrate(const ServerAddress &owner, const QString &password);
};

} // namespace bodega
