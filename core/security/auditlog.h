#pragma once

#include "common/clock.h"
#include "security/accesspolicy.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>

namespace bodega {

struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    QDateTime at;
    QString userId;   // empty: nobody logged in (a store being set up)
    QString userName; // as typed, for failed logins
    QString terminal;
    QString action;  // login, login_failed, price_changed, stock_adjusted, user_added, ...
    QString subject; // what it was done to: a product id, a user name
    QJsonObject before;
    QJsonObject after;

    QJsonObject toJson() const;
};

// The append-only record of sensitive actions (SPEC: Users, security,
// audit). Written inside the transaction of the change it describes, so a
// change and its record commit together; a refused login is recorded on
// its own.
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status record(const std::optional<Actor> &actor, const QString &action, const QString &subject,
                  const QJsonObject &before = {}, const QJsonObject &after = {},
                  const QString &userName = {});
    // Newest first.
    Result<QVector<AuditEntry>> recent(int limit = 100) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
