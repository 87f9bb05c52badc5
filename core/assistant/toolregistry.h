#pragma once

#include "ai/chatmodel.h"
#include "common/result.h"
#include "security/accesspolicy.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace bodega {

// Who calls a tool, and how: the same for the assistant pane, an LLM's tool
// calls and an MCP client.
struct ToolContext
{
    std::optional<Actor> actor; // nobody in a store without users
    QString language = QStringLiteral("es");
};

// One tool (SPEC: one tool registry serves the assistant pane, the LLM tool
// calls and the MCP server). The schemas are JSON Schema objects in the
// subset JsonSchemaValidator checks; inputSchema always has type "object".
struct Tool
{
    QString name; // snake_case, e.g. low_stock
    QString title;
    QString description; // for a model: what it does and when to use it
    QJsonObject inputSchema;
    QJsonObject outputSchema;
    std::optional<Permission> permission;        // what the actor's role must allow
    bool writes = false;                         // off unless an admin enabled write tools
    DataClasses dataClasses = DataClass::Public; // what its result carries
    std::function<Result<QJsonObject>(const QJsonObject &arguments, const ToolContext &context)>
        handler;
};

// The registry: tools by name, listed for and called by a context.
// call() checks, in this order, and changes nothing when one fails:
// the tool exists (NOT_FOUND, details.field "name"), it is not a write tool
// while writes are off (PERMISSION_DENIED, details.reason "writes_disabled"),
// the actor's role allows it (PERMISSION_DENIED), the arguments match the
// input schema (VALIDATION_FAILED, details.field the first offending
// argument, details.problems all of them). A handler's result that breaks
// the output schema is an INTERNAL error, not a result.
class ToolRegistry
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ToolRegistry)

public:
    ToolRegistry() = default;

    // A tool with an existing name replaces it.
    void add(Tool tool);

    void setWritesEnabled(bool enabled) { m_writesEnabled = enabled; }
    bool writesEnabled() const { return m_writesEnabled; }

    // The tools this context may call, in the order they were added.
    QVector<Tool> tools(const ToolContext &context) const;
    const Tool *find(const QString &name) const;

    Result<QJsonObject> call(const QString &name, const QJsonObject &arguments,
                             const ToolContext &context) const;

    // The same tools as an LLM sees them (ChatRequest::tools).
    QVector<ToolSpec> specs(const ToolContext &context) const;

private:
    Status admit(const Tool &tool, const ToolContext &context) const;

    QVector<Tool> m_tools;
    bool m_writesEnabled = false;
    qint64 m_activeUsers = 1; // see setActiveUsers
public:
    // How many active users the store has: a store without users lets a
    // context without an actor through, as AccessPolicy::check does.
    void setActiveUsers(qint64 count) { m_activeUsers = count; }
};

} // namespace bodega
