#include "assistant.h"

#include "ai/textnormalizer.h"
#include "common/uuid.h"
#include "domain/money.h"
#include "domain/quantity.h"

#include <cmath>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcAssistant, "bodega.assistant")

namespace bodega {

namespace {

// Answers follow the language of the question, not the UI's (a cashier
// with a Spanish screen may ask in English), so both templates live here
// side by side instead of behind tr(), which gives the UI's language.
struct Say
{
    bool english;
    QString operator()(const char *es, const char *en) const
    {
        return QString::fromUtf8(english ? en : es);
    }
};

QLocale localeFor(const Say &say)
{
    return say.english ? QLocale(QLocale::English, QLocale::UnitedStates)
                       : QLocale(QLocale::Spanish, QLocale::Colombia);
}

QString money(const QJsonValue &minor, const QString &currency, const Say &say)
{
    return Money(minor.toInteger(), currency).format(localeFor(say));
}

QString amountText(const QJsonValue &value, const QString &unit, const Say &say)
{
    const Quantity q = Quantity::fromMilli(std::llround(value.toDouble() * Quantity::Scale));
    const QString n = q.format(localeFor(say));
    if (unit == QLatin1String("kg") || unit == QLatin1String("l"))
        return n + QLatin1Char(' ') + unit;
    const bool one = q == Quantity::fromUnits(1);
    return n + QLatin1Char(' ') + (one ? say("unidad", "unit") : say("unidades", "units"));
}

QString dateText(const QString &iso, const Say &say)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return say.english ? d.toString(QStringLiteral("MM/dd/yyyy"))
                       : d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString periodText(const QJsonObject &period, const Say &say)
{
    const QString code = period.value(QStringLiteral("period")).toString();
    const QString from = dateText(period.value(QStringLiteral("from")).toString(), say);
    const QString to = dateText(period.value(QStringLiteral("to")).toString(), say);
    QString name;
    if (code == QLatin1String("today"))
        name = say("hoy", "today");
    else if (code == QLatin1String("yesterday"))
        name = say("ayer", "yesterday");
    else if (code == QLatin1String("this_week"))
        name = say("esta semana", "this week");
    else if (code == QLatin1String("last_7_days"))
        name = say("los últimos 7 días", "the last 7 days");
    else if (code == QLatin1String("this_month"))
        name = say("este mes", "this month");
    else if (code == QLatin1String("last_30_days"))
        name = say("los últimos 30 días", "the last 30 days");
    if (from == to)
        return name.isEmpty() ? from : QStringLiteral("%1 (%2)").arg(name, from);
    const QString span = say("del %1 al %2", "%1 to %2").arg(from, to);
    return name.isEmpty() ? span : QStringLiteral("%1 (%2)").arg(name, span);
}

QString capabilities(const Say &say)
{
    return say("Puedo decirte qué está bajo de stock («¿qué está bajo de stock?»), cuánto queda "
               "de un producto («cuánto arroz queda»), las ventas de un día o un periodo («ventas "
               "de ayer»), lo más vendido («lo más vendido esta semana»), sugerir un pedido, "
               "también para un proveedor («sugiere un pedido para Proveedor X»), describir un "
               "producto («describe el café molido»), su precio, buscar productos y mostrar las "
               "alertas recientes.",
               "I can tell you what is running low (\"what is low on stock?\"), how much of a "
               "product is left (\"how much rice is left\"), the sales of a day or a period "
               "(\"yesterday's sales\"), the best sellers (\"best sellers this week\"), suggest "
               "an order, also for one supplier (\"suggest an order for Supplier X\"), describe "
               "a product (\"describe the ground coffee\"), give its price, search products and "
               "show the recent alerts.");
}

QString errorText(const Error &error, const Say &say)
{
    switch (error.code) {
    case ErrorCode::PermissionDenied:
        if (error.details.value(QStringLiteral("reason")).toString() ==
            QLatin1String("writes_disabled"))
            return say("Eso cambiaría la tienda, y las herramientas de escritura están apagadas. "
                       "Un administrador puede encenderlas.",
                       "That would change the store, and write tools are off. An admin can turn "
                       "them on.");
        return say("Tu rol no permite esto (%1).", "Your role does not allow this (%1).")
            .arg(error.details.value(QStringLiteral("permission")).toString());
    case ErrorCode::NotFound:
        return say("No encontré ese producto.", "I could not find that product.");
    case ErrorCode::ValidationFailed:
        return say("No pude con eso: %1", "I could not do that: %1").arg(error.message);
    default:
        return say("No pude responder: %1", "I could not answer: %1").arg(error.message);
    }
}

// Products a tool's result names: "product", "products" items, alerts.
void cite(const QJsonObject &result, QVector<CitedProduct> &out)
{
    auto add = [&](const QString &id, const QString &name) {
        if (id.isEmpty())
            return;
        for (const CitedProduct &p : out)
            if (p.id == id)
                return;
        out.push_back({id, name});
    };
    const QJsonObject one = result.value(QStringLiteral("product")).toObject();
    add(one.value(QStringLiteral("id")).toString(), one.value(QStringLiteral("name")).toString());
    for (const QJsonValue &v : result.value(QStringLiteral("products")).toArray()) {
        const QJsonObject p = v.toObject();
        add(p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("name")).toString());
    }
    for (const QJsonValue &v : result.value(QStringLiteral("alerts")).toArray()) {
        const QJsonObject a = v.toObject();
        add(a.value(QStringLiteral("product_id")).toString(),
            a.value(QStringLiteral("product_name")).toString());
    }
}

QString join(const QStringList &items, const Say &say)
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + say(" y ", " and ") +
           items.last();
}

