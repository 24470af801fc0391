// Input rules: rule 2 (usage-start password), rule 3 (mobile e-mail), text limits.
#include "td/core/validation.h"

#include <gtest/gtest.h>

#include "td/core/messages.h"
#include "td/core/policy.h"

using namespace td::core;

namespace {

std::string code_of(const Check& c) {
    return c ? c->code : "ok";
}

TEST(StartPassword, FourToEightHalfWidthDigits) {
    EXPECT_EQ(code_of(check_start_password("123")), "start_password_format");
    EXPECT_EQ(code_of(check_start_password("1234")), "ok");
    EXPECT_EQ(code_of(check_start_password("12345678")), "ok");
    EXPECT_EQ(code_of(check_start_password("123456789")), "start_password_format");
}

TEST(StartPassword, RefusesFullWidthDigitsByName) {
    const auto r = check_start_password("１２３４");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->code, "full_width_digits");
    EXPECT_EQ(r->field, "start_password");
}

TEST(StartPassword, RefusesLettersSpacesAndOtherDigitScripts) {
    EXPECT_EQ(code_of(check_start_password("12a4")), "start_password_format");
    EXPECT_EQ(code_of(check_start_password("12 34")), "start_password_format");
    EXPECT_EQ(code_of(check_start_password("١٢٣٤")), "start_password_format");  // Arabic-Indic
    EXPECT_EQ(code_of(check_start_password("")), "required");
}

class MobileEmail : public ::testing::Test {
  protected:
    std::vector<std::string> domains = Policy::defaults().mobile_domains;
    std::string check(const std::string& e) {
        return code_of(check_mobile_email("mobile_email", e, domains));
    }
};

TEST_F(MobileEmail, AcceptsCarrierAddresses) {
    EXPECT_EQ(check("taro@docomo.ne.jp"), "ok");
    EXPECT_EQ(check("taro@i.softbank.jp"), "ok");
    EXPECT_EQ(check("Taro@EZWEB.NE.JP"), "ok");
}

TEST_F(MobileEmail, AcceptsCarrierQuirksBeyondRfc5322) {
    EXPECT_EQ(check("taro..yamada@docomo.ne.jp"), "ok");
    EXPECT_EQ(check("taro.@docomo.ne.jp"), "ok");
}

TEST_F(MobileEmail, RefusesPcAddresses) {
    EXPECT_EQ(check("taro@gmail.com"), "email_not_mobile");
    EXPECT_EQ(check("taro@example.co.jp"), "email_not_mobile");
    EXPECT_EQ(check("taro@notdocomo.ne.jp"), "email_not_mobile");
}

TEST_F(MobileEmail, RefusesMalformedAddresses) {
    EXPECT_EQ(check("taro"), "email_format");
    EXPECT_EQ(check("@docomo.ne.jp"), "email_format");
    EXPECT_EQ(check("a@b@docomo.ne.jp"), "email_format");
    EXPECT_EQ(check("taro yamada@docomo.ne.jp"), "email_format");
    EXPECT_EQ(check("たろう@docomo.ne.jp"), "email_format");
    EXPECT_EQ(check("taro@docomo..ne.jp"), "email_format");
}

TEST(Text, StoresQuotesAndSqlMetacharactersAsText) {
    EXPECT_FALSE(check_text("name", "O'Brien\"; DROP TABLE users; --", kMaxNameChars));
}

TEST(Text, RefusesTenKilobytes) {
    const auto r = check_text("name", std::string(10 * 1024, 'a'), kMaxNameChars);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->code, "too_long");
    EXPECT_EQ(r->arg("max"), "100");
}

TEST(Text, CountsCodePointsNotBytes) {
    std::string hundred_kanji;
    for (int i = 0; i < 100; ++i) hundred_kanji += "漢";
    EXPECT_FALSE(check_text("name", hundred_kanji, kMaxNameChars));
    EXPECT_TRUE(check_text("name", hundred_kanji + "字", kMaxNameChars));
}

TEST(Text, RefusesInvalidUtf8) {
    EXPECT_EQ(code_of(check_text("name", "\xff\xfe", 10)), "invalid_utf8");
    EXPECT_EQ(code_of(check_text("name", "\xe6\xbc", 10)), "invalid_utf8");      // truncated
    EXPECT_EQ(code_of(check_text("name", "\xc0\xaf", 10)), "invalid_utf8");      // overlong
    EXPECT_EQ(code_of(check_text("name", "\xed\xa0\x80", 10)), "invalid_utf8");  // surrogate
    EXPECT_EQ(code_of(check_text("name", "\xf0\xa0\xae\xb7", 10)), "ok");        // 𠮷
}

TEST(Text, RefusesControlCharacters) {
    EXPECT_EQ(code_of(check_text("name", "a\nb", 10)), "control_character");
}

TEST(Fields, PostalCodeIsNormalised) {
    EXPECT_EQ(normalize_postal_code("postal", "1000001").value(), "100-0001");
    EXPECT_EQ(normalize_postal_code("postal", "100-0001").value(), "100-0001");
    EXPECT_FALSE(normalize_postal_code("postal", "100-00011"));
    EXPECT_EQ(normalize_postal_code("postal", "１００-０００１").refusal().code,
              "full_width_digits");
}

TEST(Fields, KanaMustBeKatakana) {
    EXPECT_FALSE(check_kana("company_kana", "カブシキガイシャ　テスト"));
    EXPECT_EQ(code_of(check_kana("company_kana", "かぶしきがいしゃ")), "kana_format");
    EXPECT_EQ(code_of(check_kana("company_kana", "株式会社")), "kana_format");
}

TEST(Fields, BranchCodeIsThreeDigits) {
    EXPECT_FALSE(check_branch_code("code", "001"));
    EXPECT_TRUE(check_branch_code("code", "01"));
    EXPECT_EQ(code_of(check_branch_code("code", "００１")), "full_width_digits");
}

TEST(Fields, PhoneNumbers) {
    EXPECT_FALSE(check_phone("phone", "03-1234-5678", true));
    EXPECT_FALSE(check_phone("phone", "090-1234-5678", true));
    EXPECT_TRUE(check_phone("phone", "1234", true));
    EXPECT_FALSE(check_phone("phone", "", false));
}

}  // namespace

// The id_format message lists exactly what each check lets through.
TEST(IdFormat, TheMessageStatesTheCharactersEachCheckAllows) {
    EXPECT_FALSE(check_login_id("login_id", "Az09-_."));
    const auto login = check_login_id("login_id", "yamada 01");
    ASSERT_TRUE(login);
    EXPECT_NE(message_text(*login, Language::en).find("A-Z a-z 0-9 - _ ."), std::string::npos);

    EXPECT_FALSE(check_contract_number("number", "Az09-"));
    for (const char* refused : {"C_1", "C.1"}) {
        const auto contract = check_contract_number("number", refused);
        ASSERT_TRUE(contract) << refused;
        const auto text = message_text(*contract, Language::en);
        EXPECT_NE(text.find(": A-Z a-z 0-9 -"), std::string::npos) << text;
        EXPECT_EQ(text.find('_'), std::string::npos) << text;
        EXPECT_NE(message_text(*contract, Language::ja).find("A-Z a-z 0-9 -"), std::string::npos);
    }
}
