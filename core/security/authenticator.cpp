#include "authenticator.h"

namespace bodega {

namespace {
Error refused(const QString &message, QVariantMap details = {})
{
    return Error{ErrorCode::AuthenticationFailed, message, std::move(details)};
}
} // namespace

Result<Actor> Authenticator::login(const QString &name, const QString &secret)
{
    auto user = m_users.findByName(name);
    if (!user && user.error().code != ErrorCode::NotFound)
        return user.error();
    if (!user || !user->active)
        return refused(tr("Wrong user name, PIN or password"));
    const QDateTime now = m_clock.now();
    if (user->lockedUntil.isValid() && user->lockedUntil > now)
        return refused(
            tr("Too many wrong attempts: %1 is locked until %2")
                .arg(user->name, user->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))),
            {{QStringLiteral("locked_until"), user->lockedUntil.toString(Qt::ISODateWithMs)}});
    auto matches = m_users.verify(user->id, secret);
    if (!matches)
        return matches.error();
    if (!*matches) {
        int failures = user->failedAttempts + 1;
        QDateTime lockedUntil;
        if (failures >= MaxFailures) {
            lockedUntil = now.addSecs(LockMinutes * 60);
            failures = 0;
        }
        if (auto s = m_users.recordFailure(user->id, failures, lockedUntil); !s)
            return s.error();
        if (lockedUntil.isValid())
            return refused(
                tr("Too many wrong attempts: %1 is locked for %2 minutes")
                    .arg(user->name)
                    .arg(LockMinutes),
                {{QStringLiteral("locked_until"), lockedUntil.toString(Qt::ISODateWithMs)}});
        return refused(tr("Wrong user name, PIN or password"),
                       {{QStringLiteral("attempts_left"), MaxFailures - failures}});
    }
    if (auto s = m_users.recordSuccess(user->id); !s)
        return s.error();
    return Actor{user->id, user->name, user->role};
}

} // namespace bodega
