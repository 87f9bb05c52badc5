#include "jsonlog.h"

#include "common/tracecontext.h"

#include <cstdio>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

namespace bodega {

namespace {

struct LogState
{
    QMutex mutex;
    QFile file;
    QString path;
    bool alsoStderr = false;
    qint64 maxFileBytes = JsonLog::MaxFileBytes;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState s;
    return s;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void rotateLocked(LogState &s)
{
    s.file.close();
    for (int i = JsonLog::KeptFiles - 1; i >= 1; --i) {
        const QString from = i == 1 ? s.path : s.path + QLatin1Char('.') + QString::number(i - 1);
        const QString to = s.path + QLatin1Char('.') + QString::number(i);
        QFile::remove(to);
        QFile::rename(from, to);
    }
    s.file.setFileName(s.path);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), levelName(type)},
        {QStringLiteral("category"),
         QString::fromLatin1(context.category ? context.category : "default")},
        {QStringLiteral("trace_id"), TraceContext::current()},
        {QStringLiteral("message"), message},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + bytes.size() > s.maxFileBytes)
                rotateLocked(s);
            s.file.write(bytes);
            s.file.flush();
        }
    }
    if (s.alsoStderr || type == QtCriticalMsg || type == QtFatalMsg) {
        const QByteArray text = message.toLocal8Bit();
        std::fprintf(stderr, "%s\n", text.constData());
    }
}

} // namespace

QString JsonLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/logs/bodega.jsonl");
}

QString JsonLog::currentPath()
{
    return state().path;
}

bool JsonLog::install(const QString &filePath, bool alsoStderr, qint64 maxFileBytes)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    if (s.file.isOpen())
        s.file.close();
    s.path = filePath;
    s.alsoStderr = alsoStderr;
    s.maxFileBytes = maxFileBytes;
    s.file.setFileName(filePath);
    const bool ok = s.file.open(QIODevice::WriteOnly | QIODevice::Append);
    s.previous = qInstallMessageHandler(handler);
    return ok;
}

void JsonLog::uninstall()
{
    LogState &s = state();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

} // namespace bodega
