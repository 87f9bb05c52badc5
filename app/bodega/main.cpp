// bodega: the desktop GUI. Thin on purpose: it picks the language, opens the
// store (showing why when it cannot), and hands over to MainWindow.

#include "catalog/storepaths.h"
#include "logging/jsonlog.h"
#include "platform/keychaincredentialstore.h"
#include "security/credentialstore.h"
#include "setup/terminalpreferences.h"
#include "storage/database.h"
#include "sync/pgsyncserver.h"
#include "sync/syncjournal.h"
#include "sync/terminalregistration.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "uilanguage.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>

namespace {

// Gives main() a translation context lupdate understands.
class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(bodega::GuiMain)
};

// --lang has to be known before the parser is built, because the parser's own
// help text is translated.
QString requestedLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Same names as bodegactl: both find the same default store and log folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Bodega"));
    QCoreApplication::setApplicationName(QStringLiteral("bodega"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BODEGA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Bodega"));
    bodega::Theme::apply(app);

    bodega::JsonLog::install(qEnvironmentVariable("BODEGA_LOG", bodega::JsonLog::defaultPath()));

    // --lang, else the settings dialog's choice, else Spanish on es* systems
    // and English on the rest.
    const QString requested = requestedLanguage(QCoreApplication::arguments());
    const bool languageValid = requested.isEmpty() || bodega::UiLanguage::isSupported(requested);
    bodega::UiLanguage uiLanguage(
        bodega::UiLanguage::choose(requested, bodega::TerminalPreferences().language(),
                                   QLocale::system()),
        QLocale::system());
    if (!uiLanguage.install())
        qInfo("no bodega translation for %s", qPrintable(uiLanguage.language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        GuiMain::tr("Bodega: point of sale and warehouse for your store."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        GuiMain::tr("The store file to open (default: %1).").arg(bodega::defaultStorePath()),
        GuiMain::tr("path"), bodega::defaultStorePath());
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        GuiMain::tr("Interface language: es or en."),
                                        GuiMain::tr("language"));
    const QCommandLineOption noFirstRunOption(
        QStringLiteral("no-first-run"),
        GuiMain::tr("Do not offer a demo store when the store is empty."));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(noFirstRunOption);
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        GuiMain::tr("The page to open on: till or products."),
                                        GuiMain::tr("page"), QStringLiteral("till"));
    parser.addOption(pageOption);
    parser.process(app);
    if (!languageValid) {
        QMessageBox::critical(
            nullptr, GuiMain::tr("Bodega"),
            GuiMain::tr("Unknown language \"%1\": use es or en.").arg(parser.value(langOption)));
        return 64; // EX_USAGE, as bodegactl
    }

    // Opening and migrating is fast: do it before the window shows, so a store
    // that cannot be used is explained instead of half-shown.
    const QString storePath = parser.value(dbOption);
    bool registered = false;
    {
        auto db = bodega::Database::open(storePath);
        if (!db) {
            const bodega::Error &e = db.error();
            qCritical("cannot open the store %s: %s %s", qPrintable(storePath),
                      qPrintable(e.codeName()), qPrintable(e.message));
            QMessageBox box(QMessageBox::Critical, GuiMain::tr("Bodega cannot open the store"),
                            GuiMain::tr("The store could not be opened, so Bodega will "
                                        "close.\n\n%1\n\nError code: %2\nStore: %3")
                                .arg(e.message, e.codeName(), storePath));
            box.exec();
            return 2;
        }
        // Only a terminal registered with a server syncs (bodegactl sync register).
        const auto terminal = bodega::SyncJournal(**db, bodega::Clock::system()).registration();
        registered = terminal.ok();
        if (!terminal && terminal.error().code != bodega::ErrorCode::NotConfigured)
            qWarning("cannot read the sync registration, not syncing: %s",
                     qPrintable(terminal.error().message));
        // The workers open their own connections; this one closes here.
    }

    // Where `bodegactl sync register` put the terminal's password and `ai
    // config` the AI key: the keychain when the session has one, else the
    // private file. Declared before the window: the sync and AI workers read
    // it until the window stops them.
    const auto credentials = std::make_shared<bodega::KeychainCredentialStore>(
        bodega::FileCredentialStore::defaultDirectory());

    bodega::MainWindow::Options options;
    options.offerFirstRun = !parser.isSet(noFirstRunOption);
    options.credentials = credentials;
    // A store with a till opens on it; --page products for the back office.
    options.startPage = parser.value(pageOption) == QLatin1String("products")
                            ? bodega::MainWindow::ProductsTab
                            : bodega::MainWindow::TillTab;
    // Also when the first-run wizard or the settings register the terminal.
    options.syncServers = [credentials](const bodega::RegisteredTerminal &terminal) {
        return bodega::PgSyncServer::forTerminal(terminal, *credentials);
    };
    bodega::MainWindow window(storePath, options);
    if (registered)
        window.startSync(options.syncServers);
    const QSize preferred(1366, 768);
    const QRect available =
        window.screen() ? window.screen()->availableGeometry() : QRect(QPoint(), preferred);
    window.resize(preferred.boundedTo(available.size()));
    window.show();
    return app.exec();
}
