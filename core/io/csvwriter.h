#pragma once

#include "common/result.h"

#include <QIODevice>
#include <QStringList>

namespace bodega {

// RFC 4180 writer, the mirror of CsvReader: UTF-8, comma separated, CRLF
// line ends, a field quoted only when it holds a comma, a quote or a line
// break (quotes doubled). A field starting with = + - @ is written as it
// is: the reader of an export is Bodega or a script, not a spreadsheet's
// formula engine.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device) : m_device(device) {}

    Status writeRecord(const QStringList &fields);
    static QString quoted(const QString &field);

private:
    QIODevice &m_device;
};

} // namespace bodega
