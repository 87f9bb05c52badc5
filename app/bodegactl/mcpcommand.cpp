// bodegactl mcp (issue 5, point 5): the store's tools for outside AI
// assistants over the Model Context Protocol on stdin/stdout.
#include "bodegactl.h"

#include "assistant/storetools.h"
#include "mcp/mcpserver.h"
#include "mcp/mcpstdio.h"
#include "security/userstore.h"

#include <QLocale>

namespace bodega {

int BodegaCtl::cmdMcp()
{
    // stdout carries protocol messages only: a refusal before serving goes
    // to stderr, --json or not.
    m_json = false;
    const bool allowWrites = takeFlag(QStringLiteral("--allow-writes"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto users = UserStore(*m_db, Clock::system()).count();
    if (!users)
        return fail(users.error());
    const std::optional<Actor> actor = m_catalog->actor();
    // An outside assistant acts with the rights of whoever started it, so
    // a store with users needs one signed in; writes are an admin's opt-in.
    if (!actor && *users > 0) {
        return fail(Error{ErrorCode::PermissionDenied,
                          tr("This store has users: start the MCP server with --user NAME."),
                          {{QStringLiteral("field"), QStringLiteral("user")}}});
    }
    if (allowWrites && (!actor || actor->role != Role::Admin)) {
        return fail(Error{
            ErrorCode::PermissionDenied,
            tr("Only an admin may start the MCP server with --allow-writes."),
            {{QStringLiteral("field"), QStringLiteral("allow-writes")},
             {QStringLiteral("role"), actor ? AccessPolicy::roleCode(actor->role) : QString()}}});
    }

    ToolRegistry registry;
    registry.setActiveUsers(*users);
    registry.setWritesEnabled(allowWrites);
    StoreTools tools(*m_catalog, *m_db);
    tools.registerAll(registry);
    const QString language =
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("es");
    McpServer server(registry, ToolContext{actor, language});
    qInfo("MCP server on stdio for %s, writes %s",
          actor ? qPrintable(actor->name) : "nobody (a store without users)",
          allowWrites ? "on" : "off");
    if (auto s = McpStdio::serveStdio(server); !s)
        return fail(s.error());
    qInfo("MCP session ended");
    return Ok;
}

} // namespace bodega
