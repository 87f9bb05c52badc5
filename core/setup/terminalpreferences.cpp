#include "terminalpreferences.h"

#include "storage/storesettings.h"

#include <QSettings>

namespace bodega {

TerminalPreferences::TerminalPreferences() : m_settings(std::make_unique<QSettings>()) {}

TerminalPreferences::TerminalPreferences(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

TerminalPreferences::~TerminalPreferences() = default;

QString TerminalPreferences::fileName() const
{
    return m_settings->fileName();
}

Status TerminalPreferences::store(const QString &key, const QString &value)
{
    m_settings->setValue(key, value);
    // Written now: bodegactl and the GUI's workers read the file, and a
    // preference that only lives in this object's cache is not saved.
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error::storage(tr("Cannot save this terminal's preferences in %1").arg(fileName()));
    return {};
}

QString TerminalPreferences::language() const
{
    return m_settings->value(languageKey()).toString();
}

Status TerminalPreferences::setLanguage(const QString &language)
{
    return store(languageKey(), language);
}

std::optional<QString> TerminalPreferences::receiptPrinter() const
{
    if (!m_settings->contains(receiptPrinterKey()))
        return std::nullopt;
    return m_settings->value(receiptPrinterKey()).toString();
}

QString TerminalPreferences::receiptPrinter(const StoreSettings &store) const
{
    if (auto chosen = receiptPrinter())
        return *chosen;
    return store.value(storePrinterKey());
}

Status TerminalPreferences::validatePrinterName(const QString &name)
{
    if (name.size() > 200 || name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\r')))
        return Error::validation(QStringLiteral("receipt_printer"),
                                 tr("The printer name is one line of at most 200 characters"));
    return {};
}

Status TerminalPreferences::setReceiptPrinter(const QString &name)
{
    if (auto s = validatePrinterName(name); !s)
        return s;
    return store(receiptPrinterKey(), name.trimmed());
}

QString TerminalPreferences::paperCode(ReceiptPaper paper)
{
    return paper == ReceiptPaper::Roll58 ? QStringLiteral("58") : QStringLiteral("80");
}

std::optional<TerminalPreferences::ReceiptPaper>
TerminalPreferences::paperFromCode(const QString &code)
{
    const QString c = code.trimmed();
    if (c == QLatin1String("80"))
        return ReceiptPaper::Roll80;
    if (c == QLatin1String("58"))
        return ReceiptPaper::Roll58;
    return std::nullopt;
}

Result<TerminalPreferences::ReceiptPaper> TerminalPreferences::parsePaper(const QString &code,
                                                                          const QString &field)
{
    if (auto paper = paperFromCode(code))
        return *paper;
    return Error::validation(
        field, tr("The receipt paper is 80 or 58 (mm roll), not \"%1\"").arg(code.left(20)),
        {{QStringLiteral("value"), code.left(20)}});
}

TerminalPreferences::ReceiptPaper TerminalPreferences::receiptPaper() const
{
    return paperFromCode(m_settings->value(receiptPaperKey()).toString())
        .value_or(ReceiptPaper::Roll80);
}

Status TerminalPreferences::setReceiptPaper(ReceiptPaper paper)
{
    return store(receiptPaperKey(), paperCode(paper));
}

} // namespace bodega
