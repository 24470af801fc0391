// A host's retry with the same Idempotency-Key gets the first answer, for ten minutes.
#include "td/core/answer_keeper.h"

#include "desk_fixture.h"

using namespace td::test;

namespace {

class KeeperTest : public DeskTest {
  protected:
    AnswerKeeper keeper{ctx, "ib-host"};
};

TEST_F(KeeperTest, ARetryGetsTheFirstAnswerForTenMinutes) {
    EXPECT_FALSE(keeper.recall("k1", "POST /v1/activations {}"));
    keeper.keep("k1", "POST /v1/activations {}", {200, R"({"secret_base32":"ABC"})"});
    auto again = keeper.recall("k1", "POST /v1/activations {}");
    ASSERT_TRUE(again && *again);
    EXPECT_EQ(again->value().status, 200);
    EXPECT_EQ(again->value().body, R"({"secret_base32":"ABC"})");
    clock.advance(std::chrono::minutes(10) + std::chrono::seconds(1));
    EXPECT_FALSE(keeper.recall("k1", "POST /v1/activations {}"));
}

TEST_F(KeeperTest, TheBodyIsKeptSealed) {
    keeper.keep("k1", "r", {200, "SECRET-SEED"});
    const auto& kept = store.state().kept_answers.begin()->second;
    const std::string stored(kept.sealed_body.begin(), kept.sealed_body.end());
    EXPECT_EQ(stored.find("SECRET-SEED"), std::string::npos);
}

TEST_F(KeeperTest, TheKeyWithAnotherRequestIsRefused) {
    keeper.keep("k1", "request one", {200, "{}"});
    auto other = keeper.recall("k1", "request two");
    ASSERT_TRUE(other);
    EXPECT_EQ(other->refusal().code, "idempotency_key_reused");
}

TEST_F(KeeperTest, KeysAreEachHostsOwn) {
    keeper.keep("k1", "r", {200, "mine"});
    AnswerKeeper other_host{ctx, "other-host"};
    EXPECT_FALSE(other_host.recall("k1", "r"));
}

TEST_F(KeeperTest, TheFirstKeptAnswerStands) {
    keeper.keep("k1", "r", {200, "first"});
    keeper.keep("k1", "r", {422, "second"});
    EXPECT_EQ(keeper.recall("k1", "r")->value().body, "first");
}

TEST_F(KeeperTest, OldAnswersAreForgottenWhenNewOnesAreKept) {
    keeper.keep("k1", "r", {200, "{}"});
    clock.advance(std::chrono::minutes(11));
    keeper.keep("k2", "r", {200, "{}"});
    EXPECT_EQ(store.state().kept_answers.size(), 1u);
}

TEST_F(KeeperTest, KeysAreVisibleAsciiUpTo255) {
    EXPECT_FALSE(AnswerKeeper::check_key("2f1c-77aa"));
    EXPECT_TRUE(AnswerKeeper::check_key(""));
    EXPECT_TRUE(AnswerKeeper::check_key("with space"));
    EXPECT_TRUE(AnswerKeeper::check_key(std::string(256, 'a')));
    EXPECT_TRUE(AnswerKeeper::check_key("鍵"));
}

}  // namespace
