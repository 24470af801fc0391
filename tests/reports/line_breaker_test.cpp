// Japanese line breaking: kinsoku, Latin words kept whole, list markers hanging.
#include "line_breaker.h"

#include "font_face.h"
#include "renderer_fixture.h"
#include "utf8.h"

namespace td::reports::testing {
namespace {

const FontFace& font() {
    static const FontFace f(source_config().font_file);
    return f;
}

constexpr double kEm10 = 10.0 * 25.4 / 72.0;  // one full-width character at 10 pt, in mm

std::vector<std::string> wrap(const std::u32string& text, double chars, double hang = 0,
                              bool markers = false) {
    std::vector<std::string> out;
    for (const auto& l :
         wrap_text(text, font(), WrapSpec{chars * kEm10 + 0.01, 10, 0, hang, markers}))
        out.push_back(encode_utf8(l.text));
    return out;
}

TEST(LineBreaker, BreaksBetweenAnyCjkCharacters) {
    EXPECT_EQ(wrap(U"あいうえおかきくけこ", 4),
              (std::vector<std::string>{"あいうえ", "おかきく", "けこ"}));
}

TEST(LineBreaker, ClosingPunctuationHangsRatherThanStartingALine) {
    // 。 would start the second line: it stays on the first, past the margin (burasagari).
    EXPECT_EQ(wrap(U"あいうえ。かき", 4), (std::vector<std::string>{"あいうえ。", "かき"}));
}

TEST(LineBreaker, ClosingBracketsTakeThePreviousCharacterAlong) {
    // 」 may not start a line and 「 may not end one: the break moves back before 「.
    EXPECT_EQ(wrap(U"あいう「え」かき", 5), (std::vector<std::string>{"あいう", "「え」かき"}));
}

TEST(LineBreaker, OpeningBracketsNeverEndALine) {
    EXPECT_EQ(wrap(U"あいう「えお」", 4), (std::vector<std::string>{"あいう", "「えお」"}));
}

TEST(LineBreaker, LatinWordsStayWhole) {
    const auto lines = wrap(U"Please keep this letter safe", 8);
    for (const auto& l : lines) {
        EXPECT_NE(l.front(), ' ');
        EXPECT_NE(l.back(), ' ');
    }
    std::string joined;
    for (const auto& l : lines) joined += (joined.empty() ? "" : " ") + l;
    EXPECT_EQ(joined, "Please keep this letter safe");
}

TEST(LineBreaker, AWordLongerThanTheLineIsCut) {
    const auto lines = wrap(U"9f2c4e71a03b58d6e1f7c2a94b0d36e5", 4);
    EXPECT_GT(lines.size(), 1u);
    std::string joined;
    for (const auto& l : lines) joined += l;
    EXPECT_EQ(joined, "9f2c4e71a03b58d6e1f7c2a94b0d36e5");
}

TEST(LineBreaker, NewlinesStartParagraphs) {
    EXPECT_EQ(wrap(U"あい\n\nう", 10), (std::vector<std::string>{"あい", "", "う"}));
}

TEST(LineBreaker, ListMarkersHangTheirParagraph) {
    const auto lines = wrap_text(U"１．あいうえおかきくけこ\n※ さしすせそたちつてと", font(),
                                 WrapSpec{6 * kEm10 + 0.01, 10, 0, 0, true});
    ASSERT_EQ(lines.size(), 6u);
    EXPECT_DOUBLE_EQ(lines[0].offset, 0);
    EXPECT_NEAR(lines[1].offset, 2 * kEm10, 0.01);  // under the text after "１．"
    EXPECT_DOUBLE_EQ(lines[3].offset, 0);
    EXPECT_NEAR(lines[4].offset, text_width(U"※ ", font(), 10), 0.01);
}

TEST(LineBreaker, WidthsMatchTheFontAdvances) {
    EXPECT_NEAR(text_width(U"あいう", font(), 10), 3 * kEm10, 1e-9);
    // IPAex digits are proportional: 0.618 em.
    EXPECT_NEAR(text_width(U"0", font(), 10), 0.618 * kEm10, 1e-9);
}

}  // namespace
}  // namespace td::reports::testing
