// The keyed hash chain per branch (rule 14): editing, deleting and reordering are caught.
#include "desk_fixture.h"

using namespace td::test;

TEST_F(DeskTest, FreshChainsAreIntact) {
    const auto r = audit.verify(std::nullopt);
    EXPECT_TRUE(r.intact);
    EXPECT_TRUE(r.heads.count("001"));
    EXPECT_TRUE(r.heads.count("system"));
}

TEST_F(DeskTest, EachBranchHasItsOwnChain) {
    EXPECT_TRUE(store.state().audit.count("002"));
    for (const auto& [chain, events] : store.state().audit)
        for (std::size_t i = 0; i < events.size(); ++i)
            EXPECT_EQ(events[i].seq, std::int64_t(i + 1));
}

TEST_F(DeskTest, EditedEventBreaksTheChain) {
    store.state().audit.at("001")[2].detail = "edited";
    const auto r = audit.verify(std::nullopt);
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.broken_chain, "001");
    EXPECT_EQ(r.broken_seq, 3);
}

TEST_F(DeskTest, DeletedEventBreaksTheChain) {
    auto& events = store.state().audit.at("001");
    events.erase(events.begin() + 1);
    EXPECT_FALSE(audit.verify(std::nullopt).intact);
}

TEST_F(DeskTest, ReorderedEventsBreakTheChain) {
    auto& events = store.state().audit.at("001");
    std::swap(events[1], events[2]);
    std::swap(events[1].seq, events[2].seq);
    EXPECT_FALSE(audit.verify(std::nullopt).intact);
}

TEST_F(DeskTest, AnchorCatchesDeletionOfTheNewestEvents) {
    const std::string anchor = audit.verify(std::nullopt).heads.at("001").mac;
    EXPECT_TRUE(audit.verify(anchor).intact);
    store.state().audit.at("001").pop_back();
    const auto r = audit.verify(anchor);
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.reason, "anchor_not_found");
}
