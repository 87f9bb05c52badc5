#include "ai/categoryclassifier.h"
#include "aitestdata.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <iostream>

using bodega::CategoryClassifier;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

CategoryClassifier smallClassifier()
{
    CategoryClassifier classifier;
    const QString drinks = QStringLiteral("Bebidas");
    const QString cleaning = QStringLiteral("Aseo del hogar");
    const QString dairy = QStringLiteral("Lácteos y huevos");
    classifier.learn(QStringLiteral("Gaseosa Coca-Cola 1,5 L"), list({"gaseosa", "cola"}), drinks);
    classifier.learn(QStringLiteral("Jugo Hit mora 500 ml"), list({"jugo", "fruta"}), drinks);
    classifier.learn(QStringLiteral("Agua Cristal 600 ml"), list({"agua", "botella"}), drinks);
    classifier.learn(QStringLiteral("Detergente Ariel 1 kg"), list({"detergente", "ropa"}),
                     cleaning);
    classifier.learn(QStringLiteral("Jabón Rey en barra"), list({"jabon", "ropa"}), cleaning);
    classifier.learn(QStringLiteral("Limpiador Fabuloso 1 L"), list({"limpiador", "pisos"}),
                     cleaning);
    classifier.learn(QStringLiteral("Leche entera Alpina 1 L"), list({"leche"}), dairy);
    classifier.learn(QStringLiteral("Queso campesino 500 g"), list({"queso"}), dairy);
    classifier.learn(QStringLiteral("Huevos AA x 30"), list({"huevos", "cubeta"}), dairy);
    return classifier;
}

} // namespace

TEST(CategoryClassifier, EmptyClassifierPredictsNothing)
{
    const CategoryClassifier classifier;
    const auto prediction = classifier.classify(QStringLiteral("Arroz"), {});
    EXPECT_TRUE(prediction.category.isEmpty());
    EXPECT_EQ(prediction.confidence, 0.0);
    EXPECT_TRUE(prediction.ranking.isEmpty());
}

TEST(CategoryClassifier, PredictsFromWordsPluralsAndTypos)
{
    const CategoryClassifier classifier = smallClassifier();
    EXPECT_EQ(classifier.classify(QStringLiteral("Gaseosas Postobón"), {}).category,
              QStringLiteral("Bebidas"));
    EXPECT_EQ(classifier.classify(QStringLiteral("DETERGENTE FAB 500G"), {}).category,
              QStringLiteral("Aseo del hogar"));
    EXPECT_EQ(classifier.classify(QStringLiteral("quesos"), {}).category,
              QStringLiteral("Lácteos y huevos"));
    // Typo: no stem matches, the n-grams do.
    EXPECT_EQ(classifier.classify(QStringLiteral("detergnte liquido"), {}).category,
              QStringLiteral("Aseo del hogar"));
    // Keywords alone can decide.
    EXPECT_EQ(classifier.classify(QStringLiteral("Producto XYZ"), list({"leche"})).category,
              QStringLiteral("Lácteos y huevos"));
}

TEST(CategoryClassifier, ProbabilitiesAreRankedAndSumToOne)
{
    const CategoryClassifier classifier = smallClassifier();
    const auto prediction = classifier.classify(QStringLiteral("Jugo de naranja"), list({"jugo"}));
    ASSERT_EQ(prediction.ranking.size(), 3);
    double sum = 0;
    for (qsizetype i = 0; i < prediction.ranking.size(); ++i) {
        sum += prediction.ranking.at(i).probability;
        EXPECT_GE(prediction.ranking.at(i).probability, 0.0);
        if (i > 0) {
            EXPECT_LE(prediction.ranking.at(i).probability,
                      prediction.ranking.at(i - 1).probability);
        }
    }
    EXPECT_NEAR(sum, 1.0, 1e-9);
    EXPECT_EQ(prediction.confidence, prediction.ranking.front().probability);
    EXPECT_GT(prediction.confidence, 0.5);
    EXPECT_EQ(prediction.alternatives(5).size(), 2);
    EXPECT_FALSE(prediction.alternatives(5).contains(prediction.category));

    // Something the classifier has never seen gets a hesitant answer.
    const auto unknown = classifier.classify(QStringLiteral("Zxqw"), {});
    EXPECT_LT(unknown.confidence, prediction.confidence);
}

