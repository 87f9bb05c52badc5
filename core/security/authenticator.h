#pragma once

#include "security/auditlog.h"
#include "security/userstore.h"

namespace bodega {

// Logs a user in by name and PIN or password. Ten wrong secrets in a row
// lock the account for thirty minutes (even the right secret is refused
// meanwhile); a success resets the count. Every refusal is the same
// AUTHENTICATION_FAILED, whether the name or the secret was wrong, so the
// till does not tell a stranger which names exist. Every attempt, refused
// or not, goes to the audit log.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(bodega::Authenticator)

public:
    static constexpr int MaxFailures = 10;
    static constexpr int LockMinutes = 30;

    Authenticator(UserStore &users, AuditLog &audit, const Clock &clock)
        : m_users(users), m_audit(audit), m_clock(clock)
    {
    }

    Result<Actor> login(const QString &name, const QString &secret);

private:
    Error refuse(const QString &name, const QString &message, const QJsonObject &details = {});

    UserStore &m_users;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace bodega
