#include "descriptionwriter.h"

#include "ai/textnormalizer.h"

#include <QSet>

namespace bodega {

namespace {

constexpr int MaxKeywords = 4;

// Trailing punctuation would collide with the templates' own ("Arroz. .").
QString cleanPhrase(const QString &text)
{
    QString result = text.simplified();
    while (!result.isEmpty() &&
           (result.back() == QLatin1Char('.') || result.back() == QLatin1Char(',') ||
            result.back() == QLatin1Char(';') || result.back() == QLatin1Char(':'))) {
        result.chop(1);
        result = result.trimmed();
    }
    return result;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Keywords worth a sentence: cleaned, without repeats, without those the name
// already says ("Arroz Diana" needs no "relacionado con arroz").
QStringList usefulKeywords(const QString &name, const QStringList &keywords)
{
    const QStringList nameWords = TextNormalizer::words(name);
    const QSet<QString> inName(nameWords.cbegin(), nameWords.cend());
    QSet<QString> seen;
    QStringList result;
    for (const QString &keyword : keywords) {
        const QString clean = cleanPhrase(keyword);
        const QString folded = TextNormalizer::fold(clean);
        if (clean.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        const QStringList words = TextNormalizer::words(clean);
        bool allInName = !words.isEmpty();
        for (const QString &word : words)
            allInName = allInName && inName.contains(word);
        if (allInName)
            continue;
        result.append(clean);
        if (result.size() == MaxKeywords)
            break;
    }
    return result;
}

bool isVowel(QChar c)
{
    return QStringLiteral("aeiou").contains(c);
}

// Spanish writes "e" instead of "y" before an /i/ sound: "arroz e integral",
// "aguja e hilo" (but "agua y hielo", where the sound is /je/).
QString spanishAnd(const QString &nextWord)
{
    const QString folded = TextNormalizer::fold(nextWord);
    const QString sound = folded.startsWith(QLatin1Char('h')) ? folded.mid(1) : folded;
    if (sound.startsWith(QLatin1Char('i')) && (sound.size() == 1 || !isVowel(sound.at(1))))
        return QStringLiteral("e");
    return QStringLiteral("y");
}

QString joinList(const QStringList &items, bool spanish)
{
    if (items.size() == 1)
        return items.front();
    QString result = items.mid(0, items.size() - 1).join(QStringLiteral(", "));
    const QString conjunction = spanish ? spanishAnd(items.back()) : QStringLiteral("and");
    return result + QLatin1Char(' ') + conjunction + QLatin1Char(' ') + items.back();
}

} // namespace

QStringList DescriptionWriter::supportedLanguages()
{
    return {QStringLiteral("es"), QStringLiteral("en")};
}

bool DescriptionWriter::isSupportedLanguage(const QString &language)
{
    return supportedLanguages().contains(language);
}

void DescriptionWriter::setEnglishCategoryName(const QString &category, const QString &englishName)
{
    const QString english = englishName.simplified();
    if (!english.isEmpty())
        m_englishCategories.insert(TextNormalizer::fold(category.simplified()), english);
}

QString DescriptionWriter::englishCategoryName(const QString &category) const
{
    const QString clean = category.simplified();
    return m_englishCategories.value(TextNormalizer::fold(clean), clean);
}

quint32 DescriptionWriter::stableHash(const QString &text)
{
    const QString folded = TextNormalizer::fold(text.simplified());
    quint32 hash = 2166136261u;
    for (const QChar c : folded) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QString DescriptionWriter::write(const Product &product, const QString &language) const
{
    const quint32 hash = stableHash(product.name);
    if (language == QLatin1String("en"))
        return writeEnglish(product, hash);
    return writeSpanish(product, hash);
}

QString DescriptionWriter::writeSpanish(const Product &product, quint32 hash) const
{
    const QString name = cleanPhrase(product.name);
    const QString category = cleanPhrase(product.category);
    QStringList sentences;

    // Every template names the category with "la categoría"/"la sección", so
    // the product's own gender never has to agree with anything.
    if (category.isEmpty()) {
        sentences.append(capitalized(name) + QLatin1Char('.'));
    } else {
        switch (hash % 4) {
        case 0:
            sentences.append(capitalized(name) + QStringLiteral(", de la categoría ") + category +
                             QLatin1Char('.'));
            break;
        case 1:
            sentences.append(capitalized(name) + QStringLiteral(" hace parte de la categoría ") +
                             category + QLatin1Char('.'));
            break;
        case 2:
            sentences.append(capitalized(name) + QStringLiteral(": un producto de la sección ") +
                             category + QLatin1Char('.'));
            break;
        default:
            sentences.append(QStringLiteral("En la sección ") + category + QStringLiteral(": ") +
                             name + QLatin1Char('.'));
            break;
        }
    }

    const QStringList keywords = usefulKeywords(name, product.keywords);
    if (!keywords.isEmpty()) {
        const QString list = joinList(keywords, true);
        switch ((hash / 4) % 4) {
        case 0:
            sentences.append(QStringLiteral("Relacionado con ") + list + QLatin1Char('.'));
            break;
        case 1:
            sentences.append(QStringLiteral("Búsquelo también como ") + list + QLatin1Char('.'));
            break;
        case 2:
            sentences.append(QStringLiteral("Palabras clave: ") + list + QLatin1Char('.'));
            break;
        default:
            sentences.append(QStringLiteral("Lo encuentra buscando ") + list + QLatin1Char('.'));
            break;
        }
    }

    const QString unit = product.unit.trimmed().toLower();
    const bool alternate = (hash / 16) % 2 == 1;
    if (unit == QLatin1String("kg"))
        sentences.append(alternate ? QStringLiteral("Se vende por kilo.")
                                   : QStringLiteral("Venta por kilo."));
    else if (unit == QLatin1String("l"))
        sentences.append(alternate ? QStringLiteral("Se vende por litro.")
                                   : QStringLiteral("Venta por litro."));
    else if (unit == QLatin1String("unit"))
        sentences.append(alternate ? QStringLiteral("Se vende por unidad.")
                                   : QStringLiteral("Venta por unidad."));
    return sentences.join(QLatin1Char(' '));
}

QString DescriptionWriter::writeEnglish(const Product &product, quint32 hash) const
{
    const QString name = cleanPhrase(product.name);
    const QString category = cleanPhrase(englishCategoryName(product.category));
    QStringList sentences;

    if (category.isEmpty()) {
        sentences.append(capitalized(name) + QLatin1Char('.'));
    } else {
        switch (hash % 4) {
        case 0:
            sentences.append(capitalized(name) + QStringLiteral(", from the ") + category +
                             QStringLiteral(" category."));
            break;
        case 1:
            sentences.append(capitalized(name) + QStringLiteral(" is part of the ") + category +
                             QStringLiteral(" category."));
            break;
        case 2:
            sentences.append(capitalized(name) + QStringLiteral(": a product in the ") + category +
                             QStringLiteral(" section."));
            break;
        default:
            sentences.append(QStringLiteral("In the ") + category + QStringLiteral(" section: ") +
                             name + QLatin1Char('.'));
            break;
        }
    }

    const QStringList keywords = usefulKeywords(name, product.keywords);
    if (!keywords.isEmpty()) {
        const QString list = joinList(keywords, false);
        switch ((hash / 4) % 4) {
        case 0:
            sentences.append(QStringLiteral("Related to ") + list + QLatin1Char('.'));
            break;
        case 1:
            sentences.append(QStringLiteral("Also found by searching for ") + list +
                             QLatin1Char('.'));
            break;
        case 2:
            sentences.append(QStringLiteral("Keywords: ") + list + QLatin1Char('.'));
            break;
        default:
            sentences.append(QStringLiteral("Search for it as ") + list + QLatin1Char('.'));
            break;
        }
    }

    const QString unit = product.unit.trimmed().toLower();
    const bool alternate = (hash / 16) % 2 == 1;
    if (unit == QLatin1String("kg"))
        sentences.append(alternate ? QStringLiteral("Sold by the kilogram.")
                                   : QStringLiteral("Sold per kilogram."));
    else if (unit == QLatin1String("l"))
        sentences.append(alternate ? QStringLiteral("Sold by the liter.")
                                   : QStringLiteral("Sold per liter."));
    else if (unit == QLatin1String("unit"))
        sentences.append(alternate ? QStringLiteral("Sold by the unit.")
                                   : QStringLiteral("Sold per unit."));
    return sentences.join(QLatin1Char(' '));
}

} // namespace bodega
