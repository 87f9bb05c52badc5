#pragma once

#include "setup/storesetup.h"

#include <QHash>
#include <QObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace bodega {

class AiWorker;
class SetupWorker;
struct AiTestResult;
struct ServerTestResult;

// The fields the first-run wizard and the settings dialog share (store,
// terminal and server, AI endpoint), built into whatever page or tab holds
// them, so both show the same editors with the same names and the same
// errors. It renders a SetupState, turns the editors back into a SetupPlan
// and shows core's errors under the field they name; the connection tests
// run on the SetupWorker (server) and the AiWorker (AI), never here.
class SetupForm : public QObject
{
    Q_OBJECT

public:
    SetupForm(SetupWorker *setup, AiWorker *ai, QObject *parent = nullptr);

    // Each adds its rows to `form` (whose widget is `page`).
    void addStoreRows(QWidget *page, QFormLayout *form);
    void addTerminalRows(QWidget *page, QFormLayout *form);
    void addServerRows(QWidget *page, QFormLayout *form);
    void addAiRows(QWidget *page, QFormLayout *form);
    // A hidden red line under the row of `field`, shown by showError().
    QLabel *addErrorRow(QWidget *page, QFormLayout *form, const QString &field);

    void setState(const SetupState &state);
    // The plan the editors describe (on top of the loaded state); a tax rate
    // that does not parse comes back as its error.
    Result<SetupPlan> plan() const;

    // Shows the error under its field; true when the form has that field.
    bool showError(const Error &error);
    void clearErrors();
    bool hasField(const QString &field) const { return m_errors.contains(field); }
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    void setEditable(bool editable);

    QLineEdit *storeName() const { return m_storeName; }
    QLineEdit *serverUrl() const { return m_serverUrl; }
    QLabel *serverResult() const { return m_serverResult; }
    QLabel *aiResult() const { return m_aiResult; }
    bool serverTesting() const { return m_serverTicket != 0; }
    bool aiTesting() const { return m_aiTicket != 0; }

    static QString currencyName(const QString &code);
    static QString serverTestText(const ServerTestResult &result);
    static QString aiTestText(const AiTestResult &result);

signals:
    void serverTested(bool ok);
    void aiTested(bool ok);

private:
    void testServer();
    void testAi();
    QLabel *resultLabel(QWidget *page, const QString &name);
    void showResult(QLabel *label, bool ok, const QString &text);

    SetupWorker *m_setup;
    AiWorker *m_ai;
    SetupState m_state;
    QLineEdit *m_storeName = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_taxRates = nullptr;
    QLineEdit *m_terminal = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_serverPassword = nullptr;
    QLineEdit *m_serverStore = nullptr;
    QPushButton *m_serverTest = nullptr;
    QLabel *m_serverResult = nullptr;
    QLineEdit *m_aiUrl = nullptr;
    QLineEdit *m_aiModel = nullptr;
    QLineEdit *m_aiKey = nullptr;
    QPushButton *m_aiTest = nullptr;
    QLabel *m_aiResult = nullptr;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_editors;
    quint64 m_serverTicket = 0;
    quint64 m_aiTicket = 0;
};

} // namespace bodega
