// Numbers, money and dates as a person reads them: es-CO (the store's
// default) and English.
#include "domain/localeformat.h"
#include "domain/money.h"

#include <gtest/gtest.h>
#include <QDateTime>
#include <QTimeZone>

using namespace bodega;

namespace {

const QLocale esCo(QLocale::Spanish, QLocale::Colombia);
const QLocale enUs(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST(LocaleFormat, GroupsThousandsTheLocaleWay)
{
    EXPECT_EQ(LocaleFormat(esCo).integer(1234567), QStringLiteral("1.234.567"));
    EXPECT_EQ(LocaleFormat(esCo).integer(-1234), QStringLiteral("-1.234"));
    EXPECT_EQ(LocaleFormat(esCo).integer(999), QStringLiteral("999"));
    EXPECT_EQ(LocaleFormat(esCo).integer(0), QStringLiteral("0"));
    EXPECT_EQ(LocaleFormat(enUs).integer(1234567), QStringLiteral("1,234,567"));
    EXPECT_EQ(LocaleFormat(enUs).integer(std::numeric_limits<qint64>::min()),
              QStringLiteral("-9,223,372,036,854,775,808"));
    // Qt 6.4 alone prints "1234.567" for Spain.
    EXPECT_EQ(LocaleFormat(QLocale(QLocale::Spanish, QLocale::Spain)).integer(1234567),
              QStringLiteral("1.234.567"));
    QLocale plain = enUs;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    EXPECT_EQ(LocaleFormat(plain).integer(1234567), QStringLiteral("1234567"));
}

TEST(LocaleFormat, MoneyFollowsTheLocale)
{
    EXPECT_EQ(Money(1234567, QStringLiteral("COP")).format(esCo), QStringLiteral("$ 1.234.567"));
    EXPECT_EQ(Money(1234567, QStringLiteral("COP")).format(enUs), QStringLiteral("$ 1,234,567"));
    EXPECT_EQ(Money(123456789, QStringLiteral("USD")).format(esCo),
              QStringLiteral("US$ 1.234.567,89"));
    EXPECT_EQ(Money(-123456789, QStringLiteral("USD")).format(enUs),
              QStringLiteral("-US$ 1,234,567.89"));
    EXPECT_EQ(
        Money(1234567, QStringLiteral("COP")).format(QLocale(QLocale::Spanish, QLocale::Spain)),
        QStringLiteral("$ 1.234.567"));
}

TEST(LocaleFormat, DatesAreDayFirstWithFourDigitYearsInColombia)
{
    const QDate march4(2026, 3, 4);
    EXPECT_EQ(LocaleFormat(esCo).date(march4), QStringLiteral("04/03/2026"));
    EXPECT_EQ(LocaleFormat(esCo).dateFormat(), QStringLiteral("dd/MM/yyyy"));
    EXPECT_EQ(LocaleFormat(enUs).date(march4), QStringLiteral("03/04/2026"));
    EXPECT_EQ(LocaleFormat(QLocale(QLocale::English, QLocale::UnitedKingdom)).date(march4),
              QStringLiteral("04/03/2026"));
    EXPECT_EQ(LocaleFormat(QLocale(QLocale::Spanish, QLocale::Mexico)).date(march4),
              QStringLiteral("04/03/2026"));
}

TEST(LocaleFormat, TimesKeepTheLocaleClockAndCase)
{
    EXPECT_EQ(LocaleFormat(esCo).time(QTime(21, 5)), QStringLiteral("9:05 p.\u00a0m."));
    EXPECT_EQ(LocaleFormat(esCo).time(QTime(9, 5)), QStringLiteral("9:05 a.\u00a0m."));
    EXPECT_EQ(LocaleFormat(enUs).time(QTime(21, 5)), QStringLiteral("9:05 PM"));
    EXPECT_EQ(LocaleFormat(QLocale(QLocale::Spanish, QLocale::Spain)).time(QTime(21, 5)),
              QStringLiteral("21:05"));
}

TEST(LocaleFormat, StoredInstantsAreShownInLocalTime)
{
    const QDateTime utc(QDate(2026, 12, 28), QTime(22, 59), Qt::UTC);
    const QDateTime local = utc.toLocalTime();
    const QString shown = LocaleFormat(esCo).dateTime(utc);
    EXPECT_EQ(shown, LocaleFormat(esCo).date(local.date()) + QLatin1Char(' ') +
                         LocaleFormat(esCo).time(local.time()));
    EXPECT_TRUE(shown.startsWith(local.date().toString(QStringLiteral("dd/MM/yyyy "))))
        << shown.toStdString();
}
