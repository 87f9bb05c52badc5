#include "ai/circuitbreaker.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <atomic>
#include <QThread>

using namespace bodega;

namespace {

TEST(CircuitBreakerTest, OpensAfterFiveConsecutiveFailuresForSixtySeconds)
{
    ManualClock clock(1000);
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 4; ++i) {
        ASSERT_TRUE(breaker.tryAcquire());
        breaker.recordFailure();
    }
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Closed);
    ASSERT_TRUE(breaker.tryAcquire());
    breaker.recordFailure();
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Open);
    EXPECT_FALSE(breaker.tryAcquire());
    EXPECT_EQ(breaker.msUntilTrial(), 60000);
    clock.advanceMs(59999);
    EXPECT_FALSE(breaker.wouldAllow());
    EXPECT_EQ(breaker.msUntilTrial(), 1);
}

TEST(CircuitBreakerTest, ASuccessResetsTheCount)
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 4; ++i)
        breaker.recordFailure();
    breaker.recordSuccess();
    for (int i = 0; i < 4; ++i)
        breaker.recordFailure();
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Closed) << "not five in a row";
}

TEST(CircuitBreakerTest, ExactlyOneHalfOpenTrial)
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    clock.advanceMs(60000);
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::HalfOpen);
    bool trial = false;
    ASSERT_TRUE(breaker.tryAcquire(&trial));
    EXPECT_TRUE(trial);
    EXPECT_FALSE(breaker.tryAcquire()) << "a second caller waits for the trial";
    EXPECT_FALSE(breaker.wouldAllow());
    breaker.recordFailure();
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Open);
    EXPECT_EQ(breaker.msUntilTrial(), 60000) << "open for another full minute";

    clock.advanceMs(60000);
    ASSERT_TRUE(breaker.tryAcquire(&trial));
    EXPECT_TRUE(trial);
    breaker.recordSuccess();
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Closed);
    ASSERT_TRUE(breaker.tryAcquire(&trial));
    EXPECT_FALSE(trial);
}

TEST(CircuitBreakerTest, OnlyOneOfManyThreadsGetsTheTrial)
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    clock.advanceMs(60000);
    std::atomic<int> admitted{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back(QThread::create([&] {
            for (int k = 0; k < 1000; ++k) {
                if (breaker.tryAcquire())
                    admitted.fetch_add(1);
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        ASSERT_TRUE(thread->wait(10000));
    EXPECT_EQ(admitted.load(), 1);
}

} // namespace
