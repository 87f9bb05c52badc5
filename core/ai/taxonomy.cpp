#include "taxonomy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace bodega {

namespace {

Error taxonomyError(const QString &message, const QString &where = {})
{
    QVariantMap details;
    if (!where.isEmpty())
        details.insert(QStringLiteral("where"), where);
    return Error{ErrorCode::AiUnavailable, message, details};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString text = item.toString().simplified();
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

} // namespace

Result<Taxonomy> Taxonomy::fromJson(const QJsonDocument &document)
{
    if (!document.isObject())
        return taxonomyError(QCoreApplication::translate("bodega::Taxonomy",
                                                         "The AI taxonomy is not a JSON object."));
    const QJsonObject root = document.object();
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version != 1)
        return taxonomyError(
            QCoreApplication::translate("bodega::Taxonomy", "Unsupported AI taxonomy version %1.")
                .arg(version));

    Taxonomy taxonomy;
    QSet<QString> seen;
    const QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QJsonObject object = categories.at(i).toObject();
        Category category;
        category.name = object.value(QStringLiteral("name")).toString().simplified();
        category.englishName = object.value(QStringLiteral("en")).toString().simplified();
        const QString where = QStringLiteral("categories[%1]").arg(i);
        if (category.name.isEmpty())
            return taxonomyError(QCoreApplication::translate(
                                     "bodega::Taxonomy", "An AI taxonomy category has no name."),
                                 where);
        if (seen.contains(category.name.toCaseFolded()))
            return taxonomyError(
                QCoreApplication::translate("bodega::Taxonomy",
                                            "The AI taxonomy lists category \"%1\" twice.")
                    .arg(category.name),
                where);
        seen.insert(category.name.toCaseFolded());

        const QJsonArray examples = object.value(QStringLiteral("examples")).toArray();
        for (const QJsonValue &value : examples) {
            const QJsonObject example = value.toObject();
            TrainingExample training;
            training.name = example.value(QStringLiteral("name")).toString().simplified();
            training.keywords = stringList(example.value(QStringLiteral("keywords")));
            training.category = category.name;
            if (!training.name.isEmpty())
                category.examples.append(training);
        }
        taxonomy.m_categories.append(category);
    }
    if (taxonomy.m_categories.isEmpty())
        return taxonomyError(
            QCoreApplication::translate("bodega::Taxonomy", "The AI taxonomy has no categories."));
    return taxonomy;
}

Result<Taxonomy> Taxonomy::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return taxonomyError(
            QCoreApplication::translate("bodega::Taxonomy", "Cannot read the AI taxonomy %1: %2")
                .arg(path, file.errorString()),
            path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return taxonomyError(QCoreApplication::translate("bodega::Taxonomy",
                                                         "The AI taxonomy %1 is not valid JSON: %2")
                                 .arg(path, parseError.errorString()),
                             path);
    return fromJson(document);
}

int Taxonomy::exampleCount() const
{
    int count = 0;
    for (const Category &category : m_categories)
        count += static_cast<int>(category.examples.size());
    return count;
}

} // namespace bodega
