#include "llmenricher.h"

#include "ai/textnormalizer.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bodega {

namespace {

const QString Purpose = QStringLiteral("describe_product");

Error unusable(const QString &field, const QString &reason, const QString &message)
{
    return Error::validation(field, message, {{QStringLiteral("reason"), reason}});
}

// The first JSON object in the text: servers without structured output wrap
// it in prose or a ```json fence.
std::optional<QJsonObject> firstObject(const QString &content)
{
    const QByteArray bytes = content.trimmed().toUtf8();
    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && whole.isObject())
        return whole.object();
    const qsizetype start = bytes.indexOf('{');
    const qsizetype end = bytes.lastIndexOf('}');
    if (start < 0 || end <= start)
        return std::nullopt;
    const QJsonDocument inner = QJsonDocument::fromJson(bytes.mid(start, end - start + 1), &error);
    if (error.error != QJsonParseError::NoError || !inner.isObject())
        return std::nullopt;
    return inner.object();
}

QString trimmedDescription(const QString &text)
{
    QString description = text.simplified();
    if (description.size() <= LlmEnricher::MaxDescriptionLength)
        return description;
    // Cut after the last whole sentence that fits.
    description.truncate(LlmEnricher::MaxDescriptionLength);
    const qsizetype stop = description.lastIndexOf(QLatin1Char('.'));
    return stop > 0 ? description.left(stop + 1) : description;
}

} // namespace

LlmEnricher::LlmEnricher(ChatModel &model, AiProvider &fallback)
    : m_model(model), m_fallback(fallback)
{
}

ChatRequest LlmEnricher::buildRequest(const AiRequest &request, const QStringList &categories)
{
    const bool english = request.language == QLatin1String("en");
    const QStringList allowed =
        request.category.trimmed().isEmpty() ? categories : QStringList{request.category.trimmed()};
    // Prompts speak to the model, not to a person: they are not translated
    // with tr() but written in the language the description must come in.
    const QString system =
        english
            ? QStringLiteral(
                  "You write the product catalog of a neighbourhood store in Colombia. Write an "
                  "English description of 1 to 3 sentences for the product, using only what "
                  "its name, keywords and unit of sale say: never invent a weight, origin, "
                  "ingredient or health claim. Pick its category, spelled exactly as in this "
                  "list: %1. Answer with a JSON object {\"category\", \"description\", "
                  "\"confidence\"}, where confidence (0 to 1) says how sure you are of the "
                  "category.")
            : QStringLiteral(
                  "Eres quien escribe el catálogo de una tienda de barrio en Colombia. Escribe "
                  "en español una descripción de 1 a 3 frases para el producto, usando solo lo "
                  "que dicen su nombre, sus palabras clave y su unidad de venta: nunca inventes "
                  "peso, origen, ingredientes ni propiedades de salud. Elige su categoría, "
                  "escrita exactamente como en esta lista: %1. Responde con un objeto JSON "
                  "{\"category\", \"description\", \"confidence\"}, donde confidence (0 a 1) "
                  "dice qué tan seguro estás de la categoría.");
    QJsonObject product{{QStringLiteral("name"), request.name.trimmed()},
                        {QStringLiteral("keywords"), QJsonArray::fromStringList(request.keywords)}};
    if (!request.unit.isEmpty())
        product.insert(QStringLiteral("unit"), request.unit);
    if (!request.category.trimmed().isEmpty())
        product.insert(QStringLiteral("category"), request.category.trimmed());

    QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("category"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                  {QStringLiteral("enum"), QJsonArray::fromStringList(allowed)}}},
                     {QStringLiteral("description"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                     {QStringLiteral("confidence"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}}}},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("category"), QStringLiteral("description"),
                    QStringLiteral("confidence")}},
        {QStringLiteral("additionalProperties"), false}};

    ChatRequest chat;
    chat.messages = {
        ChatMessage{
            ChatMessage::Role::System, system.arg(allowed.join(QStringLiteral("; "))), {}, {}},
        ChatMessage{ChatMessage::Role::User,
                    QString::fromUtf8(QJsonDocument(product).toJson(QJsonDocument::Compact)),
                    {},
                    {}}};
    chat.format = ResponseFormat{QStringLiteral("product_enrichment"), schema};
    chat.purpose = Purpose;
    chat.dataClasses = DataClass::Public;
    chat.temperature = 0.2;
    chat.maxTokens = 400;
    return chat;
}

