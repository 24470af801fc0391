// Several PCs starting TokenDesk on a new, empty central database at the same moment: one
// creates the schema, the others wait and find it done.
#include <exception>
#include <thread>
#include <vector>

#include "store_fixture.h"

namespace td::store::test {
namespace {

class FirstStartTest : public StoreTest {};
TD_STORE_TEST_SUITE(FirstStartTest);

TEST_P(FirstStartTest, StoresOpeningOneEmptyDatabaseAtOnceAllSucceed) {
    // Not the fixture's database: that one was migrated in SetUp.
    const auto empty = make_test_database(GetParam());
    constexpr int kStores = 4;
    std::vector<std::exception_ptr> failures(kStores);
    std::vector<std::thread> starts;
    for (int i = 0; i < kStores; ++i)
        starts.emplace_back([&, i] {
            try {
                open_store(empty->url(), creating());
            } catch (...) {
                failures[static_cast<std::size_t>(i)] = std::current_exception();
            }
        });
    for (auto& t : starts) t.join();
    for (const auto& f : failures) {
        if (!f) continue;
        try {
            std::rethrow_exception(f);
        } catch (const std::exception& e) {
            ADD_FAILURE() << "a store failed to open: " << e.what();
        }
    }
    EXPECT_EQ(stored_schema_version(empty->url()), static_cast<int>(schema_migrations().size()));
}

}  // namespace
}  // namespace td::store::test
