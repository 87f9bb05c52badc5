// The MCP server (issue 5, point 5): what an MCP client relies on, message by
// message, and the stdio transport around it.
#include "mcp/mcpserver.h"
#include "mcp/mcpstdio.h"
#include "mcptesttools.h"

#include <gtest/gtest.h>
#include <QJsonArray>

using namespace bodega;
using bodega::test::actingAs;
using bodega::test::McpTestTools;
using bodega::test::serveOverPipes;

namespace {

QJsonObject parse(const QByteArray &reply)
{
    EXPECT_FALSE(reply.contains('\n')) << reply.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << reply.toStdString();
    EXPECT_TRUE(doc.isObject()) << reply.toStdString();
    return doc.object();
}

int errorCode(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
}

QJsonObject errorData(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject();
}

QJsonObject result(const QJsonObject &reply)
{
    EXPECT_TRUE(reply.contains(QStringLiteral("result"))) << QJsonDocument(reply).toJson().data();
    return reply.value(QStringLiteral("result")).toObject();
}

QByteArray initializeLine(const char *version, int id = 1)
{
    return QByteArray(R"({"jsonrpc":"2.0","id":)") + QByteArray::number(id) +
           R"(,"method":"initialize","params":{"protocolVersion":")" + version +
           R"(","capabilities":{},"clientInfo":{"name":"test","version":"1"}}})";
}

QByteArray callLine(const char *name, const char *arguments, int id = 7)
{
    return QByteArray(R"({"jsonrpc":"2.0","id":)") + QByteArray::number(id) +
           R"(,"method":"tools/call","params":{"name":")" + name + R"(","arguments":)" + arguments +
           "}}";
}

// A manager's session, initialized under `version`.
struct Session
{
    explicit Session(const char *version = "2025-11-25", Role role = Role::Manager)
        : server(tools.registry, actingAs(role))
    {
        const QJsonObject init = parse(server.handleLine(initializeLine(version)));
        EXPECT_TRUE(init.contains(QStringLiteral("result")));
        EXPECT_TRUE(server.handleLine(R"({"jsonrpc":"2.0","method":"notifications/initialized"})")
                        .isEmpty());
    }
    QJsonObject send(const QByteArray &line) { return parse(server.handleLine(line)); }
    QJsonArray listTools()
    {
        return result(send(R"({"jsonrpc":"2.0","id":2,"method":"tools/list"})"))
            .value(QStringLiteral("tools"))
            .toArray();
    }
    McpTestTools tools;
    McpServer server;
};

QJsonObject toolNamed(const QJsonArray &tools, const QString &name)
{
    for (const QJsonValue &tool : tools) {
        if (tool.toObject().value(QStringLiteral("name")).toString() == name)
            return tool.toObject();
    }
    return {};
}

// The one text block of a tool result, parsed.
QJsonObject textContent(const QJsonObject &callResult)
{
    const QJsonArray content = callResult.value(QStringLiteral("content")).toArray();
    EXPECT_EQ(content.size(), 1);
    const QJsonObject block = content.first().toObject();
    EXPECT_EQ(block.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    return QJsonDocument::fromJson(block.value(QStringLiteral("text")).toString().toUtf8())
        .object();
}

} // namespace

TEST(McpServer, AnswersTheClientsVersionWhenItSpeaksItElseTheLatest)
{
    for (const QString &version : McpServer::supportedVersions()) {
        McpTestTools tools;
        McpServer server(tools.registry, actingAs(Role::Manager));
        const QJsonObject init =
            result(parse(server.handleLine(initializeLine(qPrintable(version)))));
        EXPECT_EQ(init.value(QStringLiteral("protocolVersion")).toString(), version);
        EXPECT_EQ(server.protocolVersion(), version);
    }
    McpTestTools tools;
    McpServer server(tools.registry, actingAs(Role::Manager));
    const QJsonObject init = result(parse(server.handleLine(initializeLine("2099-01-01"))));
    EXPECT_EQ(init.value(QStringLiteral("protocolVersion")).toString(),
              QStringLiteral("2025-11-25"));
    EXPECT_EQ(McpServer::latestVersion(), QStringLiteral("2025-11-25"));
    EXPECT_EQ(init.value(QStringLiteral("capabilities")).toObject(),
              test::jsonObject(R"({"tools":{"listChanged":false}})"));
    const QJsonObject info = init.value(QStringLiteral("serverInfo")).toObject();
    EXPECT_EQ(info.value(QStringLiteral("name")).toString(), QStringLiteral("bodega"));
    EXPECT_FALSE(info.value(QStringLiteral("version")).toString().isEmpty());
    EXPECT_TRUE(init.value(QStringLiteral("instructions"))
                    .toString()
                    .contains(QStringLiteral("Read-only")));
}

