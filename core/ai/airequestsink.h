#pragma once

#include "ai/chatmodel.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace bodega {

// One routing decision as the audit keeps it (SPEC: an audit log of every
// routing decision): who asked, for what, which data classes it carried, the
// endpoint it went to (or was refused by), and how it ended.
struct AiRequestRecord
{
    QDateTime at; // UTC, when the request reached the router
    QString userId;
    QString userName;
    QString purpose;
    DataClasses dataClasses;
    EndpointKind endpoint = EndpointKind::Offline;
    QString endpointUrl;
    QString model;
    qint64 latencyMs = 0;
    int promptTokens = -1; // -1: not reported (NULL in the table)
    int completionTokens = -1;
    QString outcome; // "ok", "denied", or the error code (AI_UNAVAILABLE, ...)
    bool cacheHit = false;
    QString detail; // why it was denied or failed, in words
};

// Where the router writes its records. core/ai does not touch the store: the
// implementation (AiRequestLog, core/security) does. Called on the thread
// that called the router.
class AiRequestSink
{
public:
    virtual ~AiRequestSink() = default;
    virtual Status record(const AiRequestRecord &record) = 0;
};

} // namespace bodega