QString render(const QString &tool, const QJsonObject &r, const Say &say)
{
    const QString currency = r.value(QStringLiteral("currency")).toString();
    const QJsonArray products = r.value(QStringLiteral("products")).toArray();
    if (tool == QLatin1String("low_stock")) {
        if (products.isEmpty())
            return say("Nada está bajo de stock.", "Nothing is low on stock.");
        QStringList items;
        for (const QJsonValue &v : products) {
            const QJsonObject p = v.toObject();
            const QString unit = p.value(QStringLiteral("unit")).toString();
            items << say("%1 (quedan %2, mínimo %3)", "%1 (%2 left, threshold %3)")
                         .arg(p.value(QStringLiteral("name")).toString(),
                              amountText(p.value(QStringLiteral("stock")), unit, say),
                              amountText(p.value(QStringLiteral("threshold")), unit, say));
        }
        const qint64 total = r.value(QStringLiteral("total")).toInteger();
        const bool capped = r.value(QStringLiteral("total_capped")).toBool();
        QString text = (capped       ? say("Más de %1 productos están bajo el mínimo: %2.",
                                           "Over %1 products are below their threshold: %2.")
                        : total == 1 ? say("1 producto está bajo el mínimo: %2.",
                                           "1 product is below its threshold: %2.")
                                     : say("%1 productos están bajo el mínimo: %2.",
                                           "%1 products are below their threshold: %2."))
                           .arg(total)
                           .arg(join(items, say));
        if (total > products.size())
            text += say(" (muestro %1)", " (showing %1)").arg(products.size());
        return text;
    }
    if (tool == QLatin1String("get_stock")) {
        const QJsonObject p = r.value(QStringLiteral("product")).toObject();
        const QString unit = p.value(QStringLiteral("unit")).toString();
        QString text = say("De %1 quedan %2 (mínimo %3).", "%1: %2 left (threshold %3).")
                           .arg(p.value(QStringLiteral("name")).toString(),
                                amountText(r.value(QStringLiteral("stock")), unit, say),
                                amountText(r.value(QStringLiteral("threshold")), unit, say));
        if (r.value(QStringLiteral("low")).toBool())
            text += say(" Está bajo el mínimo.", " It is below its threshold.");
        return text;
    }
    if (tool == QLatin1String("get_product")) {
        const QJsonObject p = r.value(QStringLiteral("product")).toObject();
        return say("%1 (%2) cuesta %3, IVA %4 %; quedan %5.",
                   "%1 (%2) costs %3, VAT %4 %; %5 left.")
            .arg(p.value(QStringLiteral("name")).toString(),
                 p.value(QStringLiteral("sku")).toString(),
                 money(p.value(QStringLiteral("price")),
                       p.value(QStringLiteral("currency")).toString(), say),
                 QString::number(p.value(QStringLiteral("tax_rate_bp")).toInt() / 100),
                 amountText(p.value(QStringLiteral("stock")),
                            p.value(QStringLiteral("unit")).toString(), say));
    }
    if (tool == QLatin1String("describe_product")) {
        const QJsonObject p = r.value(QStringLiteral("product")).toObject();
        QString text =
            QStringLiteral("%1: %2").arg(p.value(QStringLiteral("name")).toString(),
                                         r.value(QStringLiteral("description")).toString());
        const QString category = r.value(QStringLiteral("category")).toString();
        // The templates name the category already.
        if (!category.isEmpty() && r.value(QStringLiteral("source")) != QLatin1String("template"))
            text += say(" Categoría: %1.", " Category: %1.").arg(category);
        text += say(" Precio: %1.", " Price: %1.")
                    .arg(money(r.value(QStringLiteral("price")), currency, say));
        return text;
    }
    if (tool == QLatin1String("search_products")) {
        if (products.isEmpty())
            return say("No encontré productos con esas palabras.",
                       "I found no products with those words.");
        QStringList items;
        for (const QJsonValue &v : products) {
            const QJsonObject p = v.toObject();
            items << QStringLiteral("%1 (%2)").arg(
                p.value(QStringLiteral("name")).toString(),
                money(p.value(QStringLiteral("price")),
                      p.value(QStringLiteral("currency")).toString(), say));
        }
        return say("Encontré %1: %2.", "I found %1: %2.")
            .arg(products.size())
            .arg(join(items, say));
    }
    if (tool == QLatin1String("sales_summary")) {
        const QJsonObject period = r.value(QStringLiteral("period")).toObject();
        const qint64 sales = r.value(QStringLiteral("sales")).toInteger();
        if (sales == 0 && r.value(QStringLiteral("returns")).toInteger() == 0)
            return say("Sin ventas %1.", "No sales %1.").arg(periodText(period, say));
        const bool named =
            period.value(QStringLiteral("period")).toString() != QLatin1String("custom");
        QString text = (named ? say("Ventas de %1: %2 por %3 (IVA %4, descuentos %5).",
                                    "Sales %1: %2 for %3 (VAT %4, discounts %5).")
                              : say("Ventas %1: %2 por %3 (IVA %4, descuentos %5).",
                                    "Sales %1: %2 for %3 (VAT %4, discounts %5)."))
                           .arg(periodText(period, say),
                                sales == 1 ? say("1 venta", "1 sale")
                                           : say("%1 ventas", "%1 sales").arg(sales),
                                money(r.value(QStringLiteral("total")), currency, say),
                                money(r.value(QStringLiteral("tax")), currency, say),
                                money(r.value(QStringLiteral("discounts")), currency, say));
        if (r.value(QStringLiteral("returns")).toInteger() > 0) {
            text += say(" Devoluciones: %1 por %2; neto %3.", " Returns: %1 for %2; net %3.")
                        .arg(r.value(QStringLiteral("returns")).toInteger())
                        .arg(money(r.value(QStringLiteral("refunds")), currency, say),
                             money(r.value(QStringLiteral("net")), currency, say));
        }
        return text;
    }
    if (tool == QLatin1String("top_products")) {
        const QString when = periodText(r.value(QStringLiteral("period")).toObject(), say);
        if (products.isEmpty())
            return say("Sin ventas %1.", "No sales %1.").arg(when);
        QStringList items;
        int rank = 0;
        for (const QJsonValue &v : products) {
            const QJsonObject p = v.toObject();
            items << QStringLiteral("%1. %2 (%3, %4)")
                         .arg(++rank)
                         .arg(p.value(QStringLiteral("name")).toString(),
                              amountText(p.value(QStringLiteral("quantity")),
                                         p.value(QStringLiteral("unit")).toString(), say),
                              money(p.value(QStringLiteral("revenue")), currency, say));
        }
        return say("Lo más vendido %1: %2.", "Best sellers %1: %2.")
            .arg(when, items.join(QStringLiteral("; ")));
    }
    if (tool == QLatin1String("reorder_suggestions")) {
        const QString supplier = r.value(QStringLiteral("supplier")).toString();
        const int days = r.value(QStringLiteral("cover_days")).toInt();
        if (products.isEmpty()) {
            return supplier.isEmpty() ? say("No hace falta pedir nada para cubrir %1 días.",
                                            "Nothing needs ordering to cover %1 days.")
                                            .arg(days)
                                      : say("No hace falta pedir nada a %2 para cubrir %1 días.",
                                            "Nothing needs ordering from %2 to cover %1 days.")
                                            .arg(days)
                                            .arg(supplier);
        }
        QStringList items;
        qint64 cost = 0;
        QString supplierName;
        for (const QJsonValue &v : products) {
            const QJsonObject p = v.toObject();
            const QString unit = p.value(QStringLiteral("unit")).toString();
            items << say("%1: %2 (quedan %3)", "%1: %2 (%3 left)")
                         .arg(p.value(QStringLiteral("name")).toString(),
                              amountText(p.value(QStringLiteral("suggested")), unit, say),
                              amountText(p.value(QStringLiteral("stock")), unit, say));
            cost += p.value(QStringLiteral("estimated_cost")).toInteger();
            supplierName = p.value(QStringLiteral("supplier")).toString();
        }
        const QString head =
            supplier.isEmpty()
                ? say("Pedido sugerido para cubrir %1 días", "Suggested order to cover %1 days")
                      .arg(days)
                : say("Pedido sugerido a %2 para cubrir %1 días",
                      "Suggested order from %2 to cover %1 days")
                      .arg(days)
                      .arg(supplierName.isEmpty() ? supplier : supplierName);
        QString text = QStringLiteral("%1: %2.").arg(head, items.join(QStringLiteral("; ")));
        if (cost > 0)
            text += say(" Costo estimado: %1.", " Estimated cost: %1.")
                        .arg(money(cost, QStringLiteral("COP"), say));
        return text;
    }
    if (tool == QLatin1String("recent_alerts")) {
        const QJsonArray alerts = r.value(QStringLiteral("alerts")).toArray();
        if (alerts.isEmpty())
            return say("No hay alertas recientes.", "There are no recent alerts.");
        QStringList items;
        for (const QJsonValue &v : alerts) {
            const QJsonObject a = v.toObject();
            items << say("%1 (quedaban %2)", "%1 (%2 left)")
                         .arg(a.value(QStringLiteral("product_name")).toString(),
                              amountText(a.value(QStringLiteral("stock")), QString(), say));
        }
        return say("Últimas alertas de stock bajo: %1.", "Latest low-stock alerts: %1.")
            .arg(join(items, say));
    }
    return QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact));
}