TEST(McpServer, EchoesIdsExactlyIncludingZeroNegativeLargeAndStrings)
{
    Session s;
    for (const char *id : {"0", "-5", "9007199254740993", "1.5", R"("abc")", R"("")", R"("0")"}) {
        const QByteArray reply =
            s.server.handleLine(QByteArray(R"({"jsonrpc":"2.0","method":"ping","id":)") + id + "}");
        const QByteArray echoed = QByteArray(R"("id":)") + id + ',';
        EXPECT_TRUE(reply.contains(echoed)) << reply.toStdString();
        EXPECT_EQ(result(parse(reply)), QJsonObject{});
    }
    // id 0 is an id, not a notification.
    McpTestTools tools;
    McpServer fresh(tools.registry, actingAs(Role::Manager));
    const QByteArray reply = fresh.handleLine(initializeLine("2025-06-18", 0));
    EXPECT_TRUE(reply.startsWith(R"({"id":0,)")) << reply.toStdString();
}

TEST(McpServer, OnlyInitializeAndPingBeforeInitialize)
{
    McpTestTools tools;
    McpServer server(tools.registry, actingAs(Role::Manager));
    EXPECT_EQ(result(parse(server.handleLine(R"({"jsonrpc":"2.0","id":1,"method":"ping"})"))),
              QJsonObject{});
    for (const char *line :
         {R"({"jsonrpc":"2.0","id":2,"method":"tools/list"})",
          R"({"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"store_name"}})"}) {
        const QJsonObject reply = parse(server.handleLine(line));
        EXPECT_EQ(errorCode(reply), McpServer::InvalidRequest);
        EXPECT_EQ(reply.value(QStringLiteral("id")).toInt(), 2);
        EXPECT_EQ(errorData(reply).value(QStringLiteral("reason")).toString(),
                  QStringLiteral("not_initialized"));
    }
    EXPECT_EQ(tools.calls, 0);
    ASSERT_TRUE(
        parse(server.handleLine(initializeLine("2025-11-25"))).contains(QStringLiteral("result")));
    const QJsonObject again = parse(server.handleLine(initializeLine("2024-11-05", 3)));
    EXPECT_EQ(errorCode(again), McpServer::InvalidRequest);
    EXPECT_EQ(server.protocolVersion(), QStringLiteral("2025-11-25"));
}

TEST(McpServer, NotificationsAndStrayResponsesGetNoReply)
{
    Session s;
    for (const char *line :
         {R"({"jsonrpc":"2.0","method":"notifications/initialized"})",
          R"({"jsonrpc":"2.0","method":"notifications/cancelled",
                                 "params":{"requestId":3}})",
          R"({"jsonrpc":"2.0","method":"no/such/notification"})",
          R"({"jsonrpc":"2.0","method":"tools/call","params":{"name":"stock_of",
                                 "arguments":{"sku":"ARR-500"}}})",
          R"({"jsonrpc":"2.0","id":9,"result":{}})",
          R"({"jsonrpc":"2.0","id":9,"error":{"code":-1,"message":"x"}})", "", "  \r"})
        EXPECT_TRUE(s.server.handleLine(line).isEmpty()) << line;
    EXPECT_EQ(s.tools.calls, 0); // a tools/call without id is a notification: nothing runs
}

