#pragma once

#include <memory>
#include <QLocale>
#include <QString>

class QTranslator;

namespace bodega {

// The interface language ("es" or "en") and the locale numbers, money and
// dates follow. Both executables choose it the same way: --lang when given,
// else the choice the settings dialog stored (TerminalPreferences::
// language(), read by the executables and passed to choose(); empty follows
// the system), else Spanish on a Spanish (es*) system and English on any
// other.
class UiLanguage
{
public:
    static bool isSupported(const QString &language);
    static QString choose(const QString &requested, const QString &stored, const QLocale &system);
    // The system's own locale when it speaks the language (es-MX keeps its
    // formats), else the store's default for it: es-CO or en-US.
    static QLocale localeFor(const QString &language, const QLocale &system);

    UiLanguage(const QString &language, const QLocale &system);
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // Makes locale() the default and installs Bodega's embedded translation
    // and Qt's own (buttons, file dialogs) for the lifetime of this object.
    // False when Bodega's translation is missing (a build without :/i18n).
    bool install();

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_bodega;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace bodega
