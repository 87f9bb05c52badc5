#pragma once

#include <QString>
#include <QVector>

#include <string>

namespace bodega {

// PostgreSQL's COPY text format (one row per line, tab-separated, backslash
// escapes, \N for NULL), as streamed by pqxx::stream_from::get_raw_line.
namespace CopyText {
void split(const std::string &line, QVector<QString> &fields);
}

} // namespace bodega
