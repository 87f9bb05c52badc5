#include "userstore.h"

#include "common/uuid.h"
#include "security/auditaction.h"
#include "security/auditlog.h"
#include "security/passwordhasher.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace bodega {

namespace {
const QString kColumns = QStringLiteral(
    "id, name, role, secret_kind, failed_attempts, locked_until, active, created_at");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.role = AccessPolicy::roleFromCode(q.value(2).toString()).value_or(Role::Cashier);
    u.secretKind = q.value(3).toString() == QLatin1String("password") ? User::SecretKind::Password
                                                                      : User::SecretKind::Pin;
    u.failedAttempts = q.value(4).toInt();
    const QString locked = q.value(5).toString();
    if (!locked.isEmpty())
        u.lockedUntil = QDateTime::fromString(locked, Qt::ISODateWithMs);
    u.active = q.value(6).toBool();
    u.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return u;
}
} // namespace

QJsonObject User::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), AccessPolicy::roleCode(role)},
        {QStringLiteral("secret_kind"), UserStore::secretKindCode(secretKind)},
        {QStringLiteral("active"), active},
        {QStringLiteral("locked_until"),
         lockedUntil.isValid() ? lockedUntil.toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
    };
}

QString UserStore::secretKindCode(User::SecretKind kind)
{
    return kind == User::SecretKind::Password ? QStringLiteral("password") : QStringLiteral("pin");
}

Status UserStore::validateSecret(User::SecretKind kind, const QString &secret)
{
    if (kind == User::SecretKind::Pin) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
        if (!digits.match(secret).hasMatch())
            return Error::validation(QStringLiteral("pin"), tr("A PIN is 4 to 8 digits"));
        return {};
    }
    if (secret.size() < 8 || secret.size() > 128)
        return Error::validation(QStringLiteral("password"),
                                 tr("A password has 8 to 128 characters"));
    return {};
}

Result<User> UserStore::add(const std::optional<Actor> &by, const QString &name, Role role,
                            User::SecretKind kind, const QString &secret)
{
    const QString n = name.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[\\w.@-]{2,64}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.match(n).hasMatch())
        return Error::validation(
            QStringLiteral("name"),
            tr("A user name is 2 to 64 letters, digits, '.', '_', '@' or '-'"));
    if (auto s = validateSecret(kind, secret); !s)
        return s.error();
    auto hash = PasswordHasher::hash(secret);
    if (!hash)
        return hash.error();
    User u;
    u.id = newId();
    u.name = n;
    u.role = role;
    u.secretKind = kind;
    u.createdAt = m_clock.now();
    const QString now = u.createdAt.toString(Qt::ISODateWithMs);
    // Checked under the write lock: two first users added at once must not
    // both pass as "the first".
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = check(by, Permission::ManageUsers); !s)
        return s.error();
    auto existing = count();
    if (!existing)
        return existing.error();
    if (*existing == 0 && role != Role::Admin)
        return Error::validation(QStringLiteral("role"),
                                 tr("The first user of a store is its admin"));
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO users (id, name, role, secret_kind, secret_hash, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {u.id, u.name, AccessPolicy::roleCode(role), secretKindCode(kind), *hash, now, now});
    if (!r)
        return r.error();
    if (auto s = AuditLog(m_db, m_clock)
                     .record(by, AuditAction::UserAdded, u.name, {},
                             {{QStringLiteral("role"), AccessPolicy::roleCode(role)},
                              {QStringLiteral("secret_kind"), secretKindCode(kind)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return u;
}

Status UserStore::setSecret(const std::optional<Actor> &by, const QString &userId,
                            User::SecretKind kind, const QString &secret)
{
    if (!by || by->userId != userId) {
        if (auto s = check(by, Permission::ManageUsers); !s)
            return s;
    }
    if (auto s = validateSecret(kind, secret); !s)
        return s;
    auto hash = PasswordHasher::hash(secret);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto r =
        m_db.exec(QStringLiteral("UPDATE users SET secret_kind = ?, secret_hash = ?, "
                                 "failed_attempts = 0, locked_until = '', updated_at = ? "
                                 "WHERE id = ?"),
                  {secretKindCode(kind), *hash, m_clock.now().toString(Qt::ISODateWithMs), userId});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error::notFound(tr("User"), userId);
    if (auto s = AuditLog(m_db, m_clock)
                     .record(by, AuditAction::SecretChanged, userId, {},
                             {{QStringLiteral("secret_kind"), secretKindCode(kind)}});
        !s)
        return s;
    return tx.commit();
}

Result<User> UserStore::findByName(const QString &name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM users WHERE name = ?"),
                       {name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("User"), name);
    return userFrom(*q);
}

Result<QVector<User>> UserStore::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM users ORDER BY name"));
    if (!q)
        return q.error();
    QVector<User> out;
    while (q->next())
        out << userFrom(*q);
    return out;
}

Result<qint64> UserStore::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM users WHERE active"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status UserStore::check(const std::optional<Actor> &actor, Permission permission) const
{
    auto users = count();
    if (!users)
        return users.error();
    return AccessPolicy::check(actor, permission, *users);
}

Result<bool> UserStore::verify(const QString &userId, const QString &secret) const
{
    auto q = m_db.exec(QStringLiteral("SELECT secret_hash FROM users WHERE id = ?"), {userId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("User"), userId);
    return PasswordHasher::verify(q->value(0).toString(), secret);
}

Result<std::optional<QDateTime>> UserStore::recordFailure(const QString &userId, int maxFailures,
                                                          int lockSeconds)
{
    // Counted in the database under the write lock, so logins racing from
    // several processes cannot each read the same count and undercount.
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 "
                                      "WHERE id = ? RETURNING failed_attempts"),
                       {userId});
    if (!r)
        return r.error();
    const int failures = r->next() ? r->value(0).toInt() : 0;
    r->finish();
    std::optional<QDateTime> lockedUntil;
    if (failures >= maxFailures) {
        lockedUntil = m_clock.now().addSecs(lockSeconds);
        auto lock = m_db.exec(
            QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?"),
            {lockedUntil->toString(Qt::ISODateWithMs), userId});
        if (!lock)
            return lock.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return lockedUntil;
}

Status UserStore::recordSuccess(const QString &userId)
{
    auto r =
        m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = '' "
                                 "WHERE id = ? AND (failed_attempts <> 0 OR locked_until <> '')"),
                  {userId});
    if (!r)
        return r.error();
    return {};
}

} // namespace bodega
