// The test harness itself: the shared cluster, private clusters and the fault-
// injecting proxy must work before any server-side test can trust them.

#include "pgcluster.h"
#include "tcpproxy.h"

#include <gtest/gtest.h>

#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <pqxx/pqxx>

using bodega::test::PgCluster;
using bodega::test::TcpProxy;

namespace {

QString throughPort(const QString &url, quint16 port)
{
    QUrl rewritten(url);
    rewritten.setPort(port);
    return rewritten.toString();
}

QStringList mustQuery(const QString &url, const QString &sql)
{
    QString error;
    const QStringList rows = PgCluster::query(url, sql, &error);
    EXPECT_TRUE(error.isEmpty()) << qPrintable(sql) << ": " << qPrintable(error);
    return rows;
}

struct OwnedDatabase
{
    QString name;
    QString url;
};

OwnedDatabase makeDatabase(const QString &prefix)
{
    OwnedDatabase db;
    db.name = PgCluster::uniqueName(prefix);
    QString error;
    db.url = PgCluster::shared().createDatabaseWithOwner(db.name, &error);
    EXPECT_FALSE(db.url.isEmpty()) << qPrintable(error);
    return db;
}

} // namespace

TEST(PgCluster, SharedClusterIsPostgres15AndDatabaseOwnersAreNotSuperusers)
{
    PgCluster &cluster = PgCluster::shared();
    QString error;
    const QStringList version = cluster.query(QStringLiteral("select version()"), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_EQ(version.size(), 1);
    EXPECT_TRUE(version.first().startsWith(QStringLiteral("PostgreSQL 15.")))
        << qPrintable(version.first());

    const OwnedDatabase db = makeDatabase(QStringLiteral("harness"));
    ASSERT_FALSE(db.url.isEmpty());
    EXPECT_EQ(QUrl(db.url).port(), cluster.port());
    EXPECT_EQ(
        mustQuery(db.url,
                  QStringLiteral("select current_user, current_database(), rolsuper, rolcreaterole "
                                 "from pg_roles where rolname = current_user")),
        QStringList{db.name + QStringLiteral("_owner|") + db.name + QStringLiteral("|f|t")});
    // The owner must be able to build its schema in its database.
    mustQuery(db.url, QStringLiteral("create table t (id int primary key, name text)"));
    mustQuery(db.url, QStringLiteral("insert into t values (1, 'café'), (2, null)"));
    EXPECT_EQ(mustQuery(db.url, QStringLiteral("select id, name from t order by id")),
              (QStringList{QStringLiteral("1|café"), QStringLiteral("2|\\N")}));

    EXPECT_TRUE(cluster.createDatabaseWithOwner(QStringLiteral("Bad-Name"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(PgCluster::query(db.url, QStringLiteral("select nope"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(PgCluster, UniqueNamesAreValidAndDistinct)
{
    const QString a = PgCluster::uniqueName(QStringLiteral("Sync-Test"));
    const QString b = PgCluster::uniqueName(QStringLiteral("Sync-Test"));
    EXPECT_NE(a, b);
    EXPECT_TRUE(a.startsWith(QStringLiteral("sync_test_"))) << qPrintable(a);
    for (const QChar c : a)
        EXPECT_TRUE((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() ||
                    c == QLatin1Char('_'));
}

TEST(TcpProxy, ForwardsAConnectionAndQueries)
{
    const OwnedDatabase db = makeDatabase(QStringLiteral("proxy"));
    ASSERT_FALSE(db.url.isEmpty());
    TcpProxy proxy(static_cast<quint16>(PgCluster::shared().port()));
    ASSERT_TRUE(proxy.start());
    ASSERT_NE(proxy.port(), 0);
    const QString viaProxy = throughPort(db.url, proxy.port());

    EXPECT_EQ(mustQuery(viaProxy, QStringLiteral("select 40 + 2")),
              QStringList{QStringLiteral("42")});

    pqxx::connection connection(viaProxy.toStdString());
    pqxx::work tx(connection);
    tx.exec0("create table t (id int)");
    tx.exec0("insert into t select generate_series(1, 5000)");
    // A reply larger than one socket read must arrive whole.
    const pqxx::result rows = tx.exec("select id, repeat('x', 100) from t");
    EXPECT_EQ(rows.size(), 5000u);
    tx.commit();
    EXPECT_EQ(mustQuery(db.url, QStringLiteral("select count(*) from t")),
              QStringList{QStringLiteral("5000")});
    EXPECT_EQ(proxy.cutsDone(), 0);
}

TEST(TcpProxy, CutAfterCommitLeavesTheClientInDoubtWhileTheRowIsCommitted)
{
    const OwnedDatabase db = makeDatabase(QStringLiteral("cut"));
    ASSERT_FALSE(db.url.isEmpty());
    mustQuery(db.url,
              QStringLiteral("create table items (id int primary key, name text not null)"));
    TcpProxy proxy(static_cast<quint16>(PgCluster::shared().port()));
    ASSERT_TRUE(proxy.start());

    bool commitFailed = false;
    {
        pqxx::connection connection(throughPort(db.url, proxy.port()).toStdString());
        pqxx::work tx(connection);
        tx.exec0("insert into items values (1, 'arepa')");
        proxy.cutAfterClientSends(QByteArrayLiteral("COMMIT"));
        try {
            tx.commit();
        } catch (const std::exception &) {
            commitFailed = true;
        }
    }
    EXPECT_TRUE(commitFailed) << "the client must not learn that COMMIT succeeded";
    EXPECT_EQ(proxy.cutsDone(), 1);
    EXPECT_EQ(mustQuery(db.url, QStringLiteral("select id, name from items")),
              QStringList{QStringLiteral("1|arepa")});

    // One-shot: the next transaction through the proxy commits normally.
    pqxx::connection again(throughPort(db.url, proxy.port()).toStdString());
    pqxx::work tx(again);
    tx.exec0("insert into items values (2, 'buñuelo')");
    EXPECT_NO_THROW(tx.commit());
    EXPECT_EQ(proxy.cutsDone(), 1);
    EXPECT_EQ(mustQuery(db.url, QStringLiteral("select count(*) from items")),
              QStringList{QStringLiteral("2")});
}

TEST(TcpProxy, FindsAMarkerSplitAcrossReads)
{
    TcpProxy proxy(static_cast<quint16>(PgCluster::shared().port()));
    ASSERT_TRUE(proxy.start());
    proxy.cutAfterClientSends(QByteArrayLiteral("COMMIT"));

    // Raw bytes, written apart so the proxy reads them in two chunks. The
    // server waits for a 4-byte startup length, then rejects "COMM" as one
    // and hangs up, which ends the cut as a reply would.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    ASSERT_TRUE(client.waitForConnected(5000));
    client.write("CO");
    ASSERT_TRUE(client.waitForBytesWritten(5000));
    QThread::msleep(200);
    EXPECT_EQ(proxy.cutsDone(), 0);
    client.write("MMIT");
    ASSERT_TRUE(client.waitForBytesWritten(5000));
    if (client.state() != QAbstractSocket::UnconnectedState) {
        EXPECT_TRUE(client.waitForDisconnected(5000));
    }
    EXPECT_TRUE(client.readAll().isEmpty());
    EXPECT_EQ(proxy.cutsDone(), 1);
}

TEST(TcpProxy, DownRefusesConnectionsUntilUpAgain)
{
    const OwnedDatabase db = makeDatabase(QStringLiteral("down"));
    ASSERT_FALSE(db.url.isEmpty());
    TcpProxy proxy(static_cast<quint16>(PgCluster::shared().port()));
    ASSERT_TRUE(proxy.start());
    const QString viaProxy = throughPort(db.url, proxy.port());

    pqxx::connection before(viaProxy.toStdString());
    {
        pqxx::nontransaction tx(before);
        EXPECT_EQ(tx.exec1("select 1")[0].as<int>(), 1);
    }

    proxy.setDown(true);
    EXPECT_TRUE(proxy.isDown());
    EXPECT_THROW(
        {
            pqxx::nontransaction tx(before);
            tx.exec("select 1");
        },
        std::exception)
        << "an open connection must break when the server goes away";
    QString error;
    EXPECT_TRUE(PgCluster::query(viaProxy, QStringLiteral("select 1"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_THROW(pqxx::connection(viaProxy.toStdString()), std::exception);

    proxy.setDown(false);
    EXPECT_EQ(mustQuery(viaProxy, QStringLiteral("select 1")), QStringList{QStringLiteral("1")});
}

TEST(PgCluster, PrivateClusterKeepsItsDataAcrossStopAndStart)
{
    // Under /tmp, not TMPDIR: when we run as root the server runs as postgres,
    // which must be able to reach the directory.
    QTemporaryDir tmp(QStringLiteral("/tmp/bodega-pgc-XXXXXX"));
    ASSERT_TRUE(tmp.isValid());
    QString error;
    std::unique_ptr<PgCluster> cluster = PgCluster::start(tmp.path(), &error);
    ASSERT_TRUE(cluster) << qPrintable(error);
    EXPECT_TRUE(cluster->isRunning());
    EXPECT_NE(cluster->port(), PgCluster::shared().port());
    const int port = cluster->port();

    const std::unique_ptr<PgCluster> attached = PgCluster::attach(tmp.path());
    ASSERT_TRUE(attached);
    EXPECT_EQ(attached->superuserUrl(), cluster->superuserUrl());
    EXPECT_FALSE(PgCluster::attach(tmp.path() + QStringLiteral("/nowhere")));

    const QString url = cluster->createDatabaseWithOwner(QStringLiteral("keep"), &error);
    ASSERT_FALSE(url.isEmpty()) << qPrintable(error);
    mustQuery(url, QStringLiteral("create table kept (v text)"));
    mustQuery(url, QStringLiteral("insert into kept values ('antes')"));

    ASSERT_TRUE(cluster->stop()) << qPrintable(cluster->lastError());
    EXPECT_FALSE(cluster->isRunning());
    EXPECT_TRUE(PgCluster::query(url, QStringLiteral("select 1"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());

    ASSERT_TRUE(cluster->startAgain()) << qPrintable(cluster->lastError());
    EXPECT_EQ(cluster->port(), port);
    EXPECT_EQ(mustQuery(url, QStringLiteral("select v from kept")),
              QStringList{QStringLiteral("antes")});

    ASSERT_TRUE(cluster->restart()) << qPrintable(cluster->lastError());
    EXPECT_EQ(mustQuery(url, QStringLiteral("select v from kept")),
              QStringList{QStringLiteral("antes")});

    EXPECT_TRUE(cluster->stop()) << qPrintable(cluster->lastError());
    EXPECT_FALSE(cluster->isRunning());
}
