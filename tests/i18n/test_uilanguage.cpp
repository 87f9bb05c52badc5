// Which language the interface speaks and which locale its numbers follow.
#include "uilanguage.h"

#include <gtest/gtest.h>
#include <QCoreApplication>

using namespace bodega;

namespace {

const QLocale esCo(QLocale::Spanish, QLocale::Colombia);
const QLocale esMx(QLocale::Spanish, QLocale::Mexico);
const QLocale enUs(QLocale::English, QLocale::UnitedStates);
const QLocale deDe(QLocale::German, QLocale::Germany);

} // namespace

TEST(UiLanguage, SpanishOnSpanishSystemsAndEnglishOnEveryOther)
{
    EXPECT_EQ(UiLanguage::choose({}, {}, esCo), QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose({}, {}, esMx), QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose({}, {}, QLocale(QLocale::Spanish, QLocale::Spain)),
              QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose({}, {}, enUs), QStringLiteral("en"));
    EXPECT_EQ(UiLanguage::choose({}, {}, deDe), QStringLiteral("en"));
    EXPECT_EQ(UiLanguage::choose({}, {}, QLocale(QLocale::Portuguese, QLocale::Brazil)),
              QStringLiteral("en"));
    EXPECT_EQ(UiLanguage::choose({}, {}, QLocale::c()), QStringLiteral("en"));
}

TEST(UiLanguage, CommandLineWinsOverTheStoredChoiceWhichWinsOverTheSystem)
{
    EXPECT_EQ(UiLanguage::choose({}, QStringLiteral("en"), esCo), QStringLiteral("en"));
    EXPECT_EQ(UiLanguage::choose({}, QStringLiteral("es"), deDe), QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose(QStringLiteral("es"), QStringLiteral("en"), enUs),
              QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose(QStringLiteral("en"), QStringLiteral("es"), esCo),
              QStringLiteral("en"));
    // What Bodega does not have falls through to the next rule.
    EXPECT_EQ(UiLanguage::choose(QStringLiteral("fr"), {}, esCo), QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose({}, QStringLiteral("fr"), deDe), QStringLiteral("en"));
}

TEST(UiLanguage, FormatsFollowTheSystemWhenItSpeaksTheLanguage)
{
    EXPECT_EQ(UiLanguage::localeFor(QStringLiteral("es"), esMx), esMx);
    EXPECT_EQ(UiLanguage::localeFor(QStringLiteral("es"), esCo), esCo);
    EXPECT_EQ(UiLanguage::localeFor(QStringLiteral("es"), enUs), esCo);
    EXPECT_EQ(UiLanguage::localeFor(QStringLiteral("en"), deDe), enUs);
    const QLocale enGb(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(UiLanguage::localeFor(QStringLiteral("en"), enGb), enGb);
    EXPECT_EQ(UiLanguage::localeFor(QStringLiteral("en"), esCo), enUs);
}

TEST(UiLanguage, InstallsTheEmbeddedTranslationAndTheDefaultLocale)
{
    const QLocale previous;
    const char *context = "bodega::GuiMain";
    const char *source = "Interface language: es or en.";
    {
        UiLanguage spanish(QStringLiteral("es"), deDe);
        ASSERT_TRUE(spanish.install());
        EXPECT_EQ(QLocale(), esCo);
        EXPECT_EQ(QCoreApplication::translate(context, source),
                  QStringLiteral("Idioma de la interfaz: es o en."));
    }
    // Gone with the object.
    EXPECT_EQ(QCoreApplication::translate(context, source), QLatin1String(source));
    {
        UiLanguage english(QStringLiteral("en"), esCo);
        ASSERT_TRUE(english.install());
        EXPECT_EQ(QLocale(), enUs);
        EXPECT_EQ(QCoreApplication::translate(context, source), QLatin1String(source));
    }
    QLocale::setDefault(previous);
}
