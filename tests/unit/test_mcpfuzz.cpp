// Whatever an MCP client sends, the server answers with at most one valid
// JSON-RPC line and keeps serving (issue 5, point 6: the MCP reader fed
// truncated and random JSON). Deterministic: a fixed seed, so a failure
// replays.
#include "assistant/storetools.h"
#include "mcp/mcpserver.h"
#include "mcptesttools.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <iterator>
#include <QJsonArray>
#include <QLoggingCategory>
#include <random>

using namespace bodega;
using bodega::test::actingAs;
using bodega::test::McpTestTools;
using bodega::test::serveOverPipes;

namespace {

const QList<QByteArray> &seedMessages()
{
    static const QList<QByteArray> seeds = {
        R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"fuzz","version":"1"}}})",
        R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-03-26"}})",
        R"({"jsonrpc":"2.0","method":"notifications/initialized"})",
        R"({"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}})",
        R"({"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"stock_of","arguments":{"sku":"ARR-500"}}})",
        R"({"jsonrpc":"2.0","id":0,"method":"tools/call","params":{"name":"store_name"}})",
        R"({"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"adjust_stock","arguments":{"delta":-3}}})",
        R"({"jsonrpc":"2.0","id":4,"method":"ping"})",
        R"([{"jsonrpc":"2.0","id":5,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/x"}])",
    };
    return seeds;
}

class Fuzzer
{
public:
    explicit Fuzzer(unsigned seed) : m_random(seed) {}

