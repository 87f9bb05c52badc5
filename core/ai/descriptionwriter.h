#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace bodega {

// Writes short product descriptions from templates, in Spanish or English.
// It only restates what it is given (name, category, keywords, unit of sale):
// a description that invents a weight, an origin or a health claim is worse
// than none, because it ends up on shelves and receipts. The template is
// picked from a stable hash of the name, so the same product always gets the
// same text while a catalog does not read like one sentence repeated.
class DescriptionWriter
{
public:
    struct Product
    {
        QString name;
        QStringList keywords;
        QString category; // Spanish category name; may be empty
        QString unit;     // "unit", "kg", "l" or empty when unknown
    };

    static QStringList supportedLanguages(); // "es", "en"
    static bool isSupportedLanguage(const QString &language);

    // English descriptions use this name for the category when known and the
    // Spanish name otherwise.
    void setEnglishCategoryName(const QString &category, const QString &englishName);
    QString englishCategoryName(const QString &category) const;

    // language is "es" or "en"; anything else gets Spanish.
    QString write(const Product &product, const QString &language) const;

    // FNV-1a over the folded name: QHash's seed changes between runs, this
    // must not.
    static quint32 stableHash(const QString &text);

private:
    QString writeSpanish(const Product &product, quint32 hash) const;
    QString writeEnglish(const Product &product, quint32 hash) const;

    QHash<QString, QString> m_englishCategories; // folded Spanish name -> English
};

} // namespace bodega
