#include "responsecache.h"

#include "ai/textnormalizer.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace bodega {

ResponseCache::ResponseCache(int capacity, qint64 ttlMs, const Clock &clock)
    : m_capacity(std::max(0, capacity)), m_ttlMs(ttlMs), m_clock(clock)
{
}

bool ResponseCache::cacheable(const ChatRequest &request)
{
    if (!request.tools.isEmpty())
        return false;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::Tool || !message.toolCalls.isEmpty())
            return false;
    }
    return true;
}

QByteArray ResponseCache::keyFor(const QString &model, const ChatRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Each piece is length-prefixed so that no two inputs run together.
    const auto add = [&hash](const QString &piece) {
        const QByteArray bytes = piece.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    };
    add(model);
    add(QString::number(request.temperature, 'g', 6));
    add(QString::number(request.maxTokens));
    if (request.format) {
        add(request.format->name);
        add(QString::fromUtf8(
            QJsonDocument(request.format->schema).toJson(QJsonDocument::Compact)));
    } else {
        add(QStringLiteral("text"));
    }
    for (const ChatMessage &message : request.messages) {
        add(QString::number(int(message.role)));
        add(TextNormalizer::fold(message.content).simplified());
    }
    return hash.result().toHex();
}

std::optional<ChatReply> ResponseCache::find(const QByteArray &key)
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_index.find(key);
    if (found == m_index.end()) {
        ++m_misses;
        return std::nullopt;
    }
    const auto entry = found.value();
    if (m_ttlMs > 0 && m_clock.nowMs() - entry->storedAtMs > m_ttlMs) {
        m_entries.erase(entry);
        m_index.erase(found);
        ++m_misses;
        return std::nullopt;
    }
    m_entries.splice(m_entries.begin(), m_entries, entry);
    ++m_hits;
    return entry->reply;
}

void ResponseCache::insert(const QByteArray &key, const ChatReply &reply)
{
    if (m_capacity == 0)
        return;
    QMutexLocker lock(&m_mutex);
    if (const auto found = m_index.find(key); found != m_index.end()) {
        m_entries.erase(found.value());
        m_index.erase(found);
    }
    m_entries.push_front(Entry{key, reply, m_clock.nowMs()});
    m_index.insert(key, m_entries.begin());
    while (int(m_entries.size()) > m_capacity) {
        m_index.remove(m_entries.back().key);
        m_entries.pop_back();
    }
}

void ResponseCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_index.clear();
}

int ResponseCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

qint64 ResponseCache::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

qint64 ResponseCache::misses() const
{
    QMutexLocker lock(&m_mutex);
    return m_misses;
}

} // namespace bodega
