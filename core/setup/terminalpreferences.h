#pragma once

#include "common/result.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QString>

class QSettings;

namespace bodega {

class StoreSettings;

// What belongs to this machine and the person at it rather than to the
// shop's books: the interface language, the receipt printer (a name only
// this computer's print system knows) and the roll that printer takes. Kept
// in QSettings, not in the store's settings table, because a store file
// copied to another terminal, or restored from a backup, must not send its
// receipts to a printer that does not exist there, and because changing
// them is no fact sync, invoices or the audit log care about. The GUI and
// bodegactl share one file (both set organization "Bodega", application
// "bodega"). Never holds a secret.
class TerminalPreferences
{
    Q_DECLARE_TR_FUNCTIONS(bodega::TerminalPreferences)

public:
    // The roll in the receipt printer; Roll80 prints 72 mm wide, Roll58 48 mm.
    enum class ReceiptPaper { Roll80, Roll58 };

    // The application's QSettings (organization and application names as
    // set by the executable).
    TerminalPreferences();
    // An ini file of its own (tests).
    explicit TerminalPreferences(const QString &iniPath);
    ~TerminalPreferences();
    TerminalPreferences(const TerminalPreferences &) = delete;
    TerminalPreferences &operator=(const TerminalPreferences &) = delete;

    // "ui/language" since the first release: existing files keep working.
    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString receiptPrinterKey() { return QStringLiteral("receipt/printer"); }
    static QString receiptPaperKey() { return QStringLiteral("receipt/paper"); }
    // Where the store's settings table kept the printer before it became a
    // terminal preference (read through by receiptPrinter(StoreSettings)).
    static QString storePrinterKey() { return QStringLiteral("receipt.printer"); }

    // "es", "en" or "" (follow the system); whatever was stored, unchecked
    // (UiLanguage::choose ignores what Bodega does not have).
    QString language() const;
    Status setLanguage(const QString &language);

    // The printer chosen on this terminal ("" is the system's default);
    // nullopt when none was ever chosen here.
    std::optional<QString> receiptPrinter() const;
    // The printer to use: this terminal's choice, else the store's old
    // `receipt.printer` setting. Stores set up before the printer moved to
    // QSettings kept it in their settings table; reading it through (rather
    // than copying it over once) needs no migration step and stops the
    // moment someone chooses a printer on this terminal.
    QString receiptPrinter(const StoreSettings &store) const;
    Status setReceiptPrinter(const QString &name);
    // VALIDATION_FAILED naming receipt_printer for a name no print system has.
    static Status validatePrinterName(const QString &name);

    // Roll80 when unset or unreadable (a hand-edited file never stops a sale).
    ReceiptPaper receiptPaper() const;
    Status setReceiptPaper(ReceiptPaper paper);
    // "80" / "58", as stored and as `bodegactl setting` takes them.
    static QString paperCode(ReceiptPaper paper);
    static std::optional<ReceiptPaper> paperFromCode(const QString &code);
    // VALIDATION_FAILED naming `field` unless "80" or "58".
    static Result<ReceiptPaper> parsePaper(const QString &code,
                                           const QString &field = QStringLiteral("receipt_paper"));

    QString fileName() const;

private:
    Status store(const QString &key, const QString &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace bodega
