#include "offlineengine.h"

#include "domain/product.h"

#include <QCoreApplication>

namespace bodega {

namespace {
constexpr int MaxAlternatives = 3;
} // namespace

OfflineEngine::OfflineEngine()
{
    Result<Taxonomy> taxonomy = Taxonomy::fromFile(Taxonomy::defaultResourcePath());
    if (taxonomy.ok())
        seed(taxonomy.value());
    else
        m_loadError = taxonomy.error().message;
}

OfflineEngine::OfflineEngine(const Taxonomy &taxonomy)
{
    seed(taxonomy);
}

Result<std::unique_ptr<OfflineEngine>> OfflineEngine::fromFile(const QString &path)
{
    Result<Taxonomy> taxonomy = Taxonomy::fromFile(path);
    if (!taxonomy.ok())
        return taxonomy.error();
    return std::make_unique<OfflineEngine>(taxonomy.value());
}

Result<std::unique_ptr<OfflineEngine>> OfflineEngine::fromJson(const QJsonDocument &document)
{
    Result<Taxonomy> taxonomy = Taxonomy::fromJson(document);
    if (!taxonomy.ok())
        return taxonomy.error();
    return std::make_unique<OfflineEngine>(taxonomy.value());
}

void OfflineEngine::seed(const Taxonomy &taxonomy)
{
    QWriteLocker locker(&m_lock);
    for (const Taxonomy::Category &category : taxonomy.categories()) {
        m_classifier.addCategory(category.name);
        m_writer.setEnglishCategoryName(category.name, category.englishName);
        // The category's own names are evidence too: people do type "Bebé",
        // "Mascotas" or "desechable" into product names.
        m_classifier.learn(category.name, {category.englishName}, category.name);
        for (const TrainingExample &example : category.examples)
            m_classifier.learn(example.name, example.keywords, category.name);
    }
}

Status OfflineEngine::validate(const AiRequest &request)
{
    const QString name = request.name.simplified();
    if (name.isEmpty())
        return Error::validation(
            QStringLiteral("name"),
            QCoreApplication::translate("bodega::OfflineEngine", "The product name is empty."));
    if (name.size() > MaxNameLength)
        return Error::validation(
            QStringLiteral("name"),
            QCoreApplication::translate("bodega::OfflineEngine",
                                        "The product name is longer than %1 characters.")
                .arg(MaxNameLength),
            {{QStringLiteral("max"), MaxNameLength}});
    if (!request.language.isEmpty() && !DescriptionWriter::isSupportedLanguage(request.language))
        return Error::validation(
            QStringLiteral("language"),
            QCoreApplication::translate("bodega::OfflineEngine", "Unsupported language \"%1\".")
                .arg(request.language));
    if (!unitFromCode(request.unit).has_value())
        return Error::validation(
            QStringLiteral("unit"),
            QCoreApplication::translate("bodega::OfflineEngine", "Unknown unit of sale \"%1\".")
                .arg(request.unit));
    return {};
}

Result<AiSuggestion> OfflineEngine::suggest(const AiRequest &request)
{
    if (Status valid = validate(request); !valid.ok())
        return valid.error();

    QReadLocker locker(&m_lock);
    AiSuggestion suggestion;
    suggestion.engine = engineName();
    if (!request.category.trimmed().isEmpty()) {
        // The caller already knows: restate it (in the spelling the engine
        // knows when it knows it) rather than second-guess the user.
        const QString known = m_classifier.canonicalName(request.category);
        suggestion.category = known.isEmpty() ? request.category.simplified() : known;
        suggestion.confidence = 1.0;
    } else {
        const CategoryClassifier::Prediction prediction =
            m_classifier.classify(request.name, request.keywords);
        if (prediction.category.isEmpty())
            return Error{ErrorCode::AiUnavailable,
                         QCoreApplication::translate("bodega::OfflineEngine",
                                                     "The offline AI engine knows no categories."),
                         {}};
        suggestion.category = prediction.category;
        suggestion.confidence = prediction.confidence;
        suggestion.alternatives = prediction.alternatives(MaxAlternatives);
    }

    DescriptionWriter::Product product;
    product.name = request.name;
    product.keywords = request.keywords;
    product.category = suggestion.category;
    // Only a unit the caller stated makes it into the text.
    if (!request.unit.trimmed().isEmpty())
        product.unit = unitCode(*unitFromCode(request.unit));
    const QString language = request.language.isEmpty() ? QStringLiteral("es") : request.language;
    suggestion.description = m_writer.write(product, language);
    return suggestion;
}

QStringList OfflineEngine::categories() const
{
    QReadLocker locker(&m_lock);
    return m_classifier.categories();
}

void OfflineEngine::learn(const QVector<TrainingExample> &examples)
{
    QWriteLocker locker(&m_lock);
    for (const TrainingExample &example : examples) {
        if (example.name.trimmed().isEmpty() || example.category.trimmed().isEmpty())
            continue;
        m_classifier.learn(example.name, example.keywords, example.category, StoreExampleWeight);
    }
}

QString OfflineEngine::loadError() const
{
    QReadLocker locker(&m_lock);
    return m_loadError;
}

} // namespace bodega
