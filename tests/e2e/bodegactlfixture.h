#pragma once

// The fixture every bodegactl end-to-end suite shares: a temporary store and
// the real bodegactl binary run as a separate process.
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace bodega::test {

class Bodegactl : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    }

    CtlRun ctl(QStringList args, const QStringList &wrapper = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BODEGA_LOG"), m_dir.filePath(QStringLiteral("log.jsonl")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        // Secrets (the AI key) stay in the test's folder, never the user's keychain.
        env.insert(QStringLiteral("BODEGA_CREDENTIALS_DIR"),
                   m_dir.filePath(QStringLiteral("credentials")));
        // This terminal's preferences (QSettings: receipt printer and roll,
        // language) in the test's folder, never the user's ~/.config.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        if (!args.contains(QStringLiteral("--db"))) {
            args.prepend(m_db);
            args.prepend(QStringLiteral("--db"));
        }
        if (wrapper.isEmpty())
            return test::runProcess(QStringLiteral(BODEGA_CTL_PATH), args, env);
        return test::runProcess(
            wrapper.first(), wrapper.mid(1) + QStringList{QStringLiteral(BODEGA_CTL_PATH)} + args,
            env);
    }
    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }
    // The QSettings file bodegactl (and the GUI) write: organization Bodega,
    // application bodega.
    QString terminalFile() const { return configHome() + QStringLiteral("/Bodega/bodega.conf"); }

    CtlRun json(const QStringList &args) const
    {
        return ctl(QStringList{QStringLiteral("--json")} + args);
    }

    static void expectError(const CtlRun &r, int exitCode, const char *code,
                            const char *field = nullptr)
    {
        EXPECT_EQ(r.exitCode, exitCode) << r.out.toStdString() << r.err.toStdString();
        const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
        EXPECT_EQ(e.value(QStringLiteral("code")).toString(), QString::fromLatin1(code))
            << r.out.toStdString();
        EXPECT_FALSE(e.value(QStringLiteral("message")).toString().isEmpty());
        EXPECT_TRUE(e.value(QStringLiteral("details")).isObject());
        if (field) {
            EXPECT_EQ(e.value(QStringLiteral("details"))
                          .toObject()
                          .value(QStringLiteral("field"))
                          .toString(),
                      QString::fromLatin1(field));
        }
    }

    // A new store with 20 of ARR-500 "Arroz Diana 500 g" at $2.900.
    void initWithRice() const
    {
        ASSERT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
        const CtlRun r =
            ctl({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Arroz Diana 500 g"), QStringLiteral("--sku"),
                 QStringLiteral("ARR-500"), QStringLiteral("--price"), QStringLiteral("2900"),
                 QStringLiteral("--stock"), QStringLiteral("20"), QStringLiteral("--no-ai")});
        ASSERT_EQ(r.exitCode, 0) << r.text();
    }

    // bodegactl with BODEGA_PASSWORD (who acts) and BODEGA_NEW_SECRET set.
    CtlRun as(const QString &secret, const QString &newSecret, const QStringList &args) const
    {
        qputenv("BODEGA_PASSWORD", secret.toUtf8());
        qputenv("BODEGA_NEW_SECRET", newSecret.toUtf8());
        const CtlRun r = ctl(args);
        qunsetenv("BODEGA_PASSWORD");
        qunsetenv("BODEGA_NEW_SECRET");
        return r;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace bodega::test