    int below(int n) { return n <= 1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    QByteArray randomBytes(int size)
    {
        QByteArray out(size, '\0');
        for (char &c : out)
            c = char(below(256));
        return out;
    }

    // A random JSON value whose object keys are often the protocol's own,
    // so that mutated requests get past parsing into the dispatch.
    QByteArray randomJson(int depth)
    {
        static const char *keys[] = {"jsonrpc", "id",        "method",          "params",
                                     "name",    "arguments", "protocolVersion", "cursor",
                                     "sku",     "result",    "error",           "x"};
        static const char *strings[] = {"\"2.0\"",        "\"initialize\"", "\"tools/call\"",
                                        "\"tools/list\"", "\"ping\"",       "\"stock_of\"",
                                        "\"ARR-500\"",    "\"\"",           "\"\\u0000\"",
                                        "\"\\ud800\"",    "\"2025-11-25\"", "\"ñandú €\""};
        switch (depth <= 0 ? below(5) : below(7)) {
        case 0:
            return QByteArray::number(below(2000) - 1000);
        case 1:
            return strings[below(int(std::size(strings)))];
        case 2:
            return below(2) ? "true" : (below(2) ? "false" : "null");
        case 3:
            return QByteArray::number(double(below(100000)) / 7.0, 'g', 17);
        case 4:
            return below(2) ? "1e308" : "-0.0";
        case 5: {
            QByteArray out = "[";
            for (int i = below(4); i > 0; --i)
                out += randomJson(depth - 1) + (i > 1 ? "," : "");
            return out + ']';
        }
        default: {
            QByteArray out = "{";
            for (int i = below(5); i > 0; --i) {
                out += QByteArray("\"") + keys[below(int(std::size(keys)))] +
                       "\":" + randomJson(depth - 1) + (i > 1 ? "," : "");
            }
            return out + '}';
        }
        }
    }

    QByteArray mutate(QByteArray line)
    {
        switch (below(8)) {
        case 0: // truncated
            return line.left(below(int(line.size()) + 1));
        case 1: // bytes flipped
            for (int i = line.isEmpty() ? 0 : below(4) + 1; i > 0; --i)
                line[below(int(line.size()))] = char(below(256));
            return line;
        case 2: // bytes inserted
            return line.insert(below(int(line.size()) + 1), randomBytes(below(8) + 1));
        case 3: // a span deleted
        {
            const int from = below(int(line.size()));
            return line.remove(from, below(int(line.size()) - from + 1));
        }
        case 4: // invalid UTF-8 in a string
            return line.replace("2.0", below(2) ? "2\xc3\x28" : "\xff\xfe");
        case 5: // a value swapped for random JSON
        {
            const int colon = line.indexOf(':', below(int(line.size())));
            if (colon < 0)
                return randomJson(3);
            const int end = line.indexOf(',', colon);
            return line.left(colon + 1) + randomJson(3) +
                   (end < 0 ? QByteArray("}") : line.mid(end));
        }
        case 6:
            return randomJson(4);
        default:
            return randomBytes(below(64));
        }
    }

private:
    std::mt19937 m_random;
};

// One reply line: empty, or a JSON-RPC response (or, for a batch, an array
// of them) on one line.
void expectValidReply(const QByteArray &input, const QByteArray &reply)
{
    if (reply.isEmpty())
        return;
    ASSERT_FALSE(reply.contains('\n')) << input.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << input.toStdString();
    QJsonArray responses;
    if (doc.isArray()) {
        responses = doc.array();
        ASSERT_FALSE(responses.isEmpty()) << input.toStdString();
    } else {
        ASSERT_TRUE(doc.isObject()) << input.toStdString();
        responses.append(doc.object());
    }
    static const QList<int> codes = {McpServer::ParseError, McpServer::InvalidRequest,
                                     McpServer::MethodNotFound, McpServer::InvalidParams,
                                     McpServer::InternalError};
    for (const QJsonValue &value : responses) {
        const QJsonObject response = value.toObject();
        ASSERT_EQ(response.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"))
            << input.toStdString();
        const QJsonValue id = response.value(QStringLiteral("id"));
        ASSERT_TRUE(id.isString() || id.isDouble() || id.isNull()) << input.toStdString();
        const bool hasResult = response.contains(QStringLiteral("result"));
        const bool hasError = response.contains(QStringLiteral("error"));
        ASSERT_NE(hasResult, hasError) << input.toStdString();
        if (hasError) {
            const QJsonObject e = response.value(QStringLiteral("error")).toObject();
            EXPECT_TRUE(codes.contains(e.value(QStringLiteral("code")).toInt()))
                << reply.toStdString();
            EXPECT_FALSE(e.value(QStringLiteral("message")).toString().isEmpty());
        } else {
            ASSERT_TRUE(response.value(QStringLiteral("result")).isObject());
            ASSERT_FALSE(id.isNull());
        }
    }
}

} // namespace

TEST(McpFuzz, MutatedTruncatedAndRandomLinesNeverCrashAndGetValidReplies)
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("bodega.mcp.debug=false\nbodega.mcp.info=false"));
    Fuzzer fuzz(20261203);
    McpTestTools tools;
    tools.registry.setWritesEnabled(true);
    int replies = 0;
    for (int session = 0; session < 100; ++session) {
        // Half the sessions start initialized, so the lines reach the tools.
        McpServer server(tools.registry, actingAs(session % 3 ? Role::Manager : Role::Cashier));
        if (session % 2)
            server.handleLine(seedMessages().at(session % 4 == 1 ? 0 : 1));
        for (int i = 0; i < 200; ++i) {
            const QByteArray &seed = seedMessages().at(fuzz.below(int(seedMessages().size())));
            QByteArray line = fuzz.mutate(seed);
            if (fuzz.below(4) == 0)
                line = fuzz.mutate(line);
            line.replace('\n', ' '); // the transport splits on newlines before the server sees them
            const QByteArray reply = server.handleLine(line);
            replies += reply.isEmpty() ? 0 : 1;
            expectValidReply(line, reply);
            if (testing::Test::HasFatalFailure())
                return;
        }
        // Still serving: a ping after the noise gets its answer.
        EXPECT_EQ(server.handleLine(R"({"jsonrpc":"2.0","id":99,"method":"ping"})"),
                  QByteArray(R"({"id":99,"jsonrpc":"2.0","result":{}})"));
    }
    EXPECT_GT(replies, 10000); // most noise is answered, not silently dropped
}

