#pragma once

#include "setup/storesetup.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace bodega {

class AiWorker;
class SetupForm;
class SetupWorker;

// Settings (Ctrl+,): the first run's fields (store, IVA rates, terminal,
// server, AI endpoint) plus the low-stock webhook, the receipt printer and
// its roll, and the language. Everything but the language goes through
// core's StoreSetup on the SetupWorker (an admin's, when the store has
// users; read-only otherwise): the store's part to its settings table,
// where bodegactl and the workers read it, the printer and the roll to this
// terminal's TerminalPreferences; secrets go to the CredentialStore and are
// never shown back. The language is this computer's preference for this
// user (TerminalPreferences, "es", "en" or "" to follow the system), read
// at start-up, and anyone may change it.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(SetupWorker *setup, AiWorker *ai, QWidget *parent = nullptr);

    SetupForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_applyTicket != 0; }

    void accept() override;

signals:
    void settingsApplied(const bodega::SetupState &state);

private:
    void onLoaded(quint64 ticket, const SetupState &state);
    void onFailed(quint64 ticket, const Error &error);
    void saveLanguage();
    bool showError(const Error &error);

    SetupWorker *m_setup;
    AiWorker *m_ai;
    SetupForm *m_form;
    SetupState m_state;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_permission = nullptr;
    QLabel *m_registration = nullptr;
    QLineEdit *m_webhookUrl = nullptr;
    QCheckBox *m_webhookEnabled = nullptr;
    QLineEdit *m_webhookSecret = nullptr;
    QCheckBox *m_removeSecret = nullptr;
    QLabel *m_webhookUrlError = nullptr;
    QLabel *m_webhookSecretError = nullptr;
    QComboBox *m_printer = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_printerError = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
    quint64 m_stateTicket = 0;
    quint64 m_printersTicket = 0;
    quint64 m_applyTicket = 0;
};

} // namespace bodega
