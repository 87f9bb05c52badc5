#include "llmtestutil.h"

#include "ai/airouter.h"
#include "ai/llmenricher.h"
#include "ai/offlineengine.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace bodega;
using namespace bodega::test;

namespace {

const QString Data = QStringLiteral("openai/");

struct LlmEnricherTest : public LlmFixture
{
    void SetUp() override
    {
        LlmFixture::SetUp();
        OpenAiConfig config = this->config();
        config.maxRetries = 0;
        model = makeModel(config);
        enricher = std::make_unique<LlmEnricher>(*model, offline);
    }

    static AiRequest rice()
    {
        AiRequest request;
        request.name = QStringLiteral("Arroz Diana 500 g");
        request.keywords = {QStringLiteral("arroz"), QStringLiteral("blanco")};
        request.unit = QStringLiteral("unit");
        return request;
    }

    // A completion whose content is the given text.
    static FakeReply answer(const QString &content)
    {
        QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("content"), content}};
        QJsonObject choice{{QStringLiteral("index"), 0},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
        return FakeReply::json(
            200, QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion")},
                             {QStringLiteral("model"), QStringLiteral("llama3.2:3b")},
                             {QStringLiteral("choices"), QJsonArray{choice}}});
    }

    // The category enum of the structured output the request asked for.
    static QStringList allowedCategories(const RecordedRequest &request)
    {
        QStringList categories;
        const QJsonArray values =
            request
                .at(QStringLiteral("response_format.json_schema.schema.properties.category.enum"))
                .toArray();
        for (const QJsonValue &value : values)
            categories << value.toString();
        return categories;
    }

    OfflineEngine offline;
    std::unique_ptr<OpenAiChatModel> model;
    std::unique_ptr<LlmEnricher> enricher;
};

TEST_F(LlmEnricherTest, TheModelAnswersWithACategoryFromTheList)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_structured.json")));

    const Result<AiSuggestion> suggestion = enricher->suggest(rice());

    ASSERT_TRUE(suggestion.ok()) << suggestion.error().message.toStdString();
    EXPECT_FALSE(suggestion->fallback);
    EXPECT_EQ(suggestion->engine, QStringLiteral("local"));
    EXPECT_EQ(enricher->engineName(), QStringLiteral("local"));
    EXPECT_EQ(suggestion->category, QStringLiteral("Granos y abarrotes"));
    EXPECT_TRUE(suggestion->description.startsWith(QStringLiteral("Arroz blanco Diana en bolsa")));
    EXPECT_DOUBLE_EQ(suggestion->confidence, 0.93);
    EXPECT_FALSE(suggestion->alternatives.contains(suggestion->category));

    // Structured output whose category enum is exactly the store's categories.
    const RecordedRequest sent = server.lastRequest();
    EXPECT_EQ(sent.at(QStringLiteral("response_format.type")), QStringLiteral("json_schema"));
    EXPECT_EQ(allowedCategories(sent), offline.categories());
    EXPECT_TRUE(sent.at(QStringLiteral("messages[1].content"))
                    .toString()
                    .contains(QStringLiteral("Arroz Diana 500 g")));
}

TEST_F(LlmEnricherTest, RequestIsPublicCatalogDataForDescribeProduct)
{
    const ChatRequest request = LlmEnricher::buildRequest(rice(), offline.categories());
    EXPECT_EQ(request.purpose, QStringLiteral("describe_product"));
    EXPECT_EQ(request.dataClasses, DataClasses(DataClass::Public));
    EXPECT_TRUE(request.tools.isEmpty());
    ASSERT_TRUE(request.format.has_value());
    EXPECT_EQ(request.format->name, QStringLiteral("product_enrichment"));
}