TEST(McpFuzz, DeepNestingHugeAndOddLinesAreAnswered)
{
    McpTestTools tools;
    McpServer server(tools.registry, actingAs(Role::Manager));
    server.handleLine(seedMessages().at(0));
    QList<QByteArray> lines;
    for (int depth : {10, 500, 1100, 100000}) {
        lines << QByteArray(depth, '[') + QByteArray(depth, ']');
        lines << QByteArray(depth, '[');
        // Deep arguments reach the tool's schema validator.
        lines
            << R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"stock_of","arguments":{"sku":)" +
                   QByteArray(depth, '[') + QByteArray(depth, ']') + "}}}";
        lines << R"({"jsonrpc":"2.0","id":1,"method":"ping","params":{"a":)" +
                     QByteArray(depth, '{').replace("{", "{\"a\":") + "1" + QByteArray(depth, '}') +
                     "}}";
    }
    lines << QByteArray(1000000, ' ') + R"({"jsonrpc":"2.0","id":1,"method":"ping"})";
    lines
        << R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"stock_of","arguments":{"sku":")" +
               QByteArray(1 << 20, 'x') + "\"}}}";
    lines << QByteArray("\x00\x01\x02{}", 5) << "\xef\xbb\xbf{}"
          << "{}"
          << "[]"
          << "[[]]"
          << "[1,2]"
          << R"({"jsonrpc":"2.0","id":1e400,"method":"ping"})"
          << R"({"jsonrpc":"2.0","id":-1.5e-300,"method":"ping"})"
          << R"({"jsonrpc":"2.0","id":1,"id":2,"method":"ping"})"
          << R"({"jsonrpc":"2.0","id":"\ud800","method":"ping"})";
    for (const QByteArray &line : lines) {
        const QByteArray reply = server.handleLine(line);
        EXPECT_FALSE(reply.isEmpty()) << line.left(80).toStdString();
        expectValidReply(line.left(200), reply);
    }
    EXPECT_EQ(tools.calls, 0);
}

TEST(McpFuzz, TheStdioReaderSplitsNoiseIntoTheSameRepliesAsLineByLine)
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("bodega.mcp.debug=false\nbodega.mcp.info=false"));
    Fuzzer fuzz(7);
    constexpr qint64 limit = 600;
    QList<QByteArray> lines{seedMessages().at(0)};
    for (int i = 0; i < 3000; ++i) {
        QByteArray line = fuzz.mutate(seedMessages().at(fuzz.below(int(seedMessages().size()))));
        if (fuzz.below(10) == 0)
            line += QByteArray(fuzz.below(2 * limit), 'x'); // some past the limit
        line.replace('\n', ' ');
        if (fuzz.below(5) == 0)
            line += '\r';
        lines << line;
    }
    // What the server answers line by line is what it must answer through
    // the reader, whatever the read boundaries.
    McpTestTools tools;
    McpServer direct(tools.registry, actingAs(Role::Manager));
    QList<QByteArray> expected;
    for (const QByteArray &line : lines) {
        const QByteArray reply =
            line.size() > limit ? QByteArray("too_large") : direct.handleLine(line);
        if (!reply.isEmpty())
            expected << reply;
    }
    McpServer served(tools.registry, actingAs(Role::Manager));
    Status status;
    const QList<QByteArray> replies = serveOverPipes(served, lines.join('\n'), limit, &status);
    EXPECT_TRUE(status.ok());
    ASSERT_EQ(replies.size(), expected.size());
    for (int i = 0; i < replies.size(); ++i) {
        expectValidReply({}, replies.at(i));
        if (expected.at(i) == "too_large")
            EXPECT_TRUE(replies.at(i).contains("too_large")) << replies.at(i).toStdString();
        else
            EXPECT_EQ(replies.at(i), expected.at(i));
    }
}

