#include "assistanthistory.h"

#include "common/uuid.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bodega {

QJsonArray CitedProduct::toJson(const QVector<CitedProduct> &products)
{
    QJsonArray out;
    for (const CitedProduct &p : products)
        out.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}});
    return out;
}

QVector<CitedProduct> CitedProduct::fromJson(const QJsonArray &array)
{
    QVector<CitedProduct> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.push_back(
            {o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString()});
    }
    return out;
}

QJsonObject AssistantMessage::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("conversation"), conversation},
                       {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("content"), content},
                       {QStringLiteral("engine"), engine},
                       {QStringLiteral("products"), CitedProduct::toJson(products)}};
}

Status AssistantHistory::insert(AssistantMessage &message)
{
    if (message.role != QLatin1String("user") && message.role != QLatin1String("assistant")) {
        return Error::validation(
            QStringLiteral("role"),
            tr("A message is from the user or the assistant, not %1").arg(message.role));
    }
    if (message.content.trimmed().isEmpty() || message.content.size() > MaxContentLength) {
        return Error::validation(
            QStringLiteral("content"),
            tr("A message holds between 1 and %1 characters").arg(MaxContentLength),
            {{QStringLiteral("length"), message.content.size()}});
    }
    if (message.id.isEmpty())
        message.id = UuidV7Generator(m_clock).next();
    if (!message.at.isValid())
        message.at = m_clock.now();
    const QByteArray products =
        QJsonDocument(CitedProduct::toJson(message.products)).toJson(QJsonDocument::Compact);
    return m_db.run(QStringLiteral("INSERT INTO assistant_messages (id, user_id, conversation, at, "
                                   "role, content, engine, products) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {message.id, Database::text(message.userId),
                     Database::text(message.conversation), message.at.toString(Qt::ISODateWithMs),
                     message.role, message.content, Database::text(message.engine),
                     QString::fromUtf8(products)});
}

Status AssistantHistory::append(AssistantMessage &message)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto s = insert(message); !s)
        return s;
    return tx.commit();
}

Status AssistantHistory::appendTurn(AssistantMessage &question, AssistantMessage &answer)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto s = insert(question); !s)
        return s;
    if (auto s = insert(answer); !s)
        return s;
    return tx.commit();
}

Result<QVector<AssistantMessage>> AssistantHistory::messages(const QString &userId, int limit) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, user_id, conversation, at, role, content, engine, "
                                 "products FROM (SELECT * FROM assistant_messages "
                                 "WHERE user_id = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq"),
                  {Database::text(userId), limit > 0 ? limit : -1});
    if (!q)
        return q.error();
    QVector<AssistantMessage> out;
    while (q->next()) {
        AssistantMessage m;
        m.id = q->value(0).toString();
        m.userId = q->value(1).toString();
        m.conversation = q->value(2).toString();
        m.at = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
        m.role = q->value(4).toString();
        m.content = q->value(5).toString();
        m.engine = q->value(6).toString();
        m.products = CitedProduct::fromJson(
            QJsonDocument::fromJson(q->value(7).toString().toUtf8()).array());
        out << m;
    }
    return out;
}

Result<QByteArray> AssistantHistory::exportJson(const QString &userId) const
{
    auto all = messages(userId);
    if (!all)
        return all.error();
    QJsonArray messages;
    for (const AssistantMessage &m : *all)
        messages.append(m.toJson());
    const QJsonObject doc{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("exported_at"), m_clock.now().toString(Qt::ISODateWithMs)},
        {QStringLiteral("messages"), messages}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<int> AssistantHistory::forget(const QString &userId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = m_db.exec(QStringLiteral("DELETE FROM assistant_messages WHERE user_id = ?"),
                       {Database::text(userId)});
    if (!q)
        return q.error();
    const int removed = q->numRowsAffected();
    if (auto s = tx.commit(); !s)
        return s.error();
    return removed;
}

} // namespace bodega
