// What can be entered is what can be printed: one rule (printable.h) for entry checks and the
// renderer, and every free-text field refuses what it can never print, naming the character.
#include "td/core/printable.h"

#include <gtest/gtest.h>

#include "desk_fixture.h"
#include "td/core/messages.h"
#include "td/core/validation.h"

using namespace td::core;
using td::test::DeskTest;

namespace {

std::string code_of(const Check& c) {
    return c ? c->code : "ok";
}

std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}

TEST(Printable, OrdinaryJapaneseAndGaijiArePrintableInPrinciple) {
    for (char32_t cp : {U'A', U'あ', U'ア', U'漢', U'髙', U'〒', U'★', U'♪', U'　', U'・',
                        char32_t(0x20BB7) /* 𠮷: printed through its substitute */})
        EXPECT_TRUE(may_be_printed(cp)) << std::hex << unsigned(cp);
}

TEST(Printable, EveryClassThatCanNeverBePrinted) {
    const std::pair<char32_t, CharacterClass> cases[] = {
        {0x00, CharacterClass::control},        {0x0A, CharacterClass::control},
        {0x7F, CharacterClass::control},        {0x85, CharacterClass::control},
        {0x200B, CharacterClass::invisible},    {0x200D, CharacterClass::invisible},
        {0x200E, CharacterClass::invisible},    {0x2028, CharacterClass::invisible},
        {0x2029, CharacterClass::invisible},    {0x202A, CharacterClass::invisible},
        {0x202E, CharacterClass::invisible},    {0x2066, CharacterClass::invisible},
        {0x2069, CharacterClass::invisible},    {0x00AD, CharacterClass::invisible},
        {0xFEFF, CharacterClass::invisible},    {0xFE0F, CharacterClass::invisible},
        {0xE0100, CharacterClass::invisible},   {0xE0041, CharacterClass::invisible},
        {0x1F600, CharacterClass::pictograph},  {0x1F1EF, CharacterClass::pictograph},
        {0x1F3FB, CharacterClass::pictograph},  {0x2615, CharacterClass::pictograph},
        {0x26A1, CharacterClass::pictograph},   {0x2B50, CharacterClass::pictograph},
        {0x20E3, CharacterClass::pictograph},   {0xE000, CharacterClass::private_use},
        {0xF8FF, CharacterClass::private_use},  {0x10FFFD, CharacterClass::private_use},
        {0xFDD0, CharacterClass::noncharacter}, {0xFFFE, CharacterClass::noncharacter},
        {0x1FFFF, CharacterClass::noncharacter}, {0xD800, CharacterClass::noncharacter},
        {0xFFFD, CharacterClass::noncharacter}, {0x110000, CharacterClass::noncharacter},
    };
    for (const auto& [cp, kind] : cases) {
        EXPECT_EQ(classify_character(cp), kind) << std::hex << unsigned(cp);
        EXPECT_FALSE(may_be_printed(cp)) << std::hex << unsigned(cp);
    }
}

TEST(Printable, RefusalNamesTheFieldAndTheCharacter) {
    const auto emoji = check_text("company", "株式会社😀", kMaxNameChars);
    ASSERT_TRUE(emoji);
    EXPECT_EQ(emoji->code, "character_not_allowed");
    EXPECT_EQ(emoji->field, "company");
    EXPECT_EQ(emoji->arg("code_point"), "U+1F600");
    EXPECT_EQ(emoji->arg("character"), "😀 (U+1F600)");
    EXPECT_NE(message_text(*emoji, Language::ja).find("😀 (U+1F600)"), std::string::npos);
    EXPECT_NE(message_text(*emoji, Language::ja).find("会社名"), std::string::npos);
    // An invisible character is named by its code point only: shown, it would show nothing.
    const auto rlo = check_text("address", "東京都\u202E1-1", kMaxAddressChars);
    ASSERT_TRUE(rlo);
    EXPECT_EQ(rlo->code, "character_not_allowed");
    EXPECT_EQ(rlo->arg("character"), "U+202E");
    EXPECT_EQ(code_of(check_text("name", "a\nb", 10)), "control_character");
}

TEST(Printable, EveryFreeTextRuleRefusesThem) {
    const char* bad[] = {"テスト\u200B", "テスト\u2028", "テスト\u2066", "テスト\uFE0F",
                         "テスト\uE000", "テスト\U0001F600"};
    for (const char* value : bad) {
        EXPECT_EQ(code_of(check_text("company", value, kMaxNameChars)), "character_not_allowed")
            << value;
        EXPECT_EQ(code_of(check_kana("company_kana", value)), "character_not_allowed") << value;
        EXPECT_EQ(code_of(check_text("memo", value, kMaxDetailsChars, false)),
                  "character_not_allowed")
            << value;
    }
}

TEST(Blank, RequiredFieldsMustNotBeSpacesOnly) {
    for (const char* value : {" ", "   ", "　", " 　 ", "\u2003"})
        EXPECT_EQ(code_of(check_text("company", value, kMaxNameChars)), "required") << value;
    EXPECT_EQ(code_of(check_text("company", " 株式会社 ", kMaxNameChars)), "ok");
    // Optional fields may stay as typed.
    EXPECT_EQ(code_of(check_text("memo", "　", kMaxDetailsChars, false)), "ok");
}

TEST_F(DeskTest, ContractWithAnEmojiIsRefusedAtEntryNamingIt) {
    auto r = customers.add_contract(teller, {"1000002", "株式会社😀", "カブシキガイシャ", "", "",
                                             "100-0001", "東京都", "", "001"});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().code, "character_not_allowed");
    EXPECT_EQ(r.refusal().field, "company");
    EXPECT_EQ(r.refusal().arg("code_point"), "U+1F600");
    auto blank = customers.add_contract(teller, {"1000003", "　", "カブシキガイシャ", "", "",
                                                 "100-0001", "東京都", "", "001"});
    EXPECT_EQ(refusal_code(blank), "required");
    auto bidi = customers.add_user(teller, {"user9", "1000001", "山田\u202E花子", "general", ""});
    EXPECT_EQ(refusal_code(bidi), "character_not_allowed");
}

}  // namespace
