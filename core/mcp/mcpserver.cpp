#include "mcpserver.h"

#include <exception>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace bodega {

Q_LOGGING_CATEGORY(lcMcp, "bodega.mcp")

namespace {

const QString V20241105 = QStringLiteral("2024-11-05");
const QString V20250326 = QStringLiteral("2025-03-26");
const QString V20250618 = QStringLiteral("2025-06-18");
const QString V20251125 = QStringLiteral("2025-11-25");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject response(const QJsonValue &id, const QJsonObject &result)
{
    return QJsonObject{{key("jsonrpc"), key("2.0")}, {key("id"), id}, {key("result"), result}};
}

// The project's one error format (code, message, details), as the CLI
// prints it, so that a model reads the same thing a script does.
QJsonObject errorJson(const Error &e)
{
    return QJsonObject{{key("code"), e.codeName()},
                       {key("message"), e.message},
                       {key("details"), QJsonObject::fromVariantMap(e.details)}};
}

QJsonObject textBlock(const QJsonObject &json)
{
    return QJsonObject{
        {key("type"), key("text")},
        {key("text"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}};
}

bool isValidId(const QJsonValue &id)
{
    // MCP: a string or a number, never null (JSON-RPC allows null; MCP does not).
    return id.isString() || id.isDouble();
}

// Valid JSON that QJsonDocument refuses because it is not an object or an
// array (42, "x", null): a JSON-RPC "invalid request", not a parse error.
bool isJsonScalar(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']', &error);
    return error.error == QJsonParseError::NoError && wrapped.array().size() == 1 &&
           !wrapped.array().first().isArray() && !wrapped.array().first().isObject();
}

} // namespace

McpServer::McpServer(const ToolRegistry &registry, ToolContext context)
    : m_registry(registry), m_context(std::move(context))
{
}

QStringList McpServer::supportedVersions()
{
    return {V20241105, V20250326, V20250618, V20251125};
}

QString McpServer::latestVersion()
{
    return V20251125;
}

bool McpServer::speaksAtLeast(const QString &version) const
{
    // The revisions are dates, so they order as strings.
    return m_version >= version;
}

bool McpServer::acceptsBatches() const
{
    // JSON-RPC batches came with 2025-03-26 and went again with 2025-06-18.
    return m_version == V20250326;
}

QJsonObject McpServer::errorResponse(const QJsonValue &id, int code, const QString &message,
                                     const QJsonObject &data)
{
    QJsonObject error{{key("code"), code}, {key("message"), message}};
    if (!data.isEmpty())
        error.insert(key("data"), data);
    return QJsonObject{{key("jsonrpc"), key("2.0")},
                       {key("id"), isValidId(id) ? id : QJsonValue(QJsonValue::Null)},
                       {key("error"), error}};
}

