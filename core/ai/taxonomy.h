#pragma once

#include "ai/aiprovider.h"
#include "common/result.h"

#include <QJsonDocument>
#include <QString>
#include <QVector>

namespace bodega {

// The shipped starter knowledge of the offline engine: category names (Spanish,
// as the store sees them), their English names for English descriptions, and
// labelled example products. Format: core/ai/README.md.
class Taxonomy
{
public:
    struct Category
    {
        QString name;        // Spanish, what products are filed under
        QString englishName; // for English descriptions; may be empty
        QVector<TrainingExample> examples;
    };

    static QString defaultResourcePath() { return QStringLiteral(":/ai/taxonomy.json"); }

    static Result<Taxonomy> fromJson(const QJsonDocument &document);
    static Result<Taxonomy> fromFile(const QString &path);

    const QVector<Category> &categories() const { return m_categories; }
    int exampleCount() const;

private:
    QVector<Category> m_categories;
};

} // namespace bodega
