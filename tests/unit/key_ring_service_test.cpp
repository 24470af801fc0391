// Key rotation in core: the hand-over in every audit chain, re-sealing in batches, and the
// chain rules that keep a history verifiable across keys.
#include "td/core/key_ring_service.h"

#include <gtest/gtest.h>

#include "desk_fixture.h"
#include "td/core/audit_trail.h"

namespace td::test {
namespace {

class KeyRingTest : public DeskTest {
  protected:
    KeyRingService keys{ctx};

    // The database's key 1 as the programs record it at start-up.
    void SetUp() override {
        DeskTest::SetUp();
        store.state().keys.push_back({1, "check-one"});
    }

    // What tokendesk-cli key rotate does once the key file holds key `to`.
    void rotate_to(int to) {
        crypto.rotate_to(to);
        auto handed = keys.hand_over(admin, {to, "check-" + std::to_string(to)});
        ASSERT_TRUE(handed) << handed.refusal().code;
        auto done = keys.reseal(admin, 2);
        ASSERT_TRUE(done) << done.refusal().code;
    }

    std::map<int, std::int64_t> seeds_by_key() {
        std::map<int, std::int64_t> out;
        for (const auto& [id, t] : store.state().tokens) ++out[crypto.vault.key_of(t.sealed_seed)];
        return out;
    }

