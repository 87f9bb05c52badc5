#pragma once

#include "ui/aiworker.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bodega {

// The AI settings (issue 5, point 7): the OpenAI-compatible server's address,
// model, timeout and key (a password field that says where the key is kept),
// which data may go to a local server or the cloud, the write tools switch,
// and "Test connection", which the AiWorker runs off the UI thread. Every
// rule (what a valid address is, who may change it, that personal data
// never goes to the cloud) is core's; errors come back naming their field
// and are shown next to it. A user who may not change the settings sees them
// read-only.
class AiSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AiSettingsDialog(AiWorker *worker, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_saveTicket != 0 || m_testTicket != 0; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *testResult() const { return m_testResult; }
    // The configuration as typed (what Save and Test send).
    AiConfig typedConfig() const;

private:
    void onLoaded(quint64 ticket, const AiSettingsReport &report);
    void onSaved(quint64 ticket, const AiSettingsReport &report);
    void onTested(quint64 ticket, const AiTestResult &result);
    void onFailed(quint64 ticket, const Error &error);
    void save();
    void test();
    std::optional<QString> typedKey() const;
    void showError(const Error &error);
    void clearError();
    void setEditable(bool editable);
    static QString policyName(DataClass dataClass, EndpointKind kind);

    AiWorker *m_worker;
    QLabel *m_permission;
    QLineEdit *m_url;
    QLineEdit *m_model;
    QSpinBox *m_timeout;
    QLineEdit *m_key;
    QLabel *m_keyLocation;
    QCheckBox *m_removeKey;
    QMap<QString, QCheckBox *> m_policy;
    QCheckBox *m_writeTools;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    AiSettingsReport m_report;
    bool m_loaded = false;
    quint64 m_loadTicket = 0;
    quint64 m_saveTicket = 0;
    quint64 m_testTicket = 0;
};

} // namespace bodega
