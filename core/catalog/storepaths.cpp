#include "storepaths.h"

#include <QStandardPaths>

namespace bodega {

QString defaultStorePath()
{
    const QString env = qEnvironmentVariable("BODEGA_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/bodega.sqlite");
}

} // namespace bodega
