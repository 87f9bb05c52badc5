#pragma once

#include <QString>
#include <QStringList>

namespace bodega {

// Turns free product text into comparable pieces. Shop assistants type product
// names with and without accents, in upper case, with typos and plurals, so
// everything the classifier compares goes through here first.
class TextNormalizer
{
public:
    enum class Language { Spanish, English };

    // "Jabón AZÚCAR Ñame" -> "jabon azucar name": NFKD, combining marks
    // dropped, case folded. Folding ñ into n costs little ("año"/"ano" never
    // separate two categories) and matches what people type without a
    // Spanish keyboard.
    static QString fold(const QString &text);

    // Folded runs of letters or of digits: "Arroz x500g" -> arroz, x, 500, g.
    // Digits split from letters so that "500g" and "500 g" agree.
    static QStringList words(const QString &text);

    static bool isStopWord(const QString &foldedWord);

    // Words worth comparing: folded, without stop words, numbers and single
    // letters (sizes say little about the category, "de"/"the" nothing).
    static QStringList contentWords(const QString &text);

    // Snowball stem of one folded word. Safe from any thread: libstemmer's
    // stemmers are not, so each thread owns its own.
    static QString stem(const QString &foldedWord, Language language = Language::Spanish);

    // contentWords() stemmed: "Arroces integrales" -> arroc, integral.
    static QStringList stems(const QString &text, Language language = Language::Spanish);

    // Character n-grams of the content words padded with '^' and '$', so that
    // word starts and ends count. They carry typos and odd plurals that
    // stemming misses: "arroces" and "arroz" share ^ar, arr, rro, ^arr, ...
    static QStringList charNGrams(const QString &text, int minN = 3, int maxN = 5);
};

} // namespace bodega
