#pragma once

#include <QtGlobal>

namespace bodega {

// The one rounding rule for money and quantities: divide and round half away
// from zero (the commercial rule in Colombian invoicing, and what cashiers expect).
// Every division of an amount in core goes through here.
qint64 roundedDivide(qint64 numerator, qint64 denominator);

} // namespace bodega
