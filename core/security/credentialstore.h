#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace bodega {

// Where a terminal keeps its secrets (the server password, the AI key). Never
// in the settings table or any other plain file a backup or a support request
// might carry: the GUI and bodegactl install a keychain-backed store where the
// desktop has a keychain (app/), and fall back to FileCredentialStore.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(bodega::CredentialStore)

public:
    virtual ~CredentialStore() = default;
    virtual Status save(const QString &key, const QString &secret) = 0;
    virtual Result<QString> load(const QString &key) const = 0;
    // Where a secret saved now would go, in words for the person typing it
    // ("the desktop keychain", "a private file in ...").
    virtual QString location() const = 0;
};

// One file per key in a folder only its owner may enter (0700), each file
// readable by its owner only (0600), written atomically.
class FileCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(bodega::FileCredentialStore)

public:
    explicit FileCredentialStore(QString directory);
    // $BODEGA_CREDENTIALS_DIR, else "credentials" in the app data folder.
    static QString defaultDirectory();

    Status save(const QString &key, const QString &secret) override;
    Result<QString> load(const QString &key) const override;
    QString location() const override;

private:
    QString pathFor(const QString &key) const;
    QString m_dir;
};

} // namespace bodega
