#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace bodega {

namespace {

QLocale::Language qtLanguage(const QString &language)
{
    return language == QLatin1String("es") ? QLocale::Spanish : QLocale::English;
}

} // namespace

bool UiLanguage::isSupported(const QString &language)
{
    return language == QLatin1String("es") || language == QLatin1String("en");
}

QString UiLanguage::choose(const QString &requested, const QString &stored, const QLocale &system)
{
    if (isSupported(requested))
        return requested;
    if (isSupported(stored))
        return stored;
    return system.language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

QLocale UiLanguage::localeFor(const QString &language, const QLocale &system)
{
    const QLocale::Language wanted = qtLanguage(language);
    if (system.language() == wanted)
        return system;
    return wanted == QLocale::Spanish ? QLocale(QLocale::Spanish, QLocale::Colombia)
                                      : QLocale(QLocale::English, QLocale::UnitedStates);
}

UiLanguage::UiLanguage(const QString &language, const QLocale &system)
    : m_language(isSupported(language) ? language : choose({}, {}, system)),
      m_locale(localeFor(m_language, system))
{
}

UiLanguage::~UiLanguage()
{
    if (m_bodega)
        QCoreApplication::removeTranslator(m_bodega.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

bool UiLanguage::install()
{
    QLocale::setDefault(m_locale);
    // By language, not locale: one Spanish file serves es-CO, es-MX and es-ES.
    const QLocale translationLocale(qtLanguage(m_language));
    auto bodega = std::make_unique<QTranslator>();
    const bool loaded = bodega->load(translationLocale, QStringLiteral("bodega"),
                                     QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded) {
        m_bodega = std::move(bodega);
        QCoreApplication::installTranslator(m_bodega.get());
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(translationLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }
    return loaded;
}

} // namespace bodega
