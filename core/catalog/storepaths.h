#pragma once

#include <QString>

namespace bodega {

// Where a store lives when nobody says: $BODEGA_DB, else the platform's app
// data folder. The GUI and bodegactl agree on it, so they open the same store.
QString defaultStorePath();

} // namespace bodega
