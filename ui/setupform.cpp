#include "setupform.h"

#include "ui/aiworker.h"
#include "ui/setupworker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace bodega {

namespace {

const char *const kOkColor = "color: #2e7d32;";
const char *const kErrorColor = "color: #c62828;";

} // namespace

SetupForm::SetupForm(SetupWorker *setup, AiWorker *ai, QObject *parent)
    : QObject(parent), m_setup(setup), m_ai(ai)
{
    m_state.plan.storeName = tr("Mi Bodega");
    connect(m_setup, &SetupWorker::serverTested, this,
            [this](quint64 ticket, const ServerTestResult &result) {
                if (ticket != m_serverTicket)
                    return;
                m_serverTicket = 0;
                m_serverTest->setEnabled(true);
                showResult(m_serverResult, result.ok, serverTestText(result));
                emit serverTested(result.ok);
            });
    if (m_ai) {
        connect(m_ai, &AiWorker::tested, this, [this](quint64 ticket, const AiTestResult &result) {
            if (ticket != m_aiTicket)
                return;
            m_aiTicket = 0;
            m_aiTest->setEnabled(true);
            showResult(m_aiResult, result.ok, aiTestText(result));
            emit aiTested(result.ok);
        });
        connect(m_ai, &AiWorker::requestFailed, this, [this](quint64 ticket, const Error &error) {
            if (ticket != m_aiTicket)
                return;
            m_aiTicket = 0;
            m_aiTest->setEnabled(true);
            if (!showError(error))
                showResult(m_aiResult, false,
                           tr("No connection: %1 (%2)").arg(error.message, error.codeName()));
            emit aiTested(false);
        });
    }
}

QString SetupForm::currencyName(const QString &code)
{
    if (code == QLatin1String("COP"))
        return tr("COP — Colombian peso");
    if (code == QLatin1String("MXN"))
        return tr("MXN — Mexican peso");
    if (code == QLatin1String("PEN"))
        return tr("PEN — Peruvian sol");
    if (code == QLatin1String("CLP"))
        return tr("CLP — Chilean peso");
    if (code == QLatin1String("USD"))
        return tr("USD — US dollar");
    return code;
}

QString SetupForm::serverTestText(const ServerTestResult &result)
{
    if (!result.ok)
        return tr("No connection: %1 (%2)").arg(result.error.message, result.error.codeName());
    QString text = tr("Connected to PostgreSQL %1, Bodega schema %2.")
                       .arg(result.report.version)
                       .arg(result.report.schemaVersion);
    if (result.report.storeExists)
        text += QLatin1Char(' ') + tr("The store already exists there (sells in %1): this "
                                      "terminal joins it.")
                                       .arg(result.report.storeCurrency);
    return text;
}

QString SetupForm::aiTestText(const AiTestResult &result)
{
    if (!result.ok)
        return tr("No connection: %1 (%2)").arg(result.error.message, result.error.codeName());
    return tr("Connected (%1): %2 answered in %3 ms")
        .arg(result.endpoint == EndpointKind::Local ? tr("server on this computer") : tr("cloud"),
             result.model, QLocale().toString(result.latencyMs));
}

QLabel *SetupForm::addErrorRow(QWidget *page, QFormLayout *form, const QString &field)
{
    auto *label = new QLabel(page);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QLatin1String(kErrorColor));
    label->hide();
    form->addRow(QString(), label);
    m_errors.insert(field, label);
    return label;
}

