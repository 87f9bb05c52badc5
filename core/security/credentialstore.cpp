#include "credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace bodega {

FileCredentialStore::FileCredentialStore(QString directory) : m_dir(std::move(directory)) {}

QString FileCredentialStore::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("BODEGA_CREDENTIALS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/credentials");
}

QString FileCredentialStore::pathFor(const QString &key) const
{
    QString safe = key;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return m_dir + QLatin1Char('/') + safe;
}

Status FileCredentialStore::save(const QString &key, const QString &secret)
{
    const auto failed = [](const QString &what) {
        return Error::storage(tr("Cannot store the password: %1").arg(what));
    };
    if (!QDir().mkpath(m_dir))
        return failed(m_dir);
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // Restrict before the secret is written, not after.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8());
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

QString FileCredentialStore::location() const
{
    return tr("a file only you can read, in %1").arg(QDir::toNativeSeparators(m_dir));
}

Result<QString> FileCredentialStore::load(const QString &key) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("credential"), key);
    return QString::fromUtf8(file.readAll());
}

} // namespace bodega
