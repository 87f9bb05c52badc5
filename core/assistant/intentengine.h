#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bodega {

// What a question asks, as the offline engine understood it.
struct Intent
{
    enum class Kind {
        Tool,     // call `tool` (empty on a follow-up that names no tool)
        Greeting, // "hola", "thanks"
        Help,     // "¿qué puedes hacer?"
        Unknown,  // nothing the engine knows: answer with what it can do
    };
    Kind kind = Kind::Unknown;
    QString tool;
    // Tool arguments the text gave (period, supplier, limit, cover_days);
    // product_id is never here: see productPhrase.
    QJsonObject arguments;
    // Folded words naming a product ("arroz", "cafe molido", "1 kg"), for
    // search_products to turn into product ids.
    QString productPhrase;
    QString language = QStringLiteral("es"); // "es" or "en"
    // "¿y el de 1 kg?", "and yesterday?": completes the previous question
    // (its tool, product or period) instead of standing on its own.
    bool followUp = false;
    // Words the engine read as part of its vocabulary (after correction):
    // a question with none is not for the store's tools.
    int cues = 0;
};

// Offline intent recognition for the assistant (SPEC: an intent engine for
// the assistant; issue 5, point 4), Spanish and English. Text is folded
// (accents, case), every word is matched against the engine's vocabulary
// exactly, by its Snowball stem (plurals: "alertas", "existencias") or
// within a small edit distance (typos: "bentas", "stok", "sugiereme": 1 for
// words of 4-6 letters, 2 from 7), and the tool follows from which concepts
// the question holds. Deterministic, no I/O: microseconds a question.
// Write tools (adjust_stock, create_product_draft) are not offered offline:
// a change to the store deserves a form, not a guess at a sentence.
class IntentEngine
{
public:
    IntentEngine();

    // `language` decides when the text does not ("arroz?").
    Intent recognize(const QString &text, const QString &language = QStringLiteral("es")) const;

    // Optimal string alignment distance (Levenshtein plus adjacent
    // transpositions), stopping early above `limit`.
    static int editDistance(const QString &a, const QString &b, int limit);

    // The tools the engine can reach, for the "what I can do" answer.
    static QStringList tools();

    enum class Concept {
        None,
        Quantity,  // cuanto, how much
        Remaining, // queda, hay, stock, left
        Low,       // bajo, agotado, running low
        Sales,     // ventas, vendimos, revenue
        SellVerb,  // vende, sell: sales with a period, search with a product
        Most,      // mas, most, best, top
        TopWord,   // top, estrella, bestsellers
        Order,     // pedido, sugiere, reorder
        Marker,    // para, proveedor, for, from: the supplier follows
        Alerts,
        Describe,
        Price,
        Search,
        Greeting,
        Thanks,
        Help,
        Today,
        Yesterday,
        Week,
        Month,
        This,  // esta, este, this
        Last,  // ultimos, last, past
        Days,  // dias, days
        Stop,  // words that say nothing about the tool or the product
        Units, // kg, g, l, ml, unidades: part of a product phrase
    };

private:
    struct Word
    {
        QString text; // folded, as typed
        Concept concept = Concept::None;
        int language = 0; // +1 Spanish, -1 English, 0 either
    };
    Word classify(const QString &folded) const;

    struct Entry
    {
        QString word;
        Concept concept;
        int language;
    };
    QVector<Entry> m_vocabulary;
    QHash<QString, int> m_exact;   // word -> index
    QHash<QString, int> m_stemsEs; // Spanish Snowball stem -> index
    QHash<QString, int> m_stemsEn;
};

} // namespace bodega
