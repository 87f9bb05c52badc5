#pragma once

#include "common/result.h"
#include "storage/nativestatement.h"

#include <chrono>
#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace bodega {

// One open local store: a QSQLITE connection with Bodega's pragmas, its schema
// migrated to the version this build knows. A Database belongs to the thread
// that opened it (Qt SQL connections are not shared across threads); a worker
// opens its own on the same file.
//
// Every statement runs through exec()/run(), which turns QSqlError into
// Error and lets tests fail the i-th statement (as Nextcloud's
// testdatabaseerror.cpp does) to prove a unit of work leaves nothing behind.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(bodega::Database)

public:
    struct Options
    {
        bool createIfMissing = true;
        bool migrate = true;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    // A further connection to a store another connection created and
    // migrated (the GUI's workers, the daemon's report timer): it neither
    // creates the file nor runs migrations, so two migrators never race.
    static Result<std::unique_ptr<Database>> openExisting(const QString &path)
    {
        return open(path, Options{false, false});
    }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    // Runs a one-off statement with positional bindings.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});
    // A prepared statement kept for the life of the connection; bind, then run().
    QSqlQuery &prepared(const QString &sql);
    Status run(QSqlQuery &query);
    // The prepared statement for `sql`, bound positionally and run.
    Status run(const QString &sql, const QVariantList &bindings);
    // The same on SQLite's own handle, for writes repeated a million times
    // (see NativeStatement); kept for the life of the connection.
    NativeStatement &nativeStatement(const QString &sql);
    Status run(NativeStatement &statement);

    // Reads every page (PRAGMA quick_check): STORAGE_CORRUPT with the first
    // problems found. Seconds on a big store: health reports, not the hot path.
    Status checkIntegrity();

    // WAL checkpoints. By default SQLite copies the WAL back into the file
    // inside whichever commit crosses 1000 pages, so that commit waits for
    // it (the till's slowest sales). A connection that commits sales can
    // turn that off when another connection, on another thread, calls
    // checkpoint() regularly (the GUI's document worker does).
    Status setAutoCheckpoint(bool on);
    // A PASSIVE checkpoint: copies what it can without waiting for anyone;
    // returns the WAL pages still not copied.
    Result<int> checkpoint();

    // Foreign keys are on for every connection (configure()). A bulk load
    // whose statements guarantee their references themselves (by joining
    // the parent table) may turn them off for its one transaction and back
    // on after it: SQLite ignores the pragma inside a transaction, so this
    // is refused there.
    Status setForeignKeys(bool on);

    // Commits are durable (synchronous=FULL: fsync of the WAL) for every
    // connection. Writes that may be lost in a power cut without losing
    // anything (marks that only save a re-send) can commit without their own
    // fsync, and hold the write lock that much less; the next durable commit
    // of any connection flushes them with its own, in order, as the WAL is
    // one log. Refused inside a transaction.
    Status setDurableCommits(bool on);

    Status begin(); // BEGIN IMMEDIATE: take the write lock up front
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Test hook: the n-th statement from now (1 = the next) fails with
    // STORAGE_FAILED. 0 disables.
    void failStatementAfter(int n) { m_failCountdown = n; }

    // How long this connection has waited, in all, for another one's lock
    // (the time a sale spent behind the sync worker's writes, say).
    std::chrono::microseconds lockWaited() const { return m_lockWaited; }

    // Qt binds a null QString as SQL NULL; text columns want ''.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    // Maps an SQLite error to Bodega's codes (DUPLICATE names the field).
    static Error errorFrom(const QSqlError &error, const QString &context);
    static Error errorFrom(const QString &driverText, const QString &context);

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate();
    sqlite3 *nativeHandle() const;
    // SQLite's busy handler for this connection (see database.cpp).
    static int retryWhileBusy(void *database, int tries);
    // A pragma that SQLite ignores, or that must not change, inside a transaction.
    Status setOutsideTransactions(const QString &pragma, const QString &what);
    // STORAGE_FAILED when the statement counted down to by failStatementAfter() is this one.
    Status injectedFailure();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::unordered_map<QString, std::unique_ptr<NativeStatement>> m_native;
    int m_schemaVersion = 0;
    int m_failCountdown = 0;
    bool m_inTransaction = false;
    std::chrono::steady_clock::time_point m_busySince; // of the wait going on
    std::chrono::microseconds m_lockWaited{0};
};

// One unit of work: rolls back unless commit() succeeded, on every path.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace bodega
