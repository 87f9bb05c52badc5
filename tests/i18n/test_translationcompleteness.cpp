// Every user-visible string has a Spanish and an English translation: lupdate
// (as the build runs it) on copies of the .ts files, then no message may be
// unfinished or empty. A new tr() string fails here until the .ts files are
// regenerated and translated.
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace bodega;

namespace {

struct TsReport
{
    int messages = 0;
    QStringList untranslated; // "context: source"
    QString error;
};

// Reads one <message>: its source, and whether its translation (or every
// numerus form of it) has text and is finished.
void readMessage(QXmlStreamReader &xml, const QString &context, TsReport &report)
{
    QString source;
    bool finished = true;
    bool hasText = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            finished = type.isEmpty();
            QString text;
            bool numerus = false;
            bool emptyForm = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    emptyForm = emptyForm || xml.readElementText().trimmed().isEmpty();
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            hasText = numerus ? !emptyForm : !text.trimmed().isEmpty();
        } else {
            xml.skipCurrentElement();
        }
    }
    ++report.messages;
    if (!finished || !hasText)
        report.untranslated << context + QStringLiteral(": ") + source;
}

TsReport readTs(const QString &path)
{
    TsReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = file.errorString();
        return report;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            readMessage(xml, context, report);
    }
    if (xml.hasError())
        report.error = xml.errorString();
    return report;
}

} // namespace

TEST(TranslationCompleteness, EverySourceStringHasASpanishAndAnEnglishTranslation)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList languages{QStringLiteral("es"), QStringLiteral("en")};
    QStringList copies;
    for (const QString &language : languages) {
        const QString name = QStringLiteral("bodega_%1.ts").arg(language);
        const QString copy = dir.filePath(name);
        ASSERT_TRUE(QFile::copy(QStringLiteral(BODEGA_TS_DIR "/") + name, copy))
            << name.toStdString();
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }

    // qt_add_translations' own lupdate project (sources, include paths),
    // pointed at the copies.
    const QString projectCmake = dir.filePath(QStringLiteral("project.cmake"));
    const QString projectJson = dir.filePath(QStringLiteral("project.json"));
    {
        ASSERT_TRUE(QFile::exists(QStringLiteral(BODEGA_LUPDATE_PROJECT)))
            << "no lupdate project at " BODEGA_LUPDATE_PROJECT ": run cmake on the build folder";
        QFile f(projectCmake);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("include(\"" BODEGA_LUPDATE_PROJECT "\")\n");
        f.write("set(lupdate_translations \"" + copies.join(QLatin1Char(';')).toUtf8() + "\")\n");
    }
    const auto generated = test::runProcess(
        QStringLiteral(BODEGA_CMAKE),
        {QStringLiteral("-DIN_FILE=") + projectCmake, QStringLiteral("-DOUT_FILE=") + projectJson,
         QStringLiteral("-P"), QStringLiteral(BODEGA_LUPDATE_PROJECT_SCRIPT)},
        QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(generated.exitCode, 0) << generated.text();

    QStringList args = QStringLiteral(BODEGA_LUPDATE_OPTIONS).split(QLatin1Char('|'));
    args << QStringLiteral("-project") << projectJson;
    const auto lupdate = test::runProcess(QStringLiteral(BODEGA_LUPDATE), args,
                                          QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(lupdate.exitCode, 0) << lupdate.text();

    for (int i = 0; i < copies.size(); ++i) {
        const TsReport report = readTs(copies.at(i));
        ASSERT_TRUE(report.error.isEmpty())
            << copies.at(i).toStdString() << ": " << report.error.toStdString();
        // lupdate read the sources: an empty scan would pass vacuously.
        EXPECT_GT(report.messages, 500) << lupdate.text();
        EXPECT_TRUE(report.untranslated.isEmpty())
            << "bodega_" << languages.at(i).toStdString() << ".ts: " << report.untranslated.size()
            << " source strings without a finished translation (run the "
               "bodega_translations_lupdate target, then translate them in Qt Linguist):\n  "
            << report.untranslated.join(QStringLiteral("\n  ")).toStdString();
    }
}
