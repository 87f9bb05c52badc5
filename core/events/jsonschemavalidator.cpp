#include "jsonschemavalidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

namespace bodega {

namespace {

const QSet<QString> &supportedKeywords()
{
    static const QSet<QString> keywords = {
        QStringLiteral("$schema"),    QStringLiteral("$id"),
        QStringLiteral("title"),      QStringLiteral("description"),
        QStringLiteral("type"),       QStringLiteral("enum"),
        QStringLiteral("const"),      QStringLiteral("propertyNames"),
        QStringLiteral("not"),        QStringLiteral("required"),
        QStringLiteral("properties"), QStringLiteral("additionalProperties"),
        QStringLiteral("items"),      QStringLiteral("minItems"),
        QStringLiteral("maxItems"),   QStringLiteral("minimum"),
        QStringLiteral("maximum"),    QStringLiteral("minLength"),
        QStringLiteral("maxLength"),  QStringLiteral("pattern"),
        QStringLiteral("format")};
    return keywords;
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("null"))
        return v.isNull();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer")) {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d));
    }
    return false;
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(QJsonObject schema) : m_schema(std::move(schema)) {}

QStringList JsonSchemaValidator::validate(const QJsonValue &instance) const
{
    QStringList problems;
    check(m_schema, instance, QString(), problems);
    return problems;
}

void JsonSchemaValidator::check(const QJsonObject &s, const QJsonValue &v, const QString &path,
                                QStringList &problems) const
{
    const QString where = path.isEmpty() ? QStringLiteral("/") : path;
    auto problem = [&](const QString &what) { problems << where + QStringLiteral(": ") + what; };
    for (auto it = s.begin(); it != s.end(); ++it) {
        if (!supportedKeywords().contains(it.key()))
            problem(QStringLiteral("schema uses unsupported keyword %1").arg(it.key()));
    }
    if (s.contains(QStringLiteral("type"))) {
        const QJsonValue t = s.value(QStringLiteral("type"));
        QStringList types;
        if (t.isArray()) {
            for (const QJsonValue &x : t.toArray())
                types << x.toString();
        } else {
            types << t.toString();
        }
        bool ok = false;
        for (const QString &type : types)
            ok = ok || hasType(v, type);
        if (!ok) {
            problem(QStringLiteral("expected %1").arg(types.join(QLatin1Char('|'))));
            return;
        }
    }
    if (s.contains(QStringLiteral("enum")) &&
        !s.value(QStringLiteral("enum")).toArray().contains(v))
        problem(QStringLiteral("value not in enum"));
    if (s.contains(QStringLiteral("const")) && s.value(QStringLiteral("const")) != v)
        problem(QStringLiteral("value differs from const"));
    if (s.contains(QStringLiteral("not"))) {
        QStringList inner;
        check(s.value(QStringLiteral("not")).toObject(), v, path, inner);
        if (inner.isEmpty())
            problem(QStringLiteral("value matches a forbidden schema"));
    }
    if (v.isDouble()) {
        if (s.contains(QStringLiteral("minimum")) &&
            v.toDouble() < s.value(QStringLiteral("minimum")).toDouble())
            problem(QStringLiteral("below minimum"));
        if (s.contains(QStringLiteral("maximum")) &&
            v.toDouble() > s.value(QStringLiteral("maximum")).toDouble())
            problem(QStringLiteral("above maximum"));
    }
    if (v.isString()) {
        const QString str = v.toString();
        if (s.contains(QStringLiteral("minLength")) &&
            str.size() < s.value(QStringLiteral("minLength")).toInt())
            problem(QStringLiteral("shorter than minLength"));
        if (s.contains(QStringLiteral("maxLength")) &&
            str.size() > s.value(QStringLiteral("maxLength")).toInt())
            problem(QStringLiteral("longer than maxLength"));
        if (s.contains(QStringLiteral("pattern"))) {
            const QRegularExpression re(s.value(QStringLiteral("pattern")).toString());
            if (!re.match(str).hasMatch())
                problem(QStringLiteral("does not match pattern"));
        }
        const QString format = s.value(QStringLiteral("format")).toString();
        if (format == QLatin1String("uuid")) {
            static const QRegularExpression uuid(QStringLiteral(
                "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
            if (!uuid.match(str).hasMatch())
                problem(QStringLiteral("not a uuid"));
        } else if (format == QLatin1String("date-time")) {
            static const QRegularExpression rfc3339(QStringLiteral(
                "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
            if (!rfc3339.match(str).hasMatch() ||
                !QDateTime::fromString(str, Qt::ISODateWithMs).isValid())
                problem(QStringLiteral("not an RFC 3339 date-time"));
        }
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.contains(QStringLiteral("minItems")) &&
            a.size() < s.value(QStringLiteral("minItems")).toInt())
            problem(QStringLiteral("fewer items than minItems"));
        if (s.contains(QStringLiteral("maxItems")) &&
            a.size() > s.value(QStringLiteral("maxItems")).toInt())
            problem(QStringLiteral("more items than maxItems"));
        if (s.contains(QStringLiteral("items"))) {
            const QJsonObject items = s.value(QStringLiteral("items")).toObject();
            for (int i = 0; i < a.size(); ++i)
                check(items, a.at(i), path + QLatin1Char('/') + QString::number(i), problems);
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray()) {
            if (!o.contains(r.toString()))
                problem(QStringLiteral("missing required property %1").arg(r.toString()));
        }
        const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
        const QJsonValue additional = s.value(QStringLiteral("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString child = path + QLatin1Char('/') + it.key();
            if (properties.contains(it.key()))
                check(properties.value(it.key()).toObject(), it.value(), child, problems);
            else if (additional.isBool() && !additional.toBool())
                problems << child + QStringLiteral(": property not allowed");
            else if (additional.isObject())
                check(additional.toObject(), it.value(), child, problems);
            if (s.contains(QStringLiteral("propertyNames")))
                check(s.value(QStringLiteral("propertyNames")).toObject(), it.key(), child,
                      problems);
        }
    }
}

static QJsonObject loadSchema(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QJsonObject> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(name);
    if (it != cache.end())
        return it.value();
    QFile file(QStringLiteral(":/schemas/events/") + name + QStringLiteral(".schema.json"));
    QJsonObject schema;
    if (file.open(QIODevice::ReadOnly))
        schema = QJsonDocument::fromJson(file.readAll()).object();
    cache.insert(name, schema);
    return schema;
}

QStringList EventSchemas::knownTypes()
{
    return loadSchema(QStringLiteral("envelope.v1"))
        .value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("type"))
        .toObject()
        .value(QStringLiteral("enum"))
        .toVariant()
        .toStringList();
}

Status EventSchemas::validateEnvelope(const QJsonObject &envelope)
{
    auto invalid = [](const QStringList &problems, const QString &schema) {
        return Error{ErrorCode::ValidationFailed,
                     QCoreApplication::translate("bodega::EventSchemas",
                                                 "The event does not match its contract %1")
                         .arg(schema),
                     {{QStringLiteral("schema"), schema}, {QStringLiteral("problems"), problems}}};
    };
    const QJsonObject envelopeSchema = loadSchema(QStringLiteral("envelope.v1"));
    if (envelopeSchema.isEmpty())
        return Error{
            ErrorCode::Internal, QStringLiteral("envelope schema missing from resources"), {}};
    if (auto p = JsonSchemaValidator(envelopeSchema).validate(envelope); !p.isEmpty())
        return invalid(p, QStringLiteral("envelope.v1"));
    const QString name = QStringLiteral("%1.v%2")
                             .arg(envelope.value(QStringLiteral("type")).toString())
                             .arg(envelope.value(QStringLiteral("schema_version")).toInt());
    const QJsonObject payloadSchema = loadSchema(name);
    if (payloadSchema.isEmpty())
        return Error{ErrorCode::ValidationFailed,
                     QCoreApplication::translate("bodega::EventSchemas", "No contract for event %1")
                         .arg(name),
                     {{QStringLiteral("schema"), name}}};
    if (auto p =
            JsonSchemaValidator(payloadSchema).validate(envelope.value(QStringLiteral("payload")));
        !p.isEmpty())
        return invalid(p, name);
    return {};
}

} // namespace bodega
