#include "intentengine.h"

#include "ai/textnormalizer.h"

#include <algorithm>
#include <QJsonValue>

namespace bodega {

namespace {

using C = IntentEngine::Concept;
constexpr int Es = 1, En = -1, Any = 0;

struct Seed
{
    const char *words; // space separated, folded
    C concept;
    int language;
};

// The vocabulary, folded. A word in two concepts takes the first.
const Seed Seeds[] = {
    {"cuanto cuanta cuantos cuantas", C::Quantity, Es},
    {"how much many", C::Quantity, En},
    {"queda quedan quedaron hay tenemos tengo tienes tienen existencias existencia inventario",
     C::Remaining, Es},
    {"stock", C::Remaining, Any},
    {"left remaining remain inventory", C::Remaining, En},
    {"bajo baja bajos bajas poco pocos poca pocas agotado agotados agotada agotadas agotando "
     "agotandose acabando escaso escasos escasea faltan falta faltantes minimo reponer",
     C::Low, Es},
    {"low running short out shortage restock", C::Low, En},
    {"ventas venta vendimos vendido vendidos vendida vendidas vendio vendi vendieron facturado "
     "facturamos facturacion ingresos recaudo recaudado",
     C::Sales, Es},
    {"sales sale sold revenue takings turnover earnings income", C::Sales, En},
    {"vende venden vender vendes vendemos", C::SellVerb, Es},
    {"sell sells selling seller sellers", C::SellVerb, En},
    {"mas mejor mejores", C::Most, Es},
    {"most best", C::Most, En},
    {"top ranking", C::TopWord, Any},
    {"estrella populares popular", C::TopWord, Es},
    {"bestsellers bestseller bestselling", C::TopWord, En},
    {"pedido pedidos pedir pido pida sugiere sugerir sugerencia sugerencias sugieres sugiereme "
     "recomienda recomiendas recomendacion comprar compra compras encargar reorden surtir",
     C::Order, Es},
    {"order orders reorder suggest suggestion suggestions purchase buy replenish", C::Order, En},
    {"para proveedor", C::Marker, Es},
    {"for from supplier vendor", C::Marker, En},
    {"alerta alertas aviso avisos notificacion notificaciones", C::Alerts, Es},
    {"alert alerts warning warnings notification notifications", C::Alerts, En},
    {"describeme describir descripcion informacion cuentame detalles ficha", C::Describe, Es},
    {"describe", C::Describe, Any},
    {"description tell information info details", C::Describe, En},
    {"precio precios cuesta cuestan vale valen costo", C::Price, Es},
    {"price prices cost costs", C::Price, En},
    {"busca buscar buscame encuentra encontrar manejan", C::Search, Es},
    {"search find look lookup", C::Search, En},
    {"hola buenas buenos buen saludos", C::Greeting, Es},
    {"hello hi hey morning evening afternoon greetings", C::Greeting, En},
    {"gracias", C::Thanks, Es},
    {"thanks thank", C::Thanks, En},
    {"ayuda ayudame puedes sabes", C::Help, Es},
    {"help can", C::Help, En},
    {"hoy", C::Today, Es},
    {"today", C::Today, En},
    {"ayer", C::Yesterday, Es},
    {"yesterday", C::Yesterday, En},
    {"semana semanal", C::Week, Es},
    {"week weekly", C::Week, En},
    {"mes mensual", C::Month, Es},
    {"month monthly", C::Month, En},
    {"esta este estos", C::This, Es},
    {"this current", C::This, En},
    {"ultimos ultimas ultima ultimo pasada pasado", C::Last, Es},
    {"last past previous", C::Last, En},
    {"dias dia", C::Days, Es},
    {"days day", C::Days, En},
    {"el la los las lo le de del un una unos unas que se me nos te al a en y o por favor mi tu "
     "su con es son cual cuales dame dime muestrame mostrar ver quiero saber podrias porfa hace "
     "hacer esto eso ese esa hemos han ha hubo como estan sobre algo alguno algun producto "
     "productos articulo articulos cosas q qe k",
     C::Stop, Es},
    {"the of an is are do does did we i you me please show tell give what which in on to about "
     "there have has any some our my could would us it its and or be been get what s whats one "
     "ones product products item items things",
     C::Stop, En},
    {"kg g gr gramos kilo kilos l lt litro litros ml unidad unidades un x", C::Units, Any},
};

// Letters Spanish speakers swap at the start of a word.
bool soundsAlike(QChar a, QChar b)
{
    if (a == b)
        return true;
    static const char *const classes[] = {"bv", "ckqsz", "gj", "iy"};
    for (const char *c : classes) {
        const QByteArray set(c);
        if (set.contains(char(a.unicode())) && set.contains(char(b.unicode())))
            return true;
    }
    return false;
}

bool isNumber(const QString &w)
{
    return !w.isEmpty() && w.at(0).isDigit();
}

} // namespace

IntentEngine::IntentEngine()
{
    for (const Seed &seed : Seeds) {
        const QStringList words =
            QString::fromLatin1(seed.words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (m_exact.contains(w))
                continue;
            m_exact.insert(w, m_vocabulary.size());
            m_vocabulary.push_back({w, seed.concept, seed.language});
        }
    }
    // Stems only for content concepts: a stop word's stem ("de", "la")
    // would swallow product words.
    for (int i = 0; i < m_vocabulary.size(); ++i) {
        const Entry &e = m_vocabulary.at(i);
        if (e.concept == C::Stop || e.concept == C::Units || e.word.size() < 4)
            continue;
        for (auto language :
             {TextNormalizer::Language::Spanish, TextNormalizer::Language::English}) {
            // Only the word's own language: "pasta" stemmed as Spanish
            // must not meet "past".
            const bool spanish = language == TextNormalizer::Language::Spanish;
            if (e.language == (spanish ? En : Es))
                continue;
            QHash<QString, int> &stems = spanish ? m_stemsEs : m_stemsEn;
            const QString stem = TextNormalizer::stem(e.word, language);
            if (stem.size() >= 3 && !stems.contains(stem))
                stems.insert(stem, i);
        }
    }
}

QStringList IntentEngine::tools()
{
    return {QStringLiteral("low_stock"),           QStringLiteral("get_stock"),
            QStringLiteral("sales_summary"),       QStringLiteral("top_products"),
            QStringLiteral("reorder_suggestions"), QStringLiteral("describe_product"),
            QStringLiteral("get_product"),         QStringLiteral("search_products"),
            QStringLiteral("recent_alerts")};
}

int IntentEngine::editDistance(const QString &a, const QString &b, int limit)
{
    const int n = a.size(), m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    QVector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, prev2[j - 2] + 1);
            cur[j] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

IntentEngine::Word IntentEngine::classify(const QString &folded) const
{
    Word word{folded, C::None, 0};
    auto take = [&](int index) {
        word.concept = m_vocabulary.at(index).concept;
        word.language = m_vocabulary.at(index).language;
        return word;
    };
    if (auto it = m_exact.constFind(folded); it != m_exact.constEnd())
        return take(*it);
    // Chat spelling: "keda" for "queda".
    if (folded.startsWith(QLatin1Char('k')) && folded.size() > 2) {
        if (auto it = m_exact.constFind(QStringLiteral("qu") + folded.mid(1));
            it != m_exact.constEnd())
            return take(*it);
    }
    if (isNumber(folded) || folded.size() < 4)
        return word;
    if (auto it =
            m_stemsEs.constFind(TextNormalizer::stem(folded, TextNormalizer::Language::Spanish));
        it != m_stemsEs.constEnd())
        return take(*it);
    if (auto it =
            m_stemsEn.constFind(TextNormalizer::stem(folded, TextNormalizer::Language::English));
        it != m_stemsEn.constEnd())
        return take(*it);
    // Typos: the closest vocabulary word within the allowance, never one
    // of the short ones (a product word must not turn into "para": papa,
    // pera) and one that starts alike ("rice" is no typo of "price", while
    // "bentas" is one of "ventas").
    const int allowance = folded.size() >= 7 ? 2 : 1;
    int best = -1, bestDistance = allowance + 1;
    for (int i = 0; i < m_vocabulary.size(); ++i) {
        const Entry &e = m_vocabulary.at(i);
        if (e.word.size() < 5 || e.concept == C::Stop || e.concept == C::Units ||
            !soundsAlike(folded.at(0), e.word.at(0)))
            continue;
        const int d = editDistance(folded, e.word, allowance);
        if (d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best >= 0 ? take(best) : word;
}

Intent IntentEngine::recognize(const QString &text, const QString &language) const
{
    Intent intent;
    const QStringList folded = TextNormalizer::words(text);
    QVector<Word> words;
    words.reserve(folded.size());
    int lang = 0;
    for (const QString &w : folded) {
        words.push_back(classify(w));
        lang += words.back().language;
    }
    intent.language = lang > 0   ? QStringLiteral("es")
                      : lang < 0 ? QStringLiteral("en")
                                 : (language == QLatin1String("en") ? QStringLiteral("en")
                                                                    : QStringLiteral("es"));

    auto has = [&](C c) {
        return std::any_of(words.begin(), words.end(),
                           [c](const Word &w) { return w.concept == c; });
    };
    auto index = [&](C c, int from = 0) {
        for (int i = from; i < words.size(); ++i)
            if (words.at(i).concept == c)
                return i;
        return -1;
    };
    auto numberAfter = [&](int i) -> int {
        for (int j = i + 1; j < std::min<int>(words.size(), i + 3); ++j)
            if (isNumber(words.at(j).text))
                return words.at(j).text.toInt();
        return -1;
    };

    // Periods: "hoy", "ayer", "esta semana", "los ultimos 7 dias", "last month".
    QString period;
    const int lastAt = index(C::Last);
    if (has(C::Today)) {
        period = QStringLiteral("today");
    } else if (has(C::Yesterday)) {
        period = QStringLiteral("yesterday");
    } else if (has(C::Week)) {
        period = lastAt >= 0 ? QStringLiteral("last_7_days") : QStringLiteral("this_week");
    } else if (has(C::Month)) {
        period = lastAt >= 0 ? QStringLiteral("last_30_days") : QStringLiteral("this_month");
    } else if (has(C::Days) && lastAt >= 0) {
        const int n = numberAfter(lastAt);
        period = n > 0 && n <= 7 ? QStringLiteral("last_7_days") : QStringLiteral("last_30_days");
    }
    for (const Word &w : words)
        if (w.concept != C::None && w.concept != C::Stop && w.concept != C::Units)
            ++intent.cues;

    // The product phrase: what no concept claimed, plus sizes ("1 kg").
    // The words after a supplier marker belong to the supplier instead.
    const int orderAt = index(C::Order);
    int supplierFrom = -1;
    if (orderAt >= 0) {
        for (int i = orderAt + 1; i < words.size(); ++i) {
            const Word &w = words.at(i);
            if (w.concept == C::Marker || w.text == QLatin1String("a")) {
                supplierFrom = i + 1;
                if (w.text == QLatin1String("proveedor") || w.text == QLatin1String("supplier"))
                    supplierFrom = i; // part of how the store may name it
                break;
            }
        }
    }
    QStringList phrase, supplier;
    for (int i = 0; i < words.size(); ++i) {
        const Word &w = words.at(i);
        const bool periodNumber =
            isNumber(w.text) && i + 1 < words.size() && words.at(i + 1).concept == C::Days;
        if (supplierFrom >= 0 && i >= supplierFrom) {
            if (isNumber(w.text) && i + 1 < words.size() && words.at(i + 1).concept == C::Days) {
                intent.arguments.insert(QStringLiteral("cover_days"),
                                        std::clamp(w.text.toInt(), 1, 180));
                ++i;
                continue;
            }
            if (w.concept == C::None || w.concept == C::Marker || w.concept == C::Units)
                supplier << w.text;
            continue;
        }
        if (periodNumber)
            continue;
        // Single letters outside the units are typing slips ("d" for "de").
        if (w.concept == C::Units ||
            (w.concept == C::None && (w.text.size() > 1 || isNumber(w.text))))
            phrase << w.text;
    }
    // Units alone ("un", "x") are no product.
    const bool phraseHasContent = std::any_of(phrase.begin(), phrase.end(), [&](const QString &p) {
        return isNumber(p) || !m_exact.contains(p) ||
               m_vocabulary.at(m_exact.value(p)).concept != C::Units;
    });
    if (phraseHasContent) {
        // A leading "un"/"x" is an article, not a unit.
        while (!phrase.isEmpty() &&
               (phrase.first() == QLatin1String("un") || phrase.first() == QLatin1String("x")))
            phrase.removeFirst();
        intent.productPhrase = phrase.join(QLatin1Char(' '));
    }

    intent.followUp =
        !words.isEmpty() &&
        (words.first().text == QLatin1String("y") || words.first().text == QLatin1String("and") ||
         (words.size() >= 2 &&
          (words.at(0).text == QLatin1String("what") || words.at(0).text == QLatin1String("how")) &&
          words.at(1).text == QLatin1String("about")));

    auto tool = [&](const char *name) {
        intent.kind = Intent::Kind::Tool;
        intent.tool = QString::fromLatin1(name);
    };
    auto withPeriod = [&](const QString &fallback) {
        intent.arguments.insert(QStringLiteral("period"), period.isEmpty() ? fallback : period);
    };
    const bool mostSold = (has(C::Most) && (has(C::Sales) || has(C::SellVerb))) || has(C::TopWord);
    const bool product = !intent.productPhrase.isEmpty();
    // "how much is the milk": a price, where "how much rice is left" is stock.
    int muchAt = -1;
    for (int i = 0; i < words.size(); ++i)
        if (words.at(i).text == QLatin1String("much"))
            muchAt = i;
    const bool howMuchIs = muchAt >= 0 && muchAt + 1 < words.size() &&
                           (words.at(muchAt + 1).text == QLatin1String("is") ||
                            words.at(muchAt + 1).text == QLatin1String("are") ||
                            words.at(muchAt + 1).text == QLatin1String("does")) &&
                           !has(C::Remaining);

    if (has(C::Help) && !has(C::Quantity) && !product && !has(C::Sales) && !has(C::Low) &&
        orderAt < 0 && !has(C::Alerts)) {
        intent.kind = Intent::Kind::Help;
    } else if (has(C::Alerts)) {
        tool("recent_alerts");
        intent.productPhrase.clear();
    } else if (orderAt >= 0 && !mostSold) {
        tool("reorder_suggestions");
        if (!supplier.isEmpty())
            intent.arguments.insert(QStringLiteral("supplier"), supplier.join(QLatin1Char(' ')));
        intent.productPhrase.clear();
    } else if (mostSold) {
        tool("top_products");
        withPeriod(QStringLiteral("last_7_days"));
        if (const int at = index(C::TopWord); at >= 0) {
            const int n = numberAfter(at);
            if (n > 0)
                intent.arguments.insert(QStringLiteral("limit"), std::clamp(n, 1, 50));
        }
        intent.productPhrase.clear();
    } else if (has(C::Sales) || (has(C::SellVerb) && !period.isEmpty())) {
        tool("sales_summary");
        withPeriod(QStringLiteral("today"));
        intent.productPhrase.clear();
    } else if (has(C::Low) && !(product && (has(C::Quantity) || has(C::Remaining)))) {
        tool("low_stock");
        intent.productPhrase.clear();
    } else if (has(C::Price) || howMuchIs) {
        tool("get_product");
    } else if (has(C::Quantity) && product) {
        tool("get_stock");
    } else if (has(C::Describe)) {
        tool("describe_product");
    } else if ((has(C::Remaining) || has(C::Low)) && product) {
        tool("get_stock");
    } else if ((has(C::Search) || has(C::SellVerb)) && product) {
        tool("search_products");
    } else if (has(C::Greeting) || has(C::Thanks)) {
        intent.kind = Intent::Kind::Greeting;
    } else if (has(C::Quantity) || has(C::Remaining)) {
        // "¿cuánto queda?": of the product in the context.
        tool("get_stock");
        intent.followUp = true;
    } else if (product || !period.isEmpty()) {
        // "¿y el de 1 kg?", "¿y ayer?", or a bare product name: the
        // assistant decides with its context.
        intent.kind = Intent::Kind::Tool;
        if (!period.isEmpty())
            intent.arguments.insert(QStringLiteral("period"), period);
        // A size alone ("1 kg") can only complete an earlier question.
        if (!intent.followUp && period.isEmpty())
            intent.followUp =
                phrase.size() <= 3 && std::any_of(phrase.begin(), phrase.end(), isNumber);
    }
    return intent;
}

} // namespace bodega
