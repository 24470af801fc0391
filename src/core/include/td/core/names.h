#pragma once
// The snake_case spellings of enums used by JSON, storage and audit (one table each way).
#include <optional>
#include <string>
#include <string_view>

#include "td/core/entities.h"

namespace td::core {

std::string_view to_string(Role v);
std::string_view to_string(UserKind v);
std::string_view to_string(OtpState v);
std::string_view to_string(TokenKind v);
std::string_view to_string(TokenState v);
std::string_view to_string(OtpMode v);
std::string_view to_string(HashAlgorithm v);
std::string_view to_string(ApplicationKind v);
std::string_view to_string(ApplicationState v);
std::string_view to_string(VisitorRole v);
std::string_view to_string(RevokeReason v);
std::string_view to_string(DeviceState v);
std::string_view to_string(AdminChangeKind v);
std::string_view to_string(AdminChangeState v);

template <class E>
std::optional<E> parse_enum(std::string_view text);

}  // namespace td::core
