#pragma once

#include "sync/serveraddress.h"

namespace bodega {

// "Test connection" for a central server, before anything is registered: logs
// in as the owner the person typed, reads which Bodega schema the server has
// and whether the store already exists there. Changes nothing on the server.
// Blocks for up to the address's connect timeout: never on the UI thread.
class ServerProbe
{
public:
    struct Report
    {
        QString server;  // the URL without its password
        QString version; // PostgreSQL's server_version, e.g. "15.8"
        int schemaVersion = 0;
        bool storeExists = false;
        QString storeCurrency; // when the store exists
    };
    // SERVER_UNAVAILABLE (unreachable: wrong host or port, down),
    // PERMISSION_DENIED (wrong owner or password), NOT_CONFIGURED (no Bodega
    // schema yet: `bodegactl server migrate`), SCHEMA_TOO_NEW.
    static Result<Report> check(const ServerAddress &owner, const QString &password,
                                const QString &storeName = {});
};

} // namespace bodega
