#include "desk_fixture.h"

using namespace td::test;

TEST_F(DeskTest, SetUpNeedsNoSignInOnlyOnAnEmptyDatabase) {
    EXPECT_FALSE(staff.needs_bootstrap());
    EXPECT_EQ(staff.add_branch(std::nullopt, {"003", "x", "", ""}).refusal().code,
              "sign_in_required");
    EXPECT_EQ(
        staff.add_staff(std::nullopt, {"x", "x", "001", "admin", "password-0001"}).refusal().code,
        "sign_in_required");
}

TEST(StaffBootstrap, FirstStaffMustBeAdmin) {
    MemoryStore store;
    ManualClock clock{japan(2026, 11, 26, 10, 0)};
    FakeCrypto crypto;
    Context ctx{store, clock, crypto.ports()};
    StaffService staff{ctx};
    EXPECT_TRUE(staff.needs_bootstrap());
    ASSERT_TRUE(staff.add_branch(std::nullopt, {"001", "本店", "", ""}));
    EXPECT_EQ(
        staff.add_staff(std::nullopt, {"t", "t", "001", "teller", "password-0001"}).refusal().code,
        "bootstrap_needs_admin");
    EXPECT_TRUE(staff.add_staff(std::nullopt, {"a", "a", "001", "admin", "password-0001"}));
}

TEST_F(DeskTest, OnlyAdminsAddStaffAndBranches) {
    EXPECT_EQ(staff.add_staff(manager, {"x", "x", "001", "teller", "password-0001"}).refusal().code,
              "role_not_allowed");
    EXPECT_EQ(staff.add_branch(teller, {"009", "x", "", ""}).refusal().code, "role_not_allowed");
}

TEST_F(DeskTest, StaffPasswordsAreHashedNeverStored) {
    EXPECT_EQ(store.state().staff.at("teller").password_hash.find("password-0001"), std::string::npos);
}

TEST_F(DeskTest, RepeatedFailedSignInsLockTheStaffAccount) {
    for (int i = 1; i < kStaffLockThreshold; ++i)
        EXPECT_EQ(staff.sign_in("teller", "wrong-pass").refusal().code, "sign_in_failed");
    EXPECT_EQ(staff.sign_in("teller", "wrong-pass").refusal().code, "staff_locked");
    EXPECT_EQ(staff.sign_in("teller", "password-0001").refusal().code, "staff_locked");
    ASSERT_TRUE(staff.reset_password(admin, "teller", "new-password-01"));
    EXPECT_EQ(staff.sign_in("teller", "new-password-01").refusal().code, "password_change_required")
        << "the administrator knows the password they set";
    ASSERT_TRUE(staff.change_password("teller", "new-password-01", "own-password-01"));
    EXPECT_TRUE(staff.sign_in("teller", "own-password-01"));
}

TEST_F(DeskTest, SuccessfulSignInResetsTheFailureCount) {
    staff.sign_in("teller", "wrong-pass");
    EXPECT_TRUE(staff.sign_in("teller", "password-0001"));
    EXPECT_EQ(store.state().staff.at("teller").failed_logins, 0);
}

TEST_F(DeskTest, UnknownStaffAndWrongPasswordLookTheSame) {
    const auto unknown = staff.sign_in("nobody", "x").refusal();
    const auto wrong = staff.sign_in("teller", "x").refusal();
    EXPECT_EQ(unknown.code, "sign_in_failed");
    EXPECT_EQ(unknown.code, wrong.code);
    EXPECT_EQ(unknown.field, wrong.field);
}

TEST_F(DeskTest, UnknownStaffAndWrongPasswordTakeTheSamePasswordWork) {
    // The time a sign-in takes is its password hashing: the same for both, or timing would
    // tell which staff IDs exist.
    crypto.hasher.derivations = 0;
    (void)staff.sign_in("nobody", "x");
    const int unknown = crypto.hasher.derivations;
    crypto.hasher.derivations = 0;
    (void)staff.sign_in("teller", "x");
    EXPECT_EQ(unknown, crypto.hasher.derivations);
    EXPECT_EQ(unknown, 1);
}

TEST_F(DeskTest, SignInRefusalsNameTheFieldToCorrect) {
    EXPECT_EQ(staff.sign_in("teller", "wrong-pass").refusal().field, "password");
    for (int i = 1; i < kStaffLockThreshold; ++i) staff.sign_in("teller", "wrong-pass");
    EXPECT_EQ(staff.sign_in("teller", "password-0001").refusal().field, "staff_id");
}

TEST_F(DeskTest, SignInCarriesTheStaffNameForDisplay) {
    const auto actor = staff.sign_in("teller", "password-0001");
    ASSERT_TRUE(actor);
    EXPECT_EQ(actor.value().staff_name, store.state().staff.at("teller").name);
    EXPECT_FALSE(actor.value().staff_name.empty());
}

TEST_F(DeskTest, PolicyIsSetByAdminsOnly) {
    EXPECT_EQ(policy.set(manager, "lock_threshold", "3").refusal().code, "role_not_allowed");
    ASSERT_TRUE(policy.set(admin, "lock_threshold", "3"));
    EXPECT_EQ(policy.current().lock_threshold, 3);
    EXPECT_EQ(policy.set(admin, "lock_threshold", "x").refusal().field, "value");
}
