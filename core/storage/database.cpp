#include "database.h"

#include "storage/migrationscripts.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

#include <algorithm>
#include <thread>

Q_LOGGING_CATEGORY(lcStorage, "bodega.storage")

namespace bodega {

namespace {

QVector<MigrationScript> shippedMigrations()
{
    return MigrationScripts::list(QStringLiteral(":/migrations/local"));
}

// How long a statement waits for another connection's lock before it fails
// as busy: a sale waits this long for the sync worker's write, at most.
constexpr auto kBusyTimeout = std::chrono::milliseconds(5000);

} // namespace

// SQLite's own busy handler (busy_timeout) sleeps 1, 2, 5, 10, 15, 20 ms...
// between tries: a sale that met a 3 ms write waited 8 ms, and one behind
// two short writes in a row about 20. The writes that a till meets are short
// (the sync worker marks 250 events to a transaction), so this one
// tries again after 50 µs, doubling up to 0.8 ms: the wait is the other
// writer's time plus under a millisecond, for a wakeup a try.
int Database::retryWhileBusy(void *database, int tries)
{
    auto *db = static_cast<Database *>(database);
    const auto now = std::chrono::steady_clock::now();
    if (tries == 0)
        db->m_busySince = now;
    else if (now - db->m_busySince >= kBusyTimeout)
        return 0;
    const std::chrono::microseconds pause(50 << std::min(tries, 4));
    std::this_thread::sleep_for(pause);
    db->m_lockWaited += pause;
    return 1;
}

int Database::latestSchemaVersion()
{
    const auto migrations = shippedMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_prepared.clear();
    m_native.clear(); // finalized before the connection closes
    if (m_db.isOpen()) {
        if (m_inTransaction)
            m_db.rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    static QAtomicInt counter;
    const bool memory = path == QLatin1String(":memory:");
    if (!memory) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            return Error{ErrorCode::StorageFailed,
                         tr("The store path is not a file: %1").arg(path),
                         {{QStringLiteral("path"), path}}};
        if (!info.exists()) {
            if (!options.createIfMissing)
                return Error{ErrorCode::NotFound,
                             tr("No store at %1").arg(path),
                             {{QStringLiteral("path"), path}}};
            if (!QDir().mkpath(info.absolutePath()))
                return Error{
                    ErrorCode::StorageFailed,
                    tr("Cannot create the folder for the store: %1").arg(info.absolutePath()),
                    {{QStringLiteral("path"), path}}};
        } else {
            if (!info.isReadable())
                return Error{ErrorCode::StorageFailed,
                             tr("The store cannot be read: %1").arg(path),
                             {{QStringLiteral("path"), path}}};
            if (!info.isWritable())
                return Error{ErrorCode::StorageReadOnly,
                             tr("The store is read-only: %1").arg(path),
                             {{QStringLiteral("path"), path}}};
        }
    }

    const QString name = QStringLiteral("bodega-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(path, name));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db->m_db.setDatabaseName(path);
    if (!db->m_db.open())
        return errorFrom(db->m_db.lastError(), tr("Cannot open the store %1").arg(path));
    if (auto s = db->configure(); !s)
        return s.error();
    if (options.migrate) {
        if (auto s = db->migrate(); !s)
            return s.error();
    }
    return db;
}

Status Database::setAutoCheckpoint(bool on)
{
    if (auto r = exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint = 1000")
                         : QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        !r)
        return r.error();
    return {};
}

Status Database::setForeignKeys(bool on)
{
    return setOutsideTransactions(on ? QStringLiteral("PRAGMA foreign_keys = ON")
                                     : QStringLiteral("PRAGMA foreign_keys = OFF"),
                                  QStringLiteral("foreign keys"));
}

Status Database::setDurableCommits(bool on)
{
    return setOutsideTransactions(on ? QStringLiteral("PRAGMA synchronous = FULL")
                                     : QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  QStringLiteral("durability"));
}

Status Database::setOutsideTransactions(const QString &pragma, const QString &what)
{
    if (m_inTransaction)
        return Error{ErrorCode::Internal,
                     QStringLiteral("%1 cannot change inside a transaction").arg(what),
                     {}};
    if (auto r = exec(pragma); !r)
        return r.error();
    return {};
}

Result<int> Database::checkpoint()
{
    auto r = exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!r)
        return r.error();
    if (!r->next())
        return Error::storage(QStringLiteral("wal_checkpoint returned nothing"));
    // busy, pages in the WAL, pages copied back (-1, -1 when not in WAL mode).
    const int log = r->value(1).toInt();
    const int copied = r->value(2).toInt();
    r->finish();
    return log < 0 ? 0 : log - copied;
}

Status Database::configure()
{
    // Reading the schema is enough to refuse a file that is not SQLite at all
    // (STORAGE_CORRUPT) before anything is written to it. A full check reads
    // every page (seconds at a million products), so it is checkIntegrity(),
    // run by the health report, not by every open; a damaged page met later
    // still fails its statement as STORAGE_CORRUPT.
    auto schema = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!schema)
        return schema.error();
    schema->finish(); // an open statement would keep a read transaction and block the pragmas
    const char *pragmas[] = {
        "PRAGMA journal_mode = WAL",
        // FULL: a confirmed sale or stock change survives power loss.
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        // A million-product catalog is ~1 GB: map it and cache the hot pages
        // so search and paging read memory, not system calls.
        "PRAGMA cache_size = -65536",
        "PRAGMA mmap_size = 1073741824",
    };
    for (const char *p : pragmas) {
        if (auto r = exec(QString::fromLatin1(p)); !r)
            return r.error();
    }
    sqlite3 *handle = nativeHandle();
    if (!handle || sqlite3_busy_handler(handle, &Database::retryWhileBusy, this) != SQLITE_OK)
        return Error::storage(QStringLiteral("cannot set the busy handler of %1").arg(m_path));
    return {};
}

