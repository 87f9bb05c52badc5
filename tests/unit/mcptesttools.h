#pragma once

// Tools for the MCP server tests: one of each kind the protocol tells
// apart (a result, a business failure, a write, a broken contract).
#include "assistant/toolregistry.h"
#include "mcp/mcpserver.h"
#include "mcp/mcpstdio.h"

#include <gtest/gtest.h>
#include <thread>
#include <unistd.h>

#include <QJsonDocument>

namespace bodega::test {

inline QJsonObject jsonObject(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

inline ToolContext actingAs(Role role)
{
    return ToolContext{Actor{QStringLiteral("u1"), QStringLiteral("Ana"), role},
                       QStringLiteral("es")};
}

struct McpTestTools
{
    McpTestTools()
    {
        // stock_of: { sku } -> { sku, stock }; NOT_FOUND for an unknown SKU.
        registry.add(Tool{
            QStringLiteral("stock_of"), QStringLiteral("Stock of a product"),
            QStringLiteral("Units in stock of one product, by SKU"),
            jsonObject(R"({"type":"object","required":["sku"],"additionalProperties":false,
                           "properties":{"sku":{"type":"string","minLength":1,"maxLength":64}}})"),
            jsonObject(R"({"type":"object","required":["sku","stock"],
                           "properties":{"sku":{"type":"string"},"stock":{"type":"integer"}}})"),
            Permission::Sell, false, DataClass::Internal,
            [this](const QJsonObject &args, const ToolContext &) -> Result<QJsonObject> {
                ++calls;
                const QString sku = args.value(QStringLiteral("sku")).toString();
                if (sku != QStringLiteral("ARR-500"))
                    return Error::notFound(QStringLiteral("product"), sku);
                return QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("stock"), 20}};
            }});
        // A tool whose schema forgot its type: still listed as an object.
        registry.add(
            Tool{QStringLiteral("store_name"), QStringLiteral("Store name"),
                 QStringLiteral("The store's name"), QJsonObject{},
                 jsonObject(R"({"type":"object","required":["name"]})"), std::nullopt, false,
                 DataClass::Public,
                 [this](const QJsonObject &, const ToolContext &) -> Result<QJsonObject> {
                     ++calls;
                     return QJsonObject{{QStringLiteral("name"), QStringLiteral("Tienda")}};
                 }});
        registry.add(
            Tool{QStringLiteral("adjust_stock"),
                 QStringLiteral("Adjust stock"),
                 QStringLiteral("Changes the stock"),
                 jsonObject(R"({"type":"object","properties":{"delta":{"type":"integer"}}})"),
                 {},
                 Permission::AdjustStock,
                 true,
                 DataClass::Internal,
                 [this](const QJsonObject &, const ToolContext &) -> Result<QJsonObject> {
                     ++calls;
                     return QJsonObject{{QStringLiteral("adjusted"), true}};
                 }});
        registry.add(Tool{QStringLiteral("list_users"),
                          QStringLiteral("Users"),
                          QStringLiteral("Needs ManageUsers"),
                          jsonObject(R"({"type":"object"})"),
                          {},
                          Permission::ManageUsers,
                          false,
                          DataClass::Internal,
                          [this](const QJsonObject &, const ToolContext &) -> Result<QJsonObject> {
                              ++calls;
                              return QJsonObject{};
                          }});
        registry.add(Tool{QStringLiteral("broken"), QStringLiteral("Broken"),
                          QStringLiteral("Breaks its output contract"),
                          jsonObject(R"({"type":"object"})"),
                          jsonObject(R"({"type":"object","required":["n"]})"), std::nullopt, false,
                          DataClass::Public,
                          [this](const QJsonObject &, const ToolContext &) -> Result<QJsonObject> {
                              ++calls;
                              return QJsonObject{};
                          }});
    }
    ToolRegistry registry;
    int calls = 0;
};

// Runs McpStdio::serve over pipes: `input` written by another thread, the
// replies read by a third, so that neither side can block the other.
inline QList<QByteArray> serveOverPipes(McpServer &server, const QByteArray &input,
                                        qint64 maxLineBytes, Status *served)
{
    int in[2];
    int out[2];
    EXPECT_EQ(::pipe(in), 0);
    EXPECT_EQ(::pipe(out), 0);
    std::thread writer([&] {
        qint64 done = 0;
        while (done < input.size()) {
            const ssize_t n = ::write(in[1], input.constData() + done,
                                      size_t(std::min<qint64>(input.size() - done, 1000)));
            if (n <= 0)
                break;
            done += n;
        }
        ::close(in[1]);
    });
    QByteArray output;
    std::thread reader([&] {
        char buffer[4096];
        ssize_t n;
        while ((n = ::read(out[0], buffer, sizeof buffer)) > 0)
            output.append(buffer, n);
    });
    *served = McpStdio::serve(server, in[0], out[1], maxLineBytes);
    ::close(out[1]);
    writer.join();
    reader.join();
    ::close(in[0]);
    ::close(out[0]);
    EXPECT_TRUE(output.isEmpty() || output.endsWith('\n'));
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    return lines;
}

} // namespace bodega::test
