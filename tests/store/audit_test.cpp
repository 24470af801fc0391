// The audit trail: chains, heads, order of events.
#include "sample_data.h"
#include "store_fixture.h"

namespace td::store::test {
namespace {

class AuditTest : public StoreTest {};
TD_STORE_TEST_SUITE(AuditTest);

TEST_P(AuditTest, AnEmptyChainHasNoHead) {
    EXPECT_FALSE(read([](core::Transaction& tx) { return tx.audit().lock_head("001"); }));
    EXPECT_TRUE(read([](core::Transaction& tx) { return tx.audit().events("001"); }).empty());
}

TEST_P(AuditTest, TheHeadIsTheNewestEventOfItsChain) {
    commit([](core::Transaction& tx) {
        for (std::int64_t seq = 1; seq <= 3; ++seq) tx.audit().append(sample_event("001", seq));
        tx.audit().append(sample_event("system", 1));
    });
    const auto head = read([](core::Transaction& tx) { return tx.audit().lock_head("001"); });
    ASSERT_TRUE(head);
    EXPECT_EQ(head->seq, 3);
    EXPECT_EQ(head->mac, "mac3");
    const auto system = read([](core::Transaction& tx) { return tx.audit().lock_head("system"); });
    ASSERT_TRUE(system);
    EXPECT_EQ(system->seq, 1);
    EXPECT_EQ(system->mac, "mac1");
}

TEST_P(AuditTest, AppendingAfterLockHeadInTheSameStepMovesTheHead) {
    // What record_event does: read the head, append the next event, within one step.
    for (int step = 0; step < 3; ++step)
        commit([](core::Transaction& tx) {
            const auto head = tx.audit().lock_head("002");
            const std::int64_t seq = head ? head->seq + 1 : 1;
            tx.audit().append(sample_event("002", seq));
            const auto after = tx.audit().lock_head("002");
            ASSERT_TRUE(after);
            EXPECT_EQ(after->seq, seq);
        });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.audit().lock_head("002")->seq; }), 3);
}

TEST_P(AuditTest, EventsComeBackInSequenceOrderWhateverTheInsertOrder) {
    commit([](core::Transaction& tx) {
        for (std::int64_t seq : {2, 10, 1, 3}) tx.audit().append(sample_event("001", seq));
    });
    const auto events = read([](core::Transaction& tx) { return tx.audit().events("001"); });
    std::vector<std::int64_t> seqs;
    for (const auto& e : events) seqs.push_back(e.seq);
    EXPECT_EQ(seqs, (std::vector<std::int64_t>{1, 2, 3, 10}));
    for (const auto& e : events) EXPECT_EQ(fields(e), fields(sample_event("001", e.seq)));
    const auto head = read([](core::Transaction& tx) { return tx.audit().lock_head("001"); });
    ASSERT_TRUE(head);
    EXPECT_EQ(head->seq, 10);
    EXPECT_EQ(head->mac, "mac10");
}

TEST_P(AuditTest, ChainsListsEachChainOnceSorted) {
    commit([](core::Transaction& tx) {
        tx.audit().append(sample_event("system", 1));
        tx.audit().append(sample_event("002", 1));
        tx.audit().append(sample_event("001", 1));
        tx.audit().append(sample_event("002", 2));
    });
    EXPECT_EQ(read([](core::Transaction& tx) { return tx.audit().chains(); }),
              (std::vector<std::string>{"001", "002", "system"}));
}

TEST_P(AuditTest, ARolledBackAppendLeavesTheHeadWhereItWas) {
    commit([](core::Transaction& tx) { tx.audit().append(sample_event("001", 1)); });
    store().run([](core::Transaction& tx) {
        tx.audit().append(sample_event("001", 2));
        return false;
    });
    const auto head = read([](core::Transaction& tx) { return tx.audit().lock_head("001"); });
    ASSERT_TRUE(head);
    EXPECT_EQ(head->seq, 1);
}

TEST_P(AuditTest, EventsAboutACustomerAreTheOnesNamingItOldestFirst) {
    commit([](core::Transaction& tx) {
        for (std::int64_t seq = 1; seq <= 3; ++seq) tx.audit().append(sample_event("001", seq));
        tx.audit().append(sample_event("002", 1));
        tx.audit().add_subjects("001", 3, {"C-2", "C-1", "C-2"});  // a duplicate is one subject
        tx.audit().add_subjects("002", 1, {"C-1"});
        tx.audit().add_subjects("001", 1, {"C-1"});
        tx.audit().add_subjects("001", 2, {});  // a read that showed nobody
    });
    const auto about = [&](const std::string& number) {
        std::vector<std::string> out;
        for (const auto& e : read([&](core::Transaction& tx) {
                 return tx.audit().events_about(number);
             }))
            out.push_back(e.chain + "/" + std::to_string(e.seq));
        return out;
    };
    using V = std::vector<std::string>;
    // By time: 001/1 at +1 s, 002/1 at +1 s (chain breaks the tie), 001/3 at +3 s.
    EXPECT_EQ(about("C-1"), (V{"001/1", "002/1", "001/3"}));
    EXPECT_EQ(about("C-2"), V{"001/3"});
    EXPECT_EQ(about("C-3"), V{});
    const auto events = read([](core::Transaction& tx) { return tx.audit().events_about("C-2"); });
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(fields(events[0]), fields(sample_event("001", 3)));
}

TEST_P(AuditTest, ManySubjectsOfOneEventAreStoredInOneStep) {
    std::vector<std::string> numbers;
    for (int i = 0; i < 50; ++i) numbers.push_back("N" + std::to_string(1000 + i));
    commit([&](core::Transaction& tx) {
        tx.audit().append(sample_event("001", 1));
        tx.audit().add_subjects("001", 1, numbers);
    });
    for (const auto& n : {numbers.front(), numbers.back()})
        EXPECT_EQ(read([&](core::Transaction& tx) { return tx.audit().events_about(n); }).size(),
                  1u);
}

}  // namespace
}  // namespace td::store::test
