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
    // The same text as toUTC().toString(Qt::ISODateWithMs), written without
    // QDateTime's calendar and locale machinery: every product, movement and
    // event row carries one or two, an import a hundred thousand times.
    static QString text(const QDateTime &t);
    static QString text(qint64 msSinceEpoch);
    static QDateTime parse(const QVariant &v)
    {
        return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    }
};

} // namespace bodega
