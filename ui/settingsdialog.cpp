#include "settingsdialog.h"

#include "setup/terminalpreferences.h"
#include "ui/aisettingsdialog.h"
#include "ui/setupform.h"
#include "ui/setupworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bodega {

namespace {

QWidget *tab(QTabWidget *tabs, const QString &title, QFormLayout **form)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(*form);
    layout->addStretch(1);
    tabs->addTab(page, title);
    return page;
}

QLabel *note(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(SetupWorker *setup, AiWorker *ai, QWidget *parent)
    : QDialog(parent), m_setup(setup), m_ai(ai), m_form(new SetupForm(setup, ai, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_permission = note(this, tr("Only an admin can change the store's settings; you can change "
                                 "the language of this computer."));
    m_permission->setObjectName(QStringLiteral("settingsPermissionLabel"));
    m_permission->hide();
    layout->addWidget(m_permission);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    layout->addWidget(m_tabs, 1);

    // No mnemonics on the tabs: every tab title is on screen at once, and
    // the fields under them have their own.
    QFormLayout *form = nullptr;
    QWidget *store = tab(m_tabs, tr("Store"), &form);
    m_form->addStoreRows(store, form);
    m_form->addTerminalRows(store, form);

    QWidget *server = tab(m_tabs, tr("Server"), &form);
    m_registration = note(server, QString());
    m_registration->setObjectName(QStringLiteral("registrationLabel"));
    form->addRow(m_registration);
    m_form->addServerRows(server, form);

    QWidget *aiTab = tab(m_tabs, tr("AI"), &form);
    m_form->addAiRows(aiTab, form);
    auto *more = new QPushButton(tr("&Privacy and more AI settings…"), aiTab);
    more->setObjectName(QStringLiteral("moreAiSettingsButton"));
    more->setEnabled(m_ai != nullptr);
    form->addRow(QString(), more);
    connect(more, &QPushButton::clicked, this, [this] {
        AiSettingsDialog dialog(m_ai, this);
        dialog.exec();
        // What was saved there is the store's now: show it here too.
        m_stateTicket = m_setup->requestState();
    });

    QWidget *alerts = tab(m_tabs, tr("Alerts"), &form);
    m_webhookUrl = new QLineEdit(alerts);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrlEdit"));
    m_webhookUrl->setMinimumWidth(380);
    m_webhookUrl->setPlaceholderText(tr("https://n8n.example.com/webhook/bodega — empty: none"));
    form->addRow(tr("&Webhook address:"), m_webhookUrl);
    m_webhookUrlError = m_form->addErrorRow(alerts, form, QStringLiteral("webhook_url"));
    m_webhookEnabled = new QCheckBox(tr("Send low-stock &alerts to it"), alerts);
    m_webhookEnabled->setObjectName(QStringLiteral("webhookEnabledCheck"));
    form->addRow(QString(), m_webhookEnabled);
    m_webhookSecret = new QLineEdit(alerts);
    m_webhookSecret->setObjectName(QStringLiteral("webhookSecretEdit"));
    m_webhookSecret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("HMAC &secret:"), m_webhookSecret);
    m_webhookSecretError = m_form->addErrorRow(alerts, form, QStringLiteral("webhook_secret"));
    m_removeSecret = new QCheckBox(tr("&Remove the stored secret (send unsigned)"), alerts);
    m_removeSecret->setObjectName(QStringLiteral("removeWebhookSecretCheck"));
    form->addRow(QString(), m_removeSecret);
    form->addRow(note(alerts, tr("Each alert is signed with the secret (X-Bodega-Signature) so "
                                 "the receiver can tell it comes from this store.")));

    QWidget *receipts = tab(m_tabs, tr("Receipts"), &form);
    m_printer = new QComboBox(receipts);
    m_printer->setObjectName(QStringLiteral("printerCombo"));
    m_printer->addItem(tr("The system's default printer"), QString());
    form->addRow(tr("Receipt &printer:"), m_printer);
    m_printerError = m_form->addErrorRow(receipts, form, QStringLiteral("receipt_printer"));
    using Paper = TerminalPreferences::ReceiptPaper;
    m_paper = new QComboBox(receipts);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("80 mm roll (72 mm printed)"),
                     TerminalPreferences::paperCode(Paper::Roll80));
    m_paper->addItem(tr("58 mm roll (48 mm printed)"),
                     TerminalPreferences::paperCode(Paper::Roll58));
    form->addRow(tr("Pap&er:"), m_paper);
    auto *paper = note(receipts, tr("The printer and its roll are this computer's, for receipts "
                                    "and Z reports; invoices are A4 PDFs."));
    paper->setObjectName(QStringLiteral("paperLabel"));
    form->addRow(paper);

    QWidget *language = tab(m_tabs, tr("Language"), &form);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note(language, tr("Takes effect after restart.")));
    const QString current = TerminalPreferences().language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));

    m_status = note(this, QString());
    m_status->setObjectName(QStringLiteral("settingsStatusLabel"));
    m_status->hide();
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_setup, &SetupWorker::stateLoaded, this, &SettingsDialog::onLoaded);
    connect(m_setup, &SetupWorker::requestFailed, this, &SettingsDialog::onFailed);
    connect(m_setup, &SetupWorker::applied, this, [this](quint64 ticket, const SetupState &state) {
        if (ticket != m_applyTicket)
            return;
        m_applyTicket = 0;
        saveLanguage();
        emit settingsApplied(state);
        QDialog::accept();
    });
    connect(m_setup, &SetupWorker::printersListed, this,
            [this](quint64 ticket, const QStringList &names, const QString &defaultName) {
                if (ticket != m_printersTicket)
                    return;
                const QString chosen = m_printer->currentData().toString();
                for (const QString &name : names)
                    if (m_printer->findData(name) < 0)
                        m_printer->addItem(
                            name == defaultName ? tr("%1 (default)").arg(name) : name, name);
                m_printer->setCurrentIndex(std::max(0, m_printer->findData(chosen)));
            });
    // Nothing typed before the stored values arrive is overwritten by them.
    m_tabs->setEnabled(false);
    m_stateTicket = m_setup->requestState();
    // Enumerating printers asks CUPS, which may take a while.
    m_printersTicket = m_setup->requestPrinters();
}