TEST_F(LlmEnricherTest, CategoryOutsideTheListFallsBackToTheOfflineEngine)
{
    server.enqueue(
        FakeReply::file(200, Data + QStringLiteral("ollama_structured_outside_list.json")));
    const Result<AiSuggestion> expected = offline.suggest(rice());
    ASSERT_TRUE(expected.ok());

    const Result<AiSuggestion> suggestion = enricher->suggest(rice());

    ASSERT_TRUE(suggestion.ok());
    EXPECT_TRUE(suggestion->fallback);
    EXPECT_EQ(suggestion->fallbackCode, QStringLiteral("category_outside_list"));
    EXPECT_TRUE(suggestion->fallbackReason.contains(QStringLiteral("Alimentos básicos")));
    EXPECT_EQ(suggestion->engine, QStringLiteral("offline"));
    EXPECT_EQ(suggestion->category, expected->category);
    EXPECT_EQ(suggestion->description, expected->description);
    EXPECT_TRUE(offline.categories().contains(suggestion->category));
}

TEST_F(LlmEnricherTest, FencedJsonAndAccentlessCategoryAreAccepted)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("ollama_structured_fenced.json")));
    AiRequest milk;
    milk.name = QStringLiteral("Leche entera 1 l");
    const Result<AiSuggestion> suggestion = enricher->suggest(milk);
    ASSERT_TRUE(suggestion.ok());
    EXPECT_FALSE(suggestion->fallback) << suggestion->fallbackReason.toStdString();
    EXPECT_EQ(suggestion->category, QStringLiteral("Lácteos y huevos"));
    EXPECT_DOUBLE_EQ(suggestion->confidence, 0.81);
}

TEST_F(LlmEnricherTest, InvalidJsonFallsBack)
{
    server.enqueue(answer(QStringLiteral("Es un arroz muy rico, categoría granos.")));
    const Result<AiSuggestion> suggestion = enricher->suggest(rice());
    ASSERT_TRUE(suggestion.ok());
    EXPECT_TRUE(suggestion->fallback);
    EXPECT_EQ(suggestion->fallbackCode, QStringLiteral("invalid_reply"));
    EXPECT_EQ(suggestion->engine, QStringLiteral("offline"));
    EXPECT_FALSE(suggestion->description.isEmpty());
}

TEST_F(LlmEnricherTest, MalformedCompletionFallsBack)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("truncated.json")));
    const Result<AiSuggestion> suggestion = enricher->suggest(rice());
    ASSERT_TRUE(suggestion.ok());
    EXPECT_TRUE(suggestion->fallback);
    EXPECT_EQ(suggestion->fallbackCode, QStringLiteral("malformed_response"));
}

TEST_F(LlmEnricherTest, UnavailableServerFallsBackAndThenTheBreakerSkipsTheNetwork)
{
    for (int i = 0; i < 5; ++i) {
        AiRequest request = rice();
        request.name = QStringLiteral("Producto %1").arg(i);
        const Result<AiSuggestion> suggestion = enricher->suggest(request);
        ASSERT_TRUE(suggestion.ok());
        EXPECT_TRUE(suggestion->fallback);
        EXPECT_EQ(suggestion->fallbackCode, QStringLiteral("server_error"));
        EXPECT_FALSE(suggestion->fallbackReason.isEmpty());
    }
    EXPECT_EQ(server.requestCount(), 5);

    const Result<AiSuggestion> paused = enricher->suggest(rice());
    ASSERT_TRUE(paused.ok());
    EXPECT_TRUE(paused->fallback);
    EXPECT_EQ(paused->fallbackCode, QStringLiteral("breaker_open"));
    EXPECT_EQ(paused->engine, QStringLiteral("offline"));
    EXPECT_EQ(server.requestCount(), 5) << "an open breaker goes straight to the offline engine";
}

TEST_F(LlmEnricherTest, BehindARouterTheFallbackCodeIsTheEndpointsCause)
{
    // The router turns the endpoint's failure into reason "unavailable";
    // the user is told what really happened.
    AiRouter router({model.get()}, PrivacyPolicy(), nullptr, Clock::system());
    LlmEnricher routed(router, offline);
    server.enqueue(FakeReply::file(500, Data + QStringLiteral("openai_error_500.json")));
    const Result<AiSuggestion> suggestion = routed.suggest(rice());
    ASSERT_TRUE(suggestion.ok());
    EXPECT_TRUE(suggestion->fallback);
    EXPECT_EQ(suggestion->fallbackCode, QStringLiteral("server_error"));
}

