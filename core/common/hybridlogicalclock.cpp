#include "hybridlogicalclock.h"

#include <QStringList>

#include <algorithm>

namespace bodega {

namespace {
constexpr int kCounterDigits = 6;
constexpr int kWallDigits = 13; // milliseconds since 1970 stay 13 digits until 2286
} // namespace

QString HlcStamp::toString() const
{
    return QStringLiteral("%1.%2.%3")
        .arg(wallMs, kWallDigits, 10, QLatin1Char('0'))
        .arg(counter, kCounterDigits, 10, QLatin1Char('0'))
        .arg(node);
}

std::optional<HlcStamp> HlcStamp::parse(const QString &text)
{
    const int first = text.indexOf(QLatin1Char('.'));
    const int second = text.indexOf(QLatin1Char('.'), first + 1);
    if (first != kWallDigits || second != kWallDigits + 1 + kCounterDigits)
        return std::nullopt;
    bool okWall = false;
    bool okCounter = false;
    HlcStamp s;
    s.wallMs = text.left(first).toLongLong(&okWall);
    s.counter = text.mid(first + 1, kCounterDigits).toInt(&okCounter);
    s.node = text.mid(second + 1);
    if (!okWall || !okCounter || s.wallMs < 0 || s.counter < 0)
        return std::nullopt;
    return s;
}

HlcStamp HlcStamp::tick(const std::optional<HlcStamp> &last, qint64 physicalMs, const QString &node)
{
    HlcStamp s{physicalMs, 0, node};
    if (last && last->wallMs >= physicalMs) {
        s.wallMs = last->wallMs;
        s.counter = last->counter + 1;
    }
    return s;
}

HlcStamp HlcStamp::receive(const std::optional<HlcStamp> &last, const HlcStamp &remote,
                           qint64 physicalMs, const QString &node)
{
    const qint64 lastWall = last ? last->wallMs : -1;
    HlcStamp s{std::max({lastWall, remote.wallMs, physicalMs}), 0, node};
    if (s.wallMs == lastWall && s.wallMs == remote.wallMs)
        s.counter = std::max(last->counter, remote.counter) + 1;
    else if (s.wallMs == lastWall)
        s.counter = last->counter + 1;
    else if (s.wallMs == remote.wallMs)
        s.counter = remote.counter + 1;
    return s;
}

} // namespace bodega
