// Print records, the journal's day query and the audit head at a time.
#include "sample_data.h"
#include "store_fixture.h"

namespace td::store::test {
namespace {

using namespace std::chrono_literals;

class PrintTest : public StoreTest {};
TD_STORE_TEST_SUITE(PrintTest);

TEST_P(PrintTest, FirstPrintCreatesTheRecordAndReprintsCount) {
    commit([&](core::Transaction& tx) {
        EXPECT_FALSE(tx.prints().find("completion_notice", "application:7"));
        const auto first =
            tx.prints().record("completion_notice", "application:7", 0, "teller1", kIssued);
        EXPECT_EQ(first.count, 1);
        EXPECT_EQ(first.first_at, kIssued);
    });
    commit([&](core::Transaction& tx) {
        const auto again =
            tx.prints().record("completion_notice", "application:7", 0, kJapanese, kLater);
        EXPECT_EQ(again.count, 2);
        EXPECT_EQ(again.first_at, kIssued);
        EXPECT_EQ(again.last_at, kLater);
        EXPECT_EQ(again.last_by, kJapanese);
    });
    EXPECT_EQ(read([](core::Transaction& tx) {
                  return tx.prints().find("completion_notice", "application:7");
              })->count,
              2);
    EXPECT_FALSE(read([](core::Transaction& tx) {
        return tx.prints().find("activation_letter", "application:7");
    }));
}

TEST_P(PrintTest, ApplicationsWithoutAPrintOfADocument) {
    std::int64_t printed = 0, unprinted = 0;
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        // Approved: at most one application per user and kind may be pending (schema step 4).
        auto a = sample_application();
        a.state = core::ApplicationState::approved;
        printed = tx.applications().insert(a);
        unprinted = tx.applications().insert(a);
        tx.prints().record("completion_notice", "application:" + std::to_string(printed), printed,
                           "t", kIssued);
        tx.prints().record("activation_letter", "application:" + std::to_string(unprinted),
                           unprinted, "t", kIssued);
    });
    core::ApplicationFilter f;
    f.not_printed_as = "completion_notice";
    const auto apps = read([&](core::Transaction& tx) { return tx.applications().list(f); });
    ASSERT_EQ(apps.size(), 1u);
    EXPECT_EQ(apps[0].id, unprinted);
}

TEST_P(PrintTest, ApplicationsActiveInARangeByEntryOrDecision) {
    std::int64_t before = 0, entered_in = 0, decided_in = 0, after = 0;
    commit([&](core::Transaction& tx) {
        add_customer(tx);
        auto a = sample_application();
        a.state = core::ApplicationState::approved;  // several of one kind: not pending
        a.entered_at = kIssued - 2h;
        a.decided_at.reset();
        before = tx.applications().insert(a);
        a.entered_at = kIssued;
        entered_in = tx.applications().insert(a);
        a.entered_at = kIssued - 2h;
        a.decided_at = kIssued + 1h;
        decided_in = tx.applications().insert(a);
        a.entered_at = kIssued + 10h;
        a.decided_at.reset();
        after = tx.applications().insert(a);
    });
    core::ApplicationFilter f;
    f.active_from = kIssued - 1h;
    f.active_until = kIssued + 10h;
    const auto apps = read([&](core::Transaction& tx) { return tx.applications().list(f); });
    ASSERT_EQ(apps.size(), 2u);
    EXPECT_EQ(apps[0].id, entered_in);
    EXPECT_EQ(apps[1].id, decided_in);
    (void)before;
    (void)after;
}

TEST_P(PrintTest, AuditHeadBeforeATime) {
    commit([&](core::Transaction& tx) {
        for (std::int64_t seq = 1; seq <= 3; ++seq) {
            auto e = sample_event("001", seq);
            e.at = kIssued + std::chrono::hours(seq);
            tx.audit().append(e);
        }
    });
    const auto head =
        read([](core::Transaction& tx) { return tx.audit().head_before("001", kIssued + 150min); });
    ASSERT_TRUE(head);
    EXPECT_EQ(head->seq, 2);
    EXPECT_FALSE(
        read([](core::Transaction& tx) { return tx.audit().head_before("001", kIssued); }));
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.audit().head_before("002", kLater); }));
}

}  // namespace
}  // namespace td::store::test

namespace td::store::test {
namespace {

class SearchTest : public StoreTest {};
TD_STORE_TEST_SUITE(SearchTest);

TEST_P(SearchTest, ContractsByPrefixOfAnyKeyInAnyCaseAndWildcardsAreLiteral) {
    commit([&](core::Transaction& tx) {
        tx.branches().insert(sample_branch("001"));
        auto a = sample_contract("C-1", "001");
        a.company_name = "株式会社さくら";
        a.company_kana = "サクラ";
        tx.contracts().insert(a);
        auto b = sample_contract("C-2", "001");
        b.company_name = "100%_商事";
        b.company_kana = "ヒャク";
        tx.contracts().insert(b);
        auto c = sample_contract("C-3", "001");
        c.company_name = "ABC Trading";
        c.company_kana = "エービーシー";
        tx.contracts().insert(c);
        tx.users().insert(sample_user("sakura01", "C-1"));
        auto locked = sample_user("boss", "C-2");
        locked.kind = core::UserKind::master;
        locked.otp_state = core::OtpState::locked;
        tx.users().insert(locked);
    });
    auto search = [&](const std::string& p) {
        std::vector<std::string> out;
        for (const auto& c :
             read([&](core::Transaction& tx) { return tx.contracts().search(p, 10, std::nullopt); }))
            out.push_back(c.number);
        return out;
    };
    using V = std::vector<std::string>;
    // Core lower-cases the prefix: every backend then matches ASCII in any case alike.
    EXPECT_EQ(search("c-"), (V{"C-1", "C-2", "C-3"}));
    EXPECT_EQ(search("abc t"), V{"C-3"});
    EXPECT_EQ(search("株式"), V{"C-1"});
    EXPECT_EQ(search("サク"), V{"C-1"});
    EXPECT_EQ(search("saku"), V{"C-1"});
    EXPECT_EQ(search("100%_"), V{"C-2"});
    EXPECT_EQ(search("%"), V{});
    EXPECT_EQ(search("_"), V{});
    const auto locked =
        read([](core::Transaction& tx) { return tx.users().locked_masters("001"); });
    ASSERT_EQ(locked.size(), 1u);
    EXPECT_EQ(locked[0].login_id, "boss");
}

}  // namespace
}  // namespace td::store::test