sqlite3 *Database::nativeHandle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Status Database::checkIntegrity()
{
    auto check = exec(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return check.error();
    QStringList problems;
    while (check->next())
        problems << check->value(0).toString();
    check->finish();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return Error{
        ErrorCode::StorageCorrupt,
        tr("The store file is damaged: %1").arg(m_path),
        {{QStringLiteral("path"), m_path}, {QStringLiteral("check"), problems.mid(0, 10)}}};
}

Status Database::migrate()
{
    auto versionQuery = exec(QStringLiteral("PRAGMA user_version"));
    if (!versionQuery)
        return versionQuery.error();
    m_schemaVersion = versionQuery->next() ? versionQuery->value(0).toInt() : 0;
    versionQuery->finish();
    const auto migrations = shippedMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (m_schemaVersion > latest)
        return Error{
            ErrorCode::SchemaTooNew,
            tr("The store was written by a newer Bodega (schema %1, this version knows %2)")
                .arg(m_schemaVersion)
                .arg(latest),
            {{QStringLiteral("schema_version"), m_schemaVersion},
             {QStringLiteral("known_version"), latest}}};
    for (const MigrationScript &m : migrations) {
        if (m.version <= m_schemaVersion)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal, tr("Missing migration %1").arg(m.path), {}};
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(*this);
        if (!tx.started())
            return tx.started().error();
        const QStringList statements = script.split(
            QRegularExpression(QStringLiteral("^-- ;;\\s*$"), QRegularExpression::MultilineOption),
            Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            QString sql;
            for (const QString &line : statement.split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    sql += line + QLatin1Char('\n');
            }
            if (sql.trimmed().isEmpty())
                continue;
            if (auto r = exec(sql); !r) {
                qCWarning(lcStorage) << "migration" << m.version << "failed:" << r.error().message;
                return r.error();
            }
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s;
        m_schemaVersion = m.version;
        qCInfo(lcStorage) << "migrated" << m_path << "to schema" << m.version;
    }
    return {};
}

Status Database::injectedFailure()
{
    if (m_failCountdown <= 0 || --m_failCountdown != 0)
        return {};
    return Error{ErrorCode::StorageFailed,
                 tr("Injected storage failure"),
                 {{QStringLiteral("injected"), true}}};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql.simplified().left(80));
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    if (auto s = run(query); !s)
        return s.error();
    return query;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql))
            qCCritical(lcStorage) << "cannot prepare" << sql << query->lastError().text();
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Status Database::run(QSqlQuery &query)
{
    if (auto injected = injectedFailure(); !injected)
        return injected;
    if (!query.exec())
        return errorFrom(query.lastError(), query.lastQuery().simplified().left(80));
    return {};
}

Status Database::run(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery &query = prepared(sql);
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    return run(query);
}

NativeStatement &Database::nativeStatement(const QString &sql)
{
    auto it = m_native.find(sql);
    if (it == m_native.end()) {
        std::unique_ptr<NativeStatement> statement(new NativeStatement(nativeHandle(), sql));
        if (!statement->m_stmt)
            qCCritical(lcStorage) << "cannot prepare" << sql << statement->errorText();
        it = m_native.emplace(sql, std::move(statement)).first;
    }
    return *it->second;
}

Status Database::run(NativeStatement &statement)
{
    if (auto injected = injectedFailure(); !injected)
        return injected;
    if (statement.step() != SQLITE_OK)
        return errorFrom(QString::fromUtf8(statement.errorText()),
                         statement.sql().simplified().left(80));
    return {};
}

Status Database::begin()
{
    if (auto s = run(prepared(QStringLiteral("BEGIN IMMEDIATE"))); !s)
        return s;
    m_inTransaction = true;
    return {};
}

Status Database::commit()
{
    if (auto s = run(prepared(QStringLiteral("COMMIT"))); !s) {
        rollback();
        return s;
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    // A failed statement inside SQLite may already have ended the
    // transaction; ROLLBACK then fails harmlessly.
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Error Database::errorFrom(const QSqlError &error, const QString &context)
{
    return errorFrom(error.databaseText().isEmpty() ? error.text() : error.databaseText(), context);
}

Error Database::errorFrom(const QString &text, const QString &context)
{
    QVariantMap details{{QStringLiteral("driver"), text}, {QStringLiteral("context"), context}};
    static const QRegularExpression unique(
        QStringLiteral("UNIQUE constraint failed: \\w+\\.(\\w+)"));
    if (const auto m = unique.match(text); m.hasMatch()) {
        details.insert(QStringLiteral("field"), m.captured(1));
        return Error{ErrorCode::Duplicate,
                     tr("Another record already has this %1").arg(m.captured(1)), details};
    }
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return Error{ErrorCode::StorageReadOnly, tr("The store is read-only"), details};
    if (text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed")))
        return Error{ErrorCode::StorageCorrupt,
                     tr("The store file is damaged or not a Bodega store"), details};
    return Error{ErrorCode::StorageFailed, tr("Storage error: %1").arg(text), details};
}

Transaction::Transaction(Database &db) : m_db(db)
{
    // Nested units of work join the outer transaction: the outer one commits
    // or rolls back everything.
    if (m_db.inTransaction())
        m_done = true;
    else
        m_started = m_db.begin();
    if (!m_started)
        m_done = true;
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_started;
    m_done = true;
    return m_db.commit();
}

} // namespace bodega
