#pragma once

#include "security/credentialstore.h"
#include "storage/database.h"
#include "sync/serveraddress.h"

namespace bodega {

struct RegisteredTerminal
{
    QString terminalId;
    QString storeId;
    QString storeName;
    QString code;
    QString role;          // the terminal's own login on the server
    ServerAddress address; // how the terminal connects from now on (no password)
};

// Joins this store file to the central server as terminal CODE of store NAME.
// Uses the owner's login once, to make the terminal its own least-privileged
// login with a fresh random password; that password goes to the
// CredentialStore and the owner's is never kept.
class TerminalRegistration
{
public:
    static Result<RegisteredTerminal>
    registerTerminal(Database &db, CredentialStore &credentials, const ServerAddress &owner,
                     const QString &ownerPassword, const QString &storeName, const QString &code);
    // VALIDATION_FAILED (field terminal) unless 1 to 16 letters or digits:
    // what the server's terminals.code accepts.
    static Status validateCode(const QString &code);
    // What the store file says about its registration; NotConfigured if none.
    static Result<RegisteredTerminal> load(Database &db);
};

} // namespace bodega
