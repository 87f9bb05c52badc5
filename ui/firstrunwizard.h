#pragma once

#include "setup/storesetup.h"

#include <QWizard>

class QLabel;
class QRadioButton;

namespace bodega {

class AiWorker;
class SetupForm;
class SetupWorker;

// The first run of a new store (issue 7): store name, currency and IVA
// rates; the terminal code and, optionally, a central server (with a
// connection test); optionally an AI endpoint (with a test call); demo data
// or an empty store. It only renders and forwards: each page is checked by
// core's StoreSetup::validate, and Finish sends the whole SetupPlan to the
// SetupWorker, which applies it (and registers the terminal) off the UI
// thread; core's errors come back under their field, on their page.
// Cancel writes nothing: the store stays new and the wizard comes back on
// the next start.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StorePage, TerminalPage, AiPage, DemoPage };

    FirstRunWizard(SetupWorker *setup, AiWorker *ai, QWidget *parent = nullptr);

    SetupForm *form() const { return m_form; }
    bool demoChosen() const;
    bool isApplying() const { return m_applyTicket != 0; }
    // The store's values are in the fields (until then the wizard is
    // disabled, so nothing typed is overwritten by them).
    bool isLoaded() const { return m_loaded; }

signals:
    // Finish was applied; `demo`: the person asked for the demo store.
    void setupApplied(const bodega::SetupState &state, bool demo);

private:
    bool checkPage(int id);
    bool finish();
    int pageOf(const QString &field) const;
    void onFailed(quint64 ticket, const Error &error);

    SetupWorker *m_setup;
    SetupForm *m_form;
    QRadioButton *m_demo = nullptr;
    QRadioButton *m_empty = nullptr;
    QLabel *m_finishError = nullptr;
    quint64 m_stateTicket = 0;
    quint64 m_applyTicket = 0;
    bool m_applied = false;
    bool m_loaded = false;
};

} // namespace bodega
