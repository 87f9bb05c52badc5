#include "aisettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bodega {

namespace {

const DataClass kClasses[] = {DataClass::Public, DataClass::Internal, DataClass::Personal};
const EndpointKind kRemoteKinds[] = {EndpointKind::Local, EndpointKind::Cloud};
const char *const kErrorStyle = "border: 1px solid #c62828;";

} // namespace

QString AiSettingsDialog::policyName(DataClass dataClass, EndpointKind kind)
{
    return QStringLiteral("policy_%1_%2").arg(dataClassesCode(dataClass), endpointKindCode(kind));
}

AiSettingsDialog::AiSettingsDialog(AiWorker *worker, QWidget *parent)
    : QDialog(parent), m_worker(worker)
{
    setObjectName(QStringLiteral("aiSettingsDialog"));
    setWindowTitle(tr("AI settings"));
    auto *layout = new QVBoxLayout(this);
    // Grows with the wrapped messages (errors, test results) instead of clipping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    m_permission = new QLabel(this);
    m_permission->setObjectName(QStringLiteral("aiPermissionLabel"));
    m_permission->setWordWrap(true);
    m_permission->hide();
    layout->addWidget(m_permission);

    auto *server = new QGroupBox(tr("OpenAI-compatible server"), this);
    auto *serverLayout = new QVBoxLayout(server);
    auto *form = new QFormLayout;
    serverLayout->addLayout(form);
    m_url = new QLineEdit(server);
    m_url->setObjectName(QStringLiteral("baseUrlEdit"));
    m_url->setMinimumWidth(420);
    m_url->setPlaceholderText(tr("http://127.0.0.1:11434/v1 — empty: offline engine only"));
    m_model = new QLineEdit(server);
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_model->setPlaceholderText(tr("e.g. llama3.2:3b or gpt-4o-mini"));
    m_timeout = new QSpinBox(server);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(AiConfig::MinTimeoutMs / 1000, AiConfig::MaxTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_key = new QLineEdit(server);
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_keyLocation = new QLabel(server);
    m_keyLocation->setObjectName(QStringLiteral("keyLocationLabel"));
    m_keyLocation->setWordWrap(true);
    m_removeKey = new QCheckBox(tr("&Remove the stored key"), server);
    m_removeKey->setObjectName(QStringLiteral("removeKeyCheck"));
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("T&imeout:"), m_timeout);
    form->addRow(tr("API &key:"), m_key);
    // Below the form, not in it: a wrapped label in a form row gets the
    // height of one line.
    serverLayout->addWidget(m_keyLocation);
    serverLayout->addWidget(m_removeKey);
    layout->addWidget(server);

    auto *privacy = new QGroupBox(tr("What may leave this computer"), this);
    auto *grid = new QGridLayout(privacy);
    grid->addWidget(new QLabel(tr("Server on this computer"), privacy), 0, 1);
    grid->addWidget(new QLabel(tr("Cloud"), privacy), 0, 2);
    const QString rowNames[] = {tr("Catalog (names, descriptions, prices)"),
                                tr("Sales and stock figures"), tr("Customer and user data")};
    for (int row = 0; row < 3; ++row) {
        grid->addWidget(new QLabel(rowNames[row], privacy), row + 1, 0);
        for (int col = 0; col < 2; ++col) {
            auto *box = new QCheckBox(privacy);
            const QString name = policyName(kClasses[row], kRemoteKinds[col]);
            box->setObjectName(name);
            box->setAccessibleName(rowNames[row] + QStringLiteral(" → ") +
                                   (col == 0 ? tr("Server on this computer") : tr("Cloud")));
            if (PrivacyPolicy::isFixed(kClasses[row], kRemoteKinds[col])) {
                box->setToolTip(tr("Personal data never goes to a cloud AI"));
                box->setProperty("fixed", true);
            }
            grid->addWidget(box, row + 1, col + 1, Qt::AlignCenter);
            m_policy.insert(name, box);
        }
    }
    auto *policyNote = new QLabel(
        tr("The offline engine always answers what no allowed AI can. A server counts as "
           "\"on this computer\" only at a loopback address (localhost, 127.0.0.1)."),
        privacy);
    policyNote->setWordWrap(true);
    grid->addWidget(policyNote, 4, 0, 1, 3);
    layout->addWidget(privacy);

    m_writeTools = new QCheckBox(
        tr("Let the assistant change the store (&write tools; MCP needs its own --allow-writes)"),
        this);
    m_writeTools->setObjectName(QStringLiteral("writeToolsCheck"));
    layout->addWidget(m_writeTools);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("aiSettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAiButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AiSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &AiSettingsDialog::test);
    connect(m_worker, &AiWorker::settingsLoaded, this, &AiSettingsDialog::onLoaded);
    connect(m_worker, &AiWorker::settingsSaved, this, &AiSettingsDialog::onSaved);
    connect(m_worker, &AiWorker::tested, this, &AiSettingsDialog::onTested);
    connect(m_worker, &AiWorker::requestFailed, this, &AiSettingsDialog::onFailed);
    setEditable(false);
    m_loadTicket = m_worker->requestSettings();
}

AiConfig AiSettingsDialog::typedConfig() const
{
    AiConfig c = m_report.config;
    c.baseUrl = m_url->text().trimmed();
    c.model = m_model->text().trimmed();
    c.timeoutMs = m_timeout->value() * 1000;
    for (DataClass dc : kClasses)
        for (EndpointKind k : kRemoteKinds)
            c.policy.setAllowed(dc, k, m_policy.value(policyName(dc, k))->isChecked());
    c.writeTools = m_writeTools->isChecked();
    return c;
}

std::optional<QString> AiSettingsDialog::typedKey() const
{
    if (m_removeKey->isChecked())
        return QString();
    if (m_key->text().isEmpty())
        return std::nullopt; // unchanged
    return m_key->text();
}

void AiSettingsDialog::setEditable(bool editable)
{
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_model),
                       static_cast<QWidget *>(m_timeout), static_cast<QWidget *>(m_key),
                       static_cast<QWidget *>(m_removeKey), static_cast<QWidget *>(m_writeTools)})
        w->setEnabled(editable);
    for (QCheckBox *box : std::as_const(m_policy))
        box->setEnabled(editable && !box->property("fixed").toBool());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
}

