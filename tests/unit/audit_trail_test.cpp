// The keyed hash chain per branch (rule 14): editing, deleting and reordering are caught.
#include <algorithm>
#include <cctype>
#include <set>

#include "desk_fixture.h"
#include "td/core/messages.h"

using namespace td::test;

TEST_F(DeskTest, FreshChainsAreIntact) {
    const auto r = audit.verify(std::nullopt).value();
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
    const auto r = audit.verify(std::nullopt).value();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.broken_chain, "001");
    EXPECT_EQ(r.broken_seq, 3);
}

TEST_F(DeskTest, DeletedEventBreaksTheChain) {
    auto& events = store.state().audit.at("001");
    events.erase(events.begin() + 1);
    EXPECT_FALSE(audit.verify(std::nullopt).value().intact);
}

TEST_F(DeskTest, ReorderedEventsBreakTheChain) {
    auto& events = store.state().audit.at("001");
    std::swap(events[1], events[2]);
    std::swap(events[1].seq, events[2].seq);
    EXPECT_FALSE(audit.verify(std::nullopt).value().intact);
}

TEST_F(DeskTest, AnchorCatchesDeletionOfTheNewestEvents) {
    const std::string anchor = audit.verify(std::nullopt).value().heads.at("001").mac;
    EXPECT_TRUE(audit.verify(anchor).value().intact);
    store.state().audit.at("001").pop_back();
    const auto r = audit.verify(anchor).value();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.reason, "anchor_not_found");
}

TEST_F(DeskTest, AnAnchorCopiedWithSpacesOrCapitalsIsStillFound) {
    std::string anchor = audit.verify(std::nullopt).value().heads.at("001").mac;
    for (auto& c : anchor) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_TRUE(audit.verify("  " + anchor + "\n").value().intact);
}

TEST_F(DeskTest, AMistypedAnchorIsRefusedAsInputNotReportedAsTampering) {
    // Not hexadecimal: a typo, refused before the trail is read.
    const auto typo = audit.verify("3fa9-zz");
    ASSERT_FALSE(typo);
    EXPECT_EQ(typo.refusal().code, "anchor_format");
    EXPECT_EQ(typo.refusal().field, "anchor");
    // Hexadecimal but in no chain: named as not found, not as an altered trail.
    const auto missing = audit.verify("0123abcd").value();
    EXPECT_FALSE(missing.intact);
    const auto refusal = chain_refusal(missing, std::string("0123ABCD"));
    EXPECT_EQ(refusal.code, "anchor_not_found");
    EXPECT_EQ(refusal.arg("anchor"), "0123abcd");
    EXPECT_NE(message_text(refusal, Language::en).find("0123abcd"), std::string::npos);
}

TEST(OtpChains, EachCustomerStaysInOneChainAndABranchsCustomersSpreadOverAll) {
    EXPECT_EQ(otp_chain("001", "sakura01"), otp_chain("001", "sakura01"));
    EXPECT_EQ(otp_chain("001", "sakura01").rfind("001/otp", 0), 0u);
    std::set<std::string> used;
    for (int i = 0; i < 200; ++i) used.insert(otp_chain("001", "user" + std::to_string(i)));
    EXPECT_EQ(used.size(), std::size_t(kOtpChains));
    const auto chains = branch_chains("001");
    ASSERT_EQ(chains.size(), std::size_t(kOtpChains + 1));
    EXPECT_EQ(chains.front(), "001");
    for (const auto& c : used)
        EXPECT_NE(std::find(chains.begin(), chains.end(), c), chains.end()) << c;
}

TEST_F(DeskTest, OtpDecisionsGoToTheCustomersOtpChainAndEveryChainVerifies) {
    const SecretBytes seed = active_token("master1");
    ASSERT_TRUE(tokens.verify_otp("master1", code_at(seed, clock.now())));
    ASSERT_TRUE(tokens.verify_otp("master1", "000000"));
    const auto& otp = store.state().audit.at(otp_chain("001", "master1"));
    ASSERT_EQ(otp.size(), 2u);
    EXPECT_EQ(otp[0].action, "otp_accepted");
    EXPECT_EQ(otp[1].action, "otp_refused");
    for (const auto& e : store.state().audit.at("001")) EXPECT_NE(e.action.rfind("otp_", 0), 0u);
    EXPECT_TRUE(audit.verify(std::nullopt).value().intact);
}
