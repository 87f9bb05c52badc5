// The offline intent engine (issue 5, points 4 and 6): what a store's people
// type, in Spanish and English, with and without accents, with typos,
// plurals and question marks, and the tool and arguments it becomes.
#include "assistant/intentengine.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QJsonDocument>

using namespace bodega;

namespace {

struct Phrasing
{
    const char *text;
    const char *tool;      // "" for no tool; "greeting", "help", "unknown" for those kinds
    const char *arguments; // JSON object the intent must carry exactly
    const char *phrase;    // the product phrase
    const char *language;
    bool followUp = false;
};

const Phrasing Phrasings[] = {
    // low_stock
    {"¿Qué está bajo de stock?", "low_stock", "{}", "", "es"},
    {"que esta bajo de stock", "low_stock", "{}", "", "es"},
    {"QUÉ ESTÁ BAJO DE STOCK", "low_stock", "{}", "", "es"},
    {"qe esta bajo d stok?", "low_stock", "{}", "", "es"},
    {"¿Qué productos se están agotando?", "low_stock", "{}", "", "es"},
    {"productos agotados", "low_stock", "{}", "", "es"},
    {"¿qué falta por reponer?", "low_stock", "{}", "", "es"},
    {"What is running low?", "low_stock", "{}", "", "en"},
    {"what's low on stock", "low_stock", "{}", "", "en"},
    {"show me the out of stock items", "low_stock", "{}", "", "en"},
    // get_stock
    {"cuánto arroz queda", "get_stock", "{}", "arroz", "es"},
    {"¿Cuánto arroz queda?", "get_stock", "{}", "arroz", "es"},
    {"cuanto arros keda", "get_stock", "{}", "arros", "es"},
    {"¿cuántos huevos quedan?", "get_stock", "{}", "huevos", "es"},
    {"¿Cuántas unidades de leche entera hay?", "get_stock", "{}", "unidades leche entera", "es"},
    {"¿hay huevos?", "get_stock", "{}", "huevos", "es"},
    {"existencias de arroz diana", "get_stock", "{}", "arroz diana", "es"},
    {"stock del café molido", "get_stock", "{}", "cafe molido", "es"},
    {"How much rice is left?", "get_stock", "{}", "rice", "en"},
    {"how many eggs do we have left", "get_stock", "{}", "eggs", "en"},
    {"stock of ground coffee", "get_stock", "{}", "ground coffee", "en"},
    {"¿cuánto queda?", "get_stock", "{}", "", "es", true},
    // sales_summary
    {"ventas de ayer", "sales_summary", R"({"period":"yesterday"})", "", "es"},
    {"Ventas de hoy", "sales_summary", R"({"period":"today"})", "", "es"},
    {"bentas de ayer", "sales_summary", R"({"period":"yesterday"})", "", "es"},
    {"¿cuánto vendimos hoy?", "sales_summary", R"({"period":"today"})", "", "es"},
    {"ventas", "sales_summary", R"({"period":"today"})", "", "es"},
    {"ventas de esta semana", "sales_summary", R"({"period":"this_week"})", "", "es"},
    {"ventas de los últimos 7 días", "sales_summary", R"({"period":"last_7_days"})", "", "es"},
    {"ventas del mes", "sales_summary", R"({"period":"this_month"})", "", "es"},
    {"facturación de los ultimos 30 dias", "sales_summary", R"({"period":"last_30_days"})", "",
     "es"},
    {"yesterday's sales", "sales_summary", R"({"period":"yesterday"})", "", "en"},
    {"sales today", "sales_summary", R"({"period":"today"})", "", "en"},
    {"How much did we sell this week?", "sales_summary", R"({"period":"this_week"})", "", "en"},
    {"revenue this month", "sales_summary", R"({"period":"this_month"})", "", "en"},
    {"yesterdy sales", "sales_summary", R"({"period":"yesterday"})", "", "en"},
    // top_products
    {"lo más vendido esta semana", "top_products", R"({"period":"this_week"})", "", "es"},
    {"lo mas bendido esta semana", "top_products", R"({"period":"this_week"})", "", "es"},
    {"¿Cuáles son los productos más vendidos del mes?", "top_products",
     R"({"period":"this_month"})", "", "es"},
    {"lo que más se vende hoy", "top_products", R"({"period":"today"})", "", "es"},
    {"top 5 de ayer", "top_products", R"({"period":"yesterday","limit":5})", "", "es"},
    {"best sellers this week", "top_products", R"({"period":"this_week"})", "", "en"},
    {"What sold the most today?", "top_products", R"({"period":"today"})", "", "en"},
    {"top products", "top_products", R"({"period":"last_7_days"})", "", "en"},
    // reorder_suggestions
    {"sugiere un pedido para Proveedor X", "reorder_suggestions", R"({"supplier":"proveedor x"})",
     "", "es"},
    {"Sugiere un pedido para Distribuidora Andina", "reorder_suggestions",
     R"({"supplier":"distribuidora andina"})", "", "es"},
    {"sujiere un pedio para distribuidora andina", "reorder_suggestions",
     R"({"supplier":"distribuidora andina"})", "", "es"},
    {"¿qué le pido a Lácteos del Valle?", "reorder_suggestions", R"({"supplier":"lacteos valle"})",
     "", "es"},
    {"sugiéreme un pedido", "reorder_suggestions", "{}", "", "es"},
    {"sugerencias de compra para 30 días", "reorder_suggestions", R"({"cover_days":30})", "", "es"},
    {"suggest an order for Andina", "reorder_suggestions", R"({"supplier":"andina"})", "", "en"},
    {"what should I reorder?", "reorder_suggestions", "{}", "", "en"},
    // describe_product
    {"describe el café molido", "describe_product", "{}", "cafe molido", "es"},
    {"describe el cafe molido", "describe_product", "{}", "cafe molido", "es"},
    {"descrive el cafe molido", "describe_product", "{}", "cafe molido", "es"},
    {"descripción de la leche entera", "describe_product", "{}", "leche entera", "es"},
    {"Describe the ground coffee", "describe_product", "{}", "ground coffee", "en"},
    {"tell me about the ground coffee", "describe_product", "{}", "ground coffee", "en"},
    // get_product (prices)
    {"¿Cuánto cuesta la leche entera?", "get_product", "{}", "leche entera", "es"},
    {"precio del arroz", "get_product", "{}", "arroz", "es"},
    {"precios de los huevos", "get_product", "{}", "huevos", "es"},
    {"how much is the milk?", "get_product", "{}", "milk", "en"},
    {"price of eggs", "get_product", "{}", "eggs", "en"},
    // search_products
    {"busca huevos", "search_products", "{}", "huevos", "es"},
    {"buscar arroz integral", "search_products", "{}", "arroz integral", "es"},
    {"¿venden pilas?", "search_products", "{}", "pilas", "es"},
    {"find rice", "search_products", "{}", "rice", "en"},
    {"search for ground coffee", "search_products", "{}", "ground coffee", "en"},
    // recent_alerts
    {"alertas recientes", "recent_alerts", "{}", "", "es"},
    {"¿hay alertas?", "recent_alerts", "{}", "", "es"},
    {"alrtas", "recent_alerts", "{}", "", "es"},
    {"show me the latest alerts", "recent_alerts", "{}", "", "en"},
    // follow-ups (the assistant completes them with its context)
    {"¿y el de 1 kg?", "", "{}", "1 kg", "es", true},
    {"y el de 1kg", "", "{}", "1 kg", "es", true},
    {"¿y ayer?", "", R"({"period":"yesterday"})", "", "es", true},
    {"and the 1 kg one?", "", "{}", "1 kg", "en", true},
    {"what about yesterday?", "", R"({"period":"yesterday"})", "", "en", true},
    // greetings, help, fallback
    {"hola", "greeting", "{}", "", "es"},
    {"Buenos días", "greeting", "{}", "", "es"},
    {"gracias!", "greeting", "{}", "", "es"},
    {"hello", "greeting", "{}", "", "en"},
    {"thanks", "greeting", "{}", "", "en"},
    {"ayuda", "help", "{}", "", "es"},
    {"¿qué puedes hacer?", "help", "{}", "", "es"},
    {"help", "help", "{}", "", "en"},
    {"what can you do?", "help", "{}", "", "en"},
};

void PrintTo(const Phrasing &p, std::ostream *out)
{
    *out << '"' << p.text << '"';
}

QString kindName(const Intent &intent)
{
    switch (intent.kind) {
    case Intent::Kind::Tool:
        return intent.tool;
    case Intent::Kind::Greeting:
        return QStringLiteral("greeting");
    case Intent::Kind::Help:
        return QStringLiteral("help");
    case Intent::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

class IntentPhrasings : public ::testing::TestWithParam<Phrasing>
{
};

} // namespace

TEST_P(IntentPhrasings, BecomeTheirToolAndArguments)
{
    static const IntentEngine engine;
    const Phrasing &p = GetParam();
    const Intent intent = engine.recognize(QString::fromUtf8(p.text));
    EXPECT_EQ(kindName(intent), QString::fromUtf8(p.tool)) << p.text;
    EXPECT_EQ(
        QString::fromUtf8(QJsonDocument(intent.arguments).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(QJsonDocument::fromJson(p.arguments).toJson(QJsonDocument::Compact)))
        << p.text;
    EXPECT_EQ(intent.productPhrase, QString::fromUtf8(p.phrase)) << p.text;
    EXPECT_EQ(intent.language, QString::fromLatin1(p.language)) << p.text;
    EXPECT_EQ(intent.followUp, p.followUp) << p.text;
}

INSTANTIATE_TEST_SUITE_P(SpanishAndEnglish, IntentPhrasings, ::testing::ValuesIn(Phrasings));

TEST(IntentEngine, TakesTheCallersLanguageWhenTheTextSaysNothing)
{
    const IntentEngine engine;
    EXPECT_EQ(engine.recognize(QStringLiteral("arroz"), QStringLiteral("en")).language,
              QStringLiteral("en"));
    EXPECT_EQ(engine.recognize(QStringLiteral("arroz")).language, QStringLiteral("es"));
    // A bare product name is a search the assistant resolves, not a follow-up.
    const Intent bare = engine.recognize(QStringLiteral("arroz diana"));
    EXPECT_EQ(bare.kind, Intent::Kind::Tool);
    EXPECT_TRUE(bare.tool.isEmpty());
    EXPECT_FALSE(bare.followUp);
    EXPECT_EQ(bare.productPhrase, QStringLiteral("arroz diana"));
}

TEST(IntentEngine, TextWithoutAnythingForTheStoreIsUnknown)
{
    const IntentEngine engine;
    EXPECT_EQ(engine.recognize(QString()).kind, Intent::Kind::Unknown);
    EXPECT_EQ(engine.recognize(QStringLiteral("¿?!")).kind, Intent::Kind::Unknown);
    // Product words near the vocabulary stay product words.
    EXPECT_EQ(engine.recognize(QStringLiteral("cuánta papa queda")).productPhrase,
              QStringLiteral("papa"));
    EXPECT_EQ(engine.recognize(QStringLiteral("cuánto queso queda")).productPhrase,
              QStringLiteral("queso"));
    EXPECT_EQ(engine.recognize(QStringLiteral("cuánta pasta queda")).productPhrase,
              QStringLiteral("pasta"));
}

TEST(IntentEngine, EditDistanceCountsTranspositionsAsOneAndStopsAtTheLimit)
{
    EXPECT_EQ(IntentEngine::editDistance(QStringLiteral("stock"), QStringLiteral("stock"), 2), 0);
    EXPECT_EQ(IntentEngine::editDistance(QStringLiteral("stok"), QStringLiteral("stock"), 2), 1);
    EXPECT_EQ(IntentEngine::editDistance(QStringLiteral("vnetas"), QStringLiteral("ventas"), 2), 1);
    EXPECT_EQ(IntentEngine::editDistance(QStringLiteral("abc"), QStringLiteral("xyzuvw"), 1), 2);
}
