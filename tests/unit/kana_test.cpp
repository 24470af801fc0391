#include "td/core/kana.h"

#include <gtest/gtest.h>

#include "td/core/validation.h"

using td::core::fold_width;
using td::core::normalize_kana;

TEST(FoldWidth, HalfWidthKatakanaBecomesFullWidthWithMarksComposed) {
    EXPECT_EQ(fold_width("ｻｸﾗ"), "サクラ");
    EXPECT_EQ(fold_width("ｶﾞｷﾞｸﾞ"), "ガギグ");
    EXPECT_EQ(fold_width("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ"), "パピプペポ");
    EXPECT_EQ(fold_width("ﾊﾞｳﾞ"), "バヴ");
    EXPECT_EQ(fold_width("ｯｰｧ･"), "ッーァ・");
    EXPECT_EQ(fold_width("ｶﾌﾞｼｷｶﾞｲｼｬ"), "カブシキガイシャ");
}

TEST(FoldWidth, AMarkThatCannotComposeStaysSeparate) {
    // ア has no voiced form: the mark is kept as the spacing ゛, which the kana rule refuses.
    EXPECT_EQ(fold_width("ｱﾞ"), "ア゛");
    EXPECT_EQ(fold_width("ﾞ"), "゛");
    EXPECT_EQ(fold_width("ｻﾟ"), "サ゜");
}

TEST(FoldWidth, FullWidthAsciiAndIdeographicSpaceBecomeAscii) {
    EXPECT_EQ(fold_width("ＡＢＣ１２３"), "ABC123");
    EXPECT_EQ(fold_width("サクラ　ショウジ"), "サクラ ショウジ");
    EXPECT_EQ(fold_width("（カ）"), "(カ)");
}

TEST(FoldWidth, LeavesWhatWouldChangeMeaningAndFullWidthKanaAlone) {
    EXPECT_EQ(fold_width("①②"), "①②");
    EXPECT_EQ(fold_width("㈱"), "㈱");
    EXPECT_EQ(fold_width("サクラ株式会社"), "サクラ株式会社");
    EXPECT_EQ(fold_width("さくら"), "さくら");
    const std::string invalid("\xff\xfe");
    EXPECT_EQ(fold_width(invalid), invalid);
}

TEST(NormalizeKana, HiraganaAndHalfWidthBecomeFullWidthKatakana) {
    EXPECT_EQ(normalize_kana("さくら"), "サクラ");
    EXPECT_EQ(normalize_kana("ｻｸﾗ ｼｮｳｼﾞ"), "サクラ ショウジ");
    EXPECT_EQ(normalize_kana("かぶしきがいしゃ"), "カブシキガイシャ");
}

TEST(NormalizeKana, ResultPassesTheKanaRuleCircledDigitsDoNot) {
    EXPECT_FALSE(td::core::check_kana("company_kana", normalize_kana("ｻｸﾗｼｮｳｼﾞ")));
    EXPECT_TRUE(td::core::check_kana("company_kana", normalize_kana("サクラ①")));
    EXPECT_TRUE(td::core::check_kana("company_kana", normalize_kana("ｱﾞ")));
}
