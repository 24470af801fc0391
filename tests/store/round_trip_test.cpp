// Every field of every entity comes back exactly as written.
#include "sample_data.h"
#include "store_fixture.h"
#include "td/core/outcome.h"

namespace td::store::test {
namespace {

class RoundTripTest : public StoreTest {};
TD_STORE_TEST_SUITE(RoundTripTest);

TEST_P(RoundTripTest, Branch) {
    const core::Branch b{"123", kJapanese, long_text(), kInjection};
    commit([&](core::Transaction& tx) { tx.branches().insert(b); });
    const auto got = read([](core::Transaction& tx) { return tx.branches().find("123"); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(b));
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.branches().find("124"); }));
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.branches().count(); }), 1);
}

TEST_P(RoundTripTest, EmptyStringsStayEmpty) {
    const core::Branch b{"001", "", "", ""};
    commit([&](core::Transaction& tx) { tx.branches().insert(b); });
    const auto got = read([](core::Transaction& tx) { return tx.branches().find("001"); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(b));
}

TEST_P(RoundTripTest, StaffInsertAndUpdate) {
    core::Staff s{"M001", kQuotes, "001", core::Role::manager, "$scrypt$" + long_text(), 2, false};
    commit([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch());
        tx.staff().insert(s);
    });
    auto got = read([](core::Transaction& tx) { return tx.staff().find("M001"); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(s));

    s.name = kJapanese;
    s.role = core::Role::admin;
    s.failed_logins = 5;
    s.locked = true;
    s.must_change_password = true;
    s.password_set_at = kIssued;
    commit([&](core::Transaction& tx) { tx.staff().update(s); });
    got = read([](core::Transaction& tx) { return tx.staff().find("M001"); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(s));
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.staff().count(); }), 1);
}

TEST_P(RoundTripTest, EarlierStaffPasswordsNewestFirstAndOnlyAsManyAsKept) {
    core::Staff s{"M001", "名", "001", core::Role::teller, "$scrypt$now", 0, false};
    commit([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch());
        tx.staff().insert(s);
        // Eleven, so that text order of the sequence (1, 10, 11, 2, ...) would be caught.
        for (int i = 1; i <= 11; ++i)
            tx.staff().keep_earlier_password("M001", "$scrypt$" + std::to_string(i), kIssued, 24);
    });
    auto earlier = [&](std::size_t limit) {
        return read([&](core::Transaction& tx) { return tx.staff().earlier_passwords("M001", limit); });
    };
    EXPECT_EQ(earlier(3), (std::vector<std::string>{"$scrypt$11", "$scrypt$10", "$scrypt$9"}));
    EXPECT_TRUE(earlier(0).empty());
    commit([&](core::Transaction& tx) {
        tx.staff().keep_earlier_password("M001", "$scrypt$12", kIssued, 2);
    });
    EXPECT_EQ(earlier(24), (std::vector<std::string>{"$scrypt$12", "$scrypt$11"}))
        << "past the count kept, earlier hashes are forgotten";
    EXPECT_TRUE(read([&](core::Transaction& tx) { return tx.staff().earlier_passwords("other", 5); })
                    .empty());
}

TEST_P(RoundTripTest, Contract) {
    core::Contract c = sample_contract();
    c.representative_name = kInjection;
    c.address = long_text();
    commit([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch());
        tx.contracts().insert(c);
    });
    const auto got = read([](core::Transaction& tx) { return tx.contracts().find("C-0001"); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(c));
}

TEST_P(RoundTripTest, ClosedContractsBeforeADateWithTheirDataStillHeld) {
    commit([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch());
        // 10 and 9: text order of numbers would put them wrongly; the times differ by seconds.
        for (int i = 1; i <= 10; ++i) {
            core::Contract c = sample_contract();
            c.number = "C-" + std::to_string(i);
            if (i != 3) c.closed_at = kIssued + std::chrono::seconds(i);
            if (i == 4) c.purged_at = kLater;
            tx.contracts().insert(c);
        }
    });
    auto closed = [&](core::TimePoint before) {
        std::vector<std::string> numbers;
        for (const auto& c : read([&](core::Transaction& tx) {
                 return tx.contracts().closed_before(before);
             }))
            numbers.push_back(c.number);
        return numbers;
    };
    EXPECT_EQ(closed(kIssued + std::chrono::seconds(6)),
              (std::vector<std::string>{"C-1", "C-2", "C-5"}))
        << "open (3), purged (4) and closed at or after the date (6 on) are left";
    EXPECT_EQ(closed(kLater).size(), 8u);
    const auto purged = read([](core::Transaction& tx) { return tx.contracts().find("C-4"); });
    EXPECT_EQ(purged->purged_at, kLater);
    EXPECT_EQ(purged->closed_at, kIssued + std::chrono::seconds(4));
}

