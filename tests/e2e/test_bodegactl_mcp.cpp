// bodegactl mcp as a separate process (issue 5, point 5): who may start it,
// and that stdout carries protocol messages only, even with logs on.
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace bodega;
using bodega::test::CtlRun;

namespace {

class BodegactlMcp : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
        ASSERT_EQ(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"),
                       QStringLiteral("--role"), QStringLiteral("admin")},
                      {}, QStringLiteral("clave-ana-1"))
                      .exitCode,
                  0);
        ASSERT_EQ(run({QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("user"),
                       QStringLiteral("add"), QStringLiteral("beto"), QStringLiteral("--role"),
                       QStringLiteral("cashier")},
                      QStringLiteral("clave-ana-1"), QStringLiteral("4321"))
                      .exitCode,
                  0);
        const CtlRun add =
            run({QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("product"),
                 QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Arroz Diana 500 g"), QStringLiteral("--sku"),
                 QStringLiteral("ARR-500"), QStringLiteral("--price"), QStringLiteral("2900"),
                 QStringLiteral("--stock"), QStringLiteral("20"), QStringLiteral("--no-ai")},
                QStringLiteral("clave-ana-1"));
        ASSERT_EQ(add.exitCode, 0) << add.text();
    }

    // bodegactl with `secret` as BODEGA_PASSWORD, `input` on its stdin.
    CtlRun run(QStringList args, const QString &secret = {}, const QString &newSecret = {},
               const QByteArray &input = {}, bool verbose = false) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BODEGA_LOG"), m_dir.filePath(QStringLiteral("log.jsonl")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("BODEGA_PASSWORD"));
        env.remove(QStringLiteral("BODEGA_VERBOSE"));
        if (!secret.isEmpty())
            env.insert(QStringLiteral("BODEGA_PASSWORD"), secret);
        if (!newSecret.isEmpty())
            env.insert(QStringLiteral("BODEGA_NEW_SECRET"), newSecret);
        if (verbose)
            env.insert(QStringLiteral("BODEGA_VERBOSE"), QStringLiteral("1"));
        args.prepend(m_dir.filePath(QStringLiteral("store.sqlite")));
        args.prepend(QStringLiteral("--db"));
        return test::runProcess(QStringLiteral(BODEGA_CTL_PATH), args, env, input, 120000);
    }

    CtlRun mcp(const QString &user, const QString &secret, const QByteArray &input,
               bool allowWrites = false, bool verbose = false) const
    {
        QStringList args{QStringLiteral("--json")};
        if (!user.isEmpty())
            args << QStringLiteral("--user") << user;
        args << QStringLiteral("mcp");
        if (allowWrites)
            args << QStringLiteral("--allow-writes");
        return run(args, secret, {}, input, verbose);
    }

    // The replies, each checked to be one JSON-RPC response on its own line.
    static QVector<QJsonObject> replies(const CtlRun &r)
    {
        QVector<QJsonObject> out;
        QList<QByteArray> lines = r.out.split('\n');
        EXPECT_TRUE(lines.last().isEmpty()) << r.text(); // every reply ends with a newline
        lines.removeLast();
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonObject reply = QJsonDocument::fromJson(line, &error).object();
            EXPECT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
            EXPECT_EQ(reply.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"))
                << line.toStdString();
            out << reply;
        }
        return out;
    }

    static QStringList toolNames(const QJsonObject &listReply)
    {
        QStringList names;
        for (const QJsonValue &tool : listReply.value(QStringLiteral("result"))
                                          .toObject()
                                          .value(QStringLiteral("tools"))
                                          .toArray())
            names << tool.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

    QTemporaryDir m_dir;
};

const QByteArray Session =
    R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"e2e","version":"1"}}})"
    "\n"
    R"({"jsonrpc":"2.0","method":"notifications/initialized"})"
    "\n"
    R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})"
    "\n"
    R"({"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"get_stock","arguments":{"product_id":"ARR-500"}}})"
    "\n"
    "this is not json\n";

} // namespace

TEST_F(BodegactlMcp, ServesTheStoreToolsWithNothingButProtocolOnStdout)
{
    // BODEGA_VERBOSE copies every log line to stderr: none may reach stdout.
    const CtlRun r = mcp(QStringLiteral("beto"), QStringLiteral("4321"), Session, false, true);
    EXPECT_EQ(r.exitCode, 0) << r.text();
    const QVector<QJsonObject> out = replies(r);
    ASSERT_EQ(out.size(), 4) << r.text();
    EXPECT_EQ(out.at(0).value(QStringLiteral("id")).toInt(-1), 0);
    EXPECT_EQ(out.at(0)
                  .value(QStringLiteral("result"))
                  .toObject()
                  .value(QStringLiteral("protocolVersion"))
                  .toString(),
              QStringLiteral("2025-11-25"));
    const QStringList names = toolNames(out.at(1));
    EXPECT_TRUE(names.contains(QStringLiteral("search_products")));
    EXPECT_FALSE(names.contains(QStringLiteral("adjust_stock")));  // read-only by default
    EXPECT_FALSE(names.contains(QStringLiteral("sales_summary"))); // not for a cashier
    const QJsonObject stock = out.at(2)
                                  .value(QStringLiteral("result"))
                                  .toObject()
                                  .value(QStringLiteral("structuredContent"))
                                  .toObject();
    EXPECT_EQ(stock.value(QStringLiteral("stock")).toDouble(), 20.0) << r.text();
    EXPECT_EQ(
        out.at(3).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
        -32700);
    EXPECT_TRUE(r.err.contains("MCP server on stdio")) << r.text(); // the log went to stderr
}

TEST_F(BodegactlMcp, WritesOnlyForAnAdminAndNobodyWithoutSigningIn)
{
    const CtlRun cashier = mcp(QStringLiteral("beto"), QStringLiteral("4321"), Session, true);
    EXPECT_EQ(cashier.exitCode, 6) << cashier.text();
    EXPECT_TRUE(cashier.out.isEmpty()) << cashier.text();
    EXPECT_TRUE(cashier.err.contains("PERMISSION_DENIED")) << cashier.text();

    const CtlRun nobody = mcp({}, {}, Session);
    EXPECT_EQ(nobody.exitCode, 6) << nobody.text();
    EXPECT_TRUE(nobody.out.isEmpty()) << nobody.text();
    EXPECT_TRUE(nobody.err.contains("PERMISSION_DENIED")) << nobody.text();

    const CtlRun wrong = mcp(QStringLiteral("ana"), QStringLiteral("nope"), Session);
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.out.isEmpty()) << wrong.text();

    const CtlRun admin = mcp(
        QStringLiteral("ana"), QStringLiteral("clave-ana-1"),
        Session +
            R"({"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"adjust_stock","arguments":{"product_id":"ARR-500","delta":-2,"reason":"rotura"}}})"
            "\n",
        true);
    EXPECT_EQ(admin.exitCode, 0) << admin.text();
    const QVector<QJsonObject> out = replies(admin);
    ASSERT_EQ(out.size(), 5) << admin.text();
    EXPECT_TRUE(toolNames(out.at(1)).contains(QStringLiteral("adjust_stock")));
    EXPECT_FALSE(out.at(4)
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("isError"))
                     .toBool(true))
        << admin.text();
    const CtlRun after =
        run({QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
             QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("ARR-500")},
            QStringLiteral("clave-ana-1"));
    EXPECT_EQ(after.json().value(QStringLiteral("stock")).toInt(), 18) << after.text();
}
