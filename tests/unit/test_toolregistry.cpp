// The one tool registry (issue 5, point 3): what it refuses before a tool
// runs, for the assistant, an LLM and an MCP client alike.
#include "assistant/toolregistry.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>

using namespace bodega;

namespace {

QJsonObject schema(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

struct Registry
{
    Registry()
    {
        registry.add(Tool{
            QStringLiteral("echo_period"), QStringLiteral("Echo"),
            QStringLiteral("Echoes the period"), schema(R"({"type":"object","required":["period"],
                                     "additionalProperties":false,
                                     "properties":{"period":{"type":"string",
                                        "enum":["today","yesterday"]}}})"),
            schema(R"({"type":"object","required":["period"],
                                     "properties":{"period":{"type":"string"}}})"),
            Permission::Sell, false, DataClass::Internal,
            [this](const QJsonObject &args, const ToolContext &) {
                ++calls;
                return Result<QJsonObject>(
                    QJsonObject{{QStringLiteral("period"), args.value(QStringLiteral("period"))}});
            }});
        registry.add(Tool{QStringLiteral("adjust"),
                          QStringLiteral("Adjust"),
                          QStringLiteral("Writes"),
                          schema(R"({"type":"object"})"),
                          {},
                          Permission::AdjustStock,
                          true,
                          DataClass::Internal,
                          [this](const QJsonObject &, const ToolContext &) {
                              ++calls;
                              return Result<QJsonObject>(QJsonObject{});
                          }});
        registry.add(Tool{QStringLiteral("broken"), QStringLiteral("Broken"),
                          QStringLiteral("Breaks its contract"), schema(R"({"type":"object"})"),
                          schema(R"({"type":"object","required":["n"]})"), std::nullopt, false,
                          DataClass::Public, [](const QJsonObject &, const ToolContext &) {
                              return Result<QJsonObject>(QJsonObject{});
                          }});
    }
    ToolRegistry registry;
    int calls = 0;
};

ToolContext as(Role role)
{
    return ToolContext{Actor{QStringLiteral("u1"), QStringLiteral("Ana"), role},
                       QStringLiteral("es")};
}

} // namespace

TEST(ToolRegistry, CallsATool)
{
    Registry r;
    auto out = r.registry.call(QStringLiteral("echo_period"),
                               QJsonObject{{QStringLiteral("period"), QStringLiteral("today")}},
                               as(Role::Cashier));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_EQ(out->value(QStringLiteral("period")).toString(), QStringLiteral("today"));
    EXPECT_EQ(r.calls, 1);
}

TEST(ToolRegistry, RefusesUnknownToolsAndBadArgumentsNamingTheFieldWithoutRunning)
{
    Registry r;
    auto unknown = r.registry.call(QStringLiteral("nope"), {}, as(Role::Admin));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(unknown.error().field(), QStringLiteral("name"));

    auto wrong = r.registry.call(QStringLiteral("echo_period"),
                                 QJsonObject{{QStringLiteral("period"), QStringLiteral("decade")}},
                                 as(Role::Admin));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(wrong.error().field(), QStringLiteral("period"));

    auto missing = r.registry.call(QStringLiteral("echo_period"), {}, as(Role::Admin));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field(), QStringLiteral("period"));

    auto extra = r.registry.call(QStringLiteral("echo_period"),
                                 QJsonObject{{QStringLiteral("period"), QStringLiteral("today")},
                                             {QStringLiteral("store"), 2}},
                                 as(Role::Admin));
    ASSERT_FALSE(extra.ok());
    EXPECT_EQ(extra.error().field(), QStringLiteral("store"));
    EXPECT_EQ(r.calls, 0);
}

TEST(ToolRegistry, WriteToolsAreOffUntilEnabledAndStillNeedTheRole)
{
    Registry r;
    auto off = r.registry.call(QStringLiteral("adjust"), {}, as(Role::Admin));
    ASSERT_FALSE(off.ok());
    EXPECT_EQ(off.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(off.error().details.value(QStringLiteral("reason")).toString(),
              QStringLiteral("writes_disabled"));
    EXPECT_EQ(r.registry.tools(as(Role::Admin)).size(), 2); // adjust is not listed

    r.registry.setWritesEnabled(true);
    auto cashier = r.registry.call(QStringLiteral("adjust"), {}, as(Role::Cashier));
    ASSERT_FALSE(cashier.ok());
    EXPECT_EQ(cashier.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(r.registry.call(QStringLiteral("adjust"), {}, as(Role::Manager)).ok());
    EXPECT_EQ(r.calls, 1);
    EXPECT_EQ(r.registry.specs(as(Role::Manager)).size(), 3);
    EXPECT_EQ(r.registry.specs(as(Role::Cashier)).size(), 2);
}

TEST(ToolRegistry, NobodySignedInMayCallNothingOnceTheStoreHasUsers)
{
    Registry r;
    auto out = r.registry.call(QStringLiteral("broken"), {}, ToolContext{});
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().code, ErrorCode::PermissionDenied);
    r.registry.setActiveUsers(0); // a store being set up
    auto setup = r.registry.call(QStringLiteral("echo_period"),
                                 QJsonObject{{QStringLiteral("period"), QStringLiteral("today")}},
                                 ToolContext{});
    EXPECT_TRUE(setup.ok());
}

TEST(ToolRegistry, AResultOutsideTheToolsContractIsAnInternalError)
{
    Registry r;
    auto out = r.registry.call(QStringLiteral("broken"), {}, as(Role::Cashier));
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().code, ErrorCode::Internal);
}
