// This terminal's preferences (issue 7, point 3): the language, the receipt
// printer and its roll live in QSettings, not in the store; a store set up
// before keeps printing where it did; a hand-edited file never stops a sale.
#include "security/auditaction.h"
#include "setup/storesetup.h"
#include "setup/terminalpreferences.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QSettings>

using namespace bodega;

namespace {

using Paper = TerminalPreferences::ReceiptPaper;

class TerminalPreferencesTest : public ::testing::Test
{
protected:
    QString iniPath() const { return store.dir.filePath(QStringLiteral("terminal.ini")); }
    QByteArray iniBytes() const
    {
        QFile f(iniPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    test::TempStore store;
};

} // namespace

TEST_F(TerminalPreferencesTest, WhatIsSetIsInTheFileForTheNextReader)
{
    {
        TerminalPreferences prefs(iniPath());
        EXPECT_EQ(prefs.language(), QString());
        EXPECT_FALSE(prefs.receiptPrinter().has_value());
        EXPECT_EQ(prefs.receiptPaper(), Paper::Roll80) << "80 mm until chosen";
        ASSERT_TRUE(prefs.setLanguage(QStringLiteral("en")).ok());
        ASSERT_TRUE(prefs.setReceiptPrinter(QStringLiteral("  EPSON-TM-T20  ")).ok());
        ASSERT_TRUE(prefs.setReceiptPaper(Paper::Roll58).ok());
    }
    // Written at once (bodegactl and the GUI's workers read the same file).
    const QByteArray ini = iniBytes();
    EXPECT_TRUE(ini.contains("language=en")) << ini.toStdString();
    EXPECT_TRUE(ini.contains("printer=EPSON-TM-T20")) << ini.toStdString();
    EXPECT_TRUE(ini.contains("paper=58")) << ini.toStdString();
    // The key the settings dialog always used: files from before still work.
    EXPECT_EQ(QSettings(iniPath(), QSettings::IniFormat).value(QStringLiteral("ui/language")),
              QStringLiteral("en"));

    TerminalPreferences again(iniPath());
    EXPECT_EQ(again.language(), QStringLiteral("en"));
    EXPECT_EQ(again.receiptPrinter().value_or(QStringLiteral("?")), QStringLiteral("EPSON-TM-T20"));
    EXPECT_EQ(again.receiptPaper(), Paper::Roll58);
}

TEST_F(TerminalPreferencesTest, AnUnknownPaperInTheFileIsThe80MmRoll)
{
    for (const char *stored : {"A4", "", "57", "80mm", "-1"}) {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(TerminalPreferences::receiptPaperKey(), QString::fromLatin1(stored));
        }
        EXPECT_EQ(TerminalPreferences(iniPath()).receiptPaper(), Paper::Roll80) << stored;
    }
    EXPECT_EQ(TerminalPreferences::paperFromCode(QStringLiteral(" 58 ")), Paper::Roll58);
    auto bad =
        TerminalPreferences::parsePaper(QStringLiteral("A4"), QStringLiteral("receipt.paper"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::ValidationFailed);
    EXPECT_EQ(bad.error().field(), QStringLiteral("receipt.paper"));
}

TEST_F(TerminalPreferencesTest, AStoreSetUpBeforeKeepsItsPrinterUntilThisTerminalChoosesOne)
{
    StoreSettings settings(*store.db);
    ASSERT_TRUE(
        settings.setValue(QStringLiteral("receipt.printer"), QStringLiteral("OLD-EPSON")).ok());
    TerminalPreferences prefs(iniPath());
    EXPECT_EQ(prefs.receiptPrinter(settings), QStringLiteral("OLD-EPSON"));
    // "The system's default printer" is a choice too: the old one is not read again.
    ASSERT_TRUE(prefs.setReceiptPrinter(QString()).ok());
    EXPECT_EQ(prefs.receiptPrinter(settings), QString());
    ASSERT_TRUE(prefs.setReceiptPrinter(QStringLiteral("XP-58")).ok());
    EXPECT_EQ(prefs.receiptPrinter(settings), QStringLiteral("XP-58"));
}

TEST_F(TerminalPreferencesTest, APrinterNameNoPrintSystemHasIsRefusedAndNothingIsWritten)
{
    TerminalPreferences prefs(iniPath());
    for (const QString &name : {QString(201, QLatin1Char('x')), QStringLiteral("two\nlines")}) {
        auto s = prefs.setReceiptPrinter(name);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::ValidationFailed);
        EXPECT_EQ(s.error().field(), QStringLiteral("receipt_printer"));
    }
    EXPECT_FALSE(prefs.receiptPrinter().has_value());
}

TEST_F(TerminalPreferencesTest, StoreSetupPutsThePrinterAndRollInTheTerminalNotInTheStore)
{
    TerminalPreferences prefs(iniPath());
    FileCredentialStore credentials(store.dir.filePath(QStringLiteral("credentials")));
    StoreSetup setup(*store.db, credentials, store.clock, &prefs);
    SetupPlan p;
    p.storeName = QStringLiteral("Tienda Doña Rosa");
    p.receiptPrinter = QStringLiteral("XP-58");
    p.receiptPaper = Paper::Roll58;
    ASSERT_TRUE(setup.apply(std::nullopt, p).ok());

    EXPECT_EQ(prefs.receiptPrinter().value_or(QString()), QStringLiteral("XP-58"));
    EXPECT_EQ(prefs.receiptPaper(), Paper::Roll58);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE "
                                          "'receipt.%'")),
              0);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE after "
                                          "LIKE '%XP-58%' OR before LIKE '%XP-58%'")),
              0)
        << "a terminal's printer is no fact of the store's books";

    auto state = setup.load();
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->plan.receiptPrinter.value_or(QString()), QStringLiteral("XP-58"));
    EXPECT_EQ(state->plan.receiptPaper, Paper::Roll58);

    // A bad name is the plan's error, naming receipt_printer; nothing changes.
    p.receiptPrinter = QString(300, QLatin1Char('p'));
    auto bad = setup.apply(std::nullopt, p);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field(), QStringLiteral("receipt_printer"));
    EXPECT_EQ(TerminalPreferences(iniPath()).receiptPrinter().value_or(QString()),
              QStringLiteral("XP-58"));
}

TEST_F(TerminalPreferencesTest, TaxRatesAloneAreValidatedStoredAsTheWizardStoresThemAndAudited)
{
    FileCredentialStore credentials(store.dir.filePath(QStringLiteral("credentials")));
    TerminalPreferences prefs(iniPath());
    StoreSetup setup(*store.db, credentials, store.clock, &prefs);
    ASSERT_TRUE(setup.setTaxRates(std::nullopt, {1900, 800, 0}).ok());
    EXPECT_EQ(StoreSettings(*store.db).value(QStringLiteral("tax.rates")),
              QStringLiteral("1900,800,0"));
    EXPECT_EQ(setup.taxRates().value_or(QVector<int>()), (QVector<int>{1900, 800, 0}));
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'store_settings_changed'")),
              1);

    auto twice = setup.setTaxRates(std::nullopt, {1900, 1900});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field(), QStringLiteral("tax_rates"));
    EXPECT_EQ(StoreSettings(*store.db).value(QStringLiteral("tax.rates")),
              QStringLiteral("1900,800,0"));
}
