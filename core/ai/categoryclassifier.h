#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bodega {

// Multinomial naive Bayes over two feature spaces: Snowball stems of the words
// (what the product is) and character n-grams (typos, plurals, brand
// fragments). Counts are kept per feature, so learn() is a handful of
// additions and the store's own catalog can be folded in at any time without
// retraining. Not thread-safe: OfflineEngine puts a read/write lock around it.
class CategoryClassifier
{
public:
    struct Score
    {
        QString category;
        double probability = 0;
    };

    struct Prediction
    {
        QString category;       // empty when the classifier knows no category
        double confidence = 0;  // probability of category, 0..1
        QVector<Score> ranking; // every category, most probable first
        QStringList alternatives(int count) const;
    };

    // Returns the index of the category, creating it when new. Names compare
    // folded ("lacteos" is "Lácteos"), and the first spelling seen is kept.
    int addCategory(const QString &name);
    bool hasCategory(const QString &name) const;
    QString canonicalName(const QString &name) const; // empty if unknown
    QStringList categories() const;                   // in creation order
    int categoryCount() const { return static_cast<int>(m_categories.size()); }
    double exampleCount(const QString &category) const;

    // Adds one labelled product. weight lets a caller trust some sources more
    // (the store's own catalog over the shipped taxonomy).
    void learn(const QString &name, const QStringList &keywords, const QString &category,
               double weight = 1.0);

    Prediction classify(const QString &name, const QStringList &keywords) const;

private:
    struct WeightedFeature
    {
        QString key;
        double weight = 0;
    };
    struct Features
    {
        QVector<WeightedFeature> words;
        QVector<WeightedFeature> grams;
    };
    struct CategoryStats
    {
        QString name;
        double examples = 0;
        double wordTotal = 0;
        double gramTotal = 0;
    };
    // feature -> weighted count per category index; categories created after
    // the feature was last seen are simply missing from the end (count 0).
    using CountTable = QHash<QString, QVector<double>>;

    static Features extract(const QString &name, const QStringList &keywords);
    static void add(CountTable &table, const QString &key, int category, double amount);

    QVector<CategoryStats> m_categories;
    QHash<QString, int> m_index; // folded name -> index into m_categories
    CountTable m_wordCounts;
    CountTable m_gramCounts;
    double m_totalExamples = 0;
};

} // namespace bodega