void AiSettingsDialog::onLoaded(quint64 ticket, const AiSettingsReport &report)
{
    if (ticket != m_loadTicket)
        return;
    m_loadTicket = 0;
    m_report = report;
    const AiConfig &c = report.config;
    m_url->setText(c.baseUrl);
    m_model->setText(c.model);
    m_timeout->setValue(c.timeoutMs / 1000);
    for (DataClass dc : kClasses)
        for (EndpointKind k : kRemoteKinds)
            m_policy.value(policyName(dc, k))->setChecked(c.policy.allows(k, dc));
    m_writeTools->setChecked(c.writeTools);
    m_key->clear();
    m_key->setPlaceholderText(report.hasKey ? tr("(a key is stored; type to replace it)")
                                            : tr("(none; not needed by Ollama or llama.cpp)"));
    m_keyLocation->setText(
        tr("Kept in %1, never in the store's settings.").arg(report.keyLocation));
    m_removeKey->setVisible(report.hasKey);
    m_removeKey->setChecked(false);
    m_permission->setVisible(!report.mayChange);
    m_permission->setText(
        tr("Only an admin may change the AI settings: log in at the till as one. You can still "
           "test the connection."));
    setEditable(report.mayChange);
    m_loaded = true;
}

void AiSettingsDialog::save()
{
    clearError();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_saveTicket = m_worker->requestSaveSettings(typedConfig(), typedKey());
}

void AiSettingsDialog::onSaved(quint64 ticket, const AiSettingsReport &report)
{
    if (ticket != m_saveTicket)
        return;
    m_saveTicket = 0;
    m_report = report;
    accept();
}

void AiSettingsDialog::test()
{
    clearError();
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing %1…").arg(m_url->text().trimmed()));
    m_testTicket = m_worker->requestTest(
        typedConfig(), m_removeKey->isChecked() ? std::optional<QString>(QString()) : typedKey());
}

void AiSettingsDialog::onTested(quint64 ticket, const AiTestResult &result)
{
    if (ticket != m_testTicket)
        return;
    m_testTicket = 0;
    m_testButton->setEnabled(true);
    const QLocale locale;
    if (result.ok) {
        m_testResult->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_testResult->setText(tr("Connected (%1): %2 answered in %3 ms")
                                  .arg(endpointKindCode(result.endpoint) == QLatin1String("local")
                                           ? tr("server on this computer")
                                           : tr("cloud"),
                                       result.model, locale.toString(result.latencyMs)));
    } else {
        m_testResult->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_testResult->setText(
            tr("No connection: %1 (%2)").arg(result.error.message, result.error.codeName()));
    }
}

void AiSettingsDialog::onFailed(quint64 ticket, const Error &error)
{
    if (ticket == m_loadTicket) {
        m_loadTicket = 0;
        showError(error);
        return;
    }
    if (ticket == m_testTicket) {
        m_testTicket = 0;
        m_testButton->setEnabled(true);
        m_testResult->clear();
        showError(error);
        return;
    }
    if (ticket != m_saveTicket)
        return;
    m_saveTicket = 0;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_report.mayChange);
    showError(error);
}

void AiSettingsDialog::showError(const Error &error)
{
    QWidget *field = nullptr;
    const QString name = error.field();
    if (name == QLatin1String("base_url"))
        field = m_url;
    else if (name == QLatin1String("model"))
        field = m_model;
    else if (name == QLatin1String("timeout_ms"))
        field = m_timeout;
    else if (name == QLatin1String("api_key"))
        field = m_key;
    if (field) {
        field->setStyleSheet(QLatin1String(kErrorStyle));
        field->setFocus();
    }
    m_error->setText(error.message);
    m_error->show();
}

void AiSettingsDialog::clearError()
{
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_model),
                       static_cast<QWidget *>(m_timeout), static_cast<QWidget *>(m_key)})
        w->setStyleSheet(QString());
    m_error->clear();
    m_error->hide();
}

} // namespace bodega
