#pragma once

#include "common/clock.h"
#include "security/accesspolicy.h"
#include "storage/database.h"

#include <QDateTime>

namespace bodega {

struct User
{
    enum class SecretKind { Password, Pin };

    QString id;
    QString name;
    Role role = Role::Cashier;
    SecretKind secretKind = SecretKind::Pin;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid: not locked
    bool active = true;
    QDateTime createdAt;

    QJsonObject toJson() const; // never the hash
};

// The store's users. Secrets go in only as argon2id hashes and never come
// back out (verify() compares inside).
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(bodega::UserStore)

public:
    UserStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // A PIN is 4 to 8 digits; a password 8 to 128 characters. The error
    // names the field ("pin" / "password").
    static Status validateSecret(User::SecretKind kind, const QString &secret);
    static QString secretKindCode(User::SecretKind kind);

    // Adding a user takes ManageUsers (an admin); the first user of a
    // store must be an admin, or nobody could manage the others.
    Result<User> add(const std::optional<Actor> &by, const QString &name, Role role,
                     User::SecretKind kind, const QString &secret);
    // Anyone may change their own secret; someone else's takes ManageUsers.
    Status setSecret(const std::optional<Actor> &by, const QString &userId, User::SecretKind kind,
                     const QString &secret);
    Result<User> findByName(const QString &name) const;
    Result<QVector<User>> list() const;
    Result<qint64> count() const;
    // AccessPolicy::check against this store's users: the one place core
    // asks whether an actor (or nobody, in a store being set up) may act.
    Status check(const std::optional<Actor> &actor, Permission permission) const;
    // True when the secret matches the user's stored hash.
    Result<bool> verify(const QString &userId, const QString &secret) const;
    // Counts one more wrong secret; at maxFailures the user is locked for
    // lockSeconds and the count starts over. Returns the lock's end if it locked.
    Result<std::optional<QDateTime>> recordFailure(const QString &userId, int maxFailures,
                                                   int lockSeconds);
    Status recordSuccess(const QString &userId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
