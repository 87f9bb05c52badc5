#pragma once

#include <QString>

namespace bodega {

// Structured logs (SPEC: Operations): every qDebug/qInfo/qWarning becomes one
// JSON line {time, level, category, trace_id, message} in a size-rotated file
// in the app data folder. Install once per process.
class JsonLog
{
public:
    static constexpr qint64 MaxFileBytes = 5 * 1024 * 1024;
    static constexpr int KeptFiles = 3;

    // alsoStderr: keep plain messages on stderr too (the CLI's --verbose).
    static bool install(const QString &filePath, bool alsoStderr = false,
                        qint64 maxFileBytes = MaxFileBytes);
    static void uninstall();
    static QString defaultPath(); // <AppDataLocation>/logs/bodega.jsonl
    static QString currentPath();
};

} // namespace bodega
