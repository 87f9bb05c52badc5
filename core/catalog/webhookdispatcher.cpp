#include "webhookdispatcher.h"

#include "catalog/lowstockpayload.h"

namespace bodega {

Result<WebhookRound> WebhookDispatcher::runRound(int limit)
{
    auto due = m_queue.claimDue(limit);
    if (!due)
        return due.error();
    WebhookRound round;
    if (due->isEmpty())
        return round;
    auto secret = m_settings.secret();
    if (!secret)
        return secret.error();
    for (const WebhookDelivery &d : std::as_const(*due)) {
        const Status sent =
            m_sender.post(d.url, LowStockPayload::event(), d.payload, secret->toUtf8());
        if (sent) {
            if (auto s = m_queue.markDelivered(d); !s)
                return s.error();
            ++round.delivered;
            continue;
        }
        auto status = m_queue.markFailed(d, sent.error().message);
        if (!status)
            return status.error();
        if (*status == QLatin1String("dead"))
            ++round.dead;
        else
            ++round.retrying;
    }
    return round;
}

} // namespace bodega