QLabel *SetupForm::resultLabel(QWidget *page, const QString &name)
{
    auto *label = new QLabel(page);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void SetupForm::showResult(QLabel *label, bool ok, const QString &text)
{
    label->setStyleSheet(QLatin1String(ok ? kOkColor : kErrorColor));
    label->setText(text);
}

void SetupForm::addStoreRows(QWidget *page, QFormLayout *form)
{
    m_storeName = new QLineEdit(page);
    m_storeName->setObjectName(QStringLiteral("storeNameEdit"));
    m_storeName->setMaxLength(200);
    m_storeName->setPlaceholderText(tr("e.g. Tienda Doña Rosa"));
    form->addRow(tr("&Store name:"), m_storeName);
    addErrorRow(page, form, StoreSetup::storeNameKey());
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    for (const QString &code : StoreSetup::currencies())
        m_currency->addItem(currencyName(code), code);
    form->addRow(tr("&Currency:"), m_currency);
    addErrorRow(page, form, QStringLiteral("currency"));
    m_taxRates = new QLineEdit(page);
    m_taxRates->setObjectName(QStringLiteral("taxRatesEdit"));
    m_taxRates->setToolTip(tr("The VAT (IVA) rates products can carry, in percent, separated by "
                              "semicolons; the first is the usual one."));
    form->addRow(tr("&IVA rates (%):"), m_taxRates);
    addErrorRow(page, form, QStringLiteral("tax_rates"));
    m_editors.insert(StoreSetup::storeNameKey(), m_storeName);
    m_editors.insert(QStringLiteral("currency"), m_currency);
    m_editors.insert(QStringLiteral("tax_rates"), m_taxRates);
    setState(m_state);
}

void SetupForm::addTerminalRows(QWidget *page, QFormLayout *form)
{
    m_terminal = new QLineEdit(page);
    m_terminal->setObjectName(QStringLiteral("terminalEdit"));
    m_terminal->setMaxLength(16);
    m_terminal->setToolTip(tr("Letters and digits, at most 16: receipts are numbered after it "
                              "(T01-000123)."));
    form->addRow(tr("&Terminal code:"), m_terminal);
    addErrorRow(page, form, QStringLiteral("terminal"));
    m_editors.insert(QStringLiteral("terminal"), m_terminal);
    m_terminal->setText(m_state.plan.terminalCode);
}

void SetupForm::addServerRows(QWidget *page, QFormLayout *form)
{
    m_serverUrl = new QLineEdit(page);
    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrl->setMinimumWidth(380);
    m_serverUrl->setPlaceholderText(tr("postgresql://owner@server:5432/bodega — empty: no server"));
    form->addRow(tr("Server &address:"), m_serverUrl);
    addErrorRow(page, form, QStringLiteral("server_url"));
    m_serverPassword = new QLineEdit(page);
    m_serverPassword->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_serverPassword->setEchoMode(QLineEdit::Password);
    m_serverPassword->setToolTip(tr("Used once to register this terminal; never stored. The "
                                    "terminal gets a login of its own."));
    form->addRow(tr("Owner &password:"), m_serverPassword);
    m_serverStore = new QLineEdit(page);
    m_serverStore->setObjectName(QStringLiteral("serverStoreEdit"));
    m_serverStore->setPlaceholderText(tr("empty: the store name"));
    form->addRow(tr("Store on the ser&ver:"), m_serverStore);
    addErrorRow(page, form, QStringLiteral("server_store"));
    m_serverTest = new QPushButton(tr("Test &connection"), page);
    m_serverTest->setObjectName(QStringLiteral("serverTestButton"));
    m_serverResult = resultLabel(page, QStringLiteral("serverTestLabel"));
    form->addRow(QString(), m_serverTest);
    form->addRow(QString(), m_serverResult);
    m_editors.insert(QStringLiteral("server_url"), m_serverUrl);
    m_editors.insert(QStringLiteral("server_store"), m_serverStore);
    connect(m_serverTest, &QPushButton::clicked, this, &SetupForm::testServer);
}

void SetupForm::addAiRows(QWidget *page, QFormLayout *form)
{
    m_aiUrl = new QLineEdit(page);
    m_aiUrl->setObjectName(QStringLiteral("aiUrlEdit"));
    m_aiUrl->setMinimumWidth(380);
    m_aiUrl->setPlaceholderText(tr("http://127.0.0.1:11434/v1 — empty: offline engine only"));
    form->addRow(tr("AI &address:"), m_aiUrl);
    addErrorRow(page, form, QStringLiteral("base_url"));
    m_aiModel = new QLineEdit(page);
    m_aiModel->setObjectName(QStringLiteral("aiModelEdit"));
    m_aiModel->setPlaceholderText(tr("e.g. llama3.2:3b or gpt-4o-mini"));
    form->addRow(tr("&Model:"), m_aiModel);
    addErrorRow(page, form, QStringLiteral("model"));
    m_aiKey = new QLineEdit(page);
    m_aiKey->setObjectName(QStringLiteral("aiKeyEdit"));
    m_aiKey->setEchoMode(QLineEdit::Password);
    form->addRow(tr("API &key:"), m_aiKey);
    addErrorRow(page, form, QStringLiteral("api_key"));
    m_aiTest = new QPushButton(tr("T&est the AI"), page);
    m_aiTest->setObjectName(QStringLiteral("aiTestButton"));
    m_aiTest->setEnabled(m_ai != nullptr);
    m_aiResult = resultLabel(page, QStringLiteral("aiTestLabel"));
    form->addRow(QString(), m_aiTest);
    form->addRow(QString(), m_aiResult);
    m_editors.insert(QStringLiteral("base_url"), m_aiUrl);
    m_editors.insert(QStringLiteral("model"), m_aiModel);
    m_editors.insert(QStringLiteral("api_key"), m_aiKey);
    connect(m_aiTest, &QPushButton::clicked, this, &SetupForm::testAi);
    setState(m_state);
}

void SetupForm::setState(const SetupState &state)
{
    m_state = state;
    const SetupPlan &p = state.plan;
    if (m_storeName) {
        m_storeName->setText(p.storeName);
        m_currency->setCurrentIndex(std::max(0, m_currency->findData(p.currency)));
        m_taxRates->setText(StoreSetup::taxRatesText(p.taxRatesBp));
        // Fixed once the store has something priced in it (core refuses it too).
        m_currency->setEnabled(!state.hasProducts);
    }
    if (m_terminal)
        m_terminal->setText(p.terminalCode);
    if (m_aiUrl && p.ai) {
        m_aiUrl->setText(p.ai->baseUrl);
        m_aiModel->setText(p.ai->model);
        m_aiKey->clear();
        m_aiKey->setPlaceholderText(
            state.hasAiKey
                ? tr("a key is stored (%1): type to replace it").arg(state.secretLocation)
                : tr("none; kept in %1").arg(state.secretLocation));
    }
}

Result<SetupPlan> SetupForm::plan() const
{
    SetupPlan p = m_state.plan;
    // Secrets are never read back: only what is typed now is sent.
    p.aiKey.reset();
    p.webhookSecret.reset();
    p.server.reset();
    if (m_storeName) {
        p.storeName = m_storeName->text();
        p.currency = m_currency->currentData().toString();
        auto rates = StoreSetup::parseTaxRates(m_taxRates->text());
        if (!rates)
            return rates.error();
        p.taxRatesBp = *rates;
    }
    if (m_terminal)
        p.terminalCode = m_terminal->text().trimmed();
    if (m_serverUrl && !m_serverUrl->text().trimmed().isEmpty())
        p.server = SetupPlan::Server{m_serverUrl->text().trimmed(), m_serverPassword->text(),
                                     m_serverStore->text()};
    if (m_aiUrl) {
        AiConfig ai = p.ai.value_or(AiConfig{});
        ai.baseUrl = m_aiUrl->text().trimmed();
        ai.model = m_aiModel->text().trimmed();
        p.ai = ai;
        if (!m_aiKey->text().isEmpty())
            p.aiKey = m_aiKey->text();
    }
    return p;
}

bool SetupForm::showError(const Error &error)
{
    QLabel *label = m_errors.value(error.field());
    if (!label)
        return false;
    label->setText(tr("%1 (%2)").arg(error.message, error.codeName()));
    label->show();
    if (QWidget *editor = m_editors.value(error.field())) {
        editor->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
        editor->setFocus();
    }
    return true;
}

void SetupForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    for (QWidget *editor : std::as_const(m_editors))
        editor->setStyleSheet(QString());
}

void SetupForm::setEditable(bool editable)
{
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(editable);
    if (m_currency)
        m_currency->setEnabled(editable && !m_state.hasProducts);
    if (m_serverPassword)
        m_serverPassword->setEnabled(editable);
}

void SetupForm::testServer()
{
    clearErrors();
    m_serverTest->setEnabled(false);
    showResult(m_serverResult, true, tr("Connecting…"));
    m_serverTicket = m_setup->requestServerTest(
        m_serverUrl->text(), m_serverPassword->text(),
        m_serverStore->text().trimmed().isEmpty() && m_storeName ? m_storeName->text()
                                                                 : m_serverStore->text());
}

void SetupForm::testAi()
{
    if (!m_ai)
        return;
    clearErrors();
    AiConfig config = m_state.plan.ai.value_or(AiConfig{});
    config.baseUrl = m_aiUrl->text().trimmed();
    config.model = m_aiModel->text().trimmed();
    m_aiTest->setEnabled(false);
    showResult(m_aiResult, true, tr("Asking the AI…"));
    m_aiTicket = m_ai->requestTest(
        config, m_aiKey->text().isEmpty() ? std::nullopt : std::optional<QString>(m_aiKey->text()));
}

} // namespace bodega
