#include "toolregistry.h"

#include "events/jsonschemavalidator.h"

#include <QJsonArray>

namespace bodega {

void ToolRegistry::add(Tool tool)
{
    for (Tool &existing : m_tools) {
        if (existing.name == tool.name) {
            existing = std::move(tool);
            return;
        }
    }
    m_tools.push_back(std::move(tool));
}

const Tool *ToolRegistry::find(const QString &name) const
{
    for (const Tool &tool : m_tools) {
        if (tool.name == name)
            return &tool;
    }
    return nullptr;
}

Status ToolRegistry::admit(const Tool &tool, const ToolContext &context) const
{
    if (tool.writes && !m_writesEnabled) {
        return Error{ErrorCode::PermissionDenied,
                     tr("The tool %1 changes the store, and write tools are off. An admin can "
                        "turn them on.")
                         .arg(tool.name),
                     {{QStringLiteral("tool"), tool.name},
                      {QStringLiteral("reason"), QStringLiteral("writes_disabled")}}};
    }
    if (tool.permission)
        return AccessPolicy::check(context.actor, *tool.permission, m_activeUsers);
    if (!context.actor && m_activeUsers > 0) {
        return Error{ErrorCode::PermissionDenied,
                     tr("Sign in to use the store's tools."),
                     {{QStringLiteral("tool"), tool.name}}};
    }
    return {};
}

QVector<Tool> ToolRegistry::tools(const ToolContext &context) const
{
    QVector<Tool> out;
    for (const Tool &tool : m_tools) {
        if (admit(tool, context))
            out.push_back(tool);
    }
    return out;
}

QVector<ToolSpec> ToolRegistry::specs(const ToolContext &context) const
{
    QVector<ToolSpec> out;
    for (const Tool &tool : tools(context))
        out.push_back(ToolSpec{tool.name, tool.description, tool.inputSchema});
    return out;
}

Result<QJsonObject> ToolRegistry::call(const QString &name, const QJsonObject &arguments,
                                       const ToolContext &context) const
{
    const Tool *tool = find(name);
    if (!tool) {
        Error error = Error::notFound(QStringLiteral("tool"), name);
        error.details.insert(QStringLiteral("field"), QStringLiteral("name"));
        return error;
    }
    if (auto admitted = admit(*tool, context); !admitted)
        return admitted.error();
    const QStringList problems = JsonSchemaValidator(tool->inputSchema).validate(arguments);
    if (!problems.isEmpty()) {
        // "/period: not one of ..." names the argument; "/: missing required
        // property period" names it at the end.
        const QString first = problems.first();
        QString field = first.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('/'), 1, 1);
        if (field.isEmpty())
            field = first.contains(QLatin1String("property ")) ? first.section(QLatin1Char(' '), -1)
                                                               : QStringLiteral("arguments");
        return Error::validation(
            field, tr("Wrong arguments for %1: %2").arg(name, problems.join(u"; ")),
            {{QStringLiteral("tool"), name}, {QStringLiteral("problems"), problems}});
    }
    Result<QJsonObject> result = tool->handler(arguments, context);
    if (!result)
        return result;
    if (!tool->outputSchema.isEmpty()) {
        const QStringList bad = JsonSchemaValidator(tool->outputSchema).validate(*result);
        if (!bad.isEmpty()) {
            return Error{ErrorCode::Internal,
                         tr("The tool %1 gave a result outside its contract.").arg(name),
                         {{QStringLiteral("tool"), name}, {QStringLiteral("problems"), bad}}};
        }
    }
    return result;
}

} // namespace bodega
