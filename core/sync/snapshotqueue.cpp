#include "snapshotqueue.h"

namespace bodega {

SnapshotQueue::SnapshotQueue(int chunkRows, int maxWaitingChunks)
    : m_chunkRows(qMax(1, chunkRows)), m_maxWaiting(qMax(1, maxWaitingChunks))
{
}

Status SnapshotQueue::addProduct(const Product &product)
{
    m_filling.products.push_back(product);
    return filled() < m_chunkRows ? Status() : push(false);
}

Status SnapshotQueue::addLevel(const QString &productId, qint64 qtyMilli)
{
    m_filling.levels.push_back({productId, qtyMilli});
    return filled() < m_chunkRows ? Status() : push(false);
}

Status SnapshotQueue::push(bool force)
{
    std::deque<Chunk> spent; // freed here, after the lock is released
    std::unique_lock<std::mutex> lock(m_mutex);
    spent.swap(m_spent);
    if (!force)
        m_changed.wait(lock, [this] { return m_cancelled || int(m_ready.size()) < m_maxWaiting; });
    if (m_cancelled) {
        m_filling = {};
        return Error{
            ErrorCode::Internal, QStringLiteral("the local store stopped the first sync"), {}};
    }
    if (filled() > 0)
        m_ready.push_back(std::move(m_filling));
    m_filling = {};
    m_changed.notify_all();
    return {};
}

void SnapshotQueue::finish()
{
    // A cancelled writer wants nothing more; the error that counts is its own.
    static_cast<void>(push(true));
    std::lock_guard<std::mutex> lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

bool SnapshotQueue::take(Chunk &chunk)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!chunk.products.isEmpty() || !chunk.levels.isEmpty())
        m_spent.push_back(std::move(chunk));
    chunk = {};
    m_changed.wait(lock, [this] { return m_cancelled || !m_ready.empty() || m_finished; });
    if (m_cancelled || m_ready.empty())
        return false;
    chunk = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return true;
}

void SnapshotQueue::cancel()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    m_ready.clear();
    m_changed.notify_all();
}

} // namespace bodega
