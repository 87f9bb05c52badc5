// bodega_pg_cluster: starts and stops the PostgreSQL cluster that the CTest
// fixture `postgres` shares among the server-side tests.
//
//   bodega_pg_cluster start DIR   removes a stale DIR, starts, prints the URL
//   bodega_pg_cluster stop DIR    stops the cluster, removes DIR

#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

using bodega::test::PgCluster;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bodega_pg_cluster: %s\n", qPrintable(message));
    return 1;
}

int startCluster(const QString &dir)
{
    QString error;
    // A previous run that was killed may have left its server running.
    if (!PgCluster::removeCluster(dir, &error))
        return fail(QStringLiteral("cannot remove stale %1: %2").arg(dir, error));
    std::unique_ptr<PgCluster> cluster = PgCluster::start(dir, &error);
    if (!cluster)
        return fail(QStringLiteral("cannot start a cluster in %1: %2").arg(dir, error));
    cluster->setStopOnDestroy(false); // it outlives us: the fixture's stop step ends it
    std::printf("%s\n", qPrintable(cluster->superuserUrl()));
    return 0;
}

int stopCluster(const QString &dir)
{
    if (!QFileInfo::exists(dir)) {
        std::printf("nothing to stop in %s\n", qPrintable(dir));
        return 0;
    }
    int status = 0;
    if (std::unique_ptr<PgCluster> cluster = PgCluster::attach(dir)) {
        if (!cluster->stop())
            status = fail(cluster->lastError()); // removeCluster still stops it, harder
    }
    QString error;
    if (!PgCluster::removeCluster(dir, &error))
        return fail(error);
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 ||
        (args.at(1) != QLatin1String("start") && args.at(1) != QLatin1String("stop"))) {
        std::fprintf(stderr, "usage: bodega_pg_cluster start|stop DIR\n");
        return 2;
    }
    const QString dir = QDir(args.at(2)).absolutePath();
    return args.at(1) == QLatin1String("start") ? startCluster(dir) : stopCluster(dir);
}