TEST(McpServer, UnknownMethodsAreMethodNotFound)
{
    Session s;
    const QJsonObject reply =
        s.send(R"({"jsonrpc":"2.0","id":"r1","method":"resources/list","params":{}})");
    EXPECT_EQ(errorCode(reply), McpServer::MethodNotFound);
    EXPECT_EQ(reply.value(QStringLiteral("id")).toString(), QStringLiteral("r1"));
    EXPECT_FALSE(reply.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
}

TEST(McpServer, MalformedMessagesAreParseErrorsOrInvalidRequestsWithIdNull)
{
    Session s;
    struct Case
    {
        const char *line;
        int code;
        bool idNull;
    };
    const Case cases[] = {
        {R"({"jsonrpc":"2.0","id":1,"method":"ping")", McpServer::ParseError, true},
        {"not json", McpServer::ParseError, true},
        {"42", McpServer::InvalidRequest, true},
        {"null", McpServer::InvalidRequest, true},
        {R"("ping")", McpServer::InvalidRequest, true},
        {R"({"id":1,"method":"ping"})", McpServer::InvalidRequest, false},
        {R"({"jsonrpc":"1.0","id":1,"method":"ping"})", McpServer::InvalidRequest, false},
        {R"({"jsonrpc":"2.0","id":null,"method":"ping"})", McpServer::InvalidRequest, true},
        {R"({"jsonrpc":"2.0","id":true,"method":"ping"})", McpServer::InvalidRequest, true},
        {R"({"jsonrpc":"2.0","id":{"a":1},"method":"ping"})", McpServer::InvalidRequest, true},
        {R"({"jsonrpc":"2.0","id":1,"method":5})", McpServer::InvalidRequest, false},
        {R"({"jsonrpc":"2.0","id":1})", McpServer::InvalidRequest, false},
        {R"({"jsonrpc":"2.0","id":1,"method":"ping","params":"x"})", McpServer::InvalidRequest,
         false},
    };
    for (const Case &c : cases) {
        const QJsonObject reply = s.send(c.line);
        EXPECT_EQ(errorCode(reply), c.code) << c.line;
        EXPECT_EQ(reply.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
        ASSERT_TRUE(reply.contains(QStringLiteral("id"))) << c.line;
        if (c.idNull)
            EXPECT_TRUE(reply.value(QStringLiteral("id")).isNull()) << c.line;
        else
            EXPECT_EQ(reply.value(QStringLiteral("id")).toInt(), 1) << c.line;
    }
    // Invalid UTF-8 inside a string is not valid JSON.
    const QJsonObject utf8 = s.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"p\xc3\x28ng\"}");
    EXPECT_EQ(errorCode(utf8), McpServer::ParseError);
}

TEST(McpServer, BadParamsAreInvalidParamsNamingTheField)
{
    Session s;
    struct Case
    {
        const char *line;
        const char *field;
    };
    const Case cases[] = {
        {R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"arguments":{}}})", "name"},
        {R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":3}})", "name"},
        {R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"stock_of",
            "arguments":["ARR-500"]}})",
         "arguments"},
        {R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"stock_of",
            "arguments":"sku=ARR-500"}})",
         "arguments"},
        {R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":["stock_of"]})", "params"},
        {R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"cursor":"next"}})", "cursor"},
    };
    for (const Case &c : cases) {
        const QJsonObject reply = s.send(c.line);
        EXPECT_EQ(errorCode(reply), McpServer::InvalidParams) << c.line;
        EXPECT_EQ(errorData(reply).value(QStringLiteral("field")).toString(),
                  QString::fromLatin1(c.field))
            << c.line;
    }
    McpTestTools tools;
    McpServer server(tools.registry, actingAs(Role::Manager));
    const QJsonObject init = parse(server.handleLine(
        R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})"));
    EXPECT_EQ(errorCode(init), McpServer::InvalidParams);
    EXPECT_TRUE(server.protocolVersion().isEmpty());
    EXPECT_EQ(s.tools.calls, 0);
}

TEST(McpServer, AnUnknownToolIsInvalidParamsAndRunsNothing)
{
    Session s;
    const QJsonObject reply = s.send(callLine("drop_tables", "{}"));
    EXPECT_EQ(errorCode(reply), McpServer::InvalidParams);
    EXPECT_EQ(errorData(reply).value(QStringLiteral("name")).toString(),
              QStringLiteral("drop_tables"));
    EXPECT_EQ(reply.value(QStringLiteral("id")).toInt(), 7);
    EXPECT_EQ(s.tools.calls, 0);
}

