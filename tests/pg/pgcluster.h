#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace bodega::test {

// A throwaway PostgreSQL 15 cluster for tests that need a real server.
//
// Layout of dir: data/ (the cluster), sock/ (its Unix socket), postgres.log,
// url (the superuser URL) and port. PostgreSQL refuses to run as root, so when
// the test runs as root every server-side command runs as the `postgres` user
// and dir is handed to that user; dir's parents must then be traversable by
// it (a directory under /tmp is).
//
// No libpqxx exception leaves this class: failures come back as an empty
// result or false, with the reason in *error or lastError().
class PgCluster
{
public:
    // initdb + start on a free loopback port. The returned cluster stops its
    // server when destroyed, unless setStopOnDestroy(false).
    static std::unique_ptr<PgCluster> start(const QString &dir, QString *error);

    // A cluster another process started in dir (reads dir/url). Null when dir
    // holds no url. Destroying it never stops the server.
    static std::unique_ptr<PgCluster> attach(const QString &dir);

    // Stops any server still running in dir/data (immediate mode) and removes
    // dir; for stale clusters left by an aborted run.
    static bool removeCluster(const QString &dir, QString *error);

    // The cluster the CTest fixture `postgres` started in BODEGA_TEST_PG_DIR.
    // Aborts with a message when it is not running.
    static PgCluster &shared();

    // prefix + pid + counter + random, lowercase [a-z0-9_]: a database name no
    // other test (or concurrent test process) uses.
    static QString uniqueName(const QString &prefix);

    // Runs one SQL statement outside any explicit transaction and returns its
    // rows with the columns joined by '|' (NULL shows as \N).
    static QStringList query(const QString &url, const QString &sql, QString *error);

    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool stop();       // pg_ctl -m fast stop
    bool startAgain(); // starts a stopped cluster on the same port
    bool restart();    // stop (if running) + startAgain
    bool isRunning() const;
    QString lastError() const { return m_lastError; }

    void setStopOnDestroy(bool stop) { m_stopOnDestroy = stop; }

    int port() const { return m_port; }
    QString superuserUrl() const { return m_superuserUrl; }
    QString dir() const { return m_dir; }

    // Creates role <name>_owner (LOGIN CREATEROLE, not superuser) with a
    // random password and database <name> owned by it; returns the owner's
    // URL, or an empty string on failure. name: [a-z_][a-z0-9_]*, at most 57
    // characters.
    QString createDatabaseWithOwner(const QString &name, QString *error);

    // query() against this cluster's superuser URL.
    QStringList query(const QString &sql, QString *error) const;

private:
    PgCluster(const QString &dir, int port, const QString &password);

    bool startServer(QString *error);

    QString m_dir;
    int m_port = 0;
    QString m_password;
    QString m_superuserUrl;
    QString m_lastError;
    bool m_stopOnDestroy = false;
};

} // namespace bodega::test
