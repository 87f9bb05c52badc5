#pragma once

#include <QString>

namespace bodega::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);

} // namespace bodega::test
