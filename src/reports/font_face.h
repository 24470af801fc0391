#pragma once
// The configured font, loaded once: which code points it covers, how wide each glyph is (for
// layout), and subsets of it for embedding.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "td/core/printable.h"

struct hb_blob_t;
struct hb_face_t;

namespace td::reports {

class FontFace {
  public:
    // Throws core::Fault naming the file (and the Debian package for the default font).
    explicit FontFace(const std::filesystem::path& file);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    const std::filesystem::path& file() const { return file_; }
    // Core's rule first (printable.h: no control, format, bidi or zero-width character, no
    // emoji, whatever glyph the font may have), then the font. Only the Basic Multilingual
    // Plane: libharu 2.3 turns anything above it into spaces.
    bool covers(char32_t cp) const {
        return cp < 0x10000 && core::may_be_printed(cp) && advance_[cp] != kNoGlyph;
    }
    // Advance in thousandths of an em, truncated exactly as libharu writes the PDF's /W array,
    // so that measured and printed widths agree.
    int advance(char32_t cp) const { return covers(cp) ? advance_[cp] : 0; }
    // Ascender as a fraction of the em (baseline position inside a line).
    double ascender() const { return ascender_; }

    // A TrueType font holding only the glyphs of these (covered) code points.
    std::string subset(const std::vector<char32_t>& code_points) const;

  private:
    static constexpr std::uint16_t kNoGlyph = 0xFFFF;
    std::filesystem::path file_;
    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    std::vector<std::uint16_t> advance_;  // per BMP code point; kNoGlyph when not covered
    double ascender_ = 0.88;
};

}  // namespace td::reports
