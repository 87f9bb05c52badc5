#pragma once

#include <QString>

#include <optional>

namespace bodega {

// A hybrid logical clock stamp (Kulkarni et al., "Logical Physical Clocks",
// 2014): wall milliseconds, a counter that orders stamps within one
// millisecond or under a lagging clock, and the node that made it as the last
// tie-break. Its string form sorts like the stamp, so the server can compare
// stamps as plain text in SQL and a terminal as QString, with the same result.
struct HlcStamp
{
    qint64 wallMs = 0;
    int counter = 0;
    QString node;

    QString toString() const;
    static std::optional<HlcStamp> parse(const QString &text);

    // The next stamp for a local change, given the last one issued or seen.
    static HlcStamp tick(const std::optional<HlcStamp> &last, qint64 physicalMs,
                         const QString &node);
    // The clock after receiving a remote stamp: never behind what it has seen.
    static HlcStamp receive(const std::optional<HlcStamp> &last, const HlcStamp &remote,
                            qint64 physicalMs, const QString &node);

    bool operator<(const HlcStamp &o) const { return toString() < o.toString(); }
};

} // namespace bodega