    ChainCheck verify() { return audit.verify(std::nullopt).value(); }
};

TEST_F(KeyRingTest, ARotationReSealsEverySeedAndTheOldSeedsStillWork) {
    const auto seed = active_token("master1");
    issue_token("gen1");
    EXPECT_EQ(seeds_by_key(), (std::map<int, std::int64_t>{{1, 2}}));

    rotate_to(2);

    EXPECT_EQ(seeds_by_key(), (std::map<int, std::int64_t>{{2, 2}}));
    const auto& token = store.state().tokens.begin()->second;
    EXPECT_TRUE(std::ranges::equal(crypto.vault.unseal(token.sealed_seed).view(), seed.view()));
    const auto status = keys.status(admin).value();
    EXPECT_EQ(status.current, 2);
    EXPECT_EQ(status.behind, 0);
}

TEST_F(KeyRingTest, EveryChainIsHandedOverAndTheHistoryVerifiesAcrossKeys) {
    issue_token("master1");
    const auto before = verify();
    ASSERT_TRUE(before.intact);

    rotate_to(2);
    issue_token("gen1");  // events after the rotation, with key 2
    rotate_to(3);

    const auto after = verify();
    EXPECT_TRUE(after.intact) << after.reason << " " << after.broken_chain;
    EXPECT_EQ(after.keys_used, (std::vector<int>{1, 2, 3}));
    for (const auto& [chain, events] : store.state().audit) {
        int handovers = 0;
        for (const auto& e : events) handovers += e.action == kKeyHandover;
        EXPECT_GE(handovers, 1) << chain;
        EXPECT_EQ(events.back().key_id, 3) << chain;
    }
    const auto& system = store.state().audit.at(kSystemChain);
    EXPECT_TRUE(std::any_of(system.begin(), system.end(),
                            [](const AuditEvent& e) { return e.action == "key_rotated"; }));
}

TEST_F(KeyRingTest, AProgramWithAnOlderKeyCannotWriteAfterTheRotation) {
    rotate_to(2);
    crypto.vault.current = crypto.audit_mac.current = 1;  // a PC whose key file was not replaced
    try {
        issue_token("master1");
        ADD_FAILURE() << "wrote with key 1 after the hand-over to key 2";
    } catch (const KeyOutOfDate& e) {
        EXPECT_EQ(e.database_key(), 2);
    }
}

TEST_F(KeyRingTest, AChainTheHandOverMissedIsHandedOverByItsNextEvent) {
    // Key 2 is current, but the branch's chain still ends with key 1 (as if a program made its
    // first event while the hand-over ran).
    crypto.rotate_to(2);
    store.state().keys.push_back({2, "check-2"});
    issue_token("master1");
    const auto& branch = store.state().audit.at("001");
    ASSERT_GE(branch.size(), 2u);
    const auto handover = std::find_if(branch.begin(), branch.end(), [](const AuditEvent& e) {
        return e.action == kKeyHandover;
    });
    ASSERT_NE(handover, branch.end());
    EXPECT_EQ(handover->detail, "from_key=1");
    EXPECT_TRUE(verify().intact);
}

TEST_F(KeyRingTest, AKeyChangeWithoutItsHandOverBreaksTheChain) {
    issue_token("master1");
    rotate_to(2);
    auto& chain = store.state().audit.at("001");
    const auto at = std::find_if(chain.begin(), chain.end(),
                                 [](const AuditEvent& e) { return e.action == kKeyHandover; });
    ASSERT_NE(at, chain.end());
    // Re-made as an ordinary event with key 2's MAC: the MAC holds, the key change does not.
    at->action = "application_approved";
    at->mac = crypto.audit_mac.mac_under(2, canonical_event(*at));
    for (auto next = at + 1; next != chain.end(); ++next) {
        next->prev_mac = (next - 1)->mac;
        next->mac = crypto.audit_mac.mac_under(next->key_id, canonical_event(*next));
    }
    const auto check = verify();
    EXPECT_FALSE(check.intact);
    EXPECT_EQ(check.reason, "key_out_of_turn");
    EXPECT_EQ(check.broken_chain, "001");
}

TEST_F(KeyRingTest, AnEventMadeWithAKeyTheRingLacksIsReported) {
    issue_token("master1");
    rotate_to(2);
    crypto.audit_mac.newest = 1;  // checked with the key file of before the rotation
    crypto.audit_mac.current = 1;
    const auto check = verify();
    EXPECT_FALSE(check.intact);
    EXPECT_EQ(check.reason, "unknown_key");
}

TEST_F(KeyRingTest, AnInterruptedReSealIsFinishedByRunningItAgain) {
    for (const char* login : {"master1", "gen1"}) issue_token(login);
    add_user("gen2", "general", "gen2@ezweb.ne.jp");
    add_user("gen3", "general", "gen3@ezweb.ne.jp");
    issue_token("gen2");
    issue_token("gen3");
    crypto.rotate_to(2);
    ASSERT_TRUE(keys.hand_over(admin, {2, "check-2"}));
    ResealWatch stop_in_second;
    stop_in_second.before_commit = [](int batch) {
        if (batch == 2) throw Fault("killed");
    };
    EXPECT_THROW(keys.reseal(admin, 1, stop_in_second), Fault);
    // The first batch committed, the second rolled back; every seed opens either way.
    EXPECT_EQ(seeds_by_key(), (std::map<int, std::int64_t>{{1, 3}, {2, 1}}));
    for (const auto& [id, t] : store.state().tokens) EXPECT_NO_THROW(crypto.vault.unseal(t.sealed_seed));

    auto again = keys.reseal(admin, 1);
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value().resealed, 3);
    EXPECT_EQ(seeds_by_key(), (std::map<int, std::int64_t>{{2, 4}}));
}

TEST_F(KeyRingTest, TheHandOverIsRefusedForAKeyThatIsNotTheNext) {
    crypto.rotate_to(3);
    auto r = keys.hand_over(admin, {3, "check-3"});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().code, "key_not_next");
    EXPECT_EQ(store.state().keys.size(), 1u);
}

TEST_F(KeyRingTest, OnlyAnAdministratorRotates) {
    crypto.rotate_to(2);
    EXPECT_EQ(keys.hand_over(manager, {2, "check-2"}).refusal().code, "role_not_allowed");
    EXPECT_EQ(keys.reseal(manager, 10).refusal().code, "role_not_allowed");
    EXPECT_EQ(keys.status(teller).refusal().code, "role_not_allowed");
}

TEST_F(KeyRingTest, ReSealingBeforeTheHandOverIsRefused) {
    crypto.rotate_to(2);
    auto r = keys.reseal(admin, 10);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().code, "key_not_handed_over");
}

}  // namespace
}  // namespace td::test
