#include "common/tracecontext.h"
#include "logging/jsonlog.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace bodega;

namespace {
Q_LOGGING_CATEGORY(lcTest, "bodega.test")

QList<QJsonObject> readLines(const QString &path)
{
    QFile f(path);
    QList<QJsonObject> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}
} // namespace

TEST(JsonLog, WritesOneJsonObjectPerLineWithTheTraceId)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/bodega.jsonl"));
    ASSERT_TRUE(JsonLog::install(path));
    {
        TraceScope trace(QStringLiteral("0123456789abcdef0123456789abcdef"));
        qCWarning(lcTest) << "stock went negative for" << QStringLiteral("ARR-1");
    }
    qCInfo(lcTest) << "outside any trace";
    JsonLog::uninstall();
    const auto lines = readLines(path);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    EXPECT_EQ(lines[0].value(QStringLiteral("category")).toString(), QStringLiteral("bodega.test"));
    EXPECT_EQ(lines[0].value(QStringLiteral("trace_id")).toString(),
              QStringLiteral("0123456789abcdef0123456789abcdef"));
    EXPECT_TRUE(
        lines[0].value(QStringLiteral("message")).toString().contains(QStringLiteral("ARR-1")));
    EXPECT_TRUE(
        QDateTime::fromString(lines[0].value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
            .isValid());
    EXPECT_EQ(lines[1].value(QStringLiteral("trace_id")).toString(), QString());
    EXPECT_EQ(lines[1].value(QStringLiteral("level")).toString(), QStringLiteral("info"));
}

TEST(JsonLog, RotatesBySizeAndKeepsAFewFiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bodega.jsonl"));
    ASSERT_TRUE(JsonLog::install(path, false, 4096));
    for (int i = 0; i < 400; ++i)
        qCInfo(lcTest) << "line" << i;
    JsonLog::uninstall();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".1")));
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".2")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".3")));
    EXPECT_LE(QFileInfo(path).size(), 4096);
    // The newest line is in the current file, intact.
    const auto lines = readLines(path);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(
        lines.last().value(QStringLiteral("message")).toString().endsWith(QStringLiteral("399")));
}
