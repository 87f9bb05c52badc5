#include "ai/offlineengine.h"
#include "ai/taxonomy.h"
#include "ai/textnormalizer.h"
#include "aitestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <gtest/gtest.h>

#include <atomic>
#include <iostream>
#include <thread>
#include <vector>

using namespace bodega;

namespace {

AiRequest request(const QString &name, const QStringList &keywords = {},
                  const QString &language = QStringLiteral("es"))
{
    AiRequest r;
    r.name = name;
    r.keywords = keywords;
    r.language = language;
    return r;
}

Taxonomy shippedTaxonomy()
{
    Result<Taxonomy> taxonomy = Taxonomy::fromFile(Taxonomy::defaultResourcePath());
    EXPECT_TRUE(taxonomy.ok()) << taxonomy.error().message.toStdString();
    return taxonomy.ok() ? taxonomy.value() : Taxonomy();
}

} // namespace

TEST(OfflineEngine, LoadsTheShippedTaxonomy)
{
    OfflineEngine engine;
    EXPECT_TRUE(engine.loadError().isEmpty()) << engine.loadError().toStdString();
    EXPECT_EQ(engine.engineName(), QStringLiteral("offline"));
    const QStringList categories = engine.categories();
    EXPECT_GE(categories.size(), 20);
    EXPECT_LE(categories.size(), 25);
    EXPECT_TRUE(categories.contains(QStringLiteral("Granos y abarrotes")));
    EXPECT_TRUE(categories.contains(QStringLiteral("Lácteos y huevos")));
}

TEST(OfflineEngine, ShippedTaxonomyIsWellFormed)
{
    const Taxonomy taxonomy = shippedTaxonomy();
    QSet<QString> names;
    for (const Taxonomy::Category &category : taxonomy.categories()) {
        const std::string shown = category.name.toStdString();
        EXPECT_FALSE(category.englishName.isEmpty()) << shown;
        EXPECT_GE(category.examples.size(), 25) << shown;
        EXPECT_LE(category.examples.size(), 50) << shown;
        for (const TrainingExample &example : category.examples) {
            EXPECT_FALSE(example.keywords.isEmpty()) << example.name.toStdString();
            const QString folded = TextNormalizer::fold(example.name);
            EXPECT_FALSE(names.contains(folded)) << "duplicate " << example.name.toStdString();
            names.insert(folded);
        }
    }
}

TEST(OfflineEngine, HeldOutSetIsIndependentOfTheTaxonomy)
{
    const Taxonomy taxonomy = shippedTaxonomy();
    QSet<QString> taxonomyNames;
    QSet<QString> categories;
    for (const Taxonomy::Category &category : taxonomy.categories()) {
        categories.insert(category.name);
        for (const TrainingExample &example : category.examples)
            taxonomyNames.insert(TextNormalizer::fold(example.name.simplified()));
    }
    const QVector<TrainingExample> heldOut = test::loadHeldOutProducts();
    EXPECT_GE(heldOut.size(), 250);
    QSet<QString> seen;
    for (const TrainingExample &product : heldOut) {
        const QString folded = TextNormalizer::fold(product.name.simplified());
        EXPECT_FALSE(taxonomyNames.contains(folded))
            << "held-out product also in the taxonomy: " << product.name.toStdString();
        EXPECT_FALSE(seen.contains(folded)) << "repeated: " << product.name.toStdString();
        seen.insert(folded);
        EXPECT_TRUE(categories.contains(product.category))
            << "unknown category " << product.category.toStdString();
    }
}

