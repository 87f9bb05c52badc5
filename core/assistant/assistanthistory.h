#pragma once

#include "common/clock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QVector>

namespace bodega {

// A product an answer names: the pane shows it as a link that opens it.
struct CitedProduct
{
    QString id;
    QString name;

    bool operator==(const CitedProduct &o) const { return id == o.id && name == o.name; }
    static QJsonArray toJson(const QVector<CitedProduct> &products);
    static QVector<CitedProduct> fromJson(const QJsonArray &array);
};

// One turn of a conversation as stored.
struct AssistantMessage
{
    QString id;
    QString userId;
    QString conversation;
    QDateTime at;
    QString role; // user | assistant
    QString content;
    QString engine; // offline | local | cloud, for assistant turns
    QVector<CitedProduct> products;

    QJsonObject toJson() const;
};

// A user's conversations with the assistant, kept on this terminal only
// (assistant_messages, local schema 11; SPEC: history stored locally,
// exported as JSON or deleted). Unlike the audit trails these rows belong
// to their user, who may take them away (exportJson) or have them deleted
// (forget).
class AssistantHistory
{
    Q_DECLARE_TR_FUNCTIONS(bodega::AssistantHistory)

public:
    static constexpr int MaxContentLength = 20000;

    AssistantHistory(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Stamps id and time when empty. VALIDATION_FAILED (role, content) for
    // a role other than user/assistant or an empty or oversized text.
    Status append(AssistantMessage &message);
    // A question and its answer, in one transaction.
    Status appendTurn(AssistantMessage &question, AssistantMessage &answer);

    // The user's messages, oldest first; `limit` newest ones when > 0.
    Result<QVector<AssistantMessage>> messages(const QString &userId, int limit = 0) const;
    // {"user_id", "exported_at", "messages": [...]} for the user to keep.
    Result<QByteArray> exportJson(const QString &userId) const;
    // "Forget me": deletes every message of the user and nobody else's;
    // returns how many went.
    Result<int> forget(const QString &userId);

private:
    Status insert(AssistantMessage &message);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
