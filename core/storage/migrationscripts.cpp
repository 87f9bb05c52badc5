#include "migrationscripts.h"

#include <QDir>
#include <QRegularExpression>

namespace bodega::MigrationScripts {

QVector<MigrationScript> list(const QString &resourceDir)
{
    QVector<MigrationScript> out;
    const QDir dir(resourceDir);
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto m = re.match(f);
        if (m.hasMatch())
            out.push_back({m.captured(1).toInt(), dir.filePath(f)});
    }
    return out;
}

} // namespace bodega::MigrationScripts