bool needsProduct(const QString &tool)
{
    return tool == QLatin1String("get_stock") || tool == QLatin1String("get_product") ||
           tool == QLatin1String("describe_product");
}

QString errorJson(const Error &error)
{
    QJsonObject e{{QStringLiteral("code"), error.codeName()},
                  {QStringLiteral("message"), error.message}};
    if (!error.details.isEmpty())
        e.insert(QStringLiteral("details"), QJsonObject::fromVariantMap(error.details));
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact));
}

} // namespace

Assistant::Assistant(const ToolRegistry &registry, const Clock &clock, AssistantOptions options)
    : m_registry(registry), m_clock(clock), m_options(options)
{
}

Status Assistant::takeToken(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nowMs();
    auto it = m_buckets.find(userId);
    if (it == m_buckets.end())
        it = m_buckets.insert(userId, Bucket{double(m_options.burst), now});
    Bucket &b = *it;
    if (now > b.atMs) {
        b.tokens = std::min<double>(m_options.burst,
                                    b.tokens + double(now - b.atMs) / double(m_options.refillMs));
        b.atMs = now;
    }
    if (b.tokens < 1.0) {
        const qint64 wait = qint64(std::ceil((1.0 - b.tokens) * double(m_options.refillMs)));
        return Error{
            ErrorCode::RateLimited,
            tr("Too many questions in a short time; try again in %1 s.").arg((wait + 999) / 1000),
            {{QStringLiteral("retry_after_ms"), wait}}};
    }
    b.tokens -= 1.0;
    return {};
}

