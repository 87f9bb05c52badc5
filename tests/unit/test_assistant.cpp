// The assistant (issue 5, point 4): offline answers through the intent
// engine and the store's tools, short-lived context, the per-user rate
// limit, the history, and the LLM tool-calling loop against a model double
// that keeps OpenAI's chat-completions rules.
#include "assistant/assistant.h"
#include "assistantstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace bodega;
using namespace bodega::test;

namespace {

QStringList citedNames(const AssistantAnswer &a)
{
    QStringList out;
    for (const CitedProduct &p : a.products)
        out << p.name;
    return out;
}

QStringList calledTools(const AssistantAnswer &a)
{
    QStringList out;
    for (const AssistantToolCall &c : a.toolCalls)
        out << c.name;
    return out;
}

// A chat-completions endpoint as OpenAI defines one, at the edge of the
// machine: each request is checked against the API's rules for tool calls
// (an assistant message's tool_calls are each answered by a "tool" message
// with that tool_call_id, before anything else; no "tool" message answers
// a call that was not made; tools are JSON Schema objects) and refused as
// the API's 400 would be; the reply comes from a script that reads the
// request like a model does.
class ScriptedModel : public ChatModel
{
public:
    using Script = std::function<ChatReply(const ChatRequest &, int step)>;
    explicit ScriptedModel(Script script) : m_script(std::move(script)) {}

    EndpointKind kind() const override { return EndpointKind::Local; }
    QString endpointUrl() const override { return QStringLiteral("http://127.0.0.1:11434/v1"); }
    QString model() const override { return QStringLiteral("llama3.1:8b"); }
    bool available() const override { return up; }
    Result<ChatReply> chat(const ChatRequest &request) override
    {
        requests.push_back(request);
        if (failWith)
            return *failWith;
        const QString problem = protocolProblem(request);
        if (!problem.isEmpty()) {
            protocolErrors << problem;
            return Error::validation(QStringLiteral("messages"), problem);
        }
        ChatReply reply = m_script(request, int(requests.size()) - 1);
        reply.endpoint = kind();
        reply.model = model();
        reply.message.role = ChatMessage::Role::Assistant;
        if (reply.finishReason.isEmpty())
            reply.finishReason = reply.message.toolCalls.isEmpty() ? QStringLiteral("stop")
                                                                   : QStringLiteral("tool_calls");
        return reply;
    }

    static QString protocolProblem(const ChatRequest &r)
    {
        if (r.messages.isEmpty())
            return QStringLiteral("messages must not be empty");
        for (const ToolSpec &t : r.tools) {
            if (t.parameters.value(QStringLiteral("type")).toString() != QLatin1String("object"))
                return QStringLiteral("tool %1: parameters must be an object schema").arg(t.name);
        }
        QSet<QString> pending;
        for (const ChatMessage &m : r.messages) {
            if (m.role == ChatMessage::Role::Tool) {
                if (!pending.remove(m.toolCallId))
                    return QStringLiteral("tool message answers no pending tool_call_id %1")
                        .arg(m.toolCallId);
                continue;
            }
            if (!pending.isEmpty())
                return QStringLiteral("tool_calls must be followed by their tool messages");
            if (m.role == ChatMessage::Role::Assistant)
                for (const ToolCall &c : m.toolCalls)
                    pending.insert(c.id);
        }
        if (!pending.isEmpty())
            return QStringLiteral("tool_calls without tool messages");
        return {};
    }

