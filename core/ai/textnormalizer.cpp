#include "textnormalizer.h"

#include <libstemmer.h>

#include <QSet>

#include <memory>

namespace bodega {

namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// One stemmer per thread and language: sb_stemmer keeps its working buffer
// inside the object, so sharing one would need a lock on every word.
sb_stemmer *threadStemmer(TextNormalizer::Language language)
{
    thread_local StemmerPtr spanish(sb_stemmer_new("spanish", "UTF_8"));
    thread_local StemmerPtr english(sb_stemmer_new("english", "UTF_8"));
    return language == TextNormalizer::Language::English ? english.get() : spanish.get();
}

const QSet<QString> &stopWords()
{
    // Folded spellings (no accents). Function words only: words such as "sin"
    // ("sin azúcar") could be content, but they never tell categories apart.
    static const QSet<QString> words = [] {
        const char *const list[] = {// Spanish
                                    "a", "al", "ante", "con", "contra", "de", "del", "desde", "el",
                                    "en", "entre", "es", "esta", "este", "hasta", "la", "las", "le",
                                    "lo", "los", "mas", "muy", "o", "para", "pero", "por", "que",
                                    "se", "sin", "sobre", "su", "sus", "u", "un", "una", "unas",
                                    "uno", "unos", "y", "e", "ni", "tipo", "x",
                                    // English
                                    "an", "and", "as", "at", "by", "for", "from", "in", "into",
                                    "is", "it", "of", "on", "or", "the", "to", "with", "without"};
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

enum class CharKind { Other, Letter, Digit };

CharKind kindOf(QChar c)
{
    if (c.isLetter())
        return CharKind::Letter;
    if (c.isDigit())
        return CharKind::Digit;
    return CharKind::Other;
}

} // namespace

QString TextNormalizer::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            out.append(c);
        }
    }
    return out.toCaseFolded();
}

QStringList TextNormalizer::words(const QString &text)
{
    const QString folded = fold(text);
    QStringList result;
    QString current;
    CharKind currentKind = CharKind::Other;
    for (const QChar c : folded) {
        const CharKind kind = kindOf(c);
        if (kind != currentKind && !current.isEmpty()) {
            result.append(current);
            current.clear();
        }
        if (kind != CharKind::Other)
            current.append(c);
        currentKind = kind;
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

bool TextNormalizer::isStopWord(const QString &foldedWord)
{
    return stopWords().contains(foldedWord);
}

QStringList TextNormalizer::contentWords(const QString &text)
{
    QStringList result;
    const QStringList all = words(text);
    for (const QString &word : all) {
        if (word.size() < 2 || word.front().isDigit() || isStopWord(word))
            continue;
        result.append(word);
    }
    return result;
}

QString TextNormalizer::stem(const QString &foldedWord, Language language)
{
    sb_stemmer *stemmer = threadStemmer(language);
    if (!stemmer || foldedWord.isEmpty())
        return foldedWord;
    const QByteArray utf8 = foldedWord.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), utf8.size());
    if (!stemmed)
        return foldedWord; // out of memory inside libstemmer: the word itself still compares
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer));
}

QStringList TextNormalizer::stems(const QString &text, Language language)
{
    QStringList result = contentWords(text);
    for (QString &word : result)
        word = stem(word, language);
    return result;
}

QStringList TextNormalizer::charNGrams(const QString &text, int minN, int maxN)
{
    QStringList result;
    const QStringList content = contentWords(text);
    for (const QString &word : content) {
        const QString padded = QLatin1Char('^') + word + QLatin1Char('$');
        for (int n = minN; n <= maxN; ++n) {
            for (qsizetype i = 0; i + n <= padded.size(); ++i)
                result.append(padded.mid(i, n));
        }
    }
    return result;
}

} // namespace bodega