TEST(McpServer, ListsWhatTheActorMayCallWithObjectSchemasAndHints)
{
    Session s;
    const QJsonArray tools = s.listTools();
    QStringList names;
    for (const QJsonValue &tool : tools) {
        const QJsonObject t = tool.toObject();
        names << t.value(QStringLiteral("name")).toString();
        EXPECT_EQ(t.value(QStringLiteral("inputSchema")).toObject().value(QStringLiteral("type")),
                  QStringLiteral("object"));
        EXPECT_FALSE(t.value(QStringLiteral("description")).toString().isEmpty());
        EXPECT_FALSE(t.value(QStringLiteral("title")).toString().isEmpty());
        const QJsonObject hints = t.value(QStringLiteral("annotations")).toObject();
        EXPECT_TRUE(hints.value(QStringLiteral("readOnlyHint")).toBool());
        EXPECT_FALSE(hints.value(QStringLiteral("destructiveHint")).toBool(true));
    }
    // Writes are off, and a manager may not list users.
    EXPECT_EQ(names, (QStringList{QStringLiteral("stock_of"), QStringLiteral("store_name"),
                                  QStringLiteral("broken")}));
    EXPECT_EQ(toolNamed(tools, QStringLiteral("stock_of")).value(QStringLiteral("outputSchema")),
              s.tools.registry.find(QStringLiteral("stock_of"))->outputSchema);

    s.tools.registry.setWritesEnabled(true);
    const QJsonObject adjust = toolNamed(s.listTools(), QStringLiteral("adjust_stock"));
    ASSERT_FALSE(adjust.isEmpty());
    EXPECT_FALSE(adjust.contains(QStringLiteral("outputSchema"))); // it has none
    const QJsonObject hints = adjust.value(QStringLiteral("annotations")).toObject();
    EXPECT_FALSE(hints.value(QStringLiteral("readOnlyHint")).toBool(true));
    EXPECT_TRUE(hints.value(QStringLiteral("destructiveHint")).toBool());
}

TEST(McpServer, OlderRevisionsGetOnlyTheFieldsTheyDefine)
{
    Session old("2024-11-05");
    const QJsonObject tool = toolNamed(old.listTools(), QStringLiteral("stock_of"));
    EXPECT_EQ(tool.keys(), (QStringList{QStringLiteral("description"),
                                        QStringLiteral("inputSchema"), QStringLiteral("name")}));
    const QJsonObject call = result(old.send(callLine("stock_of", R"({"sku":"ARR-500"})")));
    EXPECT_FALSE(call.contains(QStringLiteral("structuredContent")));
    EXPECT_EQ(textContent(call).value(QStringLiteral("stock")).toInt(), 20);

    Session annotated("2025-03-26");
    const QJsonObject withHints = toolNamed(annotated.listTools(), QStringLiteral("stock_of"));
    EXPECT_TRUE(withHints.contains(QStringLiteral("annotations")));
    EXPECT_FALSE(withHints.contains(QStringLiteral("outputSchema")));
}

TEST(McpServer, AResultCarriesStructuredContentAndTheSameJsonAsText)
{
    Session s("2025-06-18");
    const QJsonObject reply = s.send(callLine("stock_of", R"({"sku":"ARR-500"})", 0));
    EXPECT_EQ(reply.value(QStringLiteral("id")).toInt(-1), 0);
    const QJsonObject call = result(reply);
    EXPECT_FALSE(call.value(QStringLiteral("isError")).toBool(true));
    const QJsonObject structured = call.value(QStringLiteral("structuredContent")).toObject();
    EXPECT_EQ(structured, test::jsonObject(R"({"sku":"ARR-500","stock":20})"));
    EXPECT_EQ(textContent(call), structured);

    // No arguments at all is an empty object.
    const QJsonObject name = result(
        s.send(R"({"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"store_name"}})"));
    EXPECT_EQ(name.value(QStringLiteral("structuredContent")).toObject(),
              test::jsonObject(R"({"name":"Tienda"})"));
}

TEST(McpServer, BusinessFailuresAreErrorResultsAModelCanRead)
{
    Session s;
    struct Case
    {
        QByteArray line;
        const char *code;
        const char *detail;
        const char *value;
    };
    const Case cases[] = {
        {callLine("stock_of", R"({"sku":""})"), "VALIDATION_FAILED", "field", "sku"},
        {callLine("stock_of", R"({"code":"ARR-500"})"), "VALIDATION_FAILED", "field", "sku"},
        {callLine("stock_of", R"({"sku":"NOPE-1"})"), "NOT_FOUND", "key", "NOPE-1"},
        {callLine("adjust_stock", R"({"delta":5})"), "PERMISSION_DENIED", "reason",
         "writes_disabled"},
        {callLine("list_users", "{}"), "PERMISSION_DENIED", nullptr, nullptr},
    };
    for (const Case &c : cases) {
        const QJsonObject call = result(s.send(c.line));
        EXPECT_TRUE(call.value(QStringLiteral("isError")).toBool()) << c.line.toStdString();
        EXPECT_FALSE(call.contains(QStringLiteral("structuredContent")));
        const QJsonObject error = textContent(call).value(QStringLiteral("error")).toObject();
        EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QString::fromLatin1(c.code))
            << c.line.toStdString();
        EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
        ASSERT_TRUE(error.value(QStringLiteral("details")).isObject());
        if (c.detail) {
            EXPECT_EQ(error.value(QStringLiteral("details"))
                          .toObject()
                          .value(QString::fromLatin1(c.detail))
                          .toString(),
                      QString::fromLatin1(c.value))
                << c.line.toStdString();
        }
    }
    EXPECT_EQ(s.tools.calls, 1); // only the unknown SKU reached its handler
}

