#pragma once

#include "catalog/webhooksender.h"
#include "catalog/webhooksettings.h"
#include "storage/webhookqueue.h"

namespace bodega {

// What one delivery round did.
struct WebhookRound
{
    int delivered = 0;
    int retrying = 0; // failed, due again later
    int dead = 0;     // failed for the last time
};

// One delivery round over the queue: claims what is due, posts each signed
// body with the secret as it is now, records the outcome. Runs on the thread
// that owns the sender (the GUI's worker, or bodegactl alerts deliver).
class WebhookDispatcher
{
public:
    WebhookDispatcher(Database &db, CredentialStore *credentials, const Clock &clock,
                      WebhookSender &sender)
        : m_queue(db, clock), m_settings(db, credentials, clock), m_sender(sender)
    {
    }

    // A storage failure stops the round (rows keep their lease and come back
    // when it ends); a receiver failure is only recorded on its row.
    Result<WebhookRound> runRound(int limit = 20);

private:
    WebhookQueue m_queue;
    WebhookSettings m_settings;
    WebhookSender &m_sender;
};

} // namespace bodega
