#pragma once

#include "common/result.h"

#include <QString>

namespace bodega {

// argon2id through libsodium with OWASP's minimum parameters (19 MiB of
// memory, 2 passes, 1 lane); the encoded hash carries its parameters and
// salt, so stronger settings later still verify old hashes.
class PasswordHasher
{
public:
    static constexpr unsigned long long OpsLimit = 2;
    static constexpr size_t MemLimit = 19 * 1024 * 1024;

    static Result<QString> hash(const QString &secret);
    static bool verify(const QString &encodedHash, const QString &secret);
};

} // namespace bodega
