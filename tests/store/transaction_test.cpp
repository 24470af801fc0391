// Store::run: commit on true, nothing left behind on false or on an exception, and faults
// that say what went wrong without the values.
#include <stdexcept>

#include "sample_data.h"
#include "store_fixture.h"
#include "td/store/errors.h"

namespace td::store::test {
namespace {

class TransactionTest : public StoreTest {
  protected:
    // Writes one row of every table, then ends the step as told.
    void write_everything(core::Transaction& tx) {
        add_customer(tx);
        tx.staff().insert({"M001", "n", "001", core::Role::manager, "h", 0, false});
        const auto app = tx.applications().insert(sample_application());
        auto t = sample_token();
        t.application_id = app;
        tx.tokens().insert(t);
        tx.policy().put("otp.digits", "6");
        tx.audit().append(sample_event("001", 1));
    }

    void expect_nothing_stored() {
        read([](core::Transaction& tx) {
            EXPECT_EQ(tx.branches().count(), 0);
            EXPECT_EQ(tx.staff().count(), 0);
            EXPECT_FALSE(tx.contracts().find("C-0001"));
            EXPECT_FALSE(tx.users().find("yamada01"));
            EXPECT_TRUE(tx.tokens().for_user("yamada01").empty());
            EXPECT_TRUE(tx.applications().list({}).empty());
            EXPECT_TRUE(tx.policy().all().empty());
            EXPECT_TRUE(tx.audit().chains().empty());
            return 0;
        });
    }
};
TD_STORE_TEST_SUITE(TransactionTest);

TEST_P(TransactionTest, TrueCommits) {
    store().run([&](core::Transaction& tx) {
        write_everything(tx);
        return true;
    });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.tokens().for_user("yamada01").size(); }),
              1u);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.audit().chains().size(); }), 1u);
}

TEST_P(TransactionTest, FalseRollsBackEverything) {
    store().run([&](core::Transaction& tx) {
        write_everything(tx);
        // The step sees its own writes before it gives up.
        EXPECT_EQ(tx.branches().count(), 1);
        return false;
    });
    expect_nothing_stored();
}

TEST_P(TransactionTest, AnExceptionRollsBackAndPropagatesUnchanged) {
    struct StepFailed : std::runtime_error {
        using std::runtime_error::runtime_error;
    };
    EXPECT_THROW(store().run([&](core::Transaction& tx) -> bool {
        write_everything(tx);
        throw StepFailed("the step's own error");
    }),
                 StepFailed);
    expect_nothing_stored();
    // The connection is usable afterwards.
    commit([](core::Transaction& tx) { tx.branches().insert(sample_branch()); });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.branches().count(); }), 1);
}

TEST_P(TransactionTest, RunInsideRunIsAFaultNotADeadlock) {
    EXPECT_THROW(store().run([&](core::Transaction&) {
        store().run([](core::Transaction&) { return true; });
        return true;
    }),
                 core::Fault);
}

TEST_P(TransactionTest, DuplicateKeysOfEveryTableAreDuplicateKey) {
    commit([&](core::Transaction& tx) { write_everything(tx); });
    const std::vector<std::pair<const char*, std::function<void(core::Transaction&)>>> dups{
        {"branch", [](core::Transaction& tx) { tx.branches().insert(sample_branch()); }},
        {"staff",
         [](core::Transaction& tx) {
             tx.staff().insert({"M001", "x", "001", core::Role::teller, "h", 0, false});
         }},
        {"contract", [](core::Transaction& tx) { tx.contracts().insert(sample_contract()); }},
        {"user", [](core::Transaction& tx) { tx.users().insert(sample_user()); }},
        {"token user id", [](core::Transaction& tx) { tx.tokens().insert(sample_token()); }},
        {"audit seq", [](core::Transaction& tx) { tx.audit().append(sample_event("001", 1)); }},
    };
    for (const auto& [what, write] : dups) {
        SCOPED_TRACE(what);
        EXPECT_THROW(store().run([&](core::Transaction& tx) {
            write(tx);
            return true;
        }),
                     DuplicateKey);
    }
    // Nothing was added by the failed steps.
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.branches().count(); }), 1);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.audit().events("001").size(); }), 1u);
}

TEST_P(TransactionTest, DuplicateKeyMessageNamesTheOperationButNotTheValue) {
    const std::string secretish = "TU-do-not-echo-42";
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        tx.tokens().insert(sample_token("yamada01", secretish));
    });
    try {
        commit([&](core::Transaction& tx) {
            tx.tokens().insert(sample_token("yamada01", secretish));
        });
        FAIL() << "no DuplicateKey";
    } catch (const DuplicateKey& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("adding a token"), std::string::npos) << m;
        EXPECT_EQ(m.find(secretish), std::string::npos) << m;
    }
}

TEST_P(TransactionTest, ManyTokensMayHaveNoTokenUserId) {
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        // Hardware tokens have no token user ID: the old device ended, the new one live.
        auto hardware = sample_token("yamada01", "");
        hardware.kind = core::TokenKind::hardware;
        hardware.serial = "TW0001";
        hardware.state = core::TokenState::revoked;
        tx.tokens().insert(hardware);
        hardware.serial = "TW0002";
        hardware.state = core::TokenState::active;
        tx.tokens().insert(hardware);
    });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.tokens().for_user("yamada01").size(); }),
              2u);
}

TEST_P(TransactionTest, ARowReferringToNothingIsRefusedAtCommit) {
    // Foreign keys are checked when the step commits, so it may write in any order...
    commit([](core::Transaction& tx) {
        tx.users().insert(sample_user());
        tx.contracts().insert(sample_contract());
        tx.branches().insert(sample_branch());
    });
    // ...but not leave a dangling reference.
    try {
        commit([](core::Transaction& tx) { tx.users().insert(sample_user("ghost", "C-9999")); });
        FAIL() << "dangling contract number accepted";
    } catch (const DuplicateKey&) {
        FAIL() << "a foreign key violation is not a duplicate key";
    } catch (const core::Fault& e) {
        EXPECT_NE(std::string(e.what()).find("committing"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.users().find("ghost"); }));
}

TEST_P(TransactionTest, UpdatingWhatWasNeverStoredIsAFault) {
    EXPECT_THROW(commit([](core::Transaction& tx) {
                     tx.staff().update({"nobody", "n", "001", core::Role::teller, "h", 0, false});
                 }),
                 core::Fault);
    EXPECT_THROW(commit([](core::Transaction& tx) { tx.users().update(sample_user()); }),
                 core::Fault);
    EXPECT_THROW(commit([](core::Transaction& tx) {
                     auto t = sample_token();
                     t.id = 42;
                     tx.tokens().update(t);
                 }),
                 core::Fault);
    EXPECT_THROW(commit([](core::Transaction& tx) {
                     auto a = sample_application();
                     a.id = 42;
                     tx.applications().update(a);
                 }),
                 core::Fault);
}

}  // namespace
}  // namespace td::store::test