Assistant::Context Assistant::liveContext(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_contexts.constFind(userId);
    if (it != m_contexts.constEnd() && it->expiresAtMs > m_clock.nowMs())
        return *it;
    Context fresh;
    fresh.conversation = UuidV7Generator(m_clock).next();
    return fresh;
}

void Assistant::remember(const QString &userId, const Context &context)
{
    QMutexLocker lock(&m_mutex);
    Context c = context;
    c.expiresAtMs = m_clock.nowMs() + m_options.contextTtlMs;
    while (c.turns.size() > 2 * m_options.contextTurns)
        c.turns.removeFirst();
    m_contexts.insert(userId, c);
}

void Assistant::resetContext(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    m_contexts.remove(userId);
}

Result<QJsonObject> Assistant::call(const QString &tool, const QJsonObject &arguments,
                                    const ToolContext &context, AssistantAnswer &answer) const
{
    Result<QJsonObject> r = m_registry.call(tool, arguments, context);
    answer.toolCalls.push_back(
        {tool, arguments, r.ok(), r.ok() ? QString() : r.error().codeName()});
    return r;
}

QVector<QJsonObject> Assistant::resolve(const QString &phrase, const ToolContext &context,
                                        AssistantAnswer &answer, int limit) const
{
    auto found = call(
        QStringLiteral("search_products"),
        QJsonObject{{QStringLiteral("query"), phrase.left(200)}, {QStringLiteral("limit"), 20}},
        context, answer);
    if (!found)
        return {};
    // Best first: most words of the phrase starting a word of the name,
    // then the shortest name (the plainest product).
    const QStringList wanted = TextNormalizer::words(phrase);
    struct Scored
    {
        QJsonObject product;
        int score;
        int length;
    };
    QVector<Scored> scored;
    for (const QJsonValue &v : found->value(QStringLiteral("products")).toArray()) {
        const QJsonObject p = v.toObject();
        const QStringList name = TextNormalizer::words(p.value(QStringLiteral("name")).toString());
        int score = 0;
        for (const QString &w : wanted)
            score += std::any_of(name.begin(), name.end(),
                                 [&](const QString &n) { return n.startsWith(w); });
        scored.push_back({p, score, int(name.size())});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : a.length < b.length;
    });
    QVector<QJsonObject> out;
    for (const Scored &s : scored) {
        if (out.size() >= limit || s.score < scored.first().score)
            break;
        out << s.product;
    }
    return out;
}

