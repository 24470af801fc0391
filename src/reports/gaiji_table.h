#pragma once
// Registered substitutes for characters the documents cannot print (reports/gaiji.tsv), e.g.
// 𠮷 (U+20BB7) → 吉. Core decides whether to use one; the table only says which is registered.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace td::reports {

class FontFace;

class GaijiTable {
  public:
    GaijiTable() = default;
    // Lines: "U+20BB7<TAB>𠮷<TAB>吉<TAB>comment"; '#' starts a comment line. A malformed line,
    // or a substitute the font cannot print, throws core::Fault naming the file and line.
    static GaijiTable load(const std::filesystem::path& file, const FontFace& font);

    std::optional<std::string> substitute(char32_t cp) const;
    std::size_t size() const { return entries_.size(); }

  private:
    std::map<char32_t, std::string> entries_;
};

}  // namespace td::reports
