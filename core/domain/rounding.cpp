#include "rounding.h"

#include <cstdlib>

namespace bodega {

qint64 roundedDivide(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    const bool negative = (numerator < 0) != (denominator < 0);
    const qint64 n = std::llabs(numerator);
    const qint64 d = std::llabs(denominator);
    const qint64 q = n / d + ((n % d) * 2 >= d ? 1 : 0);
    return negative ? -q : q;
}

qint64 roundedMulDiv(qint64 a, qint64 b, qint64 d)
{
    Q_ASSERT(d != 0);
    const __int128 n = __int128(a) * b;
    const bool negative = (n < 0) != (d < 0);
    const __int128 an = n < 0 ? -n : n;
    const __int128 ad = d < 0 ? -__int128(d) : __int128(d);
    const __int128 q = an / ad + ((an % ad) * 2 >= ad ? 1 : 0);
    return qint64(negative ? -q : q);
}

} // namespace bodega