TEST(McpServer, AToolBreakingItsContractIsAnInternalError)
{
    Session s;
    const QJsonObject reply = s.send(callLine("broken", "{}"));
    EXPECT_EQ(errorCode(reply), McpServer::InternalError);
    EXPECT_EQ(errorData(reply).value(QStringLiteral("code")).toString(),
              QStringLiteral("INTERNAL"));
}

TEST(McpServer, BatchesOnlyUnder2025_03_26)
{
    Session batching("2025-03-26");
    const QByteArray reply = batching.server.handleLine(
        R"([{"jsonrpc":"2.0","id":1,"method":"ping"},
            {"jsonrpc":"2.0","method":"notifications/initialized"},
            {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"stock_of",
             "arguments":{"sku":"ARR-500"}}},
            {"jsonrpc":"2.0","id":3,"method":"initialize","params":{"protocolVersion":"2025-03-26"}},
            7])");
    const QJsonArray replies = QJsonDocument::fromJson(reply).array();
    ASSERT_EQ(replies.size(), 4) << reply.toStdString();
    EXPECT_EQ(replies.at(0).toObject().value(QStringLiteral("id")).toInt(), 1);
    EXPECT_EQ(textContent(result(replies.at(1).toObject())).value(QStringLiteral("stock")).toInt(),
              20);
    EXPECT_EQ(errorCode(replies.at(2).toObject()), McpServer::InvalidRequest);
    EXPECT_TRUE(replies.at(3).toObject().value(QStringLiteral("id")).isNull());
    EXPECT_TRUE(
        batching.server.handleLine(R"([{"jsonrpc":"2.0","method":"notifications/x"}])").isEmpty());
    EXPECT_EQ(errorCode(batching.send("[]")), McpServer::InvalidRequest);

    Session current("2025-11-25");
    const QJsonObject refused = current.send(R"([{"jsonrpc":"2.0","id":1,"method":"ping"}])");
    EXPECT_EQ(errorCode(refused), McpServer::InvalidRequest);
    EXPECT_EQ(errorData(refused).value(QStringLiteral("reason")).toString(),
              QStringLiteral("batch_not_supported"));

    McpTestTools tools;
    McpServer fresh(tools.registry, actingAs(Role::Manager));
    EXPECT_EQ(errorCode(parse(fresh.handleLine('[' + initializeLine("2025-03-26") + ']'))),
              McpServer::InvalidRequest);
    EXPECT_TRUE(fresh.protocolVersion().isEmpty());
}

TEST(McpStdio, AnswersEachLineSkipsOverlongOnesAndEndsAtEndOfInput)
{
    McpTestTools tools;
    McpServer server(tools.registry, actingAs(Role::Manager));
    const QByteArray input =
        initializeLine("2025-11-25") + "\n" +
        R"({"jsonrpc":"2.0","method":"notifications/initialized"})"
        "\n" +
        R"({"jsonrpc":"2.0","id":2,"method":"ping","params":{"pad":")" + QByteArray(5000, 'x') +
        "\"}}\r\n" +
        R"({"jsonrpc":"2.0","id":3,"method":"ping"})"
        "\n\n" +
        callLine("stock_of", R"({"sku":"ARR-500"})", 4); // no newline at the end
    Status served;
    const QList<QByteArray> lines = serveOverPipes(server, input, 2000, &served);
    EXPECT_TRUE(served.ok());
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(parse(lines.at(0)).value(QStringLiteral("id")).toInt(), 1);
    const QJsonObject tooLong = parse(lines.at(1));
    EXPECT_EQ(errorCode(tooLong), McpServer::InvalidRequest);
    EXPECT_EQ(errorData(tooLong).value(QStringLiteral("reason")).toString(),
              QStringLiteral("too_large"));
    EXPECT_EQ(parse(lines.at(2)).value(QStringLiteral("id")).toInt(), 3);
    EXPECT_EQ(textContent(result(parse(lines.at(3)))).value(QStringLiteral("stock")).toInt(), 20);
}
