#pragma once

#include <QCoreApplication>
#include <QString>

namespace bodega {

// What an audit entry records (AuditEntry::action). The codes are stored,
// synced to the server's audit_log and read by scripts, so they never
// change; label() is the one place they become words a person reads.
class AuditAction
{
    Q_DECLARE_TR_FUNCTIONS(bodega::AuditAction)

public:
    static inline const QString Login = QStringLiteral("login");
    static inline const QString LoginFailed = QStringLiteral("login_failed");
    static inline const QString UserAdded = QStringLiteral("user_added");
    static inline const QString SecretChanged = QStringLiteral("secret_changed");
    static inline const QString PriceChanged = QStringLiteral("price_changed");
    static inline const QString StockAdjusted = QStringLiteral("stock_adjusted");
    static inline const QString DiscountOverLimit = QStringLiteral("discount_over_limit");
    static inline const QString LineVoided = QStringLiteral("line_voided");
    static inline const QString SaleVoided = QStringLiteral("sale_voided");
    static inline const QString SaleReturned = QStringLiteral("sale_returned");
    static inline const QString ShiftOpened = QStringLiteral("shift_opened");
    static inline const QString CashMoved = QStringLiteral("cash_moved");
    static inline const QString ShiftClosed = QStringLiteral("shift_closed");
    static inline const QString AiSettingsChanged = QStringLiteral("ai_settings_changed");
    static inline const QString AiKeyChanged = QStringLiteral("ai_key_changed");
    static inline const QString PurchaseOrderSent = QStringLiteral("purchase_order_sent");
    static inline const QString GoodsReceived = QStringLiteral("goods_received");
    static inline const QString PurchaseOrderClosed = QStringLiteral("purchase_order_closed");
    static inline const QString PurchaseOrderCancelled = QStringLiteral("purchase_order_cancelled");
    static inline const QString WebhookSettingsChanged = QStringLiteral("webhook_settings_changed");
    static inline const QString WebhookSecretChanged = QStringLiteral("webhook_secret_changed");
    static inline const QString StoreSettingsChanged = QStringLiteral("store_settings_changed");

    // The translated name of `code`; a code this version does not know (one
    // synced from a newer terminal) is shown as it is.
    static QString label(const QString &code);
};

} // namespace bodega
