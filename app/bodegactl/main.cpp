#include "bodegactl.h"

#include "logging/jsonlog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Bodega"));
    QCoreApplication::setApplicationName(QStringLiteral("bodega"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BODEGA_VERSION));

    // stdout belongs to the command's output (JSON for scripts, later MCP):
    // logs go to the JSON-lines file, and to stderr only when asked.
    const QString logPath = qEnvironmentVariable("BODEGA_LOG", bodega::JsonLog::defaultPath());
    bodega::JsonLog::install(logPath, qEnvironmentVariableIsSet("BODEGA_VERBOSE"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("bodega"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    bodega::BodegaCtl ctl(QCoreApplication::arguments());
    return ctl.run();
}
