#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrl>

#include <pqxx/pqxx>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <exception>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace bodega::test {

namespace {

constexpr int kToolTimeoutMs = 120 * 1000;
constexpr int kStartAttempts = 5;
// sockaddr_un.sun_path is 108 bytes including the terminating NUL.
constexpr int kMaxSocketPath = 107;

QString binDir()
{
    return qEnvironmentVariable("BODEGA_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// PostgreSQL refuses to run as root (it would hand the database superuser the
// whole machine), so as root every server-side tool runs as `postgres`.
bool runAsServerUser(const QString &program, const QStringList &args, const QString &workDir,
                     QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The tools resolve relative paths with getcwd(); an inherited working
    // directory that `postgres` cannot enter (e.g. /root) makes them fail.
    process.setWorkingDirectory(workDir);
    if (runningAsRoot()) {
        QStringList wrapped{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program};
        wrapped += args;
        process.start(QStringLiteral("runuser"), wrapped);
    } else {
        process.start(program, args);
    }
    if (!process.waitForStarted(kToolTimeoutMs)) {
        if (output)
            *output = process.errorString();
        return false;
    }
    const bool finished = process.waitForFinished(kToolTimeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QString text = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (output)
        *output = finished ? text : QStringLiteral("timed out: ") + text;
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool runTool(const QString &tool, const QStringList &args, const QString &workDir, QString *output)
{
    return runAsServerUser(binDir() + QLatin1Char('/') + tool, args, workDir, output);
}

bool handToServerUser(const QStringList &paths, QString *error)
{
    if (!runningAsRoot())
        return true;
    const passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        setError(error, QStringLiteral(
                            "running as root but there is no `postgres` user to run the server"));
        return false;
    }
    for (const QString &path : paths) {
        if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            setError(error, QStringLiteral("cannot chown %1 to postgres").arg(path));
            return false;
        }
    }
    return true;
}

quint16 freeLoopbackPort()
{
    // The port is free when we close the probe; PostgreSQL may still lose a
    // race for it, which start() handles by retrying on another port.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool writeSecretFile(const QString &path, const QString &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = content.toUtf8();
    return file.write(bytes) == bytes.size() && file.flush();
}

QString readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString dataDir(const QString &dir)
{
    return dir + QStringLiteral("/data");
}

QString logFile(const QString &dir)
{
    return dir + QStringLiteral("/postgres.log");
}

QString makeUrl(const QString &user, const QString &password, int port, const QString &database)
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(user, password, QString::number(port), database);
}

// Best effort, for clean-up paths: a half-started or orphaned postmaster must
// not outlive the test run.
void stopImmediately(const QString &dir)
{
    if (!QFile::exists(dataDir(dir) + QStringLiteral("/postmaster.pid")))
        return;
    QString output;
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(dir), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
             QStringLiteral("stop")},
            dir, &output);
}

} // namespace

PgCluster::PgCluster(const QString &dir, int port, const QString &password)
    : m_dir(dir), m_port(port), m_password(password),
      m_superuserUrl(
          makeUrl(QStringLiteral("postgres"), password, port, QStringLiteral("postgres")))
{
}

PgCluster::~PgCluster()
{
    if (m_stopOnDestroy && isRunning())
        stop();
}

