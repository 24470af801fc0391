// libFuzzer entry for report templates: whatever the bytes, reading a template returns it or
// throws core::Fault naming the template; a crash, a hang or another exception is a finding.
// Templates are data an administrator may edit, so the loader must hold against any of them.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "font_face.h"
#include "td/core/outcome.h"
#include "template_loader.h"

namespace {

const td::reports::FontFace& font() {
    static const td::reports::FontFace face(TD_FUZZ_FONT);
    return face;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        (void)td::reports::parse_template(text, "fuzz", "fuzz.json", font());
    } catch (const td::core::Fault&) {
    }
    return 0;
}