TEST_F(LlmEnricherTest, BadInputIsRejectedWithoutAskingTheModel)
{
    AiRequest empty;
    const Result<AiSuggestion> suggestion = enricher->suggest(empty);
    ASSERT_FALSE(suggestion.ok());
    EXPECT_EQ(suggestion.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(suggestion.error().field(), QStringLiteral("name"));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(LlmEnricherTest, KnownCategoryIsKeptAndOnlyTheDescriptionComesFromTheModel)
{
    server.enqueue(answer(QStringLiteral(
        "{\"category\":\"Granos y abarrotes\",\"description\":\"Arroz para el almuerzo.\","
        "\"confidence\":1}")));
    AiRequest request = rice();
    request.category = QStringLiteral("granos y abarrotes");
    const Result<AiSuggestion> suggestion = enricher->suggest(request);
    ASSERT_TRUE(suggestion.ok());
    EXPECT_FALSE(suggestion->fallback);
    EXPECT_EQ(suggestion->category, QStringLiteral("Granos y abarrotes"));
    EXPECT_EQ(suggestion->description, QStringLiteral("Arroz para el almuerzo."));
    EXPECT_EQ(allowedCategories(server.lastRequest()),
              QStringList{QStringLiteral("Granos y abarrotes")});
}

TEST_F(LlmEnricherTest, SameProductTwiceIsServedFromTheCache)
{
    server.enqueue(FakeReply::file(200, Data + QStringLiteral("openai_structured.json")));
    const Result<AiSuggestion> first = enricher->suggest(rice());
    AiRequest shouted = rice();
    shouted.name = QStringLiteral("ARROZ DIANA 500 G");
    const Result<AiSuggestion> second = enricher->suggest(shouted);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->fallback);
    EXPECT_EQ(second->description, first->description);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(model->cache().hits(), 1);
}

TEST_F(LlmEnricherTest, EnglishRequestsAskForEnglish)
{
    server.enqueue(answer(QStringLiteral(
        "{\"category\":\"Bebidas\",\"description\":\"Orange juice.\",\"confidence\":0.9}")));
    AiRequest juice;
    juice.name = QStringLiteral("Jugo Hit naranja 1 l");
    juice.language = QStringLiteral("en");
    const Result<AiSuggestion> suggestion = enricher->suggest(juice);
    ASSERT_TRUE(suggestion.ok());
    EXPECT_EQ(suggestion->category, QStringLiteral("Bebidas"));
    const QString system =
        server.lastRequest().at(QStringLiteral("messages[0].content")).toString();
    EXPECT_TRUE(system.contains(QStringLiteral("English description")));
}

TEST(LlmEnricherAnswer, UnusableAnswersNameTheField)
{
    const QStringList categories{QStringLiteral("Bebidas"), QStringLiteral("Panadería")};
    const Result<AiSuggestion> noDescription = LlmEnricher::parseAnswer(
        QStringLiteral("{\"category\":\"Bebidas\",\"description\":\"  \"}"), categories);
    ASSERT_FALSE(noDescription.ok());
    EXPECT_EQ(noDescription.error().field(), QStringLiteral("description"));
    const Result<AiSuggestion> outside = LlmEnricher::parseAnswer(
        QStringLiteral("{\"category\":\"Licores\",\"description\":\"Ron.\"}"), categories);
    ASSERT_FALSE(outside.ok());
    EXPECT_EQ(outside.error().field(), QStringLiteral("category"));
    const Result<AiSuggestion> notJson =
        LlmEnricher::parseAnswer(QStringLiteral("{nope"), categories);
    ASSERT_FALSE(notJson.ok());
    EXPECT_EQ(notJson.error().field(), QStringLiteral("content"));
    const Result<AiSuggestion> clamped = LlmEnricher::parseAnswer(
        QStringLiteral("{\"category\":\"panaderia\",\"description\":\"Pan.\",\"confidence\":7}"),
        categories);
    ASSERT_TRUE(clamped.ok());
    EXPECT_EQ(clamped->category, QStringLiteral("Panadería"));
    EXPECT_DOUBLE_EQ(clamped->confidence, 1.0);
}

} // namespace
