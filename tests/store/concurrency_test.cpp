// Two programs writing one database at once: writers queue, none fails.
#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <thread>

#include "sample_data.h"
#include "store_fixture.h"
#include "td/store/errors.h"

namespace td::store::test {
namespace {

class ConcurrencyTest : public StoreTest {};
TD_STORE_TEST_SUITE(ConcurrencyTest);

// Each step reads the chain's head and appends the next event, as record_event does. If two
// writers could interleave, both would append the same seq and one would fail.
void append_events(core::Store& store, const std::string& actor, int count) {
    for (int i = 0; i < count; ++i) {
        store.run([&](core::Transaction& tx) {
            const auto head = tx.audit().lock_head("system");
            auto e = sample_event("system", head ? head->seq + 1 : 1);
            e.actor = actor;
            e.prev_mac = head ? head->mac : std::string{};
            tx.audit().append(e);
            tx.policy().put("last_writer", actor);
            return true;
        });
    }
}

// Runs both writers at once; a writer's exception becomes a test failure.
void in_parallel(const std::function<void()>& a, const std::function<void()>& b) {
    std::exception_ptr failures[2];
    auto guarded = [&](const std::function<void()>& f, std::exception_ptr& failure) {
        try {
            f();
        } catch (...) {
            failure = std::current_exception();
        }
    };
    std::thread first(guarded, std::cref(a), std::ref(failures[0]));
    std::thread second(guarded, std::cref(b), std::ref(failures[1]));
    first.join();
    second.join();
    for (const auto& f : failures) {
        if (!f) continue;
        try {
            std::rethrow_exception(f);
        } catch (const std::exception& e) {
            ADD_FAILURE() << "a writer failed: " << e.what();
        }
    }
}

constexpr int kEach = 40;

TEST_P(ConcurrencyTest, TwoStoresOnOneDatabaseWriteFromTwoThreads) {
    auto first = open_store(url());
    auto second = open_store(url());
    in_parallel([&] { append_events(*first, "A", kEach); },
                [&] { append_events(*second, "B", kEach); });
    const auto events = read([](core::Transaction& tx) { return tx.audit().events("system"); });
    ASSERT_EQ(events.size(), 2u * kEach);
    int by_a = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events[i].seq, static_cast<std::int64_t>(i + 1));
        EXPECT_EQ(events[i].prev_mac, i == 0 ? std::string{} : events[i - 1].mac);
        if (events[i].actor == "A") ++by_a;
    }
    EXPECT_EQ(by_a, kEach);
}

TEST_P(ConcurrencyTest, OneStoreSharedByTwoThreadsQueuesTheirSteps) {
    in_parallel([&] { append_events(store(), "A", kEach); },
                [&] { append_events(store(), "B", kEach); });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.audit().events("system").size(); }),
              2u * kEach);
}

// The second insert of one key waits for the first writer's transaction (the row lock on
// PostgreSQL, the write lock on SQLite) and, once that commits, fails as a DuplicateKey rather
// than as an anonymous database error.
TEST_P(ConcurrencyTest, AKeyInsertedByTwoStoresAtOnceIsADuplicateKeyForTheSecond) {
    auto first = open_store(url());
    auto second = open_store(url());
    std::atomic<bool> first_inserted{false};
    std::exception_ptr second_failure;
    std::thread other([&] {
        while (!first_inserted) std::this_thread::yield();
        try {
            second->run([](core::Transaction& tx) {
                tx.branches().insert(sample_branch("777"));
                return true;
            });
        } catch (...) {
            second_failure = std::current_exception();
        }
    });
    first->run([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch("777"));
        first_inserted = true;
        // Long enough for the second store to be waiting on this uncommitted row.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        return true;
    });
    other.join();
    ASSERT_TRUE(second_failure) << "the second insert of the same key succeeded";
    EXPECT_THROW(std::rethrow_exception(second_failure), DuplicateKey);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.branches().count(); }), 1);
}

}  // namespace
}  // namespace td::store::test