    bool up = true;
    std::optional<Error> failWith;
    QVector<ChatRequest> requests;
    QStringList protocolErrors;

private:
    Script m_script;
};

ChatReply callTools(QVector<ToolCall> calls)
{
    ChatReply r;
    r.message.toolCalls = std::move(calls);
    return r;
}

ChatReply say(const QString &text)
{
    ChatReply r;
    r.message.content = text;
    return r;
}

QJsonObject lastToolResult(const ChatRequest &r)
{
    return QJsonDocument::fromJson(r.messages.last().content.toUtf8()).object();
}

struct AssistantFixture : AssistantStore
{
    explicit AssistantFixture(AssistantOptions options = {})
        : assistant(registry, store.clock, options)
    {
    }
    AssistantAnswer ask(const QString &text, Role role = Role::Manager, const char *lang = "es")
    {
        auto r = assistant.ask(as(role, lang), text);
        EXPECT_TRUE(r.ok()) << text.toStdString() << ": "
                            << (r ? std::string() : r.error().message.toStdString());
        return r ? *r : AssistantAnswer{};
    }
    Assistant assistant;
};

} // namespace

TEST(Assistant, AnswersStockOfflineCitingTheProducts)
{
    AssistantFixture f;
    const AssistantAnswer a = f.ask(QStringLiteral("¿cuánto arroz queda?"), Role::Cashier);
    EXPECT_EQ(a.engine, QStringLiteral("offline"));
    EXPECT_TRUE(a.notice.isEmpty());
    EXPECT_EQ(a.language, QStringLiteral("es"));
    EXPECT_EQ(citedNames(a), (QStringList{QStringLiteral("Arroz Diana 1 kg"),
                                          QStringLiteral("Arroz Diana 500 g")}));
    EXPECT_EQ(a.products.first().id, f.idOf("ARR-1000"));
    EXPECT_TRUE(a.text.contains(QStringLiteral("12 unidades"))) << a.text.toStdString();
    EXPECT_TRUE(a.text.contains(QStringLiteral("40 unidades"))) << a.text.toStdString();
    EXPECT_EQ(calledTools(a),
              (QStringList{QStringLiteral("search_products"), QStringLiteral("get_stock"),
                           QStringLiteral("get_stock")}));
}

TEST(Assistant, AFollowUpNarrowsTheLastQuestionUntilTheContextExpires)
{
    AssistantFixture f;
    const AssistantAnswer first = f.ask(QStringLiteral("cuanto arroz queda"), Role::Cashier);
    const AssistantAnswer followUp = f.ask(QStringLiteral("¿y el de 1 kg?"), Role::Cashier);
    EXPECT_EQ(citedNames(followUp), QStringList{QStringLiteral("Arroz Diana 1 kg")});
    EXPECT_TRUE(followUp.text.contains(QStringLiteral("12 unidades")))
        << followUp.text.toStdString();
    EXPECT_EQ(followUp.conversation, first.conversation);
    // The product of the context answers a question without one.
    const AssistantAnswer price = f.ask(QStringLiteral("¿cuánto cuesta?"), Role::Cashier);
    EXPECT_EQ(citedNames(price), QStringList{QStringLiteral("Arroz Diana 1 kg")});
    EXPECT_TRUE(price.text.contains(QStringLiteral("5.400"))) << price.text.toStdString();

    f.store.clock.advanceMs(AssistantOptions{}.contextTtlMs + 1);
    const AssistantAnswer late = f.ask(QStringLiteral("¿y el de 1 kg?"), Role::Cashier);
    EXPECT_FALSE(calledTools(late).contains(QStringLiteral("get_stock")));
    EXPECT_NE(late.conversation, first.conversation);
}

