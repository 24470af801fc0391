// CSV for spreadsheets: a byte-order mark before UTF-8, fields quoted as RFC 4180 says, CRLF
// line ends, and CP932 that holds the characters Japanese offices use and names the first one it
// cannot hold.
#include "td/runtime/csv_file.h"

#include <gtest/gtest.h>

namespace td::runtime {
namespace {

const std::vector<std::vector<std::string>> kRows{
    {"店名", "項目", "値"},
    {"髙島屋前支店", "①受付, 再発行", "12"},
    {"本店", "\"引用\"", "3"}};

TEST(CsvFile, Utf8StartsWithAByteOrderMarkAndQuotesWhatNeedsIt) {
    const auto bytes = csv_bytes(kRows, CsvEncoding::utf8_bom).value();
    EXPECT_EQ(bytes,
              "\xEF\xBB\xBF"
              "店名,項目,値\r\n"
              "髙島屋前支店,\"①受付, 再発行\",12\r\n"
              "本店,\"\"\"引用\"\"\",3\r\n");
}

TEST(CsvFile, Cp932HoldsTheCharactersOfJapaneseOfficesWithoutAMark) {
    const auto bytes = csv_bytes({{"髙", "①", "㈱", "ｶﾅ", "ー"}}, CsvEncoding::cp932).value();
    EXPECT_EQ(bytes, "\xFB\xFC,\x87\x40,\x87\x8A,\xB6\xC5,\x81\x5B\r\n");
}

TEST(CsvFile, Cp932RefusesACharacterItCannotHoldNamingItAndWhere) {
    auto rows = kRows;
    rows[2][0] = "𠮷野支店";
    const auto refused = csv_bytes(rows, CsvEncoding::cp932);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.refusal().code, "cp932_unmappable");
    EXPECT_EQ(refused.refusal().arg("character"), "𠮷");
    EXPECT_EQ(refused.refusal().arg("code_point"), "U+20BB7");
    EXPECT_EQ(refused.refusal().arg("where"), "店名 / 3");
    rows[2][0] = "本店";
    rows[1][1] = "受付😀";
    EXPECT_EQ(csv_bytes(rows, CsvEncoding::cp932).refusal().arg("code_point"), "U+1F600");
}

TEST(CsvFile, EncodingNames) {
    EXPECT_EQ(csv_encoding("utf-8"), CsvEncoding::utf8_bom);
    EXPECT_EQ(csv_encoding("cp932"), CsvEncoding::cp932);
    EXPECT_EQ(csv_encoding("shift_jis"), CsvEncoding::cp932);
    EXPECT_FALSE(csv_encoding("latin1"));
}

}  // namespace
}  // namespace td::runtime
