#include "keychaincredentialstore.h"

#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "bodega.keychain")

namespace bodega {

namespace {

const QString kService = QStringLiteral("Bodega");

// QtKeychain jobs are asynchronous; callers here (registration, the sync
// worker's start) are already off the UI thread, so waiting is fine.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        qCInfo(lcKeychain) << "keychain unavailable, using the private file:" << job.errorString();
        return false;
    }
    return true;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &fallbackDirectory)
    : m_files(fallbackDirectory)
{
}

bool KeychainCredentialStore::keychainAvailable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
           qEnvironmentVariableIsEmpty("BODEGA_CREDENTIALS_DIR");
}

Status KeychainCredentialStore::save(const QString &key, const QString &secret)
{
    if (keychainAvailable()) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setTextData(secret);
        if (runJob(job))
            return {};
    }
    return m_files.save(key, secret);
}

QString KeychainCredentialStore::location() const
{
    return keychainAvailable() ? tr("the desktop keychain") : m_files.location();
}

Result<QString> KeychainCredentialStore::load(const QString &key) const
{
    if (keychainAvailable()) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        if (runJob(job))
            return job.textData();
    }
    return m_files.load(key);
}

} // namespace bodega
