#pragma once

#include "security/credentialstore.h"

namespace bodega {

// The desktop's keychain (Secret Service / KWallet through QtKeychain) where
// the session has one, else FileCredentialStore. It lives in app/ because
// QtKeychain needs Qt D-Bus, which core must not link.
class KeychainCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(bodega::KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(const QString &fallbackDirectory);
    // False without a D-Bus session (servers, CI) or when BODEGA_CREDENTIALS_DIR
    // asks for files explicitly.
    static bool keychainAvailable();

    Status save(const QString &key, const QString &secret) override;
    Result<QString> load(const QString &key) const override;
    QString location() const override;

private:
    FileCredentialStore m_files;
};

} // namespace bodega
