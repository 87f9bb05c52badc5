#pragma once

#include <QtGlobal>

namespace bodega {

// The one rounding rule for money and quantities: divide and round half away
// from zero (the commercial rule in Colombian invoicing, and what cashiers expect).
// Every division of an amount in core goes through here.
qint64 roundedDivide(qint64 numerator, qint64 denominator);
// a * b / d with the same rounding, exact in 128 bits: an amount times a
// quantity in thousandths can pass 2^63 before the division.
qint64 roundedMulDiv(qint64 a, qint64 b, qint64 d);

} // namespace bodega
