#pragma once

#include "clock.h"

#include <QString>

namespace bodega {

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter that keeps
// ids from one generator strictly increasing within a millisecond, then random
// bits. Terminals create ids without asking the server, and the time prefix
// keeps B-tree inserts local.
class UuidV7Generator
{
public:
    explicit UuidV7Generator(const Clock &clock = Clock::system());
    QString next();

    static bool isValid(const QString &text);
    static qint64 timestampMs(const QString &text);

private:
    const Clock &m_clock;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

// Process-wide generator on the system clock; thread-safe.
QString newId();

} // namespace bodega
