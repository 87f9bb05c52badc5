#include "csvreader.h"

#include <QCoreApplication>

namespace bodega {

CsvReader::CsvReader(QIODevice &device) : m_device(device) {}

bool CsvReader::fillBuffer()
{
    if (m_eof)
        return false;
    // Read whole chunks and keep the unread tail; a UTF-8 sequence cut at a
    // chunk edge is completed by reading on to the next line break.
    QByteArray chunk = m_device.read(1 << 16);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (!m_device.atEnd()) {
        QByteArray rest = m_device.readLine();
        chunk += rest;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += QString::fromUtf8(chunk);
    return true;
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        fillBuffer();
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_pos = 1;
        // The header decides the separator: Excel in es-CO writes semicolons.
        const int eol = m_buffer.indexOf(QLatin1Char('\n'), m_pos);
        const QString header = m_buffer.mid(m_pos, eol < 0 ? -1 : eol - m_pos);
        if (header.count(QLatin1Char(';')) > header.count(QLatin1Char(',')))
            m_separator = QLatin1Char(';');
    }
    // Skip blank lines between records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fillBuffer())
            return std::optional<CsvRecord>();
        const QChar c = m_buffer.at(m_pos);
        if (c == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
        } else if (c == QLatin1Char('\r')) {
            ++m_pos;
        } else {
            break;
        }
    }

    CsvRecord record;
    record.line = m_line;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    bool tooLong = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fillBuffer()) {
            if (quoted) {
                return Error{ErrorCode::ImportFailed,
                             QCoreApplication::translate("bodega::CsvReader",
                                                         "Line %1: a quoted field is never closed")
                                 .arg(record.line),
                             // The rest of the file was swallowed by the quote:
                             // nothing after it can be read as rows.
                             {{QStringLiteral("line"), record.line},
                              {QStringLiteral("fatal"), true}}};
            }
            record.fields << field;
            break;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size())
                    fillBuffer();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    field += c;
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            quoted = fieldWasQuoted = true;
        } else if (c == m_separator) {
            record.fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            ++m_line;
            record.fields << field;
            break;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
        if (field.size() > MaxFieldBytes) {
            tooLong = true;
            field.clear();
        }
    }
    if (tooLong)
        return Error{
            ErrorCode::ImportFailed,
            QCoreApplication::translate("bodega::CsvReader", "Line %1: a field is larger than 1 MB")
                .arg(record.line),
            {{QStringLiteral("line"), record.line}}};
    return std::optional<CsvRecord>(std::move(record));
}

} // namespace bodega
