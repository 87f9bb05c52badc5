#include "auditlog.h"

#include "common/uuid.h"
#include "storage/outbox.h"
#include "storage/storesettings.h"

#include <QJsonDocument>

namespace bodega {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user_id"), userId},
                       {QStringLiteral("user"), userName},
                       {QStringLiteral("terminal"), terminal},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("before"), before},
                       {QStringLiteral("after"), after}};
}

Status AuditLog::record(const std::optional<Actor> &actor, const QString &action,
                        const QString &subject, const QJsonObject &before, const QJsonObject &after,
                        const QString &userName)
{
    auto terminal = StoreSettings(m_db).strictTerminalCode();
    if (!terminal)
        return terminal.error();
    // A refused login is recorded on its own; everything else rides in the
    // transaction of the change it describes.
    std::optional<Transaction> own;
    if (!m_db.inTransaction()) {
        own.emplace(m_db);
        if (!own->started())
            return own->started();
    }
    const QString id = newId();
    const QString at = m_clock.now().toString(Qt::ISODateWithMs);
    const QString userId = actor ? actor->userId : QString();
    // A name typed at a login prompt can be anything: kept, but not a novel.
    const QString name = (actor ? actor->name : userName).left(200);
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_name, terminal, action, "
                       "subject, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, at, Database::text(userId), Database::text(name), *terminal, action,
         Database::text(subject), compact(before), compact(after)});
    if (!r)
        return r.error();
    // Synced like every other event: the back office sees every terminal's
    // trail. A name typed at a login prompt stays on this terminal: it may be
    // a PIN typed into the wrong field, and the server's log is forever.
    const bool typed = !actor && !userName.isEmpty();
    const QJsonObject payload{{QStringLiteral("audit_id"), id},
                              {QStringLiteral("at"), at},
                              {QStringLiteral("user_id"), userId},
                              {QStringLiteral("user_name"), typed ? QString() : name},
                              {QStringLiteral("action"), action},
                              {QStringLiteral("subject"), typed ? QString() : subject.left(200)},
                              {QStringLiteral("before"), before},
                              {QStringLiteral("after"), after}};
    if (auto e = Outbox(m_db, m_clock).append(QStringLiteral("audit.recorded"), 1, id, payload); !e)
        return e.error();
    if (own)
        return own->commit();
    return {};
}

Result<QVector<AuditEntry>> AuditLog::recent(int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT seq, id, at, user_id, user_name, terminal, action, "
                                      "subject, before, after FROM audit_log "
                                      "ORDER BY seq DESC LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QVector<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.seq = q->value(0).toLongLong();
        e.id = q->value(1).toString();
        e.at = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        e.userId = q->value(3).toString();
        e.userName = q->value(4).toString();
        e.terminal = q->value(5).toString();
        e.action = q->value(6).toString();
        e.subject = q->value(7).toString();
        e.before = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q->value(9).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

} // namespace bodega
