#include "setupworker.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QPrinterInfo>

Q_LOGGING_CATEGORY(lcSetup, "bodega.ui.setup")

namespace bodega {

void registerSetupWorkerTypes()
{
    qRegisterMetaType<bodega::Error>();
    qRegisterMetaType<bodega::SetupPlan>();
    qRegisterMetaType<bodega::SetupState>();
    qRegisterMetaType<bodega::ServerTestResult>();
}

namespace {

quint64 nextSetupTicket()
{
    static QAtomicInteger<quint64> counter;
    return counter.fetchAndAddRelaxed(1) + 1;
}

} // namespace

SetupWorker::SetupWorker(QString storePath, std::shared_ptr<CredentialStore> credentials,
                         QObject *parent)
    : QObject(parent), m_path(std::move(storePath)), m_credentials(std::move(credentials))
{
    registerSetupWorkerTypes();
    if (!m_credentials)
        m_credentials =
            std::make_shared<FileCredentialStore>(FileCredentialStore::defaultDirectory());
}

SetupWorker::~SetupWorker() = default;

template <typename Fn> quint64 SetupWorker::post(Fn &&fn)
{
    const quint64 ticket = nextSetupTicket();
    QMetaObject::invokeMethod(
        this, [this, ticket, fn = std::forward<Fn>(fn)]() { fn(this, ticket); },
        Qt::QueuedConnection);
    return ticket;
}

quint64 SetupWorker::requestState()
{
    return post([](SetupWorker *w, quint64 t) { w->loadState(t); });
}

quint64 SetupWorker::requestApply(const SetupPlan &plan)
{
    return post([plan](SetupWorker *w, quint64 t) { w->apply(t, plan); });
}

quint64 SetupWorker::requestServerTest(const QString &url, const QString &password,
                                       const QString &storeName)
{
    return post([url, password, storeName](SetupWorker *w, quint64 t) {
        w->testServer(t, url, password, storeName);
    });
}

quint64 SetupWorker::requestPrinters()
{
    return post([](SetupWorker *w, quint64 t) { w->listPrinters(t); });
}

quint64 SetupWorker::requestTaxRates()
{
    return post([](SetupWorker *w, quint64 t) { w->loadTaxRates(t); });
}

void SetupWorker::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
}

bool SetupWorker::ensureOpen(quint64 ticket)
{
    if (m_db)
        return true;
    // The StoreWorker creates and migrates the store; by the time a wizard
    // or the settings can be open, it has.
    auto db = Database::openExisting(m_path);
    if (!db) {
        qCWarning(lcSetup) << "cannot open the store for its settings:" << db.error().message;
        emit requestFailed(ticket, db.error());
        return false;
    }
    m_db = std::move(*db);
    return true;
}

void SetupWorker::loadState(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    auto state = StoreSetup(*m_db, *m_credentials, Clock::system()).load(m_actor);
    if (!state) {
        emit requestFailed(ticket, state.error());
        return;
    }
    emit stateLoaded(ticket, *state);
}

void SetupWorker::apply(quint64 ticket, const SetupPlan &plan)
{
    if (!ensureOpen(ticket))
        return;
    StoreSetup setup(*m_db, *m_credentials, Clock::system());
    if (auto s = setup.apply(m_actor, plan); !s) {
        emit requestFailed(ticket, s.error());
        return;
    }
    auto state = setup.load(m_actor);
    if (!state) {
        emit requestFailed(ticket, state.error());
        return;
    }
    emit applied(ticket, *state);
}

void SetupWorker::testServer(quint64 ticket, const QString &url, const QString &password,
                             const QString &storeName)
{
    ServerTestResult result;
    auto address = ServerAddress::parse(url.trimmed());
    if (!address) {
        result.error = address.error();
        result.error.details.insert(QStringLiteral("field"), QStringLiteral("server_url"));
        emit serverTested(ticket, result);
        return;
    }
    auto report = ServerProbe::check(
        *address, address->password.isEmpty() ? password : address->password, storeName);
    result.ok = report.ok();
    if (report)
        result.report = *report;
    else
        result.error = report.error();
    emit serverTested(ticket, result);
}

void SetupWorker::loadTaxRates(quint64 ticket)
{
    if (!ensureOpen(ticket))
        return;
    auto rates = StoreSetup(*m_db, *m_credentials, Clock::system()).taxRates();
    if (!rates) {
        emit requestFailed(ticket, rates.error());
        return;
    }
    emit taxRatesLoaded(ticket, *rates);
}

void SetupWorker::listPrinters(quint64 ticket)
{
    emit printersListed(ticket, QPrinterInfo::availablePrinterNames(),
                        QPrinterInfo::defaultPrinterName());
}

} // namespace bodega
