// Input at the edges: what a slip of the keyboard gives is refused as a format error, and
// counts toward no lock; dates on written forms stay in a sane range; blank passwords refused.
#include "desk_fixture.h"
#include "td/core/utf8.h"

using namespace td::test;

namespace {

std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}

// "123456" → "１２３４５６" (U+FF10..U+FF19).
std::string full_width(const std::string& ascii) {
    std::string out;
    for (char c : ascii) append_utf8(out, char32_t(0xFF10 + (c - '0')));
    return out;
}

TEST_F(DeskTest, FullWidthOtpIsAFormatErrorAndDoesNotCount) {
    const SecretBytes seed = active_token("master1");
    const std::string code = code_at(seed, clock.now());
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(refusal_code(tokens.verify_otp("master1", full_width(code))),
                  "full_width_digits");
    EXPECT_EQ(user("master1").fail_count, 0);
    EXPECT_EQ(user("master1").otp_state, OtpState::active);
    // A short or lettered code is no guess either.
    EXPECT_EQ(refusal_code(tokens.verify_otp("master1", "12345")), "digits_length");
    EXPECT_EQ(refusal_code(tokens.verify_otp("master1", "12345a")), "digits_length");
    EXPECT_EQ(user("master1").fail_count, 0);
    EXPECT_TRUE(tokens.verify_otp("master1", code).value().accepted);
}

TEST_F(DeskTest, FullWidthMasterOtpDoesNotCountTowardTheMastersLock) {
    const SecretBytes seed = active_token("master1");
    const std::string code = code_at(seed, clock.now());
    EXPECT_EQ(refusal_code(tokens.online_revoke("master1", "master1", full_width(code))),
              "full_width_digits");
    EXPECT_EQ(user("master1").fail_count, 0);
}

TEST_F(DeskTest, WrittenFormDatesFrom2000UpToToday) {
    store.state().users.at("master1").otp_state = OtpState::locked;
    const auto unlock_on = [&](const std::string& date) {
        return refusal_code(applications.apply_unlock(teller, {"master1", {date, true, true, "", "", ""}}));
    };
    EXPECT_EQ(unlock_on("1999-12-31"), "date_too_early");
    EXPECT_EQ(unlock_on("1026-11-26"), "date_too_early");
    EXPECT_EQ(unlock_on("2026-11-27"), "date_in_future");
    EXPECT_EQ(unlock_on("2062-11-26"), "date_in_future");
    EXPECT_EQ(unlock_on("２０２６-１１-２６"), "full_width_digits");
    EXPECT_EQ(unlock_on("2000-01-01"), "ok");
}

TEST_F(DeskTest, WrittenFormDateTodayIsJapanTimeNotUtc) {
    store.state().users.at("master1").otp_state = OtpState::locked;
    // 00:30 on 27 November in Japan is still 26 November in UTC.
    clock.set(japan(2026, 11, 27, 0, 30));
    EXPECT_EQ(refusal_code(applications.apply_unlock(teller, {"master1", {"2026-11-27", true, true, "", "", ""}})), "ok");
}

TEST_F(DeskTest, StaffPasswordsMustNotBeBlank) {
    for (const char* pw : {"", "        ", "　　　　　　　　", " \u3000 \u3000 \u3000 \u3000"}) {
        EXPECT_EQ(refusal_code(staff.add_staff(admin, {"newbie", "新人", "001", "teller", pw})),
                  "required")
            << pw;
        EXPECT_EQ(refusal_code(staff.reset_password(admin, "teller", pw)), "required") << pw;
    }
    const auto bidi =
        staff.add_staff(admin, {"newbie", "新人", "001", "teller", "pass\u202Eword-0001"});
    ASSERT_FALSE(bidi);
    EXPECT_EQ(bidi.refusal().code, "password_character");
    EXPECT_TRUE(bidi.refusal().args.empty());  // never echoes a character of a password
    EXPECT_TRUE(staff.add_staff(admin, {"newbie", "新人", "001", "teller", "pass word 0001"}));
}

TEST_F(DeskTest, IdsDifferingOnlyInLetterCaseAreDuplicates) {
    auto user = customers.add_user(teller, {"MASTER1", "1000001", "山田", "general", ""});
    ASSERT_FALSE(user);
    EXPECT_EQ(user.refusal().code, "already_exists");
    EXPECT_EQ(user.refusal().field, "login_id");
    EXPECT_EQ(user.refusal().arg("existing"), "master1");
    EXPECT_EQ(refusal_code(customers.add_contract(teller, {"1000001", "株式会社", "カブシキガイシャ",
                                                           "", "", "100-0001", "東京都", "",
                                                           "001"})),
              "already_exists");
    ASSERT_TRUE(customers.add_contract(teller, {"AB-1", "株式会社", "カブシキガイシャ", "", "",
                                                "100-0001", "東京都", "", "001"}));
    EXPECT_EQ(refusal_code(customers.add_contract(teller, {"ab-1", "株式会社", "カブシキガイシャ",
                                                           "", "", "100-0001", "東京都", "",
                                                           "001"})),
              "already_exists");
    EXPECT_EQ(refusal_code(staff.add_staff(admin, {"Teller", "窓口", "001", "teller",
                                                   "password-0001"})),
              "already_exists");
    // Exactly the same ID is refused as before; a different one is not.
    EXPECT_EQ(refusal_code(customers.add_user(teller, {"master1", "1000001", "山田", "general",
                                                       ""})),
              "already_exists");
    EXPECT_EQ(refusal_code(customers.add_user(teller, {"master2", "1000001", "山田", "general",
                                                       ""})),
              "ok");
}

}  // namespace