std::unique_ptr<PgCluster> PgCluster::start(const QString &dirArg, QString *error)
{
    const QString dir = QDir(dirArg).absolutePath();
    if (dir.contains(QLatin1Char('\''))) {
        // The socket directory goes through pg_ctl's shell command line.
        setError(error,
                 QStringLiteral("cluster directory must not contain a single quote: %1").arg(dir));
        return nullptr;
    }
    if (QFile::exists(dataDir(dir))) {
        setError(error, QStringLiteral(
                            "%1 already holds a cluster; attach() to it or removeCluster() first")
                            .arg(dir));
        return nullptr;
    }
    const QString sockDir = dir + QStringLiteral("/sock");
    if (QFile::encodeName(sockDir + QStringLiteral("/.s.PGSQL.65535")).size() > kMaxSocketPath) {
        setError(
            error,
            QStringLiteral("cluster directory %1 is too long for a Unix socket path").arg(dir));
        return nullptr;
    }
    if (!QDir().mkpath(sockDir)) {
        setError(error, QStringLiteral("cannot create %1").arg(sockDir));
        return nullptr;
    }
    const auto rwxr_xr_x = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                           QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(dir, rwxr_xr_x);
    QFile::setPermissions(sockDir, rwxr_xr_x);

    const QString password = randomHex(16);
    const QString pwFile = dir + QStringLiteral("/pwfile");
    if (!writeSecretFile(pwFile, password + QLatin1Char('\n'))) {
        setError(error, QStringLiteral("cannot write %1").arg(pwFile));
        return nullptr;
    }
    if (!handToServerUser({dir, sockDir, pwFile}, error)) {
        QFile::remove(pwFile);
        return nullptr;
    }
    if (runningAsRoot()) {
        QString ignored;
        if (!runAsServerUser(QStringLiteral("test"), {QStringLiteral("-w"), dir},
                             QStringLiteral("/"), &ignored)) {
            QFile::remove(pwFile);
            setError(error,
                     QStringLiteral("user postgres cannot write %1; every parent directory must be "
                                    "traversable by it (use a directory under /tmp)")
                         .arg(dir));
            return nullptr;
        }
    }

    QString output;
    const bool initialized = runTool(
        QStringLiteral("initdb"),
        {QStringLiteral("-D"), dataDir(dir), QStringLiteral("-U"), QStringLiteral("postgres"),
         QStringLiteral("--pwfile=") + pwFile, QStringLiteral("-A"),
         QStringLiteral("scram-sha-256"), QStringLiteral("--auth-local=trust"),
         QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
         QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
        dir, &output);
    QFile::remove(pwFile);
    if (!initialized) {
        setError(error, QStringLiteral("initdb failed: ") + output);
        return nullptr;
    }

    std::unique_ptr<PgCluster> cluster;
    QString lastFailure;
    for (int attempt = 0; attempt < kStartAttempts && !cluster; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0) {
            lastFailure = QStringLiteral("cannot find a free loopback port");
            continue;
        }
        const qint64 logSizeBefore = QFileInfo(logFile(dir)).size();
        std::unique_ptr<PgCluster> candidate(new PgCluster(dir, port, password));
        if (candidate->startServer(&lastFailure)) {
            cluster = std::move(candidate);
            break;
        }
        stopImmediately(dir);
        QFile log(logFile(dir));
        QString logTail;
        if (log.open(QIODevice::ReadOnly) && log.seek(logSizeBefore))
            logTail = QString::fromUtf8(log.readAll());
        lastFailure += QLatin1Char('\n') + logTail.trimmed();
        if (!logTail.contains(QStringLiteral("could not bind")) &&
            !logTail.contains(QStringLiteral("could not create any TCP/IP sockets")))
            break;
    }
    if (!cluster) {
        setError(error, QStringLiteral("pg_ctl start failed: ") + lastFailure);
        return nullptr;
    }

    if (!writeSecretFile(dir + QStringLiteral("/url"),
                         cluster->m_superuserUrl + QLatin1Char('\n')) ||
        !writeSecretFile(dir + QStringLiteral("/port"),
                         QString::number(cluster->m_port) + QLatin1Char('\n'))) {
        setError(error, QStringLiteral("cannot write %1/url").arg(dir));
        cluster->stop();
        return nullptr;
    }
    cluster->m_stopOnDestroy = true;
    return cluster;
}

std::unique_ptr<PgCluster> PgCluster::attach(const QString &dirArg)
{
    const QString dir = QDir(dirArg).absolutePath();
    const QString urlText = readTextFile(dir + QStringLiteral("/url"));
    if (urlText.isEmpty())
        return nullptr;
    const QUrl url(urlText);
    if (!url.isValid() || url.port() <= 0)
        return nullptr;
    return std::unique_ptr<PgCluster>(new PgCluster(dir, url.port(), url.password()));
}

bool PgCluster::removeCluster(const QString &dirArg, QString *error)
{
    const QString dir = QDir(dirArg).absolutePath();
    if (!QFileInfo::exists(dir))
        return true;
    stopImmediately(dir);
    if (!QDir(dir).removeRecursively()) {
        setError(error, QStringLiteral("cannot remove %1").arg(dir));
        return false;
    }
    return true;
}

PgCluster &PgCluster::shared()
{
#ifdef BODEGA_TEST_PG_DIR
    static const std::unique_ptr<PgCluster> cluster = [] {
        const QString dir = QString::fromUtf8(BODEGA_TEST_PG_DIR);
        std::unique_ptr<PgCluster> attached = attach(dir);
        if (!attached || !attached->isRunning()) {
            std::fprintf(stderr,
                         "No PostgreSQL test cluster is running in %s.\n"
                         "Run these tests through ctest (fixture `postgres`), or start one with\n"
                         "  bodega_pg_cluster start %s\n",
                         qPrintable(dir), qPrintable(dir));
            std::abort();
        }
        return attached;
    }();
    return *cluster;
#else
    std::fprintf(stderr,
                 "PgCluster::shared(): BODEGA_TEST_PG_DIR is not defined; link bodega_pgtest.\n");
    std::abort();
#endif
}

