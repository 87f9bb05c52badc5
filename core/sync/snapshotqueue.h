#pragma once

#include "common/result.h"
#include "domain/product.h"

#include <QPair>
#include <QVector>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace bodega {

// The hand-over between the thread that reads a first sync's snapshot from
// the server and the thread that writes it into the local store. Reading and
// parsing a COPY row costs about as much as writing it, so on two cores the
// two overlap instead of taking turns. Rows travel in chunks (one lock per
// chunk, not per row) and at most a few chunks wait, so memory stays small
// however large the catalog. Order is kept: products before levels, each in
// the order read.
class SnapshotQueue
{
public:
    struct Chunk
    {
        QVector<Product> products;
        QVector<QPair<QString, qint64>> levels; // product id, quantity in milli
    };

    explicit SnapshotQueue(int chunkRows = 1000, int maxWaitingChunks = 8);

    // Reader side. Blocks while the queue is full; fails once the writer has
    // given up (its own error is the one that counts), so the reader stops
    // streaming.
    Status addProduct(const Product &product);
    Status addLevel(const QString &productId, qint64 qtyMilli);
    // The reader is done, whether or not it read everything: what it gathered
    // goes out and take() then returns false when the queue is empty.
    void finish();

    // Writer side. Blocks until a chunk is ready; false when the reader has
    // finished and nothing is left. The chunk passed in (the one written
    // last) goes back to the reader, whose next add frees it on its own
    // thread: glibc frees another thread's memory under that arena's lock
    // and out of both threads' caches: a fifth of the writer's time in a
    // profile of a million-product first sync.
    bool take(Chunk &chunk);
    // The writer stops (its store refused a row): waiting or later adds fail.
    void cancel();

private:
    Status push(bool force);
    int filled() const { return int(m_filling.products.size() + m_filling.levels.size()); }

    const int m_chunkRows;
    const int m_maxWaiting;
    Chunk m_filling; // reader thread only
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::deque<Chunk> m_spent; // written, waiting for the reader to free them
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace bodega
