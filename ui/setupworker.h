#pragma once

#include "setup/storesetup.h"
#include "sync/serverprobe.h"

#include <memory>
#include <optional>
#include <QMetaType>
#include <QObject>

namespace bodega {

class Database;

// What "Test connection" found on a central server.
struct ServerTestResult
{
    bool ok = false;
    ServerProbe::Report report;
    Error error; // when !ok, in words, with its code
};

// The first-run wizard's and the settings dialog's worker, on its own thread
// with its own store connection: loading and applying a SetupPlan (its
// registration waits on the server), probing a server, listing the
// printers (CUPS can take seconds), the store's IVA rates for the product
// form. Requests return a ticket at once; the
// answers come back as queued signals carrying it. Usage: moveToThread(),
// start the thread, then call the request*() functions from any thread.
class SetupWorker : public QObject
{
    Q_OBJECT

public:
    // `credentials`: where the secrets go; null: the private file in the
    // default folder (as AiWorker).
    SetupWorker(QString storePath, std::shared_ptr<CredentialStore> credentials,
                QObject *parent = nullptr);
    ~SetupWorker() override;

    quint64 requestState();
    quint64 requestApply(const SetupPlan &plan);
    quint64 requestServerTest(const QString &url, const QString &password,
                              const QString &storeName);
    quint64 requestPrinters();
    quint64 requestTaxRates();

public slots:
    void setActor(const std::optional<bodega::Actor> &actor);
    void loadState(quint64 ticket);
    void apply(quint64 ticket, const bodega::SetupPlan &plan);
    void testServer(quint64 ticket, const QString &url, const QString &password,
                    const QString &storeName);
    void listPrinters(quint64 ticket);
    void loadTaxRates(quint64 ticket);

signals:
    void stateLoaded(quint64 ticket, const bodega::SetupState &state);
    // After apply: the store as it now is.
    void applied(quint64 ticket, const bodega::SetupState &state);
    void serverTested(quint64 ticket, const bodega::ServerTestResult &result);
    void printersListed(quint64 ticket, const QStringList &names, const QString &defaultName);
    // The store's IVA rates in basis points (the defaults when never set).
    void taxRatesLoaded(quint64 ticket, const QVector<int> &basisPoints);
    void requestFailed(quint64 ticket, const bodega::Error &error);

private:
    template <typename Fn> quint64 post(Fn &&fn);
    bool ensureOpen(quint64 ticket);

    QString m_path;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_actor;
};

void registerSetupWorkerTypes();

} // namespace bodega

Q_DECLARE_METATYPE(bodega::ServerTestResult)
