#include "td/core/policy.h"

#include <gtest/gtest.h>

using namespace td::core;

TEST(Policy, DefaultsFollowDomainRules) {
    const Policy p = Policy::defaults();
    EXPECT_EQ(p.lock_threshold, 5);
    EXPECT_EQ(p.drift_steps, 1);
    EXPECT_EQ(p.otp_digits, 6);
    EXPECT_EQ(p.activation_attempts, 5);
    EXPECT_EQ(p.hotp_lookahead, 10);
    EXPECT_FALSE(p.mobile_domains.empty());
    EXPECT_FALSE(p.service_id.empty());
}

TEST(Policy, EveryKeyRoundTrips) {
    const auto values = policy_to_values(Policy::defaults());
    for (const auto& key : policy_keys()) EXPECT_TRUE(values.count(key)) << key;
    const Policy back = policy_from_values(values);
    EXPECT_EQ(back.mobile_domains, Policy::defaults().mobile_domains);
}

TEST(Policy, ValuesAreCheckedAgainstTheirRange) {
    EXPECT_EQ(normalize_policy_value("lock_threshold", "3").value(), "3");
    EXPECT_EQ(normalize_policy_value("lock_threshold", "0").refusal().code, "policy_value_range");
    EXPECT_EQ(normalize_policy_value("otp_digits", "9").refusal().code, "policy_value_range");
    EXPECT_EQ(normalize_policy_value("otp_digits", "six").refusal().code, "policy_value_range");
    EXPECT_EQ(normalize_policy_value("nonsense", "1").refusal().code, "policy_unknown_key");
    EXPECT_EQ(normalize_policy_value("nonsense", "1").refusal().field, "key");
}

TEST(Policy, DomainListIsNormalised) {
    EXPECT_EQ(normalize_policy_value("mobile_domains", " Docomo.ne.jp , au.com ").value(),
              "docomo.ne.jp,au.com");
    EXPECT_FALSE(normalize_policy_value("mobile_domains", "not a domain"));
}
