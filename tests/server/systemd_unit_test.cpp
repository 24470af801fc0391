// The systemd unit keeps the hardening the operators' guide promises.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>

namespace {

std::multimap<std::string, std::string> directives() {
    std::ifstream in(TD_SYSTEMD_UNIT);
    std::multimap<std::string, std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line[0] == '[') continue;
        const auto eq = line.find('=');
        if (eq != std::string::npos) out.emplace(line.substr(0, eq), line.substr(eq + 1));
    }
    return out;
}

std::string one(const std::multimap<std::string, std::string>& d, const std::string& key) {
    const auto it = d.find(key);
    return it == d.end() ? "<missing>" : it->second;
}

TEST(SystemdUnit, RunsAsItsOwnUserWithTheUsualHardening) {
    const auto d = directives();
    EXPECT_EQ(one(d, "User"), "tokendesk");
    EXPECT_EQ(one(d, "Group"), "tokendesk");
    EXPECT_EQ(one(d, "ExecStart"), "/usr/bin/tokendesk-server");
    EXPECT_EQ(one(d, "ExecStartPre"), "/usr/bin/tokendesk-server --check-config");
    EXPECT_EQ(one(d, "KillSignal"), "SIGTERM");
    EXPECT_EQ(one(d, "NoNewPrivileges"), "yes");
    EXPECT_EQ(one(d, "ProtectSystem"), "strict");
    EXPECT_EQ(one(d, "ProtectHome"), "yes");
    EXPECT_EQ(one(d, "PrivateTmp"), "yes");
    EXPECT_EQ(one(d, "CapabilityBoundingSet"), "");
    EXPECT_EQ(one(d, "UMask"), "0077");
    EXPECT_EQ(one(d, "ReadOnlyPaths"), "/etc/tokendesk");
}

}  // namespace