TEST_P(RoundTripTest, UserInsertUpdateAndByContract) {
    core::User u = sample_user();
    u.name = kJapanese;
    u.mobile_email = kQuotes;
    commit([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch());
        tx.contracts().insert(sample_contract());
        tx.users().insert(u);
    });
    auto got = read([](core::Transaction& tx) { return tx.users().find("yamada01"); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(u));

    u.kind = core::UserKind::general;
    u.otp_state = core::OtpState::locked;
    u.fail_count = 5;
    u.name = kInjection;
    commit([&](core::Transaction& tx) { tx.users().update(u); });
    const auto listed =
        read([](core::Transaction& tx) { return tx.users().by_contract("C-0001"); });
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(fields(listed[0]), fields(u));
}

TEST_P(RoundTripTest, TokenWithEveryFieldSet) {
    core::Token t = sample_token();
    t.kind = core::TokenKind::hardware;
    t.service_id = kQuotes;
    t.serial = kInjection;
    t.mobile_email = kJapanese;
    t.sealed_seed.assign(4096, 0);
    for (std::size_t i = 0; i < t.sealed_seed.size(); ++i)
        t.sealed_seed[i] = static_cast<std::uint8_t>(i * 7);
    t.mode = core::OtpMode::hotp;
    t.algorithm = core::HashAlgorithm::sha512;
    t.digits = 8;
    t.period = 30;
    t.counter = 9'000'000'000'123;  // beyond 32 bits
    t.start_password_hash = long_text();
    t.activation_failures = 4;
    t.state = core::TokenState::voided;
    t.activated_at = kIssued + 1h;
    t.ended_at = kLater;
    t.end_reason = "activation_attempts";
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        t.application_id = tx.applications().insert(sample_application());
        t.id = tx.tokens().insert(t);
    });
    const auto got = read([&](core::Transaction& tx) { return tx.tokens().find(t.id); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(t));
}

TEST_P(RoundTripTest, TokenWithOptionalFieldsAbsent) {
    core::Token t = sample_token("yamada01", "");
    t.sealed_seed.clear();
    t.counter = -1;
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        t.id = tx.tokens().insert(t);
    });
    const auto got = read([&](core::Transaction& tx) { return tx.tokens().find(t.id); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(t));
    EXPECT_FALSE(got->activated_at);
    EXPECT_EQ(got->application_id, 0);
}

TEST_P(RoundTripTest, TokenUpdateAndLookupByTokenUserId) {
    core::Token t = sample_token();
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        t.id = tx.tokens().insert(t);
    });
    t.state = core::TokenState::active;
    t.activated_at = kLater;
    t.counter = 29'600'000;
    t.start_password_hash.clear();
    commit([&](core::Transaction& tx) { tx.tokens().update(t); });
    const auto got = read(
        [](core::Transaction& tx) { return tx.tokens().find_by_token_user_id("TU0000000001"); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(t));
    EXPECT_FALSE(read(
        [](core::Transaction& tx) { return tx.tokens().find_by_token_user_id("TU0000000002"); }));
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.tokens().find_by_token_user_id(""); }));
}

TEST_P(RoundTripTest, ApplicationWithEveryFieldSet) {
    core::Application a = sample_application();
    a.kind = core::ApplicationKind::revoke;
    a.state = core::ApplicationState::rejected;
    a.form = {"2026-11-26", true, true, kJapanese, core::VisitorRole::agent, long_text()};
    a.revoke_reason = core::RevokeReason::model_change;
    a.details = kInjection;
    a.start_password_hash = kQuotes;
    a.start_password_generated = true;
    a.online_issuance = true;
    a.checker_id = "M001";
    a.decided_at = kLater;
    a.decision_reason = "印鑑相違";
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        a.token_id = tx.tokens().insert(sample_token());
        a.id = tx.applications().insert(a);
    });
    const auto got = read([&](core::Transaction& tx) { return tx.applications().find(a.id); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(a));
}

