// The server going away mid-step: the step is rolled back, the message says so, and the next
// step reconnects by itself.
#include "fake_crypto.h"
#include "sample_data.h"
#include "store_fixture.h"
#include "td/core/integrity_service.h"
#include "td/core/staff_service.h"
#include "td/store/connection_failure.h"

namespace td::store::test {
namespace {

class FaultTest : public StoreTest {
  protected:
    // What `tokendesk-cli db check` reports, through core on this store.
    bool database_check_is_clean() {
        core::ManualClock clock{core::from_japan({2026, 11, 26, 10, 0, 0})};
        td::test::FakeCrypto crypto;
        core::Context ctx{store(), clock, crypto.ports()};
        core::StaffService staff(ctx);
        if (staff.needs_bootstrap()) {
            EXPECT_TRUE(
                staff.add_staff(std::nullopt, {"admin", "管理", "001", "admin", "pw-1234567890"}));
        }
        const auto admin = staff.sign_in("admin", "pw-1234567890");
        EXPECT_TRUE(admin);
        const auto report = core::IntegrityService(ctx).check(admin.value());
        EXPECT_TRUE(report);
        return report && report.value().clean();
    }
};

TEST_P(FaultTest, AConnectionCutMidStepRollsBackAndTheNextStepReconnects) {
    commit([](core::Transaction& tx) { tx.branches().insert(sample_branch("001")); });
    try {
        store().run([&](core::Transaction& tx) {
            tx.branches().insert(sample_branch("002"));
            if (!database_->cut_connections()) throw core::Fault("no server to cut");
            tx.branches().insert(sample_branch("003"));
            return true;
        });
        FAIL() << "the step went on after its connection was cut";
    } catch (const ConnectionFailed& e) {
        EXPECT_EQ(e.problem(), ConnectionProblem::connection_lost) << e.what();
        EXPECT_NE(std::string(e.what()).find("nothing of this step was saved"), std::string::npos);
    } catch (const core::Fault& e) {
        if (std::string(e.what()) == "no server to cut") GTEST_SKIP() << "SQLite: no server";
        FAIL() << e.what();
    }
    // The same store, no restart: it reconnects, and only what was committed is there.
    const auto codes = read([](core::Transaction& tx) {
        std::vector<std::string> out;
        for (const char* code : {"001", "002", "003"})
            if (tx.branches().find(code)) out.push_back(code);
        return out;
    });
    EXPECT_EQ(codes, std::vector<std::string>{"001"});
    commit([](core::Transaction& tx) { tx.branches().insert(sample_branch("004")); });
    EXPECT_TRUE(database_check_is_clean());
}

TEST_P(FaultTest, AConnectionCutBetweenStepsIsMendedBeforeTheNextStep) {
    commit([](core::Transaction& tx) { tx.branches().insert(sample_branch("001")); });
    if (!database_->cut_connections()) GTEST_SKIP() << "SQLite: no server";
    // The first step after the cut finds the connection dead when it begins.
    EXPECT_THROW(read([](core::Transaction& tx) { return tx.branches().find("001").has_value(); }),
                 ConnectionFailed);
    EXPECT_TRUE(read([](core::Transaction& tx) { return tx.branches().find("001").has_value(); }));
    EXPECT_TRUE(database_check_is_clean());
}

TD_STORE_TEST_SUITE(FaultTest);

}  // namespace
}  // namespace td::store::test