TEST(OfflineEngine, HeldOutAccuracyAboveEightyPercent)
{
    OfflineEngine engine;
    const QVector<TrainingExample> heldOut = test::loadHeldOutProducts();
    ASSERT_GE(heldOut.size(), 250);
    int correct = 0;
    int inTopThree = 0;
    double confidenceRight = 0;
    double confidenceWrong = 0;
    for (const TrainingExample &product : heldOut) {
        const Result<AiSuggestion> suggestion =
            engine.suggest(request(product.name, product.keywords));
        ASSERT_TRUE(suggestion.ok()) << suggestion.error().message.toStdString();
        if (suggestion->category == product.category) {
            ++correct;
            ++inTopThree;
            confidenceRight += suggestion->confidence;
        } else {
            confidenceWrong += suggestion->confidence;
            if (suggestion->alternatives.mid(0, 2).contains(product.category))
                ++inTopThree;
            std::cout << "[ miss     ] " << product.name.toStdString() << " -> "
                      << suggestion->category.toStdString() << " (" << suggestion->confidence
                      << "), expected " << product.category.toStdString() << '\n';
        }
    }
    const int total = static_cast<int>(heldOut.size());
    const int wrong = total - correct;
    const double accuracy = static_cast<double>(correct) / total;
    const double topThree = static_cast<double>(inTopThree) / total;
    std::cout << "[ accuracy ] held-out " << correct << "/" << total << " = " << accuracy
              << ", top-3 " << topThree << '\n';
    RecordProperty("heldout_total", total);
    RecordProperty("heldout_accuracy", QString::number(accuracy, 'f', 4).toStdString());
    RecordProperty("heldout_top3_accuracy", QString::number(topThree, 'f', 4).toStdString());
    EXPECT_GT(accuracy, 0.80);
    EXPECT_GT(topThree, 0.90);
    // Confidence must mean something: right answers are surer than wrong ones.
    if (correct > 0 && wrong > 0) {
        std::cout << "[ calibr.  ] mean confidence right " << confidenceRight / correct
                  << ", wrong " << confidenceWrong / wrong << '\n';
        EXPECT_GT(confidenceRight / correct, confidenceWrong / wrong);
    }
}

TEST(OfflineEngine, RejectsEmptyAndOverlongNames)
{
    OfflineEngine engine;
    for (const QString &name : {QString(), QStringLiteral("   \t ")}) {
        const Result<AiSuggestion> result = engine.suggest(request(name));
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().codeName(), QStringLiteral("VALIDATION_FAILED"));
        EXPECT_EQ(result.error().field(), QStringLiteral("name"));
        EXPECT_FALSE(result.error().message.isEmpty());
    }
    const Result<AiSuggestion> tooLong = engine.suggest(request(QString(201, QLatin1Char('a'))));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().codeName(), QStringLiteral("VALIDATION_FAILED"));
    EXPECT_EQ(tooLong.error().field(), QStringLiteral("name"));

    EXPECT_TRUE(engine.suggest(request(QString(200, QLatin1Char('a')))).ok());
}

TEST(OfflineEngine, RejectsUnknownLanguageAndUnit)
{
    OfflineEngine engine;
    const Result<AiSuggestion> language =
        engine.suggest(request(QStringLiteral("Arroz"), {}, QStringLiteral("fr")));
    ASSERT_FALSE(language.ok());
    EXPECT_EQ(language.error().field(), QStringLiteral("language"));

    AiRequest withUnit = request(QStringLiteral("Arroz"));
    withUnit.unit = QStringLiteral("bulto");
    const Result<AiSuggestion> unit = engine.suggest(withUnit);
    ASSERT_FALSE(unit.ok());
    EXPECT_EQ(unit.error().codeName(), QStringLiteral("VALIDATION_FAILED"));
    EXPECT_EQ(unit.error().field(), QStringLiteral("unit"));
}

