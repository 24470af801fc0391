#include "td/platform/legacy_encoding.h"

#include "td/core/gaiji.h"

namespace td::platform {

NotInCp932::NotInCp932(char32_t code_point, std::size_t offset)
    : core::Fault(core::code_point_label(code_point) + " cannot be written in CP932"),
      code_point_(code_point),
      offset_(offset) {}

}  // namespace td::platform