TEST_P(RoundTripTest, ApplicationWithOptionalFieldsAbsentThenUpdated) {
    core::Application a = sample_application();
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        a.id = tx.applications().insert(a);
    });
    auto got = read([&](core::Transaction& tx) { return tx.applications().find(a.id); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(a));
    EXPECT_FALSE(got->form.visitor_role);
    EXPECT_FALSE(got->revoke_reason);
    EXPECT_FALSE(got->decided_at);

    a.state = core::ApplicationState::approved;
    a.checker_id = "M001";
    a.decided_at = kLater;
    a.form.visitor_role = core::VisitorRole::principal;
    commit([&](core::Transaction& tx) { tx.applications().update(a); });
    got = read([&](core::Transaction& tx) { return tx.applications().find(a.id); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(a));
}

TEST_P(RoundTripTest, ContractUpdateKeepsItsChangesAndUpdatesTheContract) {
    core::Application a = sample_application();
    a.kind = core::ApplicationKind::contract_update;
    a.contract_changes = {{"company", kJapanese, kInjection},
                          {"phone", "", "03-1234-5678"},
                          {"address", long_text(), kQuotes}};
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        a.id = tx.applications().insert(a);
    });
    const auto got = read([&](core::Transaction& tx) { return tx.applications().find(a.id); });
    ASSERT_TRUE(got);
    EXPECT_EQ(fields(*got), fields(a));

    core::Contract c = sample_contract();
    c.company_name = kInjection;
    c.phone = "03-1234-5678";
    commit([&](core::Transaction& tx) { tx.contracts().update(c); });
    const auto updated =
        read([&](core::Transaction& tx) { return tx.contracts().find(c.number); });
    ASSERT_TRUE(updated);
    EXPECT_EQ(fields(*updated), fields(c));
}

TEST_P(RoundTripTest, IdsDifferingOnlyInCaseAreOneId) {
    commit([&](core::Transaction& tx) { add_customer(tx); });
    const core::Contract c = sample_contract();
    const std::string shouted = [&] {
        std::string s = c.number;
        for (char& ch : s)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
            else if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        return s;
    }();
    ASSERT_NE(shouted, c.number);
    EXPECT_EQ(read([&](core::Transaction& tx) { return tx.contracts().key_ignoring_case(shouted); }),
              std::optional<std::string>(c.number));
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.contracts().key_ignoring_case("X"); }));
    // The database itself refuses the second spelling.
    core::Contract twin = c;
    twin.number = shouted;
    EXPECT_THROW(commit([&](core::Transaction& tx) { tx.contracts().insert(twin); }),
                 core::UniqueViolation);
    core::Staff staff{"M002", "名", "001", core::Role::manager, "$scrypt$x", 0, false};
    commit([&](core::Transaction& tx) { tx.staff().insert(staff); });
    staff.id = "m002";
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.staff().key_ignoring_case("m002"); }),
              std::optional<std::string>("M002"));
    EXPECT_THROW(commit([&](core::Transaction& tx) { tx.staff().insert(staff); }),
                 core::UniqueViolation);
}

TEST_P(RoundTripTest, GeneratedIdsAreDistinctAndIgnoreTheGivenId) {
    std::int64_t first = 0, second = 0;
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        auto a = sample_application();
        a.state = core::ApplicationState::rejected;  // two pending of one kind are refused
        a.id = 777;
        first = tx.applications().insert(a);
        second = tx.applications().insert(a);
    });
    EXPECT_GT(first, 0);
    EXPECT_GT(second, first);
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.applications().find(777); }));
}

TEST_P(RoundTripTest, PolicyPutOverwritesAndAllReturnsEverything) {
    commit([](core::Transaction& tx) {
        tx.policy().put("otp.digits", "6");
        tx.policy().put("mail.domains", kJapanese);
        tx.policy().put(kInjection, long_text());
        tx.policy().put("empty", "");
    });
    commit([](core::Transaction& tx) { tx.policy().put("otp.digits", "8"); });
    const auto all = read([](core::Transaction& tx) { return tx.policy().all(); });
    const std::map<std::string, std::string> expected{
        {"otp.digits", "8"}, {"mail.domains", kJapanese}, {kInjection, long_text()}, {"empty", ""}};
    EXPECT_EQ(all, expected);
}

TEST_P(RoundTripTest, AuditEvent) {
    core::AuditEvent e = sample_event("001", 1);
    e.actor = "customer:" + kQuotes;
    e.detail = long_text() + kJapanese;
    e.target = kInjection;
    commit([&](core::Transaction& tx) { tx.audit().append(e); });
    const auto got = read([](core::Transaction& tx) { return tx.audit().events("001"); });
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(fields(got[0]), fields(e));
}

}  // namespace
}  // namespace td::store::test
