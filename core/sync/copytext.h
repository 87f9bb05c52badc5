#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <string>

namespace bodega {

// PostgreSQL's COPY text format (one row per line, tab-separated, backslash
// escapes, \N for NULL), as streamed by pqxx::stream_from::get_raw_line.
namespace CopyText {
void split(const std::string &line, QVector<QString> &fields);
// A timestamptz as PostgreSQL writes it, in COPY text (2026-11-17
// 10:00:00.123+00) or in JSON (2026-11-17T10:00:00.123+00:00), in UTC.
QDateTime timestamp(QString text);
} // namespace CopyText

} // namespace bodega
