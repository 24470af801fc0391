// Every value of every enum survives the trip through its text column.
#include "sample_data.h"
#include "store_fixture.h"

namespace td::store::test {
namespace {

class EnumColumnTest : public StoreTest {};
TD_STORE_TEST_SUITE(EnumColumnTest);

template <class E, std::size_t N>
E pick(const E (&values)[N], std::size_t i) {
    return values[i % N];
}

TEST_P(EnumColumnTest, StaffRoles) {
    const core::Role roles[] = {core::Role::teller, core::Role::manager, core::Role::admin};
    commit([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch());
        for (std::size_t i = 0; i < 3; ++i)
            tx.staff().insert({"S" + std::to_string(i), "n", "001", roles[i], "h", 0, false});
    });
    for (std::size_t i = 0; i < 3; ++i) {
        const auto s =
            read([&](core::Transaction& tx) { return tx.staff().find("S" + std::to_string(i)); });
        ASSERT_TRUE(s);
        EXPECT_EQ(s->role, roles[i]);
    }
}

TEST_P(EnumColumnTest, UserKindsAndOtpStates) {
    const core::UserKind kinds[] = {core::UserKind::master, core::UserKind::general};
    const core::OtpState states[] = {core::OtpState::active, core::OtpState::locked};
    commit([&](core::Transaction& tx) {
        add_customer(tx, "u0");
        auto u = sample_user("u1");
        u.kind = kinds[1];
        u.otp_state = states[1];
        tx.users().insert(u);
    });
    const auto users = read([](core::Transaction& tx) { return tx.users().by_contract("C-0001"); });
    ASSERT_EQ(users.size(), 2u);
    EXPECT_EQ(users[0].kind, kinds[0]);
    EXPECT_EQ(users[0].otp_state, states[0]);
    EXPECT_EQ(users[1].kind, kinds[1]);
    EXPECT_EQ(users[1].otp_state, states[1]);
}

TEST_P(EnumColumnTest, TokenKindsStatesModesAndAlgorithms) {
    const core::TokenKind kinds[] = {core::TokenKind::software, core::TokenKind::hardware};
    const core::TokenState states[] = {core::TokenState::issued, core::TokenState::active,
                                       core::TokenState::revoked, core::TokenState::stopped,
                                       core::TokenState::voided};
    const core::OtpMode modes[] = {core::OtpMode::totp, core::OtpMode::hotp};
    const core::HashAlgorithm algorithms[] = {
        core::HashAlgorithm::sha1, core::HashAlgorithm::sha256, core::HashAlgorithm::sha512};
    std::vector<core::Token> written;
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        for (std::size_t i = 0; i < 5; ++i) {
            auto t = sample_token("yamada01", "TU" + std::to_string(i));
            t.kind = pick(kinds, i);
            t.state = pick(states, i);
            t.mode = pick(modes, i);
            t.algorithm = pick(algorithms, i);
            t.id = tx.tokens().insert(t);
            written.push_back(t);
        }
    });
    const auto got = read([](core::Transaction& tx) { return tx.tokens().for_user("yamada01"); });
    ASSERT_EQ(got.size(), written.size());
    for (std::size_t i = 0; i < got.size(); ++i) EXPECT_EQ(fields(got[i]), fields(written[i]));
}

TEST_P(EnumColumnTest, ApplicationKindsStatesRolesAndReasons) {
    const core::ApplicationKind kinds[] = {
        core::ApplicationKind::software_token, core::ApplicationKind::hardware_token,
        core::ApplicationKind::unlock, core::ApplicationKind::revoke,
        core::ApplicationKind::misuse_report};
    const core::ApplicationState states[] = {
        core::ApplicationState::entered, core::ApplicationState::approved,
        core::ApplicationState::rejected, core::ApplicationState::cancelled};
    const core::VisitorRole roles[] = {core::VisitorRole::principal, core::VisitorRole::agent};
    const core::RevokeReason reasons[] = {
        core::RevokeReason::lost,        core::RevokeReason::stolen,
        core::RevokeReason::broken,      core::RevokeReason::model_change,
        core::RevokeReason::app_deleted, core::RevokeReason::returned};
    std::vector<core::Application> written;
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        for (std::size_t i = 0; i < 6; ++i) {
            auto a = sample_application();
            a.kind = pick(kinds, i);
            a.state = pick(states, i);
            a.form.visitor_role = pick(roles, i);
            a.revoke_reason = pick(reasons, i);
            a.id = tx.applications().insert(a);
            written.push_back(a);
        }
    });
    const auto got = read([](core::Transaction& tx) { return tx.applications().list({}); });
    ASSERT_EQ(got.size(), written.size());
    for (std::size_t i = 0; i < got.size(); ++i) EXPECT_EQ(fields(got[i]), fields(written[i]));
}

}  // namespace
}  // namespace td::store::test
