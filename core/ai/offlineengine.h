#pragma once

#include "ai/aiprovider.h"
#include "ai/categoryclassifier.h"
#include "ai/descriptionwriter.h"
#include "ai/taxonomy.h"

#include <QJsonDocument>
#include <QReadWriteLock>

#include <memory>

namespace bodega {

// The embedded engine that is always there: no network, no model files,
// deterministic. Categories come from a naive Bayes classifier seeded with the
// shipped taxonomy and refined by the store's own catalog (learn());
// descriptions come from DescriptionWriter. Many suggest() calls run in
// parallel under a read lock; learn() takes the write lock.
class OfflineEngine : public AiProvider
{
public:
    static constexpr int MaxNameLength = 200;
    // Store products count for more than the generic taxonomy: they are how
    // this store files things, and a handful of them must be able to move a
    // product family to another category.
    static constexpr double StoreExampleWeight = 3.0;

    // Loads the taxonomy shipped as :/ai/taxonomy.json. If that ever fails
    // (a broken build) the engine still works from what learn() teaches it,
    // and loadError() says why.
    OfflineEngine();
    explicit OfflineEngine(const Taxonomy &taxonomy);

    static Result<std::unique_ptr<OfflineEngine>> fromFile(const QString &path);
    static Result<std::unique_ptr<OfflineEngine>> fromJson(const QJsonDocument &document);

    QString engineName() const override { return QStringLiteral("offline"); }
    Result<AiSuggestion> suggest(const AiRequest &request) override;
    QStringList categories() const override;
    void learn(const QVector<TrainingExample> &examples) override;

    // Empty when the shipped taxonomy loaded.
    QString loadError() const;

private:
    void seed(const Taxonomy &taxonomy);
    static Status validate(const AiRequest &request);

    mutable QReadWriteLock m_lock;
    CategoryClassifier m_classifier;
    DescriptionWriter m_writer;
    QString m_loadError;
};

} // namespace bodega
