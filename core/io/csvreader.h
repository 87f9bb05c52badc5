#pragma once

#include "common/result.h"

#include <QIODevice>
#include <QStringList>

namespace bodega {

struct CsvRecord
{
    int line = 0; // physical line where the record starts, 1-based
    QStringList fields;
};

// RFC 4180 reader: quoted fields with embedded separators, quotes and
// newlines, CRLF or LF, UTF-8 with or without BOM, comma or semicolon
// (detected from the header line). Streams records so 100,000-row files
// never sit in memory twice.
class CsvReader
{
public:
    static constexpr qint64 MaxFieldBytes = 1 << 20;

    explicit CsvReader(QIODevice &device);

    // The next record, or std::nullopt at the end. A malformed record
    // (unterminated quote, oversized field) is an IMPORT_FAILED error naming
    // its line; reading can continue after it.
    Result<std::optional<CsvRecord>> next();
    QChar separator() const { return m_separator; }

private:
    bool fillBuffer();

    QIODevice &m_device;
    QString m_buffer;
    int m_pos = 0;
    int m_line = 1;
    bool m_started = false;
    bool m_eof = false;
    QChar m_separator = QLatin1Char(',');
};

} // namespace bodega