TEST(Assistant, SalesFiguresForManagersWithPeriodFollowUpsAndARefusalForCashiers)
{
    AssistantFixture f;
    f.sellAt("2026-11-17T20:00:00Z", "ARR-500", 3);
    f.sellAt("2026-11-18T14:00:00Z", "LEC-1", 1);
    f.store.clock.setMs(utcMs("2026-11-18T15:00:00Z"));
    const AssistantAnswer yesterday = f.ask(QStringLiteral("ventas de ayer"));
    EXPECT_TRUE(yesterday.text.contains(QStringLiteral("1 venta por")))
        << yesterday.text.toStdString();
    EXPECT_TRUE(yesterday.text.contains(QStringLiteral("17/11/2026")))
        << yesterday.text.toStdString();
    const AssistantAnswer today = f.ask(QStringLiteral("¿y hoy?"));
    EXPECT_TRUE(today.text.contains(QStringLiteral("18/11/2026"))) << today.text.toStdString();
    EXPECT_EQ(today.toolCalls.first().arguments.value(QStringLiteral("period")).toString(),
              QStringLiteral("today"));

    const AssistantAnswer top = f.ask(QStringLiteral("lo más vendido esta semana"));
    EXPECT_EQ(citedNames(top).first(), QStringLiteral("Arroz Diana 500 g"));

    const AssistantAnswer cashier = f.ask(QStringLiteral("ventas de hoy"), Role::Cashier);
    ASSERT_EQ(cashier.toolCalls.size(), 1);
    EXPECT_EQ(cashier.toolCalls.first().errorCode, QStringLiteral("PERMISSION_DENIED"));
    EXPECT_TRUE(cashier.text.contains(QStringLiteral("view_reports")))
        << cashier.text.toStdString();
}

TEST(Assistant, AnswersInTheLanguageOfTheQuestion)
{
    AssistantFixture f;
    const AssistantAnswer low = f.ask(QStringLiteral("what is running low?"), Role::Cashier);
    EXPECT_EQ(low.language, QStringLiteral("en"));
    EXPECT_TRUE(low.text.contains(QStringLiteral("below its threshold"))) << low.text.toStdString();
    EXPECT_EQ(citedNames(low), QStringList{QStringLiteral("Café molido 500 g")});
    const AssistantAnswer described =
        f.ask(QStringLiteral("describe the café molido"), Role::Cashier, "es");
    EXPECT_EQ(described.language, QStringLiteral("en"));
    EXPECT_TRUE(described.text.contains(QStringLiteral("Price: "))) << described.text.toStdString();
    EXPECT_FALSE(described.text.contains(QStringLiteral(" de la categoría ")))
        << described.text.toStdString();
    const AssistantAnswer bajo = f.ask(QStringLiteral("¿qué está bajo de stock?"), Role::Cashier);
    EXPECT_TRUE(bajo.text.contains(QStringLiteral("bajo el mínimo"))) << bajo.text.toStdString();
}

TEST(Assistant, DescribesSuggestsOrdersAndSaysWhatItCannotDo)
{
    AssistantFixture f;
    const AssistantAnswer described = f.ask(QStringLiteral("describe el cafe molido"));
    EXPECT_TRUE(described.text.startsWith(QStringLiteral("Café molido 500 g:")))
        << described.text.toStdString();
    EXPECT_EQ(citedNames(described), QStringList{QStringLiteral("Café molido 500 g")});

    const AssistantAnswer order =
        f.ask(QStringLiteral("sugiere un pedido para distribuidora andina"));
    EXPECT_EQ(citedNames(order), QStringList{QStringLiteral("Café molido 500 g")});
    EXPECT_TRUE(order.text.contains(QStringLiteral("Distribuidora Andina")))
        << order.text.toStdString();

    const AssistantAnswer hello = f.ask(QStringLiteral("hola"));
    EXPECT_TRUE(hello.toolCalls.isEmpty());
    EXPECT_TRUE(hello.text.contains(QStringLiteral("bajo de stock")));
    EXPECT_EQ(f.ask(QStringLiteral("¡gracias!")).text, QStringLiteral("¡Con gusto!"));
    const AssistantAnswer unknown = f.ask(QStringLiteral("reserva un vuelo a París"));
    EXPECT_TRUE(unknown.text.startsWith(QStringLiteral("Eso todavía no lo sé hacer")))
        << unknown.text.toStdString();
    EXPECT_TRUE(unknown.products.isEmpty());

    auto empty = f.assistant.ask(AssistantStore::as(Role::Cashier), QStringLiteral("   "));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field(), QStringLiteral("text"));
}

