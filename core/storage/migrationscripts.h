#pragma once

#include <QString>
#include <QVector>

namespace bodega {

struct MigrationScript
{
    int version;
    QString path;
};

// The numbered migration files (NNNN_name.sql) of one database, in order:
// resources/migrations/local for a terminal's SQLite store, .../server for
// the central PostgreSQL.
namespace MigrationScripts {
QVector<MigrationScript> list(const QString &resourceDir);
}

} // namespace bodega
