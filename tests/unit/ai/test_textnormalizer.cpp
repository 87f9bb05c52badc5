#include "ai/textnormalizer.h"
#include "aitestdata.h"

#include <QSet>

#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

using bodega::TextNormalizer;

TEST(TextNormalizer, FoldsAccentsCaseAndEnye)
{
    EXPECT_EQ(TextNormalizer::fold(QStringLiteral("Jabón AZÚCAR Piña Pingüino")),
              QStringLiteral("jabon azucar pina pinguino"));
    EXPECT_EQ(TextNormalizer::fold(QStringLiteral("CAFÉ")),
              TextNormalizer::fold(QStringLiteral("cafe")));
}

TEST(TextNormalizer, SplitsWordsAndDigits)
{
    EXPECT_EQ(TextNormalizer::words(QStringLiteral("Arroz x500g, Diana!")),
              (QStringList{QStringLiteral("arroz"), QStringLiteral("x"), QStringLiteral("500"),
                           QStringLiteral("g"), QStringLiteral("diana")}));
    EXPECT_TRUE(TextNormalizer::words(QStringLiteral("  ,.;  ")).isEmpty());
}

TEST(TextNormalizer, DropsStopWordsNumbersAndSingleLetters)
{
    EXPECT_EQ(
        TextNormalizer::contentWords(QStringLiteral("Leche de la vaca con 2 L for the kids")),
        (QStringList{QStringLiteral("leche"), QStringLiteral("vaca"), QStringLiteral("kids")}));
    EXPECT_TRUE(TextNormalizer::isStopWord(QStringLiteral("para")));
    EXPECT_FALSE(TextNormalizer::isStopWord(QStringLiteral("arroz")));
}

TEST(TextNormalizer, StemsSpanishPluralsTogether)
{
    EXPECT_EQ(TextNormalizer::stem(QStringLiteral("galletas")),
              TextNormalizer::stem(QStringLiteral("galleta")));
    EXPECT_EQ(TextNormalizer::stem(QStringLiteral("pilas")),
              TextNormalizer::stem(QStringLiteral("pila")));
    EXPECT_EQ(TextNormalizer::stems(QStringLiteral("Chorizos Antioqueños")),
              TextNormalizer::stems(QStringLiteral("chorizo antioqueno")));
    EXPECT_EQ(TextNormalizer::stem(QStringLiteral("cookies"), TextNormalizer::Language::English),
              TextNormalizer::stem(QStringLiteral("cooky"), TextNormalizer::Language::English));
}

TEST(TextNormalizer, CharNGramsArePaddedAndBounded)
{
    const QStringList grams = TextNormalizer::charNGrams(QStringLiteral("Sal"), 3, 5);
    // "^sal$": three 3-grams, two 4-grams, one 5-gram.
    EXPECT_EQ(grams, (QStringList{QStringLiteral("^sa"), QStringLiteral("sal"),
                                  QStringLiteral("al$"), QStringLiteral("^sal"),
                                  QStringLiteral("sal$"), QStringLiteral("^sal$")}));
}

TEST(TextNormalizer, NGramsRelateIrregularPluralsAndTypos)
{
    const auto overlap = [](const QString &a, const QString &b) {
        const QStringList ga = TextNormalizer::charNGrams(a);
        const QStringList gb = TextNormalizer::charNGrams(b);
        const QSet<QString> sa(ga.cbegin(), ga.cend());
        const QSet<QString> sb(gb.cbegin(), gb.cend());
        return static_cast<double>(QSet<QString>(sa).intersect(sb).size()) /
               static_cast<double>(QSet<QString>(sa).unite(sb).size());
    };
    // "arroces" does not stem to "arroz", but shares its beginning.
    EXPECT_GT(overlap(QStringLiteral("arroces"), QStringLiteral("arroz")), 0.2);
    EXPECT_GT(overlap(QStringLiteral("detergnte"), QStringLiteral("detergente")), 0.4);
    EXPECT_LT(overlap(QStringLiteral("arroz"), QStringLiteral("cerveza")), 0.05);
}

TEST(TextNormalizer, StemmingWorksFromSeveralThreads)
{
    // Each thread owns its libstemmer instance; a shared one would corrupt words.
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                if (TextNormalizer::stem(QStringLiteral("galletas")) != QStringLiteral("gallet"))
                    ++mismatches;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(mismatches.load(), 0);
}
