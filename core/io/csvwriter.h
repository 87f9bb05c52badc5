#pragma once

#include "common/result.h"

#include <functional>
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
    // `write` into a file written aside and renamed into place (QSaveFile):
    // never half a file under `path`. STORAGE_FAILED naming "out".
    static Status saveFile(const QString &path, const std::function<Status(QIODevice &)> &write);

private:
    QIODevice &m_device;
};

} // namespace bodega