QByteArray McpServer::handleLine(const QByteArray &line)
{
    const QByteArray text = line.trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    QJsonValue reply;
    if (parseError.error != QJsonParseError::NoError) {
        if (isJsonScalar(text)) {
            reply = errorResponse({}, InvalidRequest, tr("A message is a JSON object."));
        } else {
            reply =
                errorResponse({}, ParseError,
                              tr("The message is not valid JSON: %1").arg(parseError.errorString()),
                              {{key("offset"), parseError.offset}});
        }
    } else if (document.isArray()) {
        const QJsonArray batch = document.array();
        if (!acceptsBatches()) {
            reply = errorResponse({}, InvalidRequest,
                                  tr("Send one message per line: JSON-RPC batches are only part "
                                     "of MCP %1.")
                                      .arg(V20250326),
                                  {{key("reason"), key("batch_not_supported")}});
        } else if (batch.isEmpty()) {
            reply = errorResponse({}, InvalidRequest, tr("An empty batch is not a request."));
        } else {
            QJsonArray replies;
            for (const QJsonValue &message : batch) {
                const QJsonValue one = handleMessage(message, true);
                if (!one.isUndefined())
                    replies.append(one);
            }
            if (!replies.isEmpty())
                reply = replies;
        }
    } else {
        reply = handleMessage(document.object(), false);
    }
    if (reply.isObject())
        return QJsonDocument(reply.toObject()).toJson(QJsonDocument::Compact);
    if (reply.isArray())
        return QJsonDocument(reply.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

QJsonValue McpServer::handleMessage(const QJsonValue &message, bool inBatch)
{
    if (!message.isObject())
        return errorResponse({}, InvalidRequest, tr("A message is a JSON object."));
    const QJsonObject object = message.toObject();
    const bool hasId = object.contains(key("id"));
    const QJsonValue id = object.value(key("id"));
    if (object.value(key("jsonrpc")).toString() != key("2.0"))
        return errorResponse(id, InvalidRequest, tr("The message needs \"jsonrpc\": \"2.0\"."),
                             {{key("field"), key("jsonrpc")}});
    if (!object.contains(key("method"))) {
        // A response to a request of ours: this server sends none, so
        // there is nothing to match it with and nothing to answer.
        if (hasId && (object.contains(key("result")) || object.contains(key("error")))) {
            qCInfo(lcMcp, "ignored a response the server never asked for");
            return QJsonValue(QJsonValue::Undefined);
        }
        return errorResponse(id, InvalidRequest, tr("The message has no method."),
                             {{key("field"), key("method")}});
    }
    const QJsonValue method = object.value(key("method"));
    if (!method.isString())
        return errorResponse(id, InvalidRequest, tr("The method is a string."),
                             {{key("field"), key("method")}});
    if (hasId && !isValidId(id))
        return errorResponse({}, InvalidRequest, tr("The id is a string or a number."),
                             {{key("field"), key("id")}});
    const QJsonValue params = object.value(key("params"));
    if (!params.isUndefined() && !params.isObject() && !params.isArray())
        return errorResponse(id, InvalidRequest, tr("The params are an object."),
                             {{key("field"), key("params")}});
    if (!hasId) {
        // Notifications get no reply, whatever they are; the ones this
        // server cares about change nothing it keeps (initialized) or
        // concern requests that are answered before the next line is read
        // (cancelled).
        qCDebug(lcMcp, "notification %s", qPrintable(method.toString()));
        return QJsonValue(QJsonValue::Undefined);
    }
    return dispatch(id, method.toString(), params, inBatch);
}

QJsonObject McpServer::dispatch(const QJsonValue &id, const QString &method,
                                const QJsonValue &params, bool inBatch)
{
    const bool known = method == key("initialize") || method == key("ping") ||
                       method == key("tools/list") || method == key("tools/call");
    if (!known)
        return errorResponse(id, MethodNotFound, tr("This server has no method %1.").arg(method),
                             {{key("method"), method}});
    if (params.isArray())
        return errorResponse(id, InvalidParams, tr("The params of %1 are an object.").arg(method),
                             {{key("field"), key("params")}});
    const QJsonObject args = params.toObject();
    if (method == key("ping"))
        return response(id, QJsonObject{});
    if (method == key("initialize"))
        return initialize(id, args, inBatch);
    if (m_version.isEmpty())
        return errorResponse(id, InvalidRequest,
                             tr("Send initialize first: the session is not initialized."),
                             {{key("reason"), key("not_initialized")}});
    if (method == key("tools/list"))
        return listTools(id, args);
    return callTool(id, args);
}

QJsonObject McpServer::initialize(const QJsonValue &id, const QJsonObject &params, bool inBatch)
{
    if (inBatch)
        return errorResponse(id, InvalidRequest, tr("initialize is never part of a batch."),
                             {{key("reason"), key("initialize_in_batch")}});
    if (!m_version.isEmpty())
        return errorResponse(id, InvalidRequest,
                             tr("The session is already initialized (MCP %1).").arg(m_version),
                             {{key("reason"), key("already_initialized")}});
    const QJsonValue requested = params.value(key("protocolVersion"));
    if (!requested.isString())
        return errorResponse(id, InvalidParams,
                             tr("initialize needs protocolVersion, the MCP revision the client "
                                "speaks."),
                             {{key("field"), key("protocolVersion")}});
    // The client's revision when this server speaks it, else the newest
    // one: the client then decides whether it can go on.
    m_version =
        supportedVersions().contains(requested.toString()) ? requested.toString() : latestVersion();
    qCInfo(lcMcp, "initialized: client asked for %s, speaking %s", qPrintable(requested.toString()),
           qPrintable(m_version));
    const QString access = m_registry.writesEnabled()
                               ? tr("Write tools are on: they change the store.")
                               : tr("Read-only: tools that change the store are off.");
    return response(id,
                    QJsonObject{
                        {key("protocolVersion"), m_version},
                        {key("capabilities"),
                         QJsonObject{{key("tools"), QJsonObject{{key("listChanged"), false}}}}},
                        {key("serverInfo"), QJsonObject{{key("name"), key("bodega")},
                                                        {key("title"), key("Bodega")},
                                                        {key("version"), key(BODEGA_VERSION)}}},
                        {key("instructions"),
                         tr("Tools over one Bodega store: products, stock, low stock and sales. "
                            "Amounts are integers in minor units of the store's currency. %1")
                             .arg(access)},
                    });
}

QJsonObject McpServer::describe(const Tool &tool) const
{
    QJsonObject input = tool.inputSchema;
    // MCP (and every client SDK) insists on an object schema: arguments are
    // always an object.
    if (input.value(key("type")).toString() != key("object"))
        input.insert(key("type"), key("object"));
    QJsonObject out{{key("name"), tool.name},
                    {key("description"), tool.description},
                    {key("inputSchema"), input}};
    if (speaksAtLeast(V20250618)) {
        out.insert(key("title"), tool.title);
        // structuredContent is an object, so only an object schema can
        // describe it; a client validates results against it.
        if (tool.outputSchema.value(key("type")).toString() == key("object"))
            out.insert(key("outputSchema"), tool.outputSchema);
    }
    if (speaksAtLeast(V20250326)) {
        // A write tool's effects are not described further by the
        // registry, so it is announced as possibly destructive (the safe
        // hint); every tool acts on this store only.
        out.insert(key("annotations"), QJsonObject{{key("title"), tool.title},
                                                   {key("readOnlyHint"), !tool.writes},
                                                   {key("destructiveHint"), tool.writes},
                                                   {key("openWorldHint"), false}});
    }
    return out;
}

QJsonObject McpServer::listTools(const QJsonValue &id, const QJsonObject &params) const
{
    const QJsonValue cursor = params.value(key("cursor"));
    if (!cursor.isUndefined() && !cursor.isNull())
        return errorResponse(id, InvalidParams,
                             tr("This server lists every tool at once: there is no next page."),
                             {{key("field"), key("cursor")}});
    QJsonArray tools;
    for (const Tool &tool : m_registry.tools(m_context))
        tools.append(describe(tool));
    return response(id, QJsonObject{{key("tools"), tools}});
}

QJsonObject McpServer::callTool(const QJsonValue &id, const QJsonObject &params) const
{
    const QJsonValue name = params.value(key("name"));
    if (!name.isString())
        return errorResponse(id, InvalidParams, tr("tools/call needs the tool's name."),
                             {{key("field"), key("name")}});
    if (!m_registry.find(name.toString()))
        return errorResponse(id, InvalidParams, tr("There is no tool %1.").arg(name.toString()),
                             {{key("field"), key("name")}, {key("name"), name}});
    const QJsonValue arguments = params.value(key("arguments"));
    if (!arguments.isUndefined() && !arguments.isObject())
        return errorResponse(id, InvalidParams, tr("The arguments of a tool are an object."),
                             {{key("field"), key("arguments")}});

    Result<QJsonObject> result = Error{ErrorCode::Internal, tr("The tool failed."), {}};
    try {
        result = m_registry.call(name.toString(), arguments.toObject(), m_context);
    } catch (const std::exception &e) {
        // No exception crosses a module boundary: a throwing handler is
        // this server's failure, not the client's.
        result = Error{ErrorCode::Internal,
                       tr("The tool %1 failed.").arg(name.toString()),
                       {{key("exception"), QString::fromLocal8Bit(e.what())}}};
    } catch (...) {
        result = Error{ErrorCode::Internal, tr("The tool %1 failed.").arg(name.toString()), {}};
    }
    if (!result) {
        const Error &error = result.error();
        qCInfo(lcMcp, "tools/call %s: %s", qPrintable(name.toString()),
               qPrintable(error.codeName()));
        if (error.code == ErrorCode::Internal)
            return errorResponse(id, InternalError, error.message, errorJson(error));
        // Without structuredContent: a client checks it against the
        // tool's outputSchema, which describes success only.
        return response(id, QJsonObject{{key("content"),
                                         QJsonArray{textBlock({{key("error"), errorJson(error)}})}},
                                        {key("isError"), true}});
    }
    qCInfo(lcMcp, "tools/call %s: ok", qPrintable(name.toString()));
    QJsonObject out{{key("content"), QJsonArray{textBlock(*result)}}, {key("isError"), false}};
    if (speaksAtLeast(V20250618))
        out.insert(key("structuredContent"), *result);
    return response(id, out);
}

} // namespace bodega
