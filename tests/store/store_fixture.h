#pragma once
// The parameterised fixture: every test gets a fresh empty database of the backend under test.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "td/store/open_store.h"
#include "test_databases.h"

namespace td::store::test {

class StoreTest : public ::testing::TestWithParam<std::string> {
  protected:
    void SetUp() override {
        if (const auto why = backend_unavailable(GetParam())) GTEST_SKIP() << *why;
        database_ = make_test_database(GetParam());
        store_ = open_store(database_->url(), creating());
    }

    std::string url() const { return database_->url(); }
    core::Store& store() { return *store_; }

    // Runs `write` in one transaction and commits it.
    void commit(const std::function<void(core::Transaction&)>& write) {
        store_->run([&](core::Transaction& tx) {
            write(tx);
            return true;
        });
    }

    // Runs `read` in one transaction that is rolled back, and returns what it returned.
    template <class F>
    auto read(F&& f) {
        std::optional<decltype(f(std::declval<core::Transaction&>()))> out;
        store_->run([&](core::Transaction& tx) {
            out.emplace(f(tx));
            return false;
        });
        return std::move(*out);
    }

    std::unique_ptr<TestDatabase> database_;
    std::unique_ptr<core::Store> store_;
};

// Instantiates a suite derived from StoreTest once per backend in TD_TEST_DATABASES.
#define TD_STORE_TEST_SUITE(Suite)                                                         \
    INSTANTIATE_TEST_SUITE_P(Databases, Suite, ::testing::ValuesIn(backends_under_test()), \
                             [](const auto& backend) { return backend.param; })

}  // namespace td::store::test