TEST(OfflineEngine, FillsTheWholeSuggestion)
{
    OfflineEngine engine;
    AiRequest r = request(QStringLiteral("Arroz Diana 1000 g"), {QStringLiteral("grano")});
    r.unit = QStringLiteral("unit");
    const Result<AiSuggestion> result = engine.suggest(r);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->engine, QStringLiteral("offline"));
    EXPECT_EQ(result->category, QStringLiteral("Granos y abarrotes"));
    EXPECT_GT(result->confidence, 0.3);
    EXPECT_LE(result->confidence, 1.0);
    EXPECT_EQ(result->alternatives.size(), 3);
    EXPECT_FALSE(result->alternatives.contains(result->category));
    for (const QString &alternative : result->alternatives)
        EXPECT_TRUE(engine.categories().contains(alternative));
    EXPECT_TRUE(result->description.contains(QStringLiteral("Arroz Diana 1000 g")));
    EXPECT_TRUE(result->description.contains(QStringLiteral("Granos y abarrotes")));
    EXPECT_TRUE(result->description.contains(QStringLiteral("unidad")));

    r.language = QStringLiteral("en");
    const Result<AiSuggestion> english = engine.suggest(r);
    ASSERT_TRUE(english.ok());
    EXPECT_EQ(english->category, result->category);
    EXPECT_TRUE(english->description.contains(QStringLiteral("Grains and staples")))
        << english->description.toStdString();
}

TEST(OfflineEngine, KeepsTheCategoryTheCallerKnows)
{
    OfflineEngine engine;
    AiRequest r = request(QStringLiteral("Arroz Diana 500 g"));
    r.category = QStringLiteral("bebidas");
    const Result<AiSuggestion> result = engine.suggest(r);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->category, QStringLiteral("Bebidas"));
    EXPECT_EQ(result->confidence, 1.0);
    EXPECT_TRUE(result->alternatives.isEmpty());
    EXPECT_TRUE(result->description.contains(QStringLiteral("Bebidas")));
}

TEST(OfflineEngine, IsDeterministicAcrossInstances)
{
    OfflineEngine first;
    OfflineEngine second;
    for (const QString &name :
         {QStringLiteral("Cerveza Águila 330 ml"), QStringLiteral("Pañales Winny etapa 3"),
          QStringLiteral("Tornillos de 1 pulgada")}) {
        const Result<AiSuggestion> a = first.suggest(request(name));
        const Result<AiSuggestion> b = second.suggest(request(name));
        ASSERT_TRUE(a.ok() && b.ok());
        EXPECT_EQ(a->category, b->category);
        EXPECT_EQ(a->confidence, b->confidence);
        EXPECT_EQ(a->alternatives, b->alternatives);
        EXPECT_EQ(a->description, b->description);
    }
}

TEST(OfflineEngine, LearnsNewCategoriesFromTheStore)
{
    OfflineEngine engine;
    const QString category = QStringLiteral("Repuestos de moto");
    ASSERT_FALSE(engine.categories().contains(category));
    const AiRequest query = request(QStringLiteral("Bujía NGK C7HSA para moto"));
    const Result<AiSuggestion> before = engine.suggest(query);
    ASSERT_TRUE(before.ok());
    EXPECT_NE(before->category, category);

    engine.learn({{QStringLiteral("Bujía NGK CR7HSA"),
                   {QStringLiteral("bujia"), QStringLiteral("moto")},
                   category},
                  {QStringLiteral("Guaya de clutch para moto"),
                   {QStringLiteral("guaya"), QStringLiteral("moto")},
                   category},
                  {QStringLiteral("Pastillas de freno moto Boxer"),
                   {QStringLiteral("freno"), QStringLiteral("moto")},
                   category},
                  {QString(), {}, category},                          // ignored: no name
                  {QStringLiteral("Sin categoría"), {}, QString()}}); // ignored: no category

    EXPECT_TRUE(engine.categories().contains(category));
    EXPECT_EQ(engine.categories().size(), OfflineEngine().categories().size() + 1);
    const Result<AiSuggestion> after = engine.suggest(query);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->category, category);
}

TEST(OfflineEngine, StoreCatalogOverridesTheTaxonomy)
{
    // This store files arepas under "Lácteos y huevos" (they sit in the fridge).
    OfflineEngine engine;
    const AiRequest query = request(QStringLiteral("Arepas de maíz peladas x 5"));
    ASSERT_TRUE(engine.suggest(query).ok());
    EXPECT_EQ(engine.suggest(query)->category, QStringLiteral("Panadería"));
    QVector<TrainingExample> catalog;
    for (const char *name :
         {"Arepas Don Maíz queso x 5", "Arepa de chócolo x 5", "Arepas delgadas blancas x 10",
          "Arepa boyacense x 4", "Arepas integrales x 5", "Arepa rellena de queso x 2"})
        catalog.append({QString::fromUtf8(name),
                        {QStringLiteral("arepa")},
                        QStringLiteral("Lácteos y huevos")});
    engine.learn(catalog);
    EXPECT_EQ(engine.suggest(query)->category, QStringLiteral("Lácteos y huevos"));
}

