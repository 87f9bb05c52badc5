#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace bodega {

// Validates JSON against the subset of JSON Schema 2020-12 our event contracts
// use: type, enum, const, not, required, properties, additionalProperties,
// items, minItems/maxItems, minimum/maximum, minLength/maxLength, pattern and
// the formats uuid and date-time. An unsupported keyword is reported as a
// schema error instead of being silently ignored, so a contract never claims
// more than is checked.
class JsonSchemaValidator
{
public:
    explicit JsonSchemaValidator(QJsonObject schema);

    // Problems as "json/pointer: what is wrong"; empty when valid.
    QStringList validate(const QJsonValue &instance) const;

private:
    void check(const QJsonObject &schema, const QJsonValue &value, const QString &path,
               QStringList &problems) const;

    QJsonObject m_schema;
};

// The versioned event contracts shipped in resources/schemas/events.
class EventSchemas
{
public:
    // Checks the envelope and the payload against "<type>.v<version>".
    static Status validateEnvelope(const QJsonObject &envelope);
    static QStringList knownTypes();
};

} // namespace bodega
