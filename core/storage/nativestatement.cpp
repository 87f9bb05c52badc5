#include "nativestatement.h"

#include <sqlite3.h>

namespace bodega {

NativeStatement::NativeStatement(sqlite3 *db, QString sql) : m_db(db), m_sql(std::move(sql))
{
    const QByteArray utf8 = m_sql.toUtf8();
    if (!m_db) {
        m_error = QByteArrayLiteral("the connection has no SQLite handle");
        return;
    }
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK) {
        m_error = sqlite3_errmsg(m_db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_stmt);
}

void NativeStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void NativeStatement::bind(int index, const QString &text)
{
    if (index < 0 || size_t(index) >= m_text.size())
        return; // as SQLite does with an index out of range: SQLITE_RANGE, nothing bound
    QByteArray &utf8 = m_text[size_t(index)];
    utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_STATIC);
}

void NativeStatement::bindOptional(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void NativeStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index + 1);
}

int NativeStatement::step()
{
    if (!m_stmt)
        return SQLITE_ERROR;
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        rc = SQLITE_OK;
    // reset() repeats the step's error code; the message was read by then.
    if (rc != SQLITE_OK)
        m_error = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    // SQLite no longer points at them.
    for (QByteArray &t : m_text)
        t.clear();
    return rc;
}

QByteArray NativeStatement::errorText() const
{
    return m_error;
}

} // namespace bodega