void SettingsDialog::onLoaded(quint64 ticket, const SetupState &state)
{
    if (ticket != m_stateTicket)
        return;
    m_state = state;
    m_form->setState(state);
    m_form->setEditable(state.mayChange);
    m_permission->setVisible(!state.mayChange);
    if (state.registration)
        m_registration->setText(
            tr("Registered as terminal %1 of store \"%2\" at %3. To register again (another "
               "server or code), type the owner's address below.")
                .arg(state.registration->code, state.registration->storeName,
                     state.registration->address.toUrl()));
    else
        m_registration->setText(tr("Not registered with a server: this store works on its own. "
                                   "To join one, type the owner's address below."));
    const SetupPlan::Webhook webhook = state.plan.webhook.value_or(SetupPlan::Webhook{});
    m_webhookUrl->setText(webhook.url);
    m_webhookEnabled->setChecked(webhook.enabled);
    m_webhookSecret->clear();
    m_webhookSecret->setPlaceholderText(
        state.hasWebhookSecret
            ? tr("a secret is stored (%1): type to replace it").arg(state.secretLocation)
            : tr("none; kept in %1").arg(state.secretLocation));
    m_removeSecret->setChecked(false);
    m_removeSecret->setEnabled(state.hasWebhookSecret && state.mayChange);
    const QString printer = state.plan.receiptPrinter.value_or(QString());
    if (!printer.isEmpty() && m_printer->findData(printer) < 0)
        m_printer->addItem(printer, printer);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(printer)));
    m_paper->setCurrentIndex(std::max(
        0, m_paper->findData(TerminalPreferences::paperCode(
               state.plan.receiptPaper.value_or(TerminalPreferences::ReceiptPaper::Roll80)))));
    for (QWidget *w :
         {static_cast<QWidget *>(m_webhookUrl), static_cast<QWidget *>(m_webhookEnabled),
          static_cast<QWidget *>(m_webhookSecret), static_cast<QWidget *>(m_printer),
          static_cast<QWidget *>(m_paper)})
        w->setEnabled(state.mayChange);
    m_loaded = true;
    m_tabs->setEnabled(true);
}

void SettingsDialog::saveLanguage()
{
    // A few bytes in this user's QSettings file: nothing the UI waits on.
    if (auto s = TerminalPreferences().setLanguage(m_language->currentData().toString()); !s)
        qWarning("%s", qPrintable(s.error().message));
}

bool SettingsDialog::showError(const Error &error)
{
    if (!m_form->showError(error))
        return false;
    // The tab holding the field comes to the front.
    if (QWidget *editor = m_form->editorFor(error.field()))
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(editor))
                m_tabs->setCurrentIndex(i);
    if (QLabel *label = m_tabs->findChild<QLabel *>(error.field() + QStringLiteral("Error")))
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(label))
                m_tabs->setCurrentIndex(i);
    return true;
}

void SettingsDialog::accept()
{
    if (m_applyTicket != 0)
        return;
    m_form->clearErrors();
    m_status->hide();
    if (!m_loaded || !m_state.mayChange) {
        saveLanguage();
        QDialog::accept();
        return;
    }
    auto plan = m_form->plan();
    if (!plan) {
        onFailed(0, plan.error());
        return;
    }
    plan->webhook =
        SetupPlan::Webhook{m_webhookUrl->text().trimmed(), m_webhookEnabled->isChecked()};
    if (m_removeSecret->isChecked())
        plan->webhookSecret = QString();
    else if (!m_webhookSecret->text().isEmpty())
        plan->webhookSecret = m_webhookSecret->text();
    plan->receiptPrinter = m_printer->currentData().toString();
    plan->receiptPaper = TerminalPreferences::paperFromCode(m_paper->currentData().toString());
    m_status->setStyleSheet(QString());
    m_status->setText(plan->server ? tr("Saving and registering this terminal…") : tr("Saving…"));
    m_status->show();
    m_applyTicket = m_setup->requestApply(*plan);
}

void SettingsDialog::onFailed(quint64 ticket, const Error &error)
{
    if (ticket == m_stateTicket && ticket != 0) {
        m_status->setText(tr("The settings could not be read: %1").arg(error.message));
        m_status->show();
        return;
    }
    if (ticket != m_applyTicket)
        return;
    m_applyTicket = 0;
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(tr("Not saved: %1 (%2)").arg(error.message, error.codeName()));
    m_status->show();
    showError(error);
}

} // namespace bodega