AssistantAnswer Assistant::offline(const ToolContext &asked, const QString &text, Context &memory)
{
    const Intent intent = m_intents.recognize(text, asked.language);
    // Tools that write text (describe_product's templates) answer in the
    // language of the question too.
    ToolContext context = asked;
    context.language = intent.language;
    AssistantAnswer answer;
    answer.language = intent.language;
    answer.engine = endpointKindCode(EndpointKind::Offline);
    const Say say{intent.language == QLatin1String("en")};

    if (intent.kind == Intent::Kind::Greeting) {
        const QStringList words = TextNormalizer::words(text);
        const bool thanks = words.contains(QStringLiteral("gracias")) ||
                            words.contains(QStringLiteral("thanks")) ||
                            words.contains(QStringLiteral("thank"));
        answer.text = thanks ? say("¡Con gusto!", "You're welcome!")
                             : say("¡Hola! ", "Hello! ") + capabilities(say);
        return answer;
    }
    if (intent.kind == Intent::Kind::Help) {
        answer.text = capabilities(say);
        return answer;
    }
    QString tool = intent.tool;
    QJsonObject arguments = intent.arguments;
    QString phrase = intent.productPhrase;
    const bool continues = !memory.tool.isEmpty() && intent.followUp;
    if (intent.kind == Intent::Kind::Tool && tool.isEmpty()) {
        if (!memory.tool.isEmpty() && (intent.followUp || phrase.isEmpty()))
            tool = memory.tool;
        else if (!phrase.isEmpty())
            tool = QStringLiteral("search_products");
    }
    if (intent.kind == Intent::Kind::Unknown || tool.isEmpty()) {
        answer.text =
            say("Eso todavía no lo sé hacer. ", "I can't do that yet. ") + capabilities(say);
        return answer;
    }
    if (continues && tool == memory.tool) {
        QJsonObject merged = memory.arguments;
        for (auto it = arguments.begin(); it != arguments.end(); ++it)
            merged.insert(it.key(), it.value());
        arguments = merged;
    }
    // A follow-up's words narrow the last product ("arroz" + "1 kg").
    QString usedPhrase = phrase;
    auto answerWith = [&](const QString &name, const QJsonObject &args) {
        auto r = call(name, args, context, answer);
        if (!r)
            return errorText(r.error(), say);
        cite(*r, answer.products);
        return render(name, *r, say);
    };

    if (tool == QLatin1String("search_products")) {
        QStringList tries;
        if (continues && !memory.productPhrase.isEmpty() && !phrase.isEmpty())
            tries << memory.productPhrase + QLatin1Char(' ') + phrase;
        tries << (phrase.isEmpty() ? memory.productPhrase : phrase);
        for (const QString &attempt : tries) {
            usedPhrase = attempt;
            auto r = call(tool, QJsonObject{{QStringLiteral("query"), attempt.left(200)}}, context,
                          answer);
            if (!r) {
                answer.text = errorText(r.error(), say);
                break;
            }
            if (r->value(QStringLiteral("total")).toInt() == 0 && attempt != tries.last())
                continue;
            if (r->value(QStringLiteral("total")).toInt() == 0 && intent.cues == 0 && !continues) {
                answer.text = say("Eso todavía no lo sé hacer, y no hay productos que se "
                                  "llamen así. ",
                                  "I can't do that yet, and no product goes by that name. ") +
                              capabilities(say);
                return answer;
            }
            cite(*r, answer.products);
            answer.text = render(tool, *r, say);
            break;
        }
    } else if (needsProduct(tool)) {
        QVector<QJsonObject> matches;
        const int limit = tool == QLatin1String("get_stock") ? 3 : 1;
        if (!phrase.isEmpty()) {
            if (continues && !memory.productPhrase.isEmpty()) {
                matches = resolve(memory.productPhrase + QLatin1Char(' ') + phrase, context, answer,
                                  limit);
                // The base stays: "¿y el de 500 g?" next still means rice.
                if (!matches.isEmpty())
                    usedPhrase = memory.productPhrase;
            }
            if (matches.isEmpty()) {
                usedPhrase = phrase;
                matches = resolve(usedPhrase, context, answer, limit);
            }
        } else if (!memory.products.isEmpty()) {
            usedPhrase = memory.productPhrase;
            for (const CitedProduct &p : memory.products.mid(0, limit))
                matches << QJsonObject{{QStringLiteral("id"), p.id},
                                       {QStringLiteral("name"), p.name}};
        } else {
            answer.text = say("¿De qué producto?", "Which product?");
            return answer;
        }
        if (!answer.toolCalls.isEmpty() && !answer.toolCalls.last().ok) {
            answer.text = say("No pude buscar productos.", "I could not search products.");
            return answer;
        }
        if (matches.isEmpty()) {
            answer.text =
                intent.cues == 0 && !continues
                    ? say("Eso todavía no lo sé hacer, y no hay productos que se "
                          "llamen así. ",
                          "I can't do that yet, and no product goes by that name. ") +
                          capabilities(say)
                    : say("No encontré productos para «%1».", "I found no products for \"%1\".")
                          .arg(usedPhrase);
            return answer;
        }
        {
            QStringList lines;
            // The product is all these tools take (their schemas are closed).
            for (const QJsonObject &m : matches)
                lines << answerWith(
                    tool, {{QStringLiteral("product_id"), m.value(QStringLiteral("id"))}});
            answer.text = lines.join(QLatin1Char(' '));
        }
    } else {
        answer.text = answerWith(tool, arguments);
    }
    memory.tool = tool;
    arguments.remove(QStringLiteral("product_id"));
    memory.arguments = arguments;
    if (!usedPhrase.isEmpty())
        memory.productPhrase = usedPhrase;
    if (!answer.products.isEmpty())
        memory.products = answer.products;
    return answer;
}

