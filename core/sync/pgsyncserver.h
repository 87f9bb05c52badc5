#pragma once

#include "security/credentialstore.h"
#include "sync/serveraddress.h"
#include "sync/syncserver.h"
#include "sync/terminalregistration.h"

#include <memory>

namespace bodega {

// The SyncServer that speaks to the central PostgreSQL through libpqxx, as
// the terminal's own least-privileged role, used by one thread (the sync
// worker's). One connection, and during an upload a second one, on which the
// server checks the next batch while the current one is applied on the first
// (schema 8's check_events / apply_checked): the two halves of the server's
// work then run on two backends at once. The second one is closed when the
// upload ends.
class PgSyncServer final : public SyncServer
{
public:
    PgSyncServer(ServerAddress address, QString password, QString applicationName);
    // The server as a registered terminal reaches it, with the password from
    // the credential store.
    static Result<std::unique_ptr<SyncServer>> forTerminal(const RegisteredTerminal &terminal,
                                                           const CredentialStore &credentials);
    ~PgSyncServer() override;

    Result<TerminalIdentity> connect() override;
    void disconnect() override;
    Result<QVector<ApplyOutcome>> apply(const QByteArray &envelopesJson) override;
    Result<QVector<ApplyOutcome>> applyAndCheckNext(const QByteArray &envelopesJson,
                                                    const QByteArray &nextEnvelopesJson) override;
    void endUpload() override;
    Result<QVector<FeedEntry>> feedAfter(qint64 cursor, int limit) override;
    Result<qint64> snapshot(const ProductSink &products, const LevelSink &levels) override;
    Result<bool> waitForChange(int timeoutMs) override;

private:
    struct Connection; // libpqxx stays out of this header
    struct Checking;
    Status ensureConnected();
    void startChecking(const QByteArray &envelopesJson, bool onSpare);

    ServerAddress m_address;
    QString m_password;
    QString m_applicationName;
    TerminalIdentity m_identity;
    std::unique_ptr<Connection> m_c;
};

} // namespace bodega
