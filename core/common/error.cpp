#include "error.h"

#include <QCoreApplication>

namespace bodega {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ValidationFailed:
        return QStringLiteral("VALIDATION_FAILED");
    case ErrorCode::InvalidBarcode:
        return QStringLiteral("INVALID_BARCODE");
    case ErrorCode::NotFound:
        return QStringLiteral("NOT_FOUND");
    case ErrorCode::Duplicate:
        return QStringLiteral("DUPLICATE");
    case ErrorCode::StorageFailed:
        return QStringLiteral("STORAGE_FAILED");
    case ErrorCode::StorageReadOnly:
        return QStringLiteral("STORAGE_READ_ONLY");
    case ErrorCode::StorageCorrupt:
        return QStringLiteral("STORAGE_CORRUPT");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("SCHEMA_TOO_NEW");
    case ErrorCode::ImportFailed:
        return QStringLiteral("IMPORT_FAILED");
    case ErrorCode::AiUnavailable:
        return QStringLiteral("AI_UNAVAILABLE");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("PERMISSION_DENIED");
    case ErrorCode::ServerUnavailable:
        return QStringLiteral("SERVER_UNAVAILABLE");
    case ErrorCode::ServerRejected:
        return QStringLiteral("SERVER_REJECTED");
    case ErrorCode::NotConfigured:
        return QStringLiteral("NOT_CONFIGURED");
    case ErrorCode::Usage:
        return QStringLiteral("USAGE");
    case ErrorCode::Internal:
        return QStringLiteral("INTERNAL");
    case ErrorCode::PaymentIncomplete:
        return QStringLiteral("PAYMENT_INCOMPLETE");
    case ErrorCode::AuthenticationFailed:
        return QStringLiteral("AUTHENTICATION_FAILED");
    case ErrorCode::PrinterFailed:
        return QStringLiteral("PRINTER_FAILED");
    case ErrorCode::RateLimited:
        return QStringLiteral("RATE_LIMITED");
    }
    return QStringLiteral("INTERNAL");
}

Error Error::validation(const QString &field, const QString &message, QVariantMap details)
{
    details.insert(QStringLiteral("field"), field);
    return Error{ErrorCode::ValidationFailed, message, details};
}

Error Error::notFound(const QString &what, const QString &key)
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("bodega::Error", "%1 not found: %2").arg(what, key),
                 {{QStringLiteral("key"), key}}};
}

Error Error::storage(const QString &message, const QString &driverText)
{
    QVariantMap details;
    if (!driverText.isEmpty())
        details.insert(QStringLiteral("driver"), driverText);
    return Error{ErrorCode::StorageFailed, message, details};
}

} // namespace bodega
