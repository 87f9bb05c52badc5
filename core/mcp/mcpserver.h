#pragma once

#include "assistant/toolregistry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace bodega {

// The store's tools as a Model Context Protocol server (SPEC: the one tool
// registry serves ... the MCP server). It speaks JSON-RPC 2.0 one message
// at a time and knows nothing of the transport: McpStdio feeds it lines.
//
// Lifecycle: initialize (version negotiated: the client's when supported,
// else the latest), then tools/list and tools/call; ping at any time.
// Other requests before initialize are refused (-32600, data.reason
// "not_initialized") so that a client never gets tools under a version it
// did not agree to.
//
// Tool failures a model can act on (validation, not found, permission,
// writes off, ...) are results with isError true, so the model sees them
// (MCP 2025-11-25, SEP-1303); an unknown tool name or malformed params are
// JSON-RPC errors (-32602), an INTERNAL failure is -32603.
class McpServer
{
    Q_DECLARE_TR_FUNCTIONS(bodega::McpServer)

public:
    // JSON-RPC 2.0 error codes.
    enum RpcError {
        ParseError = -32700,
        InvalidRequest = -32600,
        MethodNotFound = -32601,
        InvalidParams = -32602,
        InternalError = -32603,
    };

    // The registry outlives the server; the context (who calls) is fixed for
    // the session, as a stdio server has one client.
    McpServer(const ToolRegistry &registry, ToolContext context);

    // One incoming message (a line without its newline) -> the reply line
    // without a newline, or an empty array when there is nothing to answer
    // (notifications, responses, blank lines).
    QByteArray handleLine(const QByteArray &line);

    // Oldest first; the last one is what an unknown client version gets.
    static QStringList supportedVersions();
    static QString latestVersion();

    // Empty until initialize was answered.
    QString protocolVersion() const { return m_version; }

    // A JSON-RPC error response (id null when the request's id is unknown).
    static QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message,
                                     const QJsonObject &data = {});

private:
    // One message (an element of a batch, or the whole line) -> its
    // response, or an undefined value when it gets none.
    QJsonValue handleMessage(const QJsonValue &message, bool inBatch);
    QJsonObject dispatch(const QJsonValue &id, const QString &method, const QJsonValue &params,
                         bool inBatch);

    QJsonObject initialize(const QJsonValue &id, const QJsonObject &params, bool inBatch);
    QJsonObject listTools(const QJsonValue &id, const QJsonObject &params) const;
    QJsonObject callTool(const QJsonValue &id, const QJsonObject &params) const;

    QJsonObject describe(const Tool &tool) const;
    // Features by the revision that brought them.
    bool speaksAtLeast(const QString &version) const;
    bool acceptsBatches() const;

    const ToolRegistry &m_registry;
    ToolContext m_context;
    QString m_version;
};

} // namespace bodega