Result<AssistantAnswer> Assistant::withModel(const ToolContext &context, const QString &text,
                                             Context &memory)
{
    const Intent guess = m_intents.recognize(text, context.language);
    AssistantAnswer answer;
    answer.language = guess.language;
    const QString today = m_clock.now().toString(Qt::ISODate);
    QVector<ChatMessage> messages;
    messages.push_back(
        {ChatMessage::Role::System,
         QStringLiteral(
             "You are the assistant of a small store's point-of-sale and warehouse program. "
             "Answer briefly, in the language of the user's last message (Spanish or English), "
             "from the store's tools only: call search_products to find a product's id before "
             "the tools that need one, and never invent figures. Money amounts in tool results "
             "are minor units of the currency given. Now (UTC): %1.")
             .arg(today),
         {},
         {}});
    for (const ChatMessage &turn : memory.turns)
        messages.push_back(turn);
    messages.push_back({ChatMessage::Role::User, text, {}, {}});

    ChatRequest request;
    request.tools = m_registry.specs(context);
    request.purpose = QStringLiteral("assistant");
    request.userId = context.actor ? context.actor->userId : QString();
    request.userName = context.actor ? context.actor->name : QString();
    DataClasses classes = DataClass::Internal | DataClass::Public;
    QVector<CitedProduct> lastCited;
    for (int step = 0; step < m_options.maxSteps; ++step) {
        request.messages = messages;
        request.dataClasses = classes;
        auto reply = m_model->chat(request);
        if (!reply)
            return reply.error();
        answer.engine = endpointKindCode(reply->endpoint);
        const ChatMessage &said = reply->message;
        if (said.toolCalls.isEmpty()) {
            if (said.content.trimmed().isEmpty()) {
                return Error{ErrorCode::AiUnavailable,
                             tr("The AI model gave an empty answer."),
                             {{QStringLiteral("reason"), QStringLiteral("empty_answer")}}};
            }
            answer.text = said.content.trimmed();
            // Links for the products the answer names; when it names none
            // as the catalog does, those of the last tool that answered
            // (not every hit of the searches on the way).
            const QString folded = TextNormalizer::fold(answer.text);
            QVector<CitedProduct> named;
            for (const CitedProduct &p : answer.products)
                if (folded.contains(TextNormalizer::fold(p.name)))
                    named << p;
            answer.products = named.isEmpty() ? lastCited : named;
            if (!answer.products.isEmpty())
                memory.products = answer.products;
            return answer;
        }
        ChatMessage asked = said;
        asked.role = ChatMessage::Role::Assistant;
        messages.push_back(asked);
        for (const ToolCall &toolCall : said.toolCalls) {
            QJsonParseError parseError{};
            const QString raw = toolCall.arguments.trimmed();
            const QJsonDocument doc = raw.isEmpty()
                                          ? QJsonDocument(QJsonObject())
                                          : QJsonDocument::fromJson(raw.toUtf8(), &parseError);
            QString content;
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                const Error bad = Error::validation(
                    QStringLiteral("arguments"),
                    QStringLiteral("The arguments of %1 are not a JSON object: %2")
                        .arg(toolCall.name, parseError.error != QJsonParseError::NoError
                                                ? parseError.errorString()
                                                : QStringLiteral("not an object")),
                    {{QStringLiteral("tool"), toolCall.name}});
                answer.toolCalls.push_back({toolCall.name, {}, false, bad.codeName()});
                content = errorJson(bad);
            } else {
                auto result = call(toolCall.name, doc.object(), context, answer);
                if (result) {
                    if (const Tool *tool = m_registry.find(toolCall.name))
                        classes |= tool->dataClasses;
                    cite(*result, answer.products);
                    QVector<CitedProduct> these;
                    cite(*result, these);
                    if (!these.isEmpty())
                        lastCited = these;
                    content =
                        QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Compact));
                } else {
                    content = errorJson(result.error());
                }
            }
            messages.push_back({ChatMessage::Role::Tool, content, {}, toolCall.id});
        }
    }
    return Error{ErrorCode::AiUnavailable,
                 tr("The AI model did not finish within %1 steps.").arg(m_options.maxSteps),
                 {{QStringLiteral("reason"), QStringLiteral("max_steps")}}};
}

