#pragma once

#include <gtest/gtest.h>
#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

namespace bodega::test {

// QTRY-style: runs the event loop until pred() holds or the deadline passes.
// Worker results arrive as queued signals, so the loop must turn; no fixed sleeps.
template <typename Pred> bool waitUntil(Pred pred, int timeoutMs = 15000)
{
    return QTest::qWaitFor(pred, timeoutMs);
}

// The named child, or a test failure that says which one is missing.
template <typename T> T *child(const QWidget &parent, const char *objectName)
{
    T *found = parent.findChild<T *>(QLatin1String(objectName));
    EXPECT_NE(found, nullptr) << "no child named " << objectName;
    return found;
}

inline QString screenshotPath(const QString &fileName)
{
    const QString dir = QStringLiteral(BODEGA_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + fileName;
}

} // namespace bodega::test
