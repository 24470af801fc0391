// The key ring as stored, on every backend: the keys a database records, sealed seeds read in
// batches and replaced only when unchanged, each audit event's key number, and a rotation
// interrupted at a random batch and run again.
#include <map>
#include <random>
#include <set>

#include "fake_crypto.h"
#include "sample_data.h"
#include "store_fixture.h"
#include "td/core/audit_service.h"
#include "td/core/key_ring_service.h"
#include "td/core/policy_service.h"
#include "td/core/staff_service.h"

namespace td::store::test {
namespace {

class KeyRingStoreTest : public StoreTest {
  protected:
    td::test::FakeCrypto crypto;
    core::ManualClock clock{kIssued};
    core::Context ctx() { return {store(), clock, crypto.ports()}; }

    // `n` tokens and `n` devices, sealed with the fake vault's current key.
    void add_seeds(int n) {
        commit([&](core::Transaction& tx) {
            for (int i = 0; i < n; ++i) {
                const std::string login = "user" + std::to_string(i);
                add_customer(tx, login);
                auto t = sample_token(login, "TU" + std::to_string(1000000000 + i));
                t.sealed_seed = crypto.vault.seal(core::SecretBytes({std::uint8_t(i), 7}));
                tx.tokens().insert(t);
                core::Device d;
                d.serial = "SN" + std::to_string(100 + i);
                d.branch_code = "001";
                d.state = core::DeviceState::in_stock;
                d.manufacturer = "Token Works";
                d.sealed_seed = crypto.vault.seal(core::SecretBytes({std::uint8_t(i), 9}));
                d.imported_at = kIssued;
                d.source = "vendor.pskcxml";
                tx.devices().insert(d);
            }
        });
    }

    std::vector<core::SealedItem> all(core::SealedKind kind, std::size_t batch) {
        std::vector<core::SealedItem> out;
        std::string after;
        for (;;) {
            auto items = read([&](core::Transaction& tx) { return tx.sealed_data().after(kind, after, batch); });
            out.insert(out.end(), items.begin(), items.end());
            if (items.size() < batch) return out;
            after = items.back().id;
        }
    }

    std::map<int, int> keys_of_all_seeds() {
        std::map<int, int> out;
        for (const auto kind : {core::SealedKind::token_seed, core::SealedKind::device_seed})
            for (const auto& item : all(kind, 100)) {
                // Every seed opens at every moment.
                EXPECT_NO_THROW(crypto.vault.unseal(item.sealed)) << item.id;
                ++out[crypto.vault.key_of(item.sealed)];
            }
        return out;
    }
};
TD_STORE_TEST_SUITE(KeyRingStoreTest);

TEST_P(KeyRingStoreTest, TheRecordedKeysComeBackInOrder) {
    commit([](core::Transaction& tx) {
        tx.keys().record({1, "aaaa"});
        tx.keys().record({2, "bbbb"});
    });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.keys().recorded(); }),
              (std::vector<core::KeyCheck>{{1, "aaaa"}, {2, "bbbb"}}));
}

TEST_P(KeyRingStoreTest, SealedSeedsAreReadInBatchesEachOnceInOrder) {
    add_seeds(12);  // token numbers and serials past 9, so text order would differ
    for (const auto kind : {core::SealedKind::token_seed, core::SealedKind::device_seed}) {
        const auto items = all(kind, 5);
        std::string listed;
        for (const auto& item : items) listed += item.id + " ";
        ASSERT_EQ(items.size(), 12u) << listed;
        std::set<std::string> ids;
        for (const auto& item : items) ids.insert(item.id);
        EXPECT_EQ(ids.size(), 12u);
    }
    const auto tokens = all(core::SealedKind::token_seed, 5);
    for (std::size_t i = 1; i < tokens.size(); ++i)
        EXPECT_LT(std::stoll(tokens[i - 1].id), std::stoll(tokens[i].id));
}

