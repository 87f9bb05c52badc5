// bodegactl setting (issue 7, point 3): the store's facts in the store, this
// terminal's receipt printer and roll in its QSettings file (shared with the
// GUI), the IVA rates and the webhook switch validated as the settings
// dialog validates them; a bad value names the key and writes nothing.
#include "bodegactlfixture.h"
#include "storage/storesettings.h"

#include <QFile>

using namespace bodega;
using bodega::test::Bodegactl;
using bodega::test::CtlRun;

namespace {

class BodegactlSettings : public Bodegactl
{
protected:
    CtlRun set(const QString &key, const QString &value) const
    {
        return json({QStringLiteral("setting"), QStringLiteral("set"), key, value});
    }
    QString get(const QString &key) const
    {
        const CtlRun r = json({QStringLiteral("setting"), QStringLiteral("get"), key});
        EXPECT_EQ(r.exitCode, 0) << r.text();
        return r.json().value(QStringLiteral("value")).toString();
    }
    QString terminalFileText() const
    {
        QFile f(terminalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    std::optional<QString> storeValue(const QString &key) const
    {
        auto db = Database::open(m_db);
        if (!db)
            return QStringLiteral("(store unreadable)");
        return StoreSettings(**db).read(key).value_or(QStringLiteral("(unreadable)"));
    }
    qint64 auditCount(const QString &action) const
    {
        auto db = Database::open(m_db);
        if (!db)
            return -1;
        auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                             {action});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(BodegactlSettings, ThePrinterAndTheRollAreThisTerminalsAndReceiptsFollowTheRoll)
{
    initWithRice();
    EXPECT_EQ(get(QStringLiteral("receipt.paper")), QStringLiteral("80"));

    ASSERT_EQ(set(QStringLiteral("receipt.printer"), QStringLiteral("XP-58")).exitCode, 0);
    const CtlRun paper = set(QStringLiteral("receipt.paper"), QStringLiteral("58"));
    ASSERT_EQ(paper.exitCode, 0) << paper.text();
    EXPECT_EQ(paper.json().value(QStringLiteral("terminal_file")).toString(), terminalFile());
    EXPECT_EQ(get(QStringLiteral("receipt.printer")), QStringLiteral("XP-58"));
    EXPECT_EQ(get(QStringLiteral("receipt.paper")), QStringLiteral("58"));
    const QString file = terminalFileText();
    EXPECT_TRUE(file.contains(QStringLiteral("printer=XP-58"))) << file.toStdString();
    EXPECT_TRUE(file.contains(QStringLiteral("paper=58"))) << file.toStdString();
    EXPECT_EQ(storeValue(QStringLiteral("receipt.printer")), std::nullopt)
        << "not the store's: a copy of the store on another computer has other printers";
    EXPECT_EQ(storeValue(QStringLiteral("receipt.paper")), std::nullopt);

    // Bad values name the key and change nothing.
    expectError(set(QStringLiteral("receipt.paper"), QStringLiteral("A4")), 3, "VALIDATION_FAILED",
                "receipt.paper");
    expectError(set(QStringLiteral("receipt.printer"), QString(201, QLatin1Char('p'))), 3,
                "VALIDATION_FAILED", "receipt.printer");
    EXPECT_EQ(get(QStringLiteral("receipt.paper")), QStringLiteral("58"));
    EXPECT_EQ(get(QStringLiteral("receipt.printer")), QStringLiteral("XP-58"));

    // A sale's receipt PDF is laid out for this terminal's 58 mm roll.
    const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
    const CtlRun sale = json({QStringLiteral("sale"), QStringLiteral("--line"),
                              QStringLiteral("ARR-500:2"), QStringLiteral("--pay"),
                              QStringLiteral("cash:10000"), QStringLiteral("--receipt-pdf"), pdf});
    ASSERT_EQ(sale.exitCode, 0) << sale.text();
    EXPECT_NEAR(test::pdfPageSizeMm(pdf).width(), 58.0, 0.2);
    const QString text = test::pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Arroz Diana 500 g"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("TOTAL $ 5,800"))) << text.toStdString();

    const CtlRun help = ctl({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("receipt.paper 80|58")) << help.text();
}

TEST_F(BodegactlSettings, AStoreSetUpBeforeKeepsThePrinterItHadInItsSettings)
{
    initWithRice();
    {
        auto db = Database::open(m_db);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(StoreSettings(**db)
                        .setValue(QStringLiteral("receipt.printer"), QStringLiteral("OLD-EPSON"))
                        .ok());
    }
    EXPECT_EQ(get(QStringLiteral("receipt.printer")), QStringLiteral("OLD-EPSON"));
    ASSERT_EQ(set(QStringLiteral("receipt.printer"), QString()).exitCode, 0);
    EXPECT_EQ(get(QStringLiteral("receipt.printer")), QString()) << "the system's default now";
}

TEST_F(BodegactlSettings, TaxRatesAreTypedAsInTheSettingsAndStoredAsTheWizardStoresThem)
{
    initWithRice();
    const CtlRun ok = set(QStringLiteral("tax.rates"), QStringLiteral("19; 5; 8; 0"));
    ASSERT_EQ(ok.exitCode, 0) << ok.text();
    EXPECT_EQ(get(QStringLiteral("tax.rates")), QStringLiteral("1900,500,800,0"));
    EXPECT_EQ(auditCount(QStringLiteral("store_settings_changed")), 1);

    for (const char *bad : {"19; diez", "19; 19", "150", " ; "}) {
        const CtlRun r = set(QStringLiteral("tax.rates"), QString::fromUtf8(bad));
        expectError(r, 3, "VALIDATION_FAILED", "tax.rates");
    }
    EXPECT_EQ(get(QStringLiteral("tax.rates")), QStringLiteral("1900,500,800,0"));
    EXPECT_EQ(auditCount(QStringLiteral("store_settings_changed")), 1);
}

TEST_F(BodegactlSettings, TheWebhookSwitchIsTrueOrFalse)
{
    initWithRice();
    EXPECT_EQ(get(QStringLiteral("webhook.enabled")), QStringLiteral("true"));
    ASSERT_EQ(set(QStringLiteral("webhook.enabled"), QStringLiteral("false")).exitCode, 0);
    EXPECT_EQ(get(QStringLiteral("webhook.enabled")), QStringLiteral("false"));
    EXPECT_EQ(storeValue(QStringLiteral("webhook.enabled")), QStringLiteral("off"))
        << "as the settings dialog stores it";
    EXPECT_EQ(auditCount(QStringLiteral("webhook_settings_changed")), 1);
    for (const char *bad : {"yes", "on", "1", "FALSE"})
        expectError(set(QStringLiteral("webhook.enabled"), QString::fromUtf8(bad)), 3,
                    "VALIDATION_FAILED", "webhook.enabled");
    EXPECT_EQ(get(QStringLiteral("webhook.enabled")), QStringLiteral("false"));
    ASSERT_EQ(set(QStringLiteral("webhook.enabled"), QStringLiteral("true")).exitCode, 0);
    EXPECT_EQ(storeValue(QStringLiteral("webhook.enabled")), QStringLiteral("on"));
}
