#pragma once

#include "ai/chatmodel.h"
#include "common/clock.h"

#include <list>
#include <optional>
#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace bodega {

// Generated text already paid for (SPEC: a cache of generated text). Keyed
// by the normalized input: the messages folded by TextNormalizer ("Jabón
// AZUL" and "jabon azul" ask the same thing), the model, the output format
// and the sampling settings. Only requests without tools are cached: a tool
// call's answer depends on the store's data at that moment. Bounded LRU,
// entries older than ttlMs are misses. Thread-safe.
class ResponseCache
{
public:
    static constexpr int DefaultCapacity = 256;
    static constexpr qint64 DefaultTtlMs = 24 * 60 * 60 * 1000;

    explicit ResponseCache(int capacity = DefaultCapacity, qint64 ttlMs = DefaultTtlMs,
                           const Clock &clock = Clock::system());

    static bool cacheable(const ChatRequest &request);
    static QByteArray keyFor(const QString &model, const ChatRequest &request);

    std::optional<ChatReply> find(const QByteArray &key);
    void insert(const QByteArray &key, const ChatReply &reply);
    void clear();

    int size() const;
    int capacity() const { return m_capacity; }
    qint64 hits() const;
    qint64 misses() const;

private:
    struct Entry
    {
        QByteArray key;
        ChatReply reply;
        qint64 storedAtMs = 0;
    };

    const int m_capacity;
    const qint64 m_ttlMs;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    std::list<Entry> m_entries; // most recently used first
    QHash<QByteArray, std::list<Entry>::iterator> m_index;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace bodega
