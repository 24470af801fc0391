// What core does when the database, not its own earlier read, stops a step: another writer
// committed in between (played here by the in-memory store's hook).
#include "desk_fixture.h"
#include "td/core/messages.h"

using namespace td::test;

namespace {

TEST_F(DeskTest, ASecondLiveSoftwareTokenRefusedByTheStoreRollsTheApprovalBack) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    ASSERT_TRUE(in);
    const auto id = in.value().application.id;
    const auto events_before = store.state().audit.at("001").size();
    // Another approval commits master1's token after this one read master1's tokens.
    Token rival;
    rival.login_id = "master1";
    rival.token_user_id = "1111111116";
    rival.state = TokenState::issued;
    rival.id = 500;
    store.before_token_insert = [&](MemoryState& working) {
        store.state().tokens[rival.id] = rival;
        working.tokens[rival.id] = rival;
    };
    auto r = applications.approve(manager, id);
    store.before_token_insert = nullptr;
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().code, "software_token_exists");
    EXPECT_EQ(r.refusal().field, "login_id");
    // Nothing of the step stays: the application is still waiting, no event was written.
    EXPECT_EQ(store.state().applications.at(id).state, ApplicationState::entered);
    EXPECT_EQ(store.state().tokens.size(), 1u);
    EXPECT_EQ(store.state().audit.at("001").size(), events_before);
}

TEST_F(DeskTest, AnotherDuplicateAtApprovalStaysAFault) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    ASSERT_TRUE(in);
    // E.g. a token user ID taken meanwhile: not the user's doing, and master1 has no token.
    store.before_token_insert = [](MemoryState&) {
        throw UniqueViolation("duplicate token user ID");
    };
    EXPECT_THROW(applications.approve(manager, in.value().application.id), UniqueViolation);
    store.before_token_insert = nullptr;
    EXPECT_EQ(store.state().applications.at(in.value().application.id).state,
              ApplicationState::entered);
}

TEST_F(DeskTest, ApplicationAlreadyDecidedSaysByWhom) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    ASSERT_TRUE(applications.reject(manager, in.value().application.id, "書類不備"));
    auto again = applications.approve(manager2, in.value().application.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.refusal().code, "application_not_entered");
    EXPECT_EQ(again.refusal().arg("state"), "rejected");
    EXPECT_EQ(again.refusal().arg("by"), "manager");
    EXPECT_EQ(message_text(again.refusal(), Language::en),
              "This application has already been dealt with (state: rejected, by manager).");
    EXPECT_EQ(applications.cancel(teller, in.value().application.id).refusal().arg("by"),
              "manager");
}

TEST_F(DeskTest, MemoryStoreDecidesOnlyAnEnteredApplication) {
    store.state().users.at("gen1").otp_state = OtpState::locked;
    auto in = applications.apply_unlock(teller, {"gen1", {}});
    ASSERT_TRUE(in);
    Application a = in.value().application;
    a.state = ApplicationState::cancelled;
    a.checker_id = "teller";
    bool first = false, second = false;
    store.run([&](Transaction& tx) {
        first = tx.applications().decide(a);
        a.state = ApplicationState::approved;
        second = tx.applications().decide(a);
        return true;
    });
    EXPECT_TRUE(first);
    EXPECT_FALSE(second);
    EXPECT_EQ(store.state().applications.at(a.id).state, ApplicationState::cancelled);
}

TEST_F(DeskTest, MemoryStoreMovesACounterOnlyFromTheValueRead) {
    active_token("master1");
    std::int64_t token_id = 0;
    for (const auto& [id, t] : store.state().tokens) token_id = id;
    bool moved = false;
    store.run([&](Transaction& tx) {
        const auto t = tx.tokens().find(token_id);
        moved = tx.tokens().advance_counter(token_id, t->counter, t->counter + 1000);
        EXPECT_FALSE(tx.tokens().advance_counter(token_id, t->counter, t->counter + 1));
        return false;
    });
    EXPECT_TRUE(moved);
    EXPECT_EQ(store.state().tokens.at(token_id).counter, -1);
}

}  // namespace
