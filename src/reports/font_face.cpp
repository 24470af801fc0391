#include "font_face.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <memory>
#include <system_error>

#include "compact_cmap.h"
#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"

namespace td::reports {
namespace {

template <class T, void (*Destroy)(T*)>
struct HbDeleter {
    void operator()(T* p) const { Destroy(p); }
};
using SubsetInput =
    std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;
using Face = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using Font = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using Set = std::unique_ptr<hb_set_t, HbDeleter<hb_set_t, hb_set_destroy>>;

// Tables libharu never reads or embeds (it copies only the 13 TrueType tables it needs, and
// writes empty ones for the hinting tables NO_HINTING drops). Dropping them saves the time
// HarfBuzz spends on layout closure (GSUB/GPOS) and vertical metrics.
constexpr const char* kDroppedTables[] = {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea",
                                          "vmtx", "VORG", "gasp", "kern", "DSIG", "hdmx",
                                          "VDMX", "LTSH", "PCLT", "mort", "morx"};

}  // namespace

FontFace::FontFace(const std::filesystem::path& file) : file_(file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        throw core::Fault("font file " + platform::utf8_of(file) +
                          " not found: install the Debian package fonts-ipaexfont "
                          "(apt-get install fonts-ipaexfont) or set TOKENDESK_FONT to a "
                          "TrueType font with Japanese glyphs");
    }
    blob_ = hb_blob_create_from_file_or_fail(platform::utf8_of(file).c_str());
    if (!blob_) throw core::Fault("font file " + platform::utf8_of(file) + " cannot be read");
    face_ = hb_face_create(blob_, 0);
    if (hb_face_get_glyph_count(face_) == 0) {
        hb_face_destroy(face_);
        hb_blob_destroy(blob_);
        throw core::Fault("font file " + platform::utf8_of(file) +
                          " is not a TrueType/OpenType font");
    }

    const Font font(hb_font_create(face_));
    const unsigned upem = hb_face_get_upem(face_);
    advance_.assign(0x10000, kNoGlyph);
    const Set unicodes(hb_set_create());
    hb_face_collect_unicodes(face_, unicodes.get());
    hb_codepoint_t cp = HB_SET_VALUE_INVALID;
    while (hb_set_next(unicodes.get(), &cp) && cp < 0x10000) {
        hb_codepoint_t glyph = 0;
        if (!hb_font_get_nominal_glyph(font.get(), cp, &glyph)) continue;
        const auto units = static_cast<unsigned>(hb_font_get_glyph_h_advance(font.get(), glyph));
        advance_[cp] = static_cast<std::uint16_t>(units * 1000u / upem);
    }
    hb_position_t ascender = 0;
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender) &&
        ascender > 0)
        ascender_ = static_cast<double>(ascender) / static_cast<double>(upem);
}

FontFace::~FontFace() {
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
}

std::string FontFace::subset(const std::vector<char32_t>& code_points) const {
    const SubsetInput input(hb_subset_input_create_or_fail());
    if (!input) throw core::Fault("font subsetting: out of memory");
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (char32_t cp : code_points) hb_set_add(unicodes, cp);
    // Hinting is for screens at small sizes; print and PDF viewers do without it (it would
    // also add about half again to the embedded font).
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : kDroppedTables) hb_set_add(dropped, hb_tag_from_string(tag, 4));

    const Face result(hb_subset_or_fail(face_, input.get()));
    if (!result) throw core::Fault("font subsetting failed for " + platform::utf8_of(file_));
    const Blob blob(hb_face_reference_blob(result.get()));
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob.get(), &length);
    if (!data || length == 0) throw core::Fault("font subsetting produced an empty font");

    // The subset renumbers glyphs; ask it for the new numbers to build the compact cmap.
    const Font subset_font(hb_font_create(result.get()));
    GlyphMapping mapping;
    std::vector<char32_t> sorted(code_points);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (char32_t cp : sorted) {
        hb_codepoint_t glyph = 0;
        if (cp < 0xFFFF && hb_font_get_nominal_glyph(subset_font.get(), cp, &glyph))
            mapping.emplace_back(cp, static_cast<std::uint16_t>(glyph));
    }
    if (mapping.empty()) return std::string(data, length);
    return with_compact_cmap(std::string_view(data, length), mapping);
}

}  // namespace td::reports
