// The repository queries that select: application filters, token counts and orders.
#include "sample_data.h"
#include "store_fixture.h"

namespace td::store::test {
namespace {

class QueryTest : public StoreTest {};
TD_STORE_TEST_SUITE(QueryTest);

using core::ApplicationState;

std::vector<std::int64_t> ids(const std::vector<core::Application>& apps) {
    std::vector<std::int64_t> out;
    for (const auto& a : apps) out.push_back(a.id);
    return out;
}

TEST_P(QueryTest, ApplicationListFiltersByEachFieldAndCombinations) {
    // (branch, login, state) for six applications.
    struct Spec {
        const char* branch;
        const char* login;
        ApplicationState state;
    };
    const Spec specs[] = {
        {"001", "a1", ApplicationState::entered},  {"001", "a1", ApplicationState::approved},
        {"001", "a2", ApplicationState::entered},  {"002", "b1", ApplicationState::entered},
        {"002", "b1", ApplicationState::rejected}, {"002", "b2", ApplicationState::cancelled},
    };
    std::vector<std::int64_t> id;
    commit([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch("001"));
        tx.branches().insert(sample_branch("002"));
        tx.contracts().insert(sample_contract("C-1", "001"));
        tx.contracts().insert(sample_contract("C-2", "002"));
        for (const char* login : {"a1", "a2"}) tx.users().insert(sample_user(login, "C-1"));
        for (const char* login : {"b1", "b2"}) tx.users().insert(sample_user(login, "C-2"));
        for (const auto& s : specs) {
            auto a = sample_application(s.login);
            a.branch_code = s.branch;
            a.contract_number = s.branch == std::string("001") ? "C-1" : "C-2";
            a.state = s.state;
            id.push_back(tx.applications().insert(a));
        }
    });
    auto list = [&](core::ApplicationFilter f) {
        return ids(read([&](core::Transaction& tx) { return tx.applications().list(f); }));
    };
    using V = std::vector<std::int64_t>;
    auto filter = [](std::optional<core::ApplicationState> state, std::optional<std::string> branch,
                     std::optional<std::string> login) {
        core::ApplicationFilter f;
        f.state = state;
        f.branch_code = branch;
        f.login_id = login;
        return f;
    };
    EXPECT_EQ(list({}), (V{id[0], id[1], id[2], id[3], id[4], id[5]}));
    EXPECT_EQ(list(filter(ApplicationState::entered, {}, {})), (V{id[0], id[2], id[3]}));
    EXPECT_EQ(list(filter({}, "002", {})), (V{id[3], id[4], id[5]}));
    EXPECT_EQ(list(filter({}, {}, "a1")), (V{id[0], id[1]}));
    EXPECT_EQ(list(filter(ApplicationState::entered, "001", {})), (V{id[0], id[2]}));
    EXPECT_EQ(list(filter(ApplicationState::entered, "002", "b1")), (V{id[3]}));
    EXPECT_EQ(list(filter(ApplicationState::approved, "002", {})), V{});
    EXPECT_EQ(list(filter({}, {}, "'; DROP TABLE users; --")), V{});
}

TEST_P(QueryTest, CountLiveSoftwareByEmailCountsOnlyIssuedOrActiveSoftware) {
    const std::string mail = "shared@docomo.ne.jp";
    commit([&](core::Transaction& tx) {
        add_customer(tx, "u1");
        add_customer(tx, "u2");
        add_customer(tx, "u3");
        add_customer(tx, "u4");
        int n = 0;
        auto add = [&](const char* login, core::TokenKind kind, core::TokenState state,
                       const std::string& email) {
            auto t = sample_token(login, "TU" + std::to_string(++n));
            t.kind = kind;
            t.state = state;
            t.mobile_email = email;
            tx.tokens().insert(t);
        };
        using K = core::TokenKind;
        using S = core::TokenState;
        add("u1", K::software, S::issued, mail);   // counts
        add("u2", K::software, S::active, mail);   // counts: another user, same phone
        add("u1", K::software, S::revoked, mail);  // ended
        add("u1", K::software, S::stopped, mail);  // ended
        add("u1", K::software, S::voided, mail);   // ended
        add("u1", K::hardware, S::active, mail);   // not on the phone
        add("u3", K::software, S::active, "other@docomo.ne.jp");
        add("u4", K::software, S::active, "SHARED@docomo.ne.jp");  // a different string
    });
    EXPECT_EQ(
        read([&](core::Transaction& tx) { return tx.tokens().count_live_software_by_email(mail); }),
        2);
    EXPECT_EQ(read([](core::Transaction& tx) {
                  return tx.tokens().count_live_software_by_email("nobody@docomo.ne.jp");
              }),
              0);
}

TEST_P(QueryTest, ForUserListsOnlyThatUsersTokensOldestFirst) {
    std::vector<std::int64_t> mine;
    commit([&](core::Transaction& tx) {
        add_customer(tx, "u1");
        add_customer(tx, "u2");
        // Ended ones: a login ID has only one live software token at a time.
        auto ended = [](core::Token t) {
            t.state = core::TokenState::revoked;
            return t;
        };
        mine.push_back(tx.tokens().insert(ended(sample_token("u1", "TU1"))));
        tx.tokens().insert(sample_token("u2", "TU2"));
        mine.push_back(tx.tokens().insert(ended(sample_token("u1", "TU3"))));
    });
    // A later transaction's token comes after the earlier ones.
    commit([&](core::Transaction& tx) {
        mine.push_back(tx.tokens().insert(sample_token("u1", "TU4")));
    });
    const auto tokens = read([](core::Transaction& tx) { return tx.tokens().for_user("u1"); });
    std::vector<std::int64_t> got;
    for (const auto& t : tokens) got.push_back(t.id);
    EXPECT_EQ(got, mine);
    EXPECT_TRUE(read([](core::Transaction& tx) { return tx.tokens().for_user("nobody"); }).empty());
}

TEST_P(QueryTest, ByContractListsOnlyThatContractsUsers) {
    commit([](core::Transaction& tx) {
        tx.branches().insert(sample_branch());
        tx.contracts().insert(sample_contract("C-1"));
        tx.contracts().insert(sample_contract("C-2"));
        tx.users().insert(sample_user("b", "C-1"));
        tx.users().insert(sample_user("x", "C-2"));
        tx.users().insert(sample_user("a", "C-1"));
    });
    const auto users = read([](core::Transaction& tx) { return tx.users().by_contract("C-1"); });
    ASSERT_EQ(users.size(), 2u);
    EXPECT_EQ(users[0].login_id, "a");
    EXPECT_EQ(users[1].login_id, "b");
    EXPECT_TRUE(read([](core::Transaction& tx) { return tx.users().by_contract("C-3"); }).empty());
}

}  // namespace
}  // namespace td::store::test