TEST(McpFuzz, TheStoreToolsAnswerMutatedCallsWithResultsOrErrors)
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("bodega.mcp.debug=false\nbodega.mcp.info=false"));
    test::TempStore store;
    test::addGroceries(*store.catalog, 12);
    ToolRegistry registry;
    StoreTools storeTools(*store.catalog, *store.db, store.clock);
    storeTools.registerAll(registry);
    registry.setWritesEnabled(true);
    McpServer server(registry, actingAs(Role::Admin));
    server.handleLine(seedMessages().at(0));
    const QList<QByteArray> calls = {
        R"({"query":"arroz","limit":5})",
        R"({"product_id":"ARR-500"})",
        R"({"product_id":"LEC-1"})",
        R"({"product_id":"HUE-30"})",
        R"({"limit":3})",
        R"({"limit":2})",
        R"({"period":"custom","from":"2026-11-01","to":"2026-11-17"})",
        R"({"period":"last_7_days","limit":3})",
        R"({"supplier":"Distribuidora","cover_days":7,"limit":5})",
        R"({"product_id":"ARR-500","delta":2,"reason":"conteo"})",
        R"({"name":"Panela 500 g","price":3500,"category":"Despensa"})",
    };
    const QStringList names = {
        QStringLiteral("search_products"),     QStringLiteral("get_product"),
        QStringLiteral("describe_product"),    QStringLiteral("get_stock"),
        QStringLiteral("low_stock"),           QStringLiteral("recent_alerts"),
        QStringLiteral("sales_summary"),       QStringLiteral("top_products"),
        QStringLiteral("reorder_suggestions"), QStringLiteral("adjust_stock"),
        QStringLiteral("create_product_draft")};
    ASSERT_EQ(registry.tools(actingAs(Role::Admin)).size(), names.size());
    Fuzzer fuzz(11);
    int results = 0;
    for (int i = 0; i < 3000; ++i) {
        const int which = fuzz.below(int(names.size()));
        QByteArray arguments = calls.at(which);
        if (fuzz.below(4) != 0)
            arguments = fuzz.mutate(arguments);
        const QByteArray line = QByteArray(R"({"jsonrpc":"2.0","id":)") + QByteArray::number(i) +
                                R"(,"method":"tools/call","params":{"name":")" +
                                names.at(which).toUtf8() + R"(","arguments":)" +
                                arguments.replace('\n', ' ') + "}}";
        const QByteArray reply = server.handleLine(line);
        expectValidReply(line, reply);
        if (testing::Test::HasFatalFailure())
            return;
        const QJsonObject response = QJsonDocument::fromJson(reply).object();
        // Whatever the arguments, a tool keeps its output contract.
        EXPECT_NE(response.value(QStringLiteral("error"))
                      .toObject()
                      .value(QStringLiteral("code"))
                      .toInt(),
                  int(McpServer::InternalError))
            << line.toStdString() << " -> " << reply.toStdString();
        const QJsonObject result = response.value(QStringLiteral("result")).toObject();
        // A success always carries its structured result; an error result never.
        if (result.contains(QStringLiteral("isError"))) {
            EXPECT_NE(result.value(QStringLiteral("isError")).toBool(),
                      result.contains(QStringLiteral("structuredContent")))
                << line.toStdString();
            results += result.value(QStringLiteral("isError")).toBool() ? 0 : 1;
        }
    }
    EXPECT_GT(results, 300); // the noise also reached the tools' handlers
    const QJsonObject stock =
        QJsonDocument::fromJson(
            server.handleLine(
                R"({"jsonrpc":"2.0","id":"end","method":"tools/call","params":{"name":"get_stock","arguments":{"product_id":"LEC-1"}}})"))
            .object();
    EXPECT_EQ(stock.value(QStringLiteral("result"))
                  .toObject()
                  .value(QStringLiteral("structuredContent"))
                  .toObject()
                  .value(QStringLiteral("stock"))
                  .toDouble(),
              12.0);
}
