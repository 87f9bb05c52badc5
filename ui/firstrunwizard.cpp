#include "firstrunwizard.h"

#include "ui/setupform.h"
#include "ui/setupworker.h"
#include "ui/storeworker.h"

#include <functional>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace bodega {

namespace {

// A page whose Next (or Finish) asks the wizard first.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<bool()> check, QWidget *parent)
        : QWizardPage(parent), m_check(std::move(check))
    {
    }
    bool validatePage() override { return m_check(); }

private:
    std::function<bool()> m_check;
};

QFormLayout *pageForm(QWizardPage *page, const QString &intro)
{
    auto *layout = new QVBoxLayout(page);
    auto *text = new QLabel(intro, page);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    layout->addStretch(1);
    return form;
}

} // namespace

FirstRunWizard::FirstRunWizard(SetupWorker *setup, AiWorker *ai, QWidget *parent)
    : QWizard(parent), m_setup(setup), m_form(new SetupForm(setup, ai, this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up Bodega"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(720, 500);

    auto *store = new CheckedPage([this] { return checkPage(StorePage); }, this);
    store->setObjectName(QStringLiteral("storePage"));
    store->setTitle(tr("Your store"));
    m_form->addStoreRows(store, pageForm(store, tr("How the store is called on receipts, the "
                                                   "money it sells in and the IVA rates its "
                                                   "products carry. You can change them later in "
                                                   "Settings (Ctrl+,).")));
    setPage(StorePage, store);

    auto *terminal = new CheckedPage([this] { return checkPage(TerminalPage); }, this);
    terminal->setObjectName(QStringLiteral("terminalPage"));
    terminal->setTitle(tr("This terminal and the server"));
    QFormLayout *terminalForm =
        pageForm(terminal, tr("Each till has its own code. With a central server (optional), "
                              "terminals share the catalog and stock; without one, this store "
                              "works on its own and can join a server later."));
    m_form->addTerminalRows(terminal, terminalForm);
    m_form->addServerRows(terminal, terminalForm);
    setPage(TerminalPage, terminal);

    auto *aiPage = new CheckedPage([this] { return checkPage(AiPage); }, this);
    aiPage->setObjectName(QStringLiteral("aiPage"));
    aiPage->setTitle(tr("AI (optional)"));
    m_form->addAiRows(aiPage,
                      pageForm(aiPage, tr("An OpenAI-compatible server (Ollama, llama.cpp, "
                                          "OpenAI...) writes product descriptions and answers the "
                                          "assistant. Without one, the offline engine built into "
                                          "Bodega does. The key is kept in the keychain or a "
                                          "private file, never in the store.")));
    setPage(AiPage, aiPage);

    auto *demo = new CheckedPage([this] { return finish(); }, this);
    demo->setObjectName(QStringLiteral("demoPage"));
    demo->setTitle(tr("Products"));
    auto *demoLayout = new QVBoxLayout(demo);
    m_empty = new QRadioButton(tr("Start &empty: I will add or import my products"), demo);
    m_empty->setObjectName(QStringLiteral("startEmptyRadio"));
    m_empty->setChecked(true);
    m_demo = new QRadioButton(tr("Fill with a &demo store (%1 products of a Colombian "
                                 "mini-market) to try Bodega")
                                  .arg(StoreWorker::DemoProductCount),
                              demo);
    m_demo->setObjectName(QStringLiteral("demoRadio"));
    m_finishError = new QLabel(demo);
    m_finishError->setObjectName(QStringLiteral("finishErrorLabel"));
    m_finishError->setWordWrap(true);
    m_finishError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_finishError->hide();
    demoLayout->addWidget(m_empty);
    demoLayout->addWidget(m_demo);
    demoLayout->addSpacing(12);
    demoLayout->addWidget(m_finishError);
    demoLayout->addStretch(1);
    setPage(DemoPage, demo);

    connect(m_setup, &SetupWorker::stateLoaded, this,
            [this](quint64 ticket, const SetupState &state) {
                if (ticket != m_stateTicket)
                    return;
                m_form->setState(state);
                m_loaded = true;
                setEnabled(true);
            });
    connect(m_setup, &SetupWorker::applied, this, [this](quint64 ticket, const SetupState &state) {
        if (ticket != m_applyTicket)
            return;
        m_applyTicket = 0;
        m_applied = true;
        emit setupApplied(state, demoChosen());
        accept();
    });
    connect(m_setup, &SetupWorker::requestFailed, this, &FirstRunWizard::onFailed);
    setEnabled(false);
    m_stateTicket = m_setup->requestState();
}

bool FirstRunWizard::demoChosen() const
{
    return m_demo->isChecked();
}

int FirstRunWizard::pageOf(const QString &field) const
{
    static const QStringList store{StoreSetup::storeNameKey(), QStringLiteral("currency"),
                                   QStringLiteral("tax_rates")};
    static const QStringList terminal{QStringLiteral("terminal"), QStringLiteral("server_url"),
                                      QStringLiteral("server_store")};
    static const QStringList ai{QStringLiteral("base_url"), QStringLiteral("model"),
                                QStringLiteral("timeout_ms"), QStringLiteral("api_key")};
    if (store.contains(field))
        return StorePage;
    if (terminal.contains(field))
        return TerminalPage;
    if (ai.contains(field))
        return AiPage;
    return DemoPage;
}

bool FirstRunWizard::checkPage(int id)
{
    m_form->clearErrors();
    auto plan = m_form->plan();
    Status s = plan ? StoreSetup::validate(*plan) : Status(plan.error());
    // Only what this page (or one before it) shows stops it: the later
    // pages still hold their defaults.
    if (!s && pageOf(s.error().field()) <= id) {
        m_form->showError(s.error());
        return false;
    }
    return true;
}

bool FirstRunWizard::finish()
{
    // QWizard::done() asks the page again on the way out.
    if (m_applied)
        return true;
    if (m_applyTicket != 0)
        return false; // already on its way
    m_finishError->hide();
    auto plan = m_form->plan();
    if (!plan) {
        onFailed(0, plan.error());
        return false;
    }
    m_finishError->setStyleSheet(QString());
    m_finishError->setText(plan->server ? tr("Saving and registering this terminal…")
                                        : tr("Saving…"));
    m_finishError->show();
    button(FinishButton)->setEnabled(false);
    m_applyTicket = m_setup->requestApply(*plan);
    // The wizard closes when the worker says it is done (see applied).
    return false;
}

void FirstRunWizard::onFailed(quint64 ticket, const Error &error)
{
    if (ticket == m_stateTicket && !m_loaded) {
        // The defaults stay in the fields; Finish reports what is wrong.
        m_loaded = true;
        setEnabled(true);
        return;
    }
    if (ticket != m_applyTicket)
        return;
    m_applyTicket = 0;
    button(FinishButton)->setEnabled(true);
    const int page = pageOf(error.field());
    m_finishError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_finishError->setText(tr("Not saved: %1 (%2)").arg(error.message, error.codeName()));
    m_finishError->show();
    if (page == DemoPage)
        return;
    // Back to the page that holds the field, with the error under it.
    while (currentId() > page)
        back();
    m_form->showError(error);
}

} // namespace bodega
