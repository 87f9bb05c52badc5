// The hand-over of a first sync's rows from the reader thread to the store's
// thread: nothing lost or reordered, and neither side left waiting when the
// other stops.
#include "sync/snapshotqueue.h"

#include <gtest/gtest.h>

#include <future>

using namespace bodega;

namespace {

Product named(int i)
{
    Product p;
    p.id = QStringLiteral("p%1").arg(i);
    return p;
}

} // namespace

TEST(SnapshotQueue, HandsOverEveryRowInOrderProductsBeforeLevels)
{
    SnapshotQueue queue(7, 2); // small chunks, so many of them and a reader that waits
    auto reading = std::async(std::launch::async, [&queue] {
        for (int i = 0; i < 1000; ++i)
            if (!queue.addProduct(named(i)))
                return false;
        for (int i = 0; i < 300; ++i)
            if (!queue.addLevel(QStringLiteral("p%1").arg(i), i))
                return false;
        queue.finish();
        return true;
    });
    QStringList products;
    QVector<qint64> levels;
    SnapshotQueue::Chunk chunk;
    while (queue.take(chunk)) {
        EXPECT_LE(chunk.products.size() + chunk.levels.size(), 7);
        if (!chunk.products.isEmpty()) {
            EXPECT_TRUE(levels.isEmpty()) << "a product came after a level";
        }
        for (const Product &p : std::as_const(chunk.products))
            products << p.id;
        for (const auto &l : std::as_const(chunk.levels))
            levels << l.second;
    }
    ASSERT_TRUE(reading.get());
    ASSERT_EQ(products.size(), 1000);
    ASSERT_EQ(levels.size(), 300);
    for (int i = 0; i < 1000; ++i)
        EXPECT_EQ(products.at(i), QStringLiteral("p%1").arg(i));
    for (int i = 0; i < 300; ++i)
        EXPECT_EQ(levels.at(i), i);
}

TEST(SnapshotQueue, AWriterThatGivesUpReleasesAReaderWaitingOnAFullQueue)
{
    SnapshotQueue queue(10, 1);
    auto reading = std::async(std::launch::async, [&queue] {
        int added = 0;
        for (int i = 0; i < 100000; ++i) {
            if (!queue.addProduct(named(i)))
                break;
            ++added;
        }
        queue.finish();
        return added;
    });
    SnapshotQueue::Chunk chunk;
    ASSERT_TRUE(queue.take(chunk));
    EXPECT_EQ(chunk.products.first().id, QStringLiteral("p0"));
    queue.cancel();
    const int added = reading.get();
    // One chunk taken, one waiting, one being filled: the reader stopped
    // there instead of reading on.
    EXPECT_LT(added, 30);
    EXPECT_FALSE(queue.take(chunk));
}

TEST(SnapshotQueue, AReaderThatStopsEarlyStillDeliversWhatItRead)
{
    SnapshotQueue queue(1000, 8);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(queue.addProduct(named(i)));
    queue.finish(); // e.g. the connection dropped after three rows
    SnapshotQueue::Chunk chunk;
    ASSERT_TRUE(queue.take(chunk));
    EXPECT_EQ(chunk.products.size(), 3);
    EXPECT_FALSE(queue.take(chunk));
}

TEST(SnapshotQueue, RowsTheWriterIsDoneWithAreFreedByTheReaderNotTheWriter)
{
    // One thread plays both sides here, so each step is seen in order. A
    // string shared with a row shows when the queue lets go of the row.
    SnapshotQueue queue(1, 4);
    // Built at run time: a literal's data is static and never counted.
    const QString name = QStringLiteral("Arroz Diana %1 g").arg(500);
    ASSERT_TRUE(name.isDetached());
    {
        Product first = named(1);
        first.name = name;
        ASSERT_TRUE(queue.addProduct(first).ok());
    }
    ASSERT_TRUE(queue.addProduct(named(2)).ok());
    SnapshotQueue::Chunk chunk;
    ASSERT_TRUE(queue.take(chunk));
    ASSERT_EQ(chunk.products.value(0).id, QStringLiteral("p1"));
    ASSERT_TRUE(queue.take(chunk)); // the writer is done with the first row
    EXPECT_EQ(chunk.products.value(0).id, QStringLiteral("p2"));
    EXPECT_FALSE(name.isDetached()) << "the writer's take freed the row";
    ASSERT_TRUE(queue.addProduct(named(3)).ok()); // the reader's next add frees it
    EXPECT_TRUE(name.isDetached());
}
