#include "td/platform/legacy_encoding.h"

#include <cstdio>

namespace td::platform {

namespace {

std::string code_point_text(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

}  // namespace

NotInCp932::NotInCp932(char32_t code_point, std::size_t offset)
    : core::Fault(code_point_text(code_point) + " cannot be written in CP932"),
      code_point_(code_point),
      offset_(offset) {}

}  // namespace td::platform