TEST(OfflineEngine, ReportsBrokenTaxonomies)
{
    const auto missing = OfflineEngine::fromFile(QStringLiteral("/nonexistent/taxonomy.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_FALSE(missing.error().message.isEmpty());

    EXPECT_FALSE(OfflineEngine::fromJson(QJsonDocument(QJsonArray())).ok());
    EXPECT_FALSE(
        OfflineEngine::fromJson(QJsonDocument(QJsonObject{{QStringLiteral("version"), 2}})).ok());
    const QJsonObject noName{{QStringLiteral("version"), 1},
                             {QStringLiteral("categories"), QJsonArray{QJsonObject{}}}};
    EXPECT_FALSE(OfflineEngine::fromJson(QJsonDocument(noName)).ok());
}

TEST(OfflineEngine, WorksFromATestTaxonomy)
{
    const QJsonObject taxonomy{
        {QStringLiteral("version"), 1},
        {QStringLiteral("categories"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Frutas")},
                         {QStringLiteral("en"), QStringLiteral("Fruit")},
                         {QStringLiteral("examples"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("name"), QStringLiteral("Manzana roja")},
                              {QStringLiteral("keywords"), QJsonArray{QStringLiteral("fruta")}}}}}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Herramientas")},
                         {QStringLiteral("examples"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("name"), QStringLiteral("Martillo de uña")}}}}}}}};
    auto engine = OfflineEngine::fromJson(QJsonDocument(taxonomy));
    ASSERT_TRUE(engine.ok()) << engine.error().message.toStdString();
    EXPECT_EQ((*engine)->categories(),
              (QStringList{QStringLiteral("Frutas"), QStringLiteral("Herramientas")}));
    const Result<AiSuggestion> result =
        (*engine)->suggest(request(QStringLiteral("Manzanas verdes"), {}, QStringLiteral("en")));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->category, QStringLiteral("Frutas"));
    EXPECT_TRUE(result->description.contains(QStringLiteral("Fruit")))
        << result->description.toStdString();
}

TEST(OfflineEngine, SuggestsInParallelWhileLearning)
{
    OfflineEngine engine;
    const QVector<TrainingExample> heldOut = test::loadHeldOutProducts();
    ASSERT_FALSE(heldOut.isEmpty());
    std::atomic<bool> learning{true};
    std::atomic<int> failures{0};
    std::atomic<int> calls{0};
    std::vector<std::thread> readers;
    for (int t = 0; t < 4; ++t) {
        readers.emplace_back([&, t] {
            int i = t;
            // At least one full pass, and keep going for as long as learn() runs.
            while (learning.load() || i < heldOut.size()) {
                const TrainingExample &product = heldOut.at(i % heldOut.size());
                const Result<AiSuggestion> result =
                    engine.suggest(request(product.name, product.keywords));
                if (!result.ok() || result->category.isEmpty() || result->description.isEmpty())
                    ++failures;
                ++calls;
                i += 4;
            }
        });
    }
    QVector<TrainingExample> batch;
    for (int round = 0; round < 20; ++round) {
        batch.clear();
        for (int i = 0; i < 50; ++i)
            batch.append({QStringLiteral("Producto de tienda %1-%2").arg(round).arg(i),
                          {QStringLiteral("tienda")},
                          QStringLiteral("Categoría de prueba %1").arg(round % 3)});
        engine.learn(batch);
    }
    learning = false;
    for (auto &reader : readers)
        reader.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_GE(calls.load(), static_cast<int>(heldOut.size()));
    EXPECT_TRUE(engine.categories().contains(QStringLiteral("Categoría de prueba 2")));
}
