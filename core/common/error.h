#pragma once

#include <QString>
#include <QVariantMap>

namespace bodega {

// Stable machine-readable codes. Their spelling is an interface: the CLI, the
// sync protocol and the logs carry them, so never rename one.
enum class ErrorCode {
    ValidationFailed,
    InvalidBarcode,
    NotFound,
    Duplicate,
    StorageFailed,
    StorageReadOnly,
    StorageCorrupt,
    SchemaTooNew,
    ImportFailed,
    AiUnavailable,
    PermissionDenied,
    ServerUnavailable, // transient: the server or the network is down; retry later
    ServerRejected,    // for good: the server refuses this request or event
    NotConfigured,     // e.g. sync before the terminal is registered
    Usage,
    Internal,
    PaymentIncomplete,    // a sale is completed only when its tenders cover the total
    AuthenticationFailed, // wrong user, secret, or a locked account
    PrinterFailed,        // the receipt printer or a document file could not be written
    RateLimited,          // too many requests from one user in a short time; details.retry_after_ms
};

QString errorCodeName(ErrorCode code);

// One error format everywhere (SPEC: code, message, details). The message is
// already translated for the user; details carry machine-readable context such
// as the offending field or CSV line.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QVariantMap details;

    QString codeName() const { return errorCodeName(code); }
    QString field() const { return details.value(QStringLiteral("field")).toString(); }

    static Error validation(const QString &field, const QString &message, QVariantMap details = {});
    static Error notFound(const QString &what, const QString &key);
    static Error storage(const QString &message, const QString &driverText = {});
};

} // namespace bodega
