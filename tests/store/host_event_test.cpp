// The hosts' event feed, on every backend: one order, read by service from a cursor.
#include "sample_data.h"
#include "store_fixture.h"

namespace td::store::test {
namespace {

class HostEventTest : public StoreTest {};
TD_STORE_TEST_SUITE(HostEventTest);

core::HostEvent event(const std::string& type, const std::string& login,
                      const std::string& service) {
    return {0, type, login, service, type == "locked" ? "" : "software", kIssued};
}

TEST_P(HostEventTest, NumberedInOrderAndReadByServiceFromACursor) {
    std::vector<std::int64_t> seqs;
    commit([&](core::Transaction& tx) {
        seqs.push_back(tx.host_events().append(event("issued", "u1", "S1")));
        seqs.push_back(tx.host_events().append(event("issued", "u2", "S2")));
    });
    commit([&](core::Transaction& tx) {
        seqs.push_back(tx.host_events().append(event("locked", "u1", "S1")));
        seqs.push_back(tx.host_events().append(event("activated", "u3", "S3")));
    });
    EXPECT_EQ(seqs, (std::vector<std::int64_t>{1, 2, 3, 4}));
    const auto s1 =
        read([](core::Transaction& tx) { return tx.host_events().after(0, {"S1"}, 10); });
    ASSERT_EQ(s1.size(), 2u);
    EXPECT_EQ(s1[0].type, "issued");
    EXPECT_EQ(s1[1].type, "locked");
    EXPECT_EQ(s1[1].token_kind, "");
    EXPECT_EQ(s1[1].at, kIssued);
    const auto two = read([](core::Transaction& tx) {
        return tx.host_events().after(1, {"S1", "S2", "S3"}, 2);
    });
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0].seq, 2);
    EXPECT_EQ(two[1].seq, 3);
    EXPECT_TRUE(
        read([](core::Transaction& tx) { return tx.host_events().after(0, {}, 10); }).empty());
}

TEST_P(HostEventTest, ARolledBackStepLeavesNoNumberBehind) {
    EXPECT_THROW(commit([&](core::Transaction& tx) {
                     tx.host_events().append(event("issued", "u1", "S1"));
                     throw core::Fault("the step failed");
                 }),
                 core::Fault);
    commit([&](core::Transaction& tx) {
        EXPECT_EQ(tx.host_events().append(event("issued", "u1", "S1")), 1);
    });
}

}  // namespace
}  // namespace td::store::test
