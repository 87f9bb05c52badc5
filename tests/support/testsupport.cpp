#include "testsupport.h"

namespace bodega::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(BODEGA_TEST_DATA_DIR "/") + relative;
}

} // namespace bodega::test