Result<AssistantAnswer> Assistant::ask(const ToolContext &context, const QString &text)
{
    const QString question = text.trimmed();
    if (question.isEmpty() || question.size() > MaxQuestionLength) {
        return Error::validation(
            QStringLiteral("text"),
            tr("Ask something of at most %1 characters.").arg(MaxQuestionLength),
            {{QStringLiteral("length"), question.size()}});
    }
    const QString userId = context.actor ? context.actor->userId : QString();
    if (auto token = takeToken(userId); !token)
        return token.error();
    Context memory = liveContext(userId);

    AssistantAnswer answer;
    QElapsedTimer offlineTimer;
    const auto answerOffline = [&] {
        offlineTimer.start();
        answer = offline(context, question, memory);
        if (!m_offlineRecorder)
            return;
        ChatRequest request;
        request.purpose = QStringLiteral("assistant");
        request.userId = userId;
        request.userName = context.actor ? context.actor->name : QString();
        request.dataClasses = DataClass::Internal | DataClass::Public;
        for (const AssistantToolCall &call : std::as_const(answer.toolCalls)) {
            if (const Tool *tool = m_registry.find(call.name))
                request.dataClasses |= tool->dataClasses;
        }
        m_offlineRecorder(request, offlineTimer.elapsed());
    };
    if (m_model && m_model->available()) {
        Context attempt = memory;
        auto modelled = withModel(context, question, attempt);
        if (modelled) {
            answer = *modelled;
            memory = attempt;
        } else {
            answerOffline();
            const Say say{answer.language == QLatin1String("en")};
            answer.notice = say("La IA no respondió (%1); contestó el motor sin conexión.",
                                "The AI did not answer (%1); the offline engine did.")
                                .arg(modelled.error().codeName());
        }
    } else {
        answerOffline();
        if (m_model) {
            const Say say{answer.language == QLatin1String("en")};
            answer.notice = say("La IA no está disponible; contestó el motor sin conexión.",
                                "The AI is unavailable; the offline engine answered.");
        }
    }
    answer.conversation = memory.conversation;
    memory.turns.push_back({ChatMessage::Role::User, question, {}, {}});
    memory.turns.push_back({ChatMessage::Role::Assistant, answer.text, {}, {}});
    remember(userId, memory);

    if (m_history) {
        AssistantMessage asked{
            {}, userId, memory.conversation, {}, QStringLiteral("user"), question, {}, {}};
        AssistantMessage said{
            {},          userId,        memory.conversation, {}, QStringLiteral("assistant"),
            answer.text, answer.engine, answer.products};
        if (auto s = m_history->appendTurn(asked, said); !s)
            qCWarning(lcAssistant) << "history not kept:" << s.error().message;
    }
    return answer;
}

} // namespace bodega