TEST(CategoryClassifier, IncrementalLearningAddsANewCategory)
{
    CategoryClassifier classifier = smallClassifier();
    const QString name = QStringLiteral("Aceite para motor 20W50 1/4");
    EXPECT_FALSE(classifier.hasCategory(QStringLiteral("Repuestos de moto")));
    EXPECT_NE(classifier.classify(name, {}).category, QStringLiteral("Repuestos de moto"));

    classifier.learn(QStringLiteral("Aceite Mobil para motor de moto 1/4"),
                     list({"aceite", "motor", "moto"}), QStringLiteral("Repuestos de moto"));
    classifier.learn(QStringLiteral("Bujía NGK para moto"), list({"bujia", "moto"}),
                     QStringLiteral("Repuestos de moto"));

    EXPECT_EQ(classifier.categoryCount(), 4);
    EXPECT_EQ(classifier.classify(name, {}).category, QStringLiteral("Repuestos de moto"));
    EXPECT_EQ(classifier.exampleCount(QStringLiteral("repuestos DE MOTO")), 2.0);
}

TEST(CategoryClassifier, CategoryNamesCompareFoldedAndKeepFirstSpelling)
{
    CategoryClassifier classifier;
    const int first = classifier.addCategory(QStringLiteral("Lácteos y huevos"));
    EXPECT_EQ(classifier.addCategory(QStringLiteral("lacteos  Y HUEVOS")), first);
    EXPECT_EQ(classifier.categories(), QStringList{QStringLiteral("Lácteos y huevos")});
    EXPECT_EQ(classifier.canonicalName(QStringLiteral("LÁCTEOS Y HUEVOS")),
              QStringLiteral("Lácteos y huevos"));
    EXPECT_TRUE(classifier.canonicalName(QStringLiteral("Bebidas")).isEmpty());
}

TEST(CategoryClassifier, MoreEvidenceShiftsThePrediction)
{
    CategoryClassifier classifier = smallClassifier();
    // "Avena" is unknown to this classifier; teach it once as dairy, then
    // three times as drinks: the later majority must win.
    classifier.learn(QStringLiteral("Avena Alpina vaso"), {}, QStringLiteral("Lácteos y huevos"));
    EXPECT_EQ(classifier.classify(QStringLiteral("Avena"), {}).category,
              QStringLiteral("Lácteos y huevos"));
    for (int i = 0; i < 3; ++i)
        classifier.learn(QStringLiteral("Avena Colanta botella"), {}, QStringLiteral("Bebidas"));
    EXPECT_EQ(classifier.classify(QStringLiteral("Avena"), {}).category, QStringLiteral("Bebidas"));
}

TEST(CategoryClassifier, LearnsAndClassifiesFast)
{
    CategoryClassifier classifier;
    const QStringList nouns =
        list({"arroz", "leche", "jabon", "cerveza", "galleta", "pan", "salchicha", "tomate",
              "pañal", "cuaderno", "clavo", "acetaminofen", "vaso", "atun", "aceite", "cafe"});
    const QStringList brands = list({"Diana", "Alpina", "Rey", "Aguila", "Noel", "Bimbo", "Zenu",
                                     "Huggies", "Norma", "Genfar", "Premier", "Sello"});
    constexpr int categoryCount = 30;
    constexpr int examples = 100000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < examples; ++i) {
        const QString name = nouns.at(i % nouns.size()) + QLatin1Char(' ') +
                             brands.at((i / 7) % brands.size()) + QLatin1Char(' ') +
                             QString::number(i % 997) + QStringLiteral(" g");
        classifier.learn(name, {nouns.at((i + 3) % nouns.size())},
                         QStringLiteral("Categoría %1").arg(i % categoryCount));
    }
    const qint64 learnMs = timer.elapsed();
    std::cout << "[ perf     ] learn " << examples << " examples: " << learnMs << " ms\n";
    EXPECT_EQ(classifier.categoryCount(), categoryCount);
    EXPECT_LT(learnMs, 10000);

    constexpr int queries = 2000;
    timer.restart();
    int nonEmpty = 0;
    for (int i = 0; i < queries; ++i) {
        const auto prediction = classifier.classify(
            QStringLiteral("Galletas Noel ducales %1 g").arg(i), list({"galleta", "soda"}));
        nonEmpty += prediction.category.isEmpty() ? 0 : 1;
    }
    const double perQueryMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / queries;
    std::cout << "[ perf     ] classify: " << perQueryMs << " ms per product\n";
    EXPECT_EQ(nonEmpty, queries);
    EXPECT_LT(perQueryMs, 1.0);
}
