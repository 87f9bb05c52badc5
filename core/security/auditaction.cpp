#include "auditaction.h"

namespace bodega {

QString AuditAction::label(const QString &code)
{
    static const struct
    {
        const QString &code;
        const char *text;
    } labels[] = {
        {Login, QT_TRANSLATE_NOOP("bodega::AuditAction", "Logged in")},
        {LoginFailed, QT_TRANSLATE_NOOP("bodega::AuditAction", "Login refused")},
        {UserAdded, QT_TRANSLATE_NOOP("bodega::AuditAction", "User added")},
        {SecretChanged, QT_TRANSLATE_NOOP("bodega::AuditAction", "PIN or password changed")},
        {PriceChanged, QT_TRANSLATE_NOOP("bodega::AuditAction", "Price changed")},
        {StockAdjusted, QT_TRANSLATE_NOOP("bodega::AuditAction", "Stock adjusted")},
        {DiscountOverLimit,
         QT_TRANSLATE_NOOP("bodega::AuditAction", "Discount over the cashier's limit")},
        {LineVoided, QT_TRANSLATE_NOOP("bodega::AuditAction", "Line voided")},
        {SaleVoided, QT_TRANSLATE_NOOP("bodega::AuditAction", "Sale voided")},
        {SaleReturned, QT_TRANSLATE_NOOP("bodega::AuditAction", "Goods returned")},
        {ShiftOpened, QT_TRANSLATE_NOOP("bodega::AuditAction", "Shift opened")},
        {CashMoved, QT_TRANSLATE_NOOP("bodega::AuditAction", "Cash in or out")},
        {ShiftClosed, QT_TRANSLATE_NOOP("bodega::AuditAction", "Shift closed")},
        {AiSettingsChanged, QT_TRANSLATE_NOOP("bodega::AuditAction", "AI settings changed")},
        {AiKeyChanged, QT_TRANSLATE_NOOP("bodega::AuditAction", "AI key changed")},
        {PurchaseOrderSent, QT_TRANSLATE_NOOP("bodega::AuditAction", "Purchase order sent")},
        {GoodsReceived, QT_TRANSLATE_NOOP("bodega::AuditAction", "Goods received")},
        {PurchaseOrderClosed, QT_TRANSLATE_NOOP("bodega::AuditAction", "Purchase order closed")},
        {PurchaseOrderCancelled,
         QT_TRANSLATE_NOOP("bodega::AuditAction", "Purchase order cancelled")},
        {WebhookSettingsChanged,
         QT_TRANSLATE_NOOP("bodega::AuditAction", "Low-stock webhook changed")},
        {WebhookSecretChanged,
         QT_TRANSLATE_NOOP("bodega::AuditAction", "Low-stock webhook secret changed")},
        {StoreSettingsChanged, QT_TRANSLATE_NOOP("bodega::AuditAction", "Store settings changed")},
    };
    for (const auto &l : labels) {
        if (l.code == code)
            return tr(l.text);
    }
    return code;
}

} // namespace bodega