TEST_P(KeyRingStoreTest, ASealIsReplacedOnlyWhenNobodyChangedIt) {
    add_seeds(1);
    const auto item = all(core::SealedKind::device_seed, 10).at(0);
    const std::vector<std::uint8_t> resealed{0xAA, 2, 1, 2, 3};
    const std::vector<std::uint8_t> stale{0xAA, 1, 9, 9};
    EXPECT_FALSE(read([&](core::Transaction& tx) {
        return tx.sealed_data().replace(core::SealedKind::device_seed, item.id, stale, resealed);
    }));
    commit([&](core::Transaction& tx) {
        EXPECT_TRUE(tx.sealed_data().replace(core::SealedKind::device_seed, item.id, item.sealed,
                                             resealed));
    });
    EXPECT_EQ(all(core::SealedKind::device_seed, 10).at(0).sealed, resealed);
    const auto token = all(core::SealedKind::token_seed, 10).at(0);
    commit([&](core::Transaction& tx) {
        EXPECT_TRUE(tx.sealed_data().replace(core::SealedKind::token_seed, token.id, token.sealed,
                                             resealed));
    });
    EXPECT_EQ(all(core::SealedKind::token_seed, 10).at(0).sealed, resealed);
}

TEST_P(KeyRingStoreTest, AnEventAndItsChainsHeadKeepTheKeyNumber) {
    auto e = sample_event("001", 1);
    e.key_id = 3;
    commit([&](core::Transaction& tx) {
        EXPECT_FALSE(tx.audit().lock_head("001"));
        tx.audit().append(e);
    });
    const auto head = read([](core::Transaction& tx) { return tx.audit().lock_head("001"); });
    ASSERT_TRUE(head);
    EXPECT_EQ(head->key_id, 3);
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.audit().events("001"); }).at(0).key_id, 3);
    auto next = sample_event("001", 2);
    next.key_id = 4;
    commit([&](core::Transaction& tx) {
        tx.audit().lock_head("001");
        tx.audit().append(next);
    });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.audit().lock_head("001"); })->key_id, 4);
}

TEST_P(KeyRingStoreTest, ARotationKilledAtARandomBatchIsFinishedByRunningItAgain) {
    core::PolicyService(ctx()).ensure_defaults();
    core::StaffService staff(ctx());
    ASSERT_TRUE(staff.add_branch(std::nullopt, {"001", "本店", "", ""}));
    ASSERT_TRUE(staff.add_staff(std::nullopt, {"admin", "管理", "001", "admin", "admin-pass-01"}));
    const auto admin = staff.sign_in("admin", "admin-pass-01").value();
    commit([](core::Transaction& tx) { tx.keys().record({1, "check-1"}); });
    add_seeds(9);  // 18 seeds: 5 batches of 2 per kind (the last of each finds none)

    crypto.rotate_to(2);
    core::KeyRingService keys(ctx());
    ASSERT_TRUE(keys.hand_over(admin, {2, "check-2"}));
    const int batches = 10;
    std::random_device entropy;
    const int killed_in = std::uniform_int_distribution<int>(1, batches)(entropy);
    SCOPED_TRACE("killed in batch " + std::to_string(killed_in));
    core::ResealWatch kill;
    kill.before_commit = [&](int batch) {
        if (batch == killed_in) throw core::Fault("killed");
    };
    EXPECT_THROW(keys.reseal(admin, 2, kill), core::Fault);
    int seeds = 0;
    for (const auto& [key, count] : keys_of_all_seeds()) seeds += count;  // every one opens
    EXPECT_EQ(seeds, 18);

    const auto finished = keys.reseal(admin, 2);
    ASSERT_TRUE(finished) << finished.refusal().code;
    EXPECT_EQ(keys_of_all_seeds(), (std::map<int, int>{{2, 18}}));
    EXPECT_EQ(keys.status(admin).value().behind, 0);
    const auto check = core::AuditService(ctx()).verify(std::nullopt).value();
    EXPECT_TRUE(check.intact) << check.reason;
    EXPECT_EQ(check.keys_used, (std::vector<int>{1, 2}));
}

}  // namespace
}  // namespace td::store::test
