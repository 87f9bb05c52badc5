#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace bodega {

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << quoted(f);
    const QByteArray line = out.join(QLatin1Char(',')).toUtf8() + "\r\n";
    if (m_device.write(line) != line.size())
        return Error{ErrorCode::StorageFailed,
                     QCoreApplication::translate("bodega::CsvWriter", "Cannot write the CSV: %1")
                         .arg(m_device.errorString()),
                     {}};
    return {};
}

Status CsvWriter::saveFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error{ErrorCode::StorageFailed,
                     QCoreApplication::translate("bodega::CsvWriter", "Cannot write %1: %2")
                         .arg(path, file.errorString()),
                     {{QStringLiteral("field"), QStringLiteral("out")}}};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (auto s = write(file); !s)
        return s;
    if (!file.commit())
        return failed();
    return {};
}

} // namespace bodega
