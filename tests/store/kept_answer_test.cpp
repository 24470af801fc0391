// The server's kept answers (Idempotency-Key), on every backend.
#include "sample_data.h"
#include "store_fixture.h"

namespace td::store::test {
namespace {

class KeptAnswerTest : public StoreTest {};
TD_STORE_TEST_SUITE(KeptAnswerTest);

core::KeptAnswer answer(const std::string& key, core::TimePoint at) {
    return {"ib-host", key, std::string(64, 'a'), 201, {0x00, 0xff, 0x10}, at};
}

TEST_P(KeptAnswerTest, KeptFoundAndForgotten) {
    commit([&](core::Transaction& tx) {
        EXPECT_FALSE(tx.kept_answers().find("ib-host", "k1"));
        tx.kept_answers().insert(answer("k1", kIssued));
        tx.kept_answers().insert(answer("k2", kLater));
    });
    const auto k1 =
        read([](core::Transaction& tx) { return tx.kept_answers().find("ib-host", "k1"); });
    ASSERT_TRUE(k1);
    EXPECT_EQ(k1->status, 201);
    EXPECT_EQ(k1->request_mac, std::string(64, 'a'));
    EXPECT_EQ(k1->sealed_body, (std::vector<std::uint8_t>{0x00, 0xff, 0x10}));
    EXPECT_EQ(k1->kept_at, kIssued);
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.kept_answers().find("other", "k1"); }));
    commit([&](core::Transaction& tx) { tx.kept_answers().forget_before(kLater); });
    EXPECT_FALSE(
        read([](core::Transaction& tx) { return tx.kept_answers().find("ib-host", "k1"); }));
    EXPECT_TRUE(
        read([](core::Transaction& tx) { return tx.kept_answers().find("ib-host", "k2"); }));
}

TEST_P(KeptAnswerTest, ASecondAnswerForAKeyIsAUniqueViolation) {
    commit([&](core::Transaction& tx) { tx.kept_answers().insert(answer("k1", kIssued)); });
    EXPECT_THROW(
        commit([&](core::Transaction& tx) { tx.kept_answers().insert(answer("k1", kLater)); }),
        core::UniqueViolation);
}

}  // namespace
}  // namespace td::store::test