Result<AiSuggestion> LlmEnricher::parseAnswer(const QString &content, const QStringList &categories)
{
    const std::optional<QJsonObject> answer = firstObject(content);
    if (!answer)
        return unusable(QStringLiteral("content"), QStringLiteral("invalid_reply"),
                        tr("The AI answer is not the JSON object that was asked for."));
    const QString description =
        trimmedDescription(answer->value(QStringLiteral("description")).toString());
    if (description.isEmpty())
        return unusable(QStringLiteral("description"), QStringLiteral("invalid_reply"),
                        tr("The AI answer has no description."));
    const QString category = answer->value(QStringLiteral("category")).toString().simplified();
    QString known;
    for (const QString &candidate : categories) {
        if (candidate == category) {
            known = candidate;
            break;
        }
        if (known.isEmpty() && TextNormalizer::fold(candidate) == TextNormalizer::fold(category))
            known = candidate;
    }
    if (known.isEmpty())
        return unusable(QStringLiteral("category"), QStringLiteral("category_outside_list"),
                        tr("The AI suggested the category \"%1\", which this store does not have.")
                            .arg(category.left(80)));

    AiSuggestion suggestion;
    suggestion.category = known;
    suggestion.description = description;
    const QJsonValue confidence = answer->value(QStringLiteral("confidence"));
    suggestion.confidence =
        confidence.isDouble() ? std::clamp(confidence.toDouble(), 0.0, 1.0) : DefaultConfidence;
    return suggestion;
}

AiSuggestion LlmEnricher::fallBack(AiSuggestion offline, const QString &code,
                                   const QString &reason) const
{
    offline.fallback = true;
    offline.fallbackCode = code;
    // Server messages often end without a full stop.
    QString sentence = reason.trimmed();
    if (!sentence.isEmpty() && !sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    offline.fallbackReason =
        tr("%1 The offline assistant wrote this suggestion instead.").arg(sentence);
    return offline;
}

Result<AiSuggestion> LlmEnricher::suggest(const AiRequest &request)
{
    // The offline answer first: it validates the input and is the fallback.
    Result<AiSuggestion> offline = m_fallback.suggest(request);
    if (!offline.ok())
        return offline.error(); // bad input (or no engine at all): nothing to fall back to

    if (!m_model.available())
        return fallBack(std::move(offline).value(), QStringLiteral("breaker_open"),
                        tr("The AI service failed several times in a row and is paused."));

    const QStringList known = categories();
    AiRequest asked = request;
    if (!asked.category.trimmed().isEmpty())
        asked.category = offline->category; // as the store spells it
    const Result<ChatReply> reply = m_model.chat(buildRequest(asked, known));
    if (!reply.ok()) {
        const Error &error = reply.error();
        // Behind an AiRouter the endpoint's own reason (server_error,
        // timeout, ...) is the cause of the router's "unavailable".
        QString code = error.details.value(QStringLiteral("cause")).toString();
        if (code.isEmpty())
            code = error.details.value(QStringLiteral("reason")).toString();
        if (code.isEmpty())
            code = error.codeName().toLower();
        return fallBack(std::move(offline).value(), code, error.message);
    }

    const QStringList allowed =
        request.category.trimmed().isEmpty() ? known : QStringList{offline->category};
    Result<AiSuggestion> answer = parseAnswer(reply->message.content, allowed);
    if (!answer.ok())
        return fallBack(std::move(offline).value(),
                        answer.error().details.value(QStringLiteral("reason")).toString(),
                        answer.error().message);

    AiSuggestion suggestion = std::move(answer).value();
    suggestion.engine = endpointKindCode(reply->endpoint);
    // The offline ranking still says what else the product could be.
    QStringList alternatives = QStringList{offline->category} + offline->alternatives;
    alternatives.removeAll(suggestion.category);
    alternatives.removeDuplicates();
    suggestion.alternatives = alternatives.mid(0, 3);
    return suggestion;
}

} // namespace bodega
