// libFuzzer entry for tokendesk.conf: whatever the bytes, parsing returns settings or throws
// core::Fault; settings that parse are written back in a form that parses to the same values,
// so the desktop's settings screen never writes a file TokenDesk cannot read again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "td/core/outcome.h"
#include "td/runtime/settings_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace td::runtime;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Settings parsed;
    try {
        parsed = parse_settings(text, "fuzz.conf");
    } catch (const td::core::Fault&) {
        return 0;
    }
    const std::string written = format_settings(parsed);
    Settings again;
    try {
        again = parse_settings(written, "rewritten.conf");
    } catch (const td::core::Fault&) {
        std::abort();  // we wrote a file we refuse to read
    }
    if (!(again == parsed)) std::abort();
    return 0;
}
