#include "authenticator.h"

#include "security/auditaction.h"
#include "security/passwordhasher.h"

namespace bodega {

namespace {
// A hash of nothing anyone types, made once, checked against for unknown names.
const QString &dummyHash()
{
    static const QString hash =
        PasswordHasher::hash(QStringLiteral("no user has this secret")).value_or(QString());
    return hash;
}
} // namespace

// The refusal as the caller sees it, recorded first; a failure to record it
// is reported instead (an unaudited refusal would hide a guessing attack).
Error Authenticator::refuse(const QString &name, const QString &message, const QJsonObject &details)
{
    if (auto s = m_audit.record(std::nullopt, AuditAction::LoginFailed, name, {}, details, name);
        !s)
        return s.error();
    return Error{ErrorCode::AuthenticationFailed, message, details.toVariantMap()};
}

Result<Actor> Authenticator::login(const QString &name, const QString &secret)
{
    auto user = m_users.findByName(name);
    if (!user && user.error().code != ErrorCode::NotFound)
        return user.error();
    if (!user || !user->active) {
        // As long as a real check, so the time taken does not tell which
        // names exist.
        PasswordHasher::verify(dummyHash(), secret);
        return refuse(name, tr("Wrong user name, PIN or password"));
    }
    const QDateTime now = m_clock.now();
    if (user->lockedUntil.isValid() && user->lockedUntil > now)
        return refuse(
            name,
            tr("Too many wrong attempts: %1 is locked until %2")
                .arg(user->name, user->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))),
            {{QStringLiteral("locked_until"), user->lockedUntil.toString(Qt::ISODateWithMs)}});
    auto matches = m_users.verify(user->id, secret);
    if (!matches)
        return matches.error();
    if (!*matches) {
        auto locked = m_users.recordFailure(user->id, MaxFailures, LockMinutes * 60);
        if (!locked)
            return locked.error();
        if (*locked) {
            const QDateTime lockedUntil = **locked;
            return refuse(
                name,
                tr("Too many wrong attempts: %1 is locked for %2 minutes")
                    .arg(user->name)
                    .arg(LockMinutes),
                {{QStringLiteral("locked_until"), lockedUntil.toString(Qt::ISODateWithMs)}});
        }
        return refuse(name, tr("Wrong user name, PIN or password"));
    }
    const Actor actor{user->id, user->name, user->role};
    if (auto s = m_users.recordSuccess(user->id); !s)
        return s.error();
    if (auto s = m_audit.record(actor, AuditAction::Login, user->name); !s)
        return s.error();
    return actor;
}

} // namespace bodega
