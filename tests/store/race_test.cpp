// Tellers and managers acting at once on one target, each through their own connection: the
// database keeps the rules (one live software token per login ID, one decision per
// application, one acceptance per OTP code), whatever each step read before it wrote.
#include "race_fixture.h"
#include "td/store/errors.h"

namespace td::store::test {
namespace {

TD_STORE_TEST_SUITE(RaceTest);

int count_action(const std::vector<core::AuditEvent>& events, const std::string& action) {
    int n = 0;
    for (const auto& e : events)
        if (e.action == action) ++n;
    return n;
}

// Half the managers approve, half reject, all at once: one decision is stored and the others
// are told who made it; only an approval issues a token.
TEST_P(RaceTest, AnApplicationIsDecidedExactlyOnce) {
    auto in =
        core::ApplicationService(ctx()).apply_software_token(teller, {kLogin, "1234", false, {}});
    ASSERT_TRUE(in);
    const auto id = in.value().application.id;
    const auto results = race<core::Outcome<core::ApplicationView>>([&](int i, core::Context c) {
        core::ApplicationService apps(c);
        return i % 2 == 0 ? apps.approve(managers[i], id)
                          : apps.reject(managers[i], id, "書類不備");
    });
    int winners = 0;
    std::string winner;
    for (const auto& r : results)
        if (r && *r) {
            ++winners;
            winner = r->value().application.checker_id;
        }
    ASSERT_EQ(winners, 1);
    for (const auto& r : results) {
        if (!r || *r) continue;
        EXPECT_EQ(r->refusal().code, "application_not_entered");
        EXPECT_EQ(r->refusal().arg("by"), winner);
    }
    const auto stored = read([&](core::Transaction& tx) { return *tx.applications().find(id); });
    EXPECT_EQ(stored.checker_id, winner);
    const bool approved = stored.state == core::ApplicationState::approved;
    EXPECT_TRUE(approved || stored.state == core::ApplicationState::rejected);
    EXPECT_EQ(tokens().size(), approved ? 1u : 0u);
    EXPECT_EQ(count_action(events(), "application_approved") +
                  count_action(events(), "application_rejected"),
              1);
}

// Eight internet-banking requests carry the same code at once: one is accepted, the rest are
// replays, and the token's counter holds the accepted step.
TEST_P(RaceTest, AnOtpCodeIsAcceptedExactlyOnce) {
    core::Token issued;
    ASSERT_NO_FATAL_FAILURE(issued = active_token());
    const core::SecretBytes seed = crypto.vault.unseal(issued.sealed_seed);
    const std::int64_t step = clock.now().time_since_epoch().count() / issued.period;
    const std::string code =
        crypto.otp.hotp(seed.view(), std::uint64_t(step), issued.digits, issued.algorithm);

    const auto results = race<core::Outcome<core::OtpResult>>(
        [&](int, core::Context c) { return core::TokenService(c).verify_otp(kLogin, code); });
    int accepted = 0;
    for (const auto& r : results) {
        ASSERT_TRUE(r && *r);
        if (r->value().accepted)
            ++accepted;
        else
            EXPECT_EQ(r->value().reason, "otp_replayed");
    }
    EXPECT_EQ(accepted, 1);
    const auto now = tokens();
    ASSERT_EQ(now.size(), 1u);
    EXPECT_EQ(now[0].counter, step);
    EXPECT_EQ(now[0].state, core::TokenState::active);
    EXPECT_EQ(count_action(events(), "otp_accepted"), 1);
    EXPECT_EQ(count_action(events(), "otp_refused"), kSessions - 1);
}

// Eight tellers enter the same request for one user at once: the database keeps one pending
// application per user and kind; the others are told one is already pending.
TEST_P(RaceTest, TheSameRequestEnteredAtOnceIsPendingOnce) {
    const auto results = race<core::Outcome<core::IntakeResult>>([&](int, core::Context c) {
        return core::ApplicationService(c).apply_software_token(teller,
                                                                {kLogin, "1234", false, {}});
    });
    EXPECT_EQ(successes(results, "application_pending"), 1);
    const auto pending = read([](core::Transaction& tx) {
        auto f = core::ApplicationFilter::for_user(kLogin);
        f.state = core::ApplicationState::entered;
        return tx.applications().list(f);
    });
    EXPECT_EQ(pending.size(), 1u);
    EXPECT_EQ(count_action(events(), "application_entered"), 1);
}

// Eight wrong codes at once for a user three failures from the lock: every failure is counted,
// none lost to a concurrent read-modify-write; the user locks at the threshold exactly, and the
// attempts after it are refused as locked without counting.
TEST_P(RaceTest, WrongCodesAtOnceAreAllCountedAndLockAtTheThreshold) {
    core::Token issued;
    ASSERT_NO_FATAL_FAILURE(issued = active_token());
    // Threshold 20 (set up for the replays above): 17 earlier failures leave three to go.
    commit([](core::Transaction& tx) {
        auto u = *tx.users().find(kLogin);
        u.fail_count = 17;
        tx.users().update(u);
    });
    const core::SecretBytes seed = crypto.vault.unseal(issued.sealed_seed);
    const std::int64_t step = clock.now().time_since_epoch().count() / issued.period;
    std::string wrong =
        crypto.otp.hotp(seed.view(), std::uint64_t(step + 40), issued.digits, issued.algorithm);

    const auto results = race<core::Outcome<core::OtpResult>>(
        [&](int, core::Context c) { return core::TokenService(c).verify_otp(kLogin, wrong); });
    int counted = 0, refused_locked = 0;
    for (const auto& r : results) {
        ASSERT_TRUE(r && *r);
        EXPECT_FALSE(r->value().accepted);
        if (r->value().reason == "user_locked")
            ++refused_locked;
        else
            ++counted;
    }
    EXPECT_EQ(counted, 3);
    EXPECT_EQ(refused_locked, kSessions - 3);
    const auto user = read([](core::Transaction& tx) { return *tx.users().find(kLogin); });
    EXPECT_EQ(user.fail_count, 20);
    EXPECT_EQ(user.otp_state, core::OtpState::locked);
    EXPECT_EQ(count_action(events(), "otp_locked"), 1);
}

// Approval issues a token through TokenRepository::insert; eight approvals that each read "no
// live token" before any of them wrote stand here as eight inserts at once (the pending-
// application rule keeps core's own steps from getting that far). One commits; the others are
// DuplicateKey, which ApplicationService::approve turns into software_token_exists.
TEST_P(RaceTest, OneLiveSoftwareTokenPerLoginIdWhateverTheTiming) {
    const auto results = race<std::int64_t>([&](int i, core::Context c) {
        std::int64_t id = 0;
        try {
            c.store.run([&](core::Transaction& tx) {
                core::Token t;
                t.kind = core::TokenKind::software;
                t.login_id = kLogin;
                t.token_user_id = std::to_string(1000000000 + i);
                t.state = core::TokenState::issued;
                t.issued_at = clock.now();
                id = tx.tokens().insert(t);
                return true;
            });
        } catch (const core::UniqueViolation&) {
            return std::int64_t{-1};
        }
        return id;
    });
    int inserted = 0, refused = 0;
    for (const auto& r : results) {
        ASSERT_TRUE(r);
        (*r > 0 ? inserted : refused) += 1;
    }
    EXPECT_EQ(inserted, 1);
    EXPECT_EQ(refused, kSessions - 1);
    EXPECT_EQ(tokens().size(), 1u);
}

// Only issued and active software tokens count: ended ones and hardware tokens do not.
TEST_P(RaceTest, TheUniqueIndexCoversOnlyLiveSoftwareTokens) {
    auto token = [&](core::TokenKind kind, core::TokenState state, const std::string& tuid) {
        core::Token t;
        t.kind = kind;
        t.login_id = kLogin;
        t.token_user_id = tuid;
        t.state = state;
        t.issued_at = clock.now();
        return t;
    };
    commit([&](core::Transaction& tx) {
        tx.tokens().insert(token(core::TokenKind::software, core::TokenState::revoked, "1"));
        tx.tokens().insert(token(core::TokenKind::software, core::TokenState::voided, "2"));
        tx.tokens().insert(token(core::TokenKind::software, core::TokenState::stopped, "3"));
        // A live hardware token beside the live software one, and an ended one before it.
        tx.tokens().insert(token(core::TokenKind::hardware, core::TokenState::active, "4"));
        tx.tokens().insert(token(core::TokenKind::hardware, core::TokenState::revoked, "5"));
        tx.tokens().insert(token(core::TokenKind::software, core::TokenState::issued, "6"));
    });
    EXPECT_THROW(
        commit([&](core::Transaction& tx) {
            tx.tokens().insert(token(core::TokenKind::software, core::TokenState::active, "7"));
        }),
        DuplicateKey);
    // Setting an ended token live again is caught as well.
    auto revoked = tokens().front();
    revoked.state = core::TokenState::active;
    EXPECT_THROW(commit([&](core::Transaction& tx) { tx.tokens().update(revoked); }), DuplicateKey);
    EXPECT_EQ(tokens().size(), 6u);
}

}  // namespace
}  // namespace td::store::test
