#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace bodega {

// A statement prepared on the connection's own sqlite3 handle, for the
// writes that run a million times in a row (a catalog import, a first
// sync). QSqlQuery::bindValue formats a placeholder name and wraps every
// value in a QVariant; at a million products that overhead cost three times
// what SQLite itself spends on the insert. Obtained from
// Database::nativeStatement() and run through Database::run(), so errors
// map to the same codes and tests can fail it like any statement.
//
// Indexes are 0-based, as with QSqlQuery. Bound text is kept (as UTF-8) by
// the statement until its step, so SQLite reads it without a second copy.
class NativeStatement
{
public:
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    void bind(int index, qint64 value);
    // A null QString binds '' (text columns are NOT NULL DEFAULT '').
    void bind(int index, const QString &text);
    // An empty value binds NULL: optional unique keys such as a barcode.
    void bindOptional(int index, const QString &text);
    void bindNull(int index);

    const QString &sql() const { return m_sql; }

private:
    friend class Database;
    NativeStatement(sqlite3 *db, QString sql);
    // SQLite's result code of the last step (0 when it went well).
    int step();
    QByteArray errorText() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    QByteArray m_error;
    std::vector<QByteArray> m_text; // one per parameter, alive until the step
};

} // namespace bodega
