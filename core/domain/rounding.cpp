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

} // namespace bodega
