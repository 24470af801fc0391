// Administrative changes as stored, on every backend: every field back as written, one pending
// change per target kept by the database, decisions taken once, an import's pending devices
// put in stock or removed, and the staff's disabled flag.
#include "sample_data.h"
#include "store_fixture.h"
#include "td/store/errors.h"

namespace td::store::test {
namespace {

class AdminChangeTest : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped()) return;
        commit([](core::Transaction& tx) { tx.branches().insert(sample_branch()); });
    }

    static core::AdminChange change(const std::string& target) {
        core::AdminChange c;
        c.kind = core::AdminChangeKind::policy_set;
        c.state = core::AdminChangeState::pending;
        c.target = target;
        c.summary = "lock_threshold=7 " + kJapanese;
        c.payload = "key=lock_threshold\nvalue=" + kQuotes + "%25\n";
        c.maker_id = "admin";
        c.entered_at = kIssued;
        return c;
    }

    static core::Device pending_device(const std::string& serial, std::int64_t change_id) {
        core::Device d;
        d.serial = serial;
        d.branch_code = "001";
        d.state = core::DeviceState::pending;
        d.manufacturer = "Token Works";
        d.sealed_seed = {9, 8, 7};
        d.imported_at = kIssued;
        d.source = "vendor.pskcxml";
        d.import_change = change_id;
        return d;
    }

    std::int64_t insert(const core::AdminChange& c) {
        std::int64_t id = 0;
        commit([&](core::Transaction& tx) { id = tx.admin_changes().insert(c); });
        return id;
    }
};
TD_STORE_TEST_SUITE(AdminChangeTest);

TEST_P(AdminChangeTest, EveryFieldComesBackAsWritten) {
    const auto id = insert(change("policy:lock_threshold"));
    const auto c = read([&](core::Transaction& tx) { return tx.admin_changes().find(id); });
    ASSERT_TRUE(c);
    EXPECT_EQ(c->id, id);
    EXPECT_EQ(c->kind, core::AdminChangeKind::policy_set);
    EXPECT_EQ(c->state, core::AdminChangeState::pending);
    EXPECT_EQ(c->target, "policy:lock_threshold");
    EXPECT_EQ(c->summary, change("").summary);
    EXPECT_EQ(c->payload, change("").payload);
    EXPECT_EQ(c->maker_id, "admin");
    EXPECT_EQ(c->entered_at, kIssued);
    EXPECT_TRUE(c->checker_id.empty());
    EXPECT_FALSE(c->decided_at);
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.admin_changes().find(999999); }));
}

TEST_P(AdminChangeTest, TheDatabaseKeepsOnePendingChangePerTarget) {
    insert(change("policy:lock_threshold"));
    EXPECT_THROW(insert(change("policy:lock_threshold")), core::UniqueViolation);
    EXPECT_NO_THROW(insert(change("policy:drift_steps")));
    // Decided changes do not count: a new one may wait beside them.
    auto done = change("policy:otp_digits");
    done.state = core::AdminChangeState::approved;
    done.decided_at = kIssued;
    insert(done);
    insert(done);
    EXPECT_NO_THROW(insert(change("policy:otp_digits")));
}

TEST_P(AdminChangeTest, ADecisionIsTakenOnceAndFreesTheTarget) {
    auto c = change("staff:t1");
    c.id = insert(c);
    c.state = core::AdminChangeState::rejected;
    c.checker_id = "admin2";
    c.decided_at = kLater;
    c.decision_reason = "理由 " + kQuotes;
    bool first = false, second = false;
    commit([&](core::Transaction& tx) { first = tx.admin_changes().decide(c); });
    c.state = core::AdminChangeState::approved;
    commit([&](core::Transaction& tx) { second = tx.admin_changes().decide(c); });
    EXPECT_TRUE(first);
    EXPECT_FALSE(second);
    const auto stored = read([&](core::Transaction& tx) { return tx.admin_changes().find(c.id); });
    EXPECT_EQ(stored->state, core::AdminChangeState::rejected);
    EXPECT_EQ(stored->checker_id, "admin2");
    EXPECT_EQ(stored->decided_at, kLater);
    EXPECT_EQ(stored->decision_reason, "理由 " + kQuotes);
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.admin_changes().pending_for("staff:t1"); }));
    EXPECT_NO_THROW(insert(change("staff:t1")));
}

TEST_P(AdminChangeTest, ListsByStateNewestFirst) {
    const auto a = insert(change("policy:a"));
    const auto b = insert(change("policy:b"));
    auto decided = change("policy:c");
    decided.state = core::AdminChangeState::approved;
    const auto c = insert(decided);
    const auto pending = read([](core::Transaction& tx) {
        return tx.admin_changes().list(core::AdminChangeState::pending, 10);
    });
    ASSERT_EQ(pending.size(), 2u);
    EXPECT_EQ(pending[0].id, b);
    EXPECT_EQ(pending[1].id, a);
    const auto all =
        read([](core::Transaction& tx) { return tx.admin_changes().list(std::nullopt, 2); });
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, c);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.admin_changes().pending_for("policy:b"); })
                  ->id,
              b);
}

TEST_P(AdminChangeTest, AnAcceptedImportPutsItsDevicesInStockAndARejectedOneRemovesThem) {
    const auto accepted = insert(change("stock:001"));
    const auto rejected = insert(change("stock:002"));
    commit([&](core::Transaction& tx) {
        tx.devices().insert(pending_device("TW0001", accepted));
        tx.devices().insert(pending_device("TW0002", accepted));
        tx.devices().insert(pending_device("TW0003", rejected));
    });
    const auto waiting = read([](core::Transaction& tx) { return tx.devices().find("TW0001"); });
    EXPECT_EQ(waiting->state, core::DeviceState::pending);
    EXPECT_EQ(waiting->import_change, accepted);
    std::int64_t in = 0, out = 0;
    commit([&](core::Transaction& tx) {
        in = tx.devices().settle_import(accepted, true);
        out = tx.devices().settle_import(rejected, false);
    });
    EXPECT_EQ(in, 2);
    EXPECT_EQ(out, 1);
    const auto now = read([](core::Transaction& tx) { return tx.devices().find("TW0001"); });
    EXPECT_EQ(now->state, core::DeviceState::in_stock);
    EXPECT_EQ(now->import_change, 0);
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.devices().find("TW0003"); }));
    std::int64_t again = -1;
    commit([&](core::Transaction& tx) { again = tx.devices().settle_import(accepted, true); });
    EXPECT_EQ(again, 0) << "devices in stock are no longer the import's";
}

TEST_P(AdminChangeTest, StaffAreListedByIdWithTheirDisabledFlag) {
    commit([](core::Transaction& tx) {
        tx.staff().insert({"b-staff", "二郎", "001", core::Role::manager, "h2", 0, false, true});
        tx.staff().insert({"a-staff", "一郎", "001", core::Role::admin, "h1", 2, true, false});
    });
    const auto all = read([](core::Transaction& tx) { return tx.staff().all(); });
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(fields(all[0]), fields(core::Staff{"a-staff", "一郎", "001", core::Role::admin,
                                                 "h1", 2, true, false}));
    EXPECT_EQ(all[1].id, "b-staff");
    EXPECT_TRUE(all[1].disabled);
}

}  // namespace
}  // namespace td::store::test