TEST(Assistant, RateLimitsEachUserOnTheClock)
{
    AssistantOptions options;
    options.burst = 3;
    options.refillMs = 1000;
    AssistantFixture f(options);
    const ToolContext ana = AssistantStore::as(Role::Cashier);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(f.assistant.ask(ana, QStringLiteral("hola")).ok());
    auto limited = f.assistant.ask(ana, QStringLiteral("hola"));
    ASSERT_FALSE(limited.ok());
    EXPECT_EQ(limited.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(limited.error().details.value(QStringLiteral("retry_after_ms")).toLongLong(), 1000);
    // Somebody else is not held up.
    EXPECT_TRUE(f.assistant.ask(AssistantStore::as(Role::Manager), QStringLiteral("hola")).ok());
    f.store.clock.advanceMs(400);
    EXPECT_EQ(f.assistant.ask(ana, QStringLiteral("hola"))
                  .error()
                  .details.value(QStringLiteral("retry_after_ms"))
                  .toLongLong(),
              600);
    f.store.clock.advanceMs(600);
    EXPECT_TRUE(f.assistant.ask(ana, QStringLiteral("hola")).ok());
}

TEST(Assistant, KeepsEachUsersHistoryToExportAndForget)
{
    AssistantFixture f;
    AssistantHistory history(*f.store.db, f.store.clock);
    f.assistant.setHistory(&history);
    f.ask(QStringLiteral("cuánto arroz queda"), Role::Cashier);
    f.ask(QStringLiteral("¿y el de 1 kg?"), Role::Cashier);
    f.ask(QStringLiteral("hola"), Role::Manager);

    const QString cashier = AssistantStore::as(Role::Cashier).actor->userId;
    const QString manager = AssistantStore::as(Role::Manager).actor->userId;
    auto mine = history.messages(cashier);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 4);
    EXPECT_EQ(mine->at(0).role, QStringLiteral("user"));
    EXPECT_EQ(mine->at(0).content, QStringLiteral("cuánto arroz queda"));
    EXPECT_EQ(mine->at(3).role, QStringLiteral("assistant"));
    EXPECT_EQ(mine->at(3).engine, QStringLiteral("offline"));
    EXPECT_EQ(mine->at(3).products,
              (QVector<CitedProduct>{{f.idOf("ARR-1000"), QStringLiteral("Arroz Diana 1 kg")}}));
    EXPECT_EQ(mine->at(0).conversation, mine->at(3).conversation);

    auto exported = history.exportJson(cashier);
    ASSERT_TRUE(exported.ok());
    const QJsonObject doc = QJsonDocument::fromJson(*exported).object();
    EXPECT_EQ(doc.value(QStringLiteral("user_id")).toString(), cashier);
    const QJsonArray messages = doc.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_EQ(messages.at(3)
                  .toObject()
                  .value(QStringLiteral("products"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString(),
              QStringLiteral("Arroz Diana 1 kg"));

    auto forgotten = history.forget(cashier);
    ASSERT_TRUE(forgotten.ok());
    EXPECT_EQ(*forgotten, 4);
    EXPECT_TRUE(history.messages(cashier)->isEmpty());
    EXPECT_EQ(history.messages(manager)->size(), 2);
    EXPECT_EQ(f.store.scalar(QStringLiteral("SELECT count(*) FROM assistant_messages")), 2);
}

TEST(Assistant, AssistantHistoryRefusesWhatIsNotAMessage)
{
    TempStore store;
    AssistantHistory history(*store.db, store.clock);
    AssistantMessage bad{{},
                         QStringLiteral("u1"),
                         QStringLiteral("c1"),
                         {},
                         QStringLiteral("system"),
                         QStringLiteral("hola"),
                         {},
                         {}};
    EXPECT_EQ(history.append(bad).error().field(), QStringLiteral("role"));
    AssistantMessage blank{{},
                           QStringLiteral("u1"),
                           QStringLiteral("c1"),
                           {},
                           QStringLiteral("user"),
                           QStringLiteral(" "),
                           {},
                           {}};
    EXPECT_EQ(history.append(blank).error().field(), QStringLiteral("content"));
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM assistant_messages")), 0);
}

TEST(Assistant, TheModelCallsToolsReadsTheirResultsAndAnswers)
{
    AssistantFixture f;
    ScriptedModel model([](const ChatRequest &r, int step) {
        if (step == 0)
            return callTools({{QStringLiteral("call_1"), QStringLiteral("search_products"),
                               QStringLiteral(R"({"query":"arroz"})")}});
        if (step == 1) {
            QString id;
            for (const QJsonValue &v :
                 lastToolResult(r).value(QStringLiteral("products")).toArray())
                if (v.toObject().value(QStringLiteral("name")).toString().endsWith(u"1 kg"))
                    id = v.toObject().value(QStringLiteral("id")).toString();
            return callTools({{QStringLiteral("call_2"), QStringLiteral("get_stock"),
                               QStringLiteral(R"({"product_id":"%1"})").arg(id)}});
        }
        const QJsonObject stock = lastToolResult(r);
        return say(QStringLiteral("Quedan %1 de %2.")
                       .arg(stock.value(QStringLiteral("stock")).toInt())
                       .arg(stock.value(QStringLiteral("product"))
                                .toObject()
                                .value(QStringLiteral("name"))
                                .toString()));
    });
    f.assistant.setChatModel(&model);
    const AssistantAnswer a = f.ask(QStringLiteral("¿cuánto queda del arroz de 1 kg?"));
    EXPECT_TRUE(model.protocolErrors.isEmpty()) << model.protocolErrors.join(u';').toStdString();
    EXPECT_EQ(a.text, QStringLiteral("Quedan 12 de Arroz Diana 1 kg."));
    EXPECT_EQ(a.engine, QStringLiteral("local"));
    EXPECT_TRUE(a.notice.isEmpty());
    EXPECT_EQ(calledTools(a),
              (QStringList{QStringLiteral("search_products"), QStringLiteral("get_stock")}));
    // The answer names one product: the search's other hits are no links.
    EXPECT_EQ(citedNames(a), QStringList{QStringLiteral("Arroz Diana 1 kg")});
    ASSERT_EQ(model.requests.size(), 3);
    const ChatRequest &first = model.requests.at(0);
    EXPECT_EQ(first.purpose, QStringLiteral("assistant"));
    EXPECT_EQ(first.userId, AssistantStore::as(Role::Manager).actor->userId);
    EXPECT_EQ(first.dataClasses, DataClass::Internal | DataClass::Public);
    // Nothing in the messages names who asked.
    for (const ChatMessage &m : first.messages)
        EXPECT_FALSE(m.content.contains(AssistantStore::as(Role::Manager).actor->name));
    EXPECT_EQ(first.tools.size(), 9); // write tools are off
    // Stock figures went back to the model: the last request carries them.
    EXPECT_TRUE(model.requests.at(2).dataClasses.testFlag(DataClass::Internal));
    EXPECT_EQ(model.requests.at(2).messages.last().toolCallId, QStringLiteral("call_2"));
}

TEST(Assistant, BadArgumentsAndToolErrorsGoBackToTheModelAsToolMessages)
{
    AssistantFixture f;
    ScriptedModel model([](const ChatRequest &r, int step) {
        if (step == 0)
            return callTools({{QStringLiteral("a"), QStringLiteral("get_stock"),
                               QStringLiteral("{product_id: ARR")},
                              {QStringLiteral("b"), QStringLiteral("get_stock"),
                               QStringLiteral(R"({"product_id":"NOPE"})")},
                              {QStringLiteral("c"), QStringLiteral("sales_summary"),
                               QStringLiteral(R"({"period":"decade"})")}});
        QStringList codes;
        for (const ChatMessage &m : r.messages)
            if (m.role == ChatMessage::Role::Tool)
                codes << QJsonDocument::fromJson(m.content.toUtf8())
                             .object()
                             .value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
        return say(codes.join(QLatin1Char(',')));
    });
    f.assistant.setChatModel(&model);
    const AssistantAnswer a = f.ask(QStringLiteral("¿cuánto arroz queda?"));
    EXPECT_TRUE(model.protocolErrors.isEmpty()) << model.protocolErrors.join(u';').toStdString();
    EXPECT_EQ(a.text, QStringLiteral("VALIDATION_FAILED,NOT_FOUND,VALIDATION_FAILED"));
    ASSERT_EQ(a.toolCalls.size(), 3);
    EXPECT_FALSE(a.toolCalls.at(0).ok);
    EXPECT_EQ(a.toolCalls.at(1).errorCode, QStringLiteral("NOT_FOUND"));
}

TEST(Assistant, ModelStepsAreBoundedAndFailuresFallBackOfflineWithANotice)
{
    AssistantOptions options;
    options.maxSteps = 3;
    AssistantFixture f(options);
    int n = 0;
    ScriptedModel loops([&n](const ChatRequest &, int) {
        return callTools(
            {{QStringLiteral("x%1").arg(++n), QStringLiteral("low_stock"), QStringLiteral("{}")}});
    });
    f.assistant.setChatModel(&loops);
    const AssistantAnswer bounded = f.ask(QStringLiteral("¿qué está bajo de stock?"));
    EXPECT_EQ(loops.requests.size(), 3);
    EXPECT_EQ(bounded.engine, QStringLiteral("offline"));
    EXPECT_TRUE(bounded.notice.contains(QStringLiteral("AI_UNAVAILABLE")))
        << bounded.notice.toStdString();
    EXPECT_EQ(citedNames(bounded), QStringList{QStringLiteral("Café molido 500 g")});

    ScriptedModel down([](const ChatRequest &, int) { return say(QStringLiteral("never")); });
    down.up = false;
    f.assistant.setChatModel(&down);
    const AssistantAnswer offline = f.ask(QStringLiteral("what is running low?"));
    EXPECT_TRUE(down.requests.isEmpty());
    EXPECT_EQ(offline.engine, QStringLiteral("offline"));
    EXPECT_TRUE(offline.notice.contains(QStringLiteral("unavailable")))
        << offline.notice.toStdString();

    ScriptedModel failing([](const ChatRequest &, int) { return say(QStringLiteral("never")); });
    failing.failWith = Error{ErrorCode::AiUnavailable,
                             QStringLiteral("timeout"),
                             {{QStringLiteral("reason"), QStringLiteral("timeout")}}};
    f.assistant.setChatModel(&failing);
    const AssistantAnswer fallback = f.ask(QStringLiteral("ventas de hoy"));
    EXPECT_EQ(failing.requests.size(), 1);
    EXPECT_EQ(fallback.engine, QStringLiteral("offline"));
    EXPECT_FALSE(fallback.notice.isEmpty());
    EXPECT_TRUE(fallback.text.startsWith(QStringLiteral("Sin ventas hoy")))
        << fallback.text.toStdString();
}

TEST(Assistant, TheModelSeesTheLiveConversation)
{
    AssistantFixture f;
    ScriptedModel model([](const ChatRequest &r, int) {
        return say(QStringLiteral("%1 messages").arg(r.messages.size()));
    });
    f.assistant.setChatModel(&model);
    f.ask(QStringLiteral("hola"));
    f.ask(QStringLiteral("¿y el de 1 kg?"));
    ASSERT_EQ(model.requests.size(), 2);
    // system, then the first question and its answer, then the follow-up.
    ASSERT_EQ(model.requests.at(1).messages.size(), 4);
    EXPECT_EQ(model.requests.at(1).messages.at(1).content, QStringLiteral("hola"));
    EXPECT_EQ(model.requests.at(1).messages.at(2).role, ChatMessage::Role::Assistant);
}