QString PgCluster::uniqueName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    QString clean = prefix.toLower();
    clean.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    if (clean.isEmpty() || !clean.at(0).isLetter())
        clean.prepend(QLatin1Char('t'));
    return QStringLiteral("%1_%2_%3_%4")
        .arg(clean, QString::number(QCoreApplication::applicationPid()), QString::number(++counter),
             randomHex(3));
}

QStringList PgCluster::query(const QString &url, const QString &sql, QString *error)
{
    if (error)
        error->clear();
    try {
        pqxx::connection connection(url.toStdString());
        pqxx::nontransaction tx(connection);
        const pqxx::result result = tx.exec(sql.toStdString());
        QStringList rows;
        rows.reserve(static_cast<int>(result.size()));
        for (const pqxx::row &row : result) {
            QStringList columns;
            for (const pqxx::field &field : row) {
                columns << (field.is_null()
                                ? QStringLiteral("\\N")
                                : QString::fromUtf8(field.c_str(),
                                                    static_cast<qsizetype>(field.size())));
            }
            rows << columns.join(QLatin1Char('|'));
        }
        return rows;
    } catch (const std::exception &e) {
        setError(error, QString::fromUtf8(e.what()).trimmed());
    }
    return {};
}

QStringList PgCluster::query(const QString &sql, QString *error) const
{
    return query(m_superuserUrl, sql, error);
}

bool PgCluster::startServer(QString *error)
{
    const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k '%2/sock' "
                                           "-c fsync=off -c max_connections=200")
                                .arg(QString::number(m_port), m_dir);
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(m_dir), QStringLiteral("-l"), logFile(m_dir),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                  QStringLiteral("-o"), options, QStringLiteral("start")},
                 m_dir, &output)) {
        setError(error, output);
        return false;
    }
    return true;
}

bool PgCluster::stop()
{
    m_lastError.clear();
    if (!isRunning())
        return true;
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(m_dir), QStringLiteral("-m"),
                  QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                  QStringLiteral("60"), QStringLiteral("stop")},
                 m_dir, &output)) {
        m_lastError = QStringLiteral("pg_ctl stop failed: ") + output;
        return false;
    }
    return true;
}

bool PgCluster::startAgain()
{
    m_lastError.clear();
    if (isRunning())
        return true;
    QString failure;
    if (!startServer(&failure)) {
        m_lastError = QStringLiteral("pg_ctl start failed: ") + failure;
        return false;
    }
    return true;
}

bool PgCluster::restart()
{
    return stop() && startAgain();
}

bool PgCluster::isRunning() const
{
    // pg_ctl status exits 0 when running, 3 when stopped, 4 without a data
    // directory; a stale postmaster.pid alone would mislead.
    QString output;
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(m_dir), QStringLiteral("status")}, m_dir,
                   &output);
}

QString PgCluster::createDatabaseWithOwner(const QString &name, QString *error)
{
    if (error)
        error->clear();
    static const QRegularExpression validName(QStringLiteral("^[a-z_][a-z0-9_]{0,56}$"));
    if (!validName.match(name).hasMatch()) {
        setError(error, QStringLiteral(
                            "invalid database name %1: use [a-z_][a-z0-9_]*, at most 57 characters")
                            .arg(name));
        return {};
    }
    const QString owner = name + QStringLiteral("_owner");
    const QString password = randomHex(16);
    try {
        pqxx::connection connection(m_superuserUrl.toStdString());
        // CREATE DATABASE cannot run inside a transaction block.
        pqxx::nontransaction tx(connection);
        tx.exec0("CREATE ROLE " + connection.quote_name(owner.toStdString()) +
                 " LOGIN CREATEROLE NOSUPERUSER PASSWORD " +
                 connection.quote(password.toStdString()));
        tx.exec0("CREATE DATABASE " + connection.quote_name(name.toStdString()) + " OWNER " +
                 connection.quote_name(owner.toStdString()));
    } catch (const std::exception &e) {
        setError(error, QString::fromUtf8(e.what()).trimmed());
        return {};
    }
    return makeUrl(owner, password, m_port, name);
}

} // namespace bodega::test
