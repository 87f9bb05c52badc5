#include "passwordhasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace bodega {

namespace {
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString &secret)
{
    if (!ready())
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("bodega::PasswordHasher",
                                                 "The cryptography library did not start"),
                     {}};
    QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), OpsLimit, MemLimit,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), utf8.size());
    if (rc != 0)
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("bodega::PasswordHasher",
                                                 "Not enough memory to hash the secret"),
                     {}};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &secret)
{
    if (!ready())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    QByteArray utf8 = secret.toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
    sodium_memzero(utf8.data(), utf8.size());
    return ok;
}

} // namespace bodega
