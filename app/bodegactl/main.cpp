#include "bodegactl.h"

#include "logging/jsonlog.h"
#include "setup/terminalpreferences.h"
#include "uilanguage.h"

#include <memory>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

namespace {

// Receipts, invoices, purchase orders (po export) and the daily report (report, and
// the sync daemon's nightly one) are laid out with fonts, which need a
// QGuiApplication; every other command starts faster without one.
bool needsFonts(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "receipt" || a == "documents" || a == "--print" || a == "--receipt-pdf" ||
            a == "report" || a == "--report" || a == "export" || a == "daemon")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
        // bodegactl never shows a window: no display is needed.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Bodega"));
    QCoreApplication::setApplicationName(QStringLiteral("bodega"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BODEGA_VERSION));

    // stdout belongs to the command's output (JSON for scripts, later MCP):
    // logs go to the JSON-lines file, and to stderr only when asked.
    const QString logPath = qEnvironmentVariable("BODEGA_LOG", bodega::JsonLog::defaultPath());
    bodega::JsonLog::install(logPath, qEnvironmentVariableIsSet("BODEGA_VERBOSE"));

    // The GUI's language rule, without --lang (bodegactl's --lang is the
    // language of AI-written text).
    bodega::UiLanguage uiLanguage(
        bodega::UiLanguage::choose({}, bodega::TerminalPreferences().language(), QLocale::system()),
        QLocale::system());
    uiLanguage.install();

    bodega::BodegaCtl ctl(QCoreApplication::arguments());
    return ctl.run();
}
