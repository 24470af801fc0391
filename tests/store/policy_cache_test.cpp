// The policy a connection keeps between steps: read once while young, dropped by its own
// writes (committed or not), read again when older than the dialect's limit.
#include <chrono>

#include "sql_store.h"
#include "store_fixture.h"
#include "td/store/round_trips.h"

namespace td::store::test {
namespace {

using namespace std::chrono_literals;

class PolicyCacheTest : public StoreTest {
  protected:
    SqlStore& sql_store() { return dynamic_cast<SqlStore&>(store()); }

    void put(const std::string& value) {
        commit([&](core::Transaction& tx) { tx.policy().put("lock_threshold", value); });
    }

    // The value read in a step of its own, and how many statements that step sent.
    std::pair<std::string, std::uint64_t> read_value() {
        const auto before = statements_sent_by_this_thread();
        auto value =
            read([](core::Transaction& tx) { return tx.policy().all()["lock_threshold"]; });
        return {value, statements_sent_by_this_thread() - before};
    }
};
TD_STORE_TEST_SUITE(PolicyCacheTest);

TEST_P(PolicyCacheTest, AYoungCopyIsUsedWithoutAskingTheDatabase) {
    sql_store().set_policy_max_age(1h);
    put("5");
    const auto [first, first_statements] = read_value();
    const auto [second, second_statements] = read_value();
    EXPECT_EQ(first, "5");
    EXPECT_EQ(second, "5");
    EXPECT_EQ(second_statements, first_statements - 1);
}

TEST_P(PolicyCacheTest, AChangeThroughThisConnectionIsSeenAtOnce) {
    sql_store().set_policy_max_age(1h);
    put("5");
    EXPECT_EQ(read_value().first, "5");
    put("3");
    EXPECT_EQ(read_value().first, "3");
}

TEST_P(PolicyCacheTest, ARolledBackChangeIsSeenByItsStepAndForgottenAfter) {
    sql_store().set_policy_max_age(1h);
    put("5");
    EXPECT_EQ(read_value().first, "5");
    EXPECT_EQ(read([](core::Transaction& tx) {
                  tx.policy().put("lock_threshold", "9");
                  // Read twice: the second read must not come from a copy of the first.
                  (void)tx.policy().all();
                  return tx.policy().all()["lock_threshold"];
              }),
              "9");
    EXPECT_EQ(read_value().first, "5");
}

TEST_P(PolicyCacheTest, AnotherPcsChangeIsSeenOnceTheCopyIsOlderThanTheLimit) {
    sql_store().set_policy_max_age(1h);
    put("5");
    EXPECT_EQ(read_value().first, "5");
    auto other_pc = open_store(url());
    other_pc->run([](core::Transaction& tx) {
        tx.policy().put("lock_threshold", "3");
        return true;
    });
    EXPECT_EQ(read_value().first, "5");  // within the limit: the kept copy
    sql_store().set_policy_max_age(0s);  // every copy is now too old
    EXPECT_EQ(read_value().first, "3");
    const auto [value, statements] = read_value();
    EXPECT_EQ(value, "3");
    EXPECT_EQ(statements, read_value().second);  // nothing kept at all
}

TEST_P(PolicyCacheTest, OnlyServerDatabasesKeepThePolicy) {
    // SQLite reads it from a local file, shared with other programs on this PC.
    put("5");
    const auto first = read_value().second;
    const auto second = read_value().second;
    EXPECT_EQ(second, GetParam() == "sqlite" ? first : first - 1);
}

}  // namespace
}  // namespace td::store::test
