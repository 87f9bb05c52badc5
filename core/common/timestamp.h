#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace bodega {

// How the local store writes an instant in a TEXT column: UTC, ISO 8601 with
// milliseconds, so text order is time order. An invalid time is stored as
// empty text (or NULL) and reads back invalid.
struct Timestamp
{
    static QString text(const QDateTime &t)
    {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    }
    static QDateTime parse(const QVariant &v)
    {
        return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    }
};

} // namespace bodega
