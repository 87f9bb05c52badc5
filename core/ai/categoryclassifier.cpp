#include "categoryclassifier.h"

#include "ai/textnormalizer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bodega {

namespace {

// The name says what the product is; keywords are often generic ("oferta",
// "familiar") so their words count less. Their n-grams count as much as the
// name's: they add spelling variants, not new meaning. Values chosen by 5-fold
// cross-validation on the shipped taxonomy (never on the held-out test set).
constexpr double NameWordWeight = 2.0;
constexpr double KeywordWordWeight = 1.0;
constexpr double NameGramWeight = 1.0;
constexpr double KeywordGramWeight = 1.0;
// A word yields a dozen n-grams; without damping they would drown the stems.
constexpr double GramSpaceWeight = 0.15;
constexpr double Smoothing = 0.3; // Lidstone alpha: softer than 1, which flattens small categories
constexpr double PriorWeight = 1.0;
// Naive Bayes log-likelihoods are far too sure of themselves because the
// features are not independent. Dividing by the evidence weight and scaling
// gives probabilities that rank like the model but threshold sensibly.
constexpr double ConfidenceSharpness = 2.5;

} // namespace

QStringList CategoryClassifier::Prediction::alternatives(int count) const
{
    QStringList result;
    for (qsizetype i = 1; i < ranking.size() && result.size() < count; ++i)
        result.append(ranking.at(i).category);
    return result;
}

int CategoryClassifier::addCategory(const QString &name)
{
    const QString key = TextNormalizer::fold(name.simplified());
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return it.value();
    const int index = static_cast<int>(m_categories.size());
    m_categories.append(CategoryStats{name.simplified(), 0, 0, 0});
    m_index.insert(key, index);
    return index;
}

bool CategoryClassifier::hasCategory(const QString &name) const
{
    return m_index.contains(TextNormalizer::fold(name.simplified()));
}

QString CategoryClassifier::canonicalName(const QString &name) const
{
    const int index = m_index.value(TextNormalizer::fold(name.simplified()), -1);
    return index < 0 ? QString() : m_categories.at(index).name;
}

QStringList CategoryClassifier::categories() const
{
    QStringList result;
    result.reserve(m_categories.size());
    for (const CategoryStats &stats : m_categories)
        result.append(stats.name);
    return result;
}

double CategoryClassifier::exampleCount(const QString &category) const
{
    const int index = m_index.value(TextNormalizer::fold(category.simplified()), -1);
    return index < 0 ? 0 : m_categories.at(index).examples;
}

CategoryClassifier::Features CategoryClassifier::extract(const QString &name,
                                                         const QStringList &keywords)
{
    Features features;
    // Merge repeated features while keeping first-seen order, so that sums
    // run in the same order every time (bit-identical results).
    QHash<QString, qsizetype> wordAt;
    QHash<QString, qsizetype> gramAt;
    const auto addTo = [](QVector<WeightedFeature> &list, QHash<QString, qsizetype> &at,
                          const QStringList &keys, double weight) {
        for (const QString &key : keys) {
            const auto it = at.constFind(key);
            if (it != at.constEnd()) {
                list[it.value()].weight += weight;
            } else {
                at.insert(key, list.size());
                list.append(WeightedFeature{key, weight});
            }
        }
    };
    addTo(features.words, wordAt, TextNormalizer::stems(name), NameWordWeight);
    addTo(features.grams, gramAt, TextNormalizer::charNGrams(name), NameGramWeight);
    for (const QString &keyword : keywords) {
        addTo(features.words, wordAt, TextNormalizer::stems(keyword), KeywordWordWeight);
        addTo(features.grams, gramAt, TextNormalizer::charNGrams(keyword), KeywordGramWeight);
    }
    return features;
}

void CategoryClassifier::add(CountTable &table, const QString &key, int category, double amount)
{
    QVector<double> &counts = table[key];
    if (counts.size() <= category)
        counts.resize(category + 1, 0.0);
    counts[category] += amount;
}

void CategoryClassifier::learn(const QString &name, const QStringList &keywords,
                               const QString &category, double weight)
{
    if (category.trimmed().isEmpty() || weight <= 0)
        return;
    const int index = addCategory(category);
    const Features features = extract(name, keywords);
    CategoryStats &stats = m_categories[index];
    for (const WeightedFeature &f : features.words) {
        add(m_wordCounts, f.key, index, f.weight * weight);
        stats.wordTotal += f.weight * weight;
    }
    for (const WeightedFeature &f : features.grams) {
        add(m_gramCounts, f.key, index, f.weight * weight);
        stats.gramTotal += f.weight * weight;
    }
    stats.examples += weight;
    m_totalExamples += weight;
}

CategoryClassifier::Prediction CategoryClassifier::classify(const QString &name,
                                                            const QStringList &keywords) const
{
    Prediction prediction;
    const qsizetype categoryCount = m_categories.size();
    if (categoryCount == 0)
        return prediction;

    const Features features = extract(name, keywords);
    const double wordVocabulary = static_cast<double>(m_wordCounts.size()) + 1;
    const double gramVocabulary = static_cast<double>(m_gramCounts.size()) + 1;

    QVector<double> scores(categoryCount, 0.0);
    for (qsizetype c = 0; c < categoryCount; ++c) {
        const double examples = m_categories.at(c).examples;
        scores[c] = PriorWeight * std::log((examples + 1) / (m_totalExamples + categoryCount));
    }

    double evidence = 0;
    const auto score = [&](const CountTable &table, const QVector<WeightedFeature> &list,
                           double vocabulary, bool words, double spaceWeight) {
        for (const WeightedFeature &f : list) {
            const auto it = table.constFind(f.key);
            // A feature no category has seen shifts every score alike except
            // for the differing totals; skipping it keeps short, odd names
            // from being decided by category sizes alone.
            if (it == table.constEnd())
                continue;
            const QVector<double> &counts = it.value();
            const double weight = f.weight * spaceWeight;
            evidence += weight;
            for (qsizetype c = 0; c < categoryCount; ++c) {
                const double count = c < counts.size() ? counts.at(c) : 0.0;
                const CategoryStats &stats = m_categories.at(c);
                const double total = words ? stats.wordTotal : stats.gramTotal;
                scores[c] +=
                    weight * std::log((count + Smoothing) / (total + Smoothing * vocabulary));
            }
        }
    };
    score(m_wordCounts, features.words, wordVocabulary, true, 1.0);
    score(m_gramCounts, features.grams, gramVocabulary, false, GramSpaceWeight);

    const double temperature = std::max(1.0, evidence) / ConfidenceSharpness;
    const double best = *std::max_element(scores.cbegin(), scores.cend());
    QVector<double> probabilities(categoryCount);
    double sum = 0;
    for (qsizetype c = 0; c < categoryCount; ++c) {
        probabilities[c] = std::exp((scores.at(c) - best) / temperature);
        sum += probabilities.at(c);
    }

    QVector<int> order(categoryCount);
    std::iota(order.begin(), order.end(), 0);
    // Stable: equal scores keep creation order, so ties resolve the same way
    // on every run and every machine.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return scores.at(a) > scores.at(b); });
    prediction.ranking.reserve(categoryCount);
    for (const int c : order)
        prediction.ranking.append(Score{m_categories.at(c).name, probabilities.at(c) / sum});
    prediction.category = prediction.ranking.front().category;
    prediction.confidence = prediction.ranking.front().probability;
    return prediction;
}

} // namespace bodega
