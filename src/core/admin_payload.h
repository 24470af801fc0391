#pragma once
// What an administrative change carries from entry to approval, stored as text in one column:
// key=value lines, the value escaped so that any text survives (a name with a line break, a
// policy value with "="). Keys may repeat.
#include <string>
#include <utility>
#include <vector>

namespace td::core::detail {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string encode_fields(const Fields& fields);
// Throws Fault on text encode_fields cannot have written (a damaged row).
Fields decode_fields(const std::string& text);
// The first value of `key`; throws Fault when the change lacks it.
const std::string& field_of(const Fields& fields, const std::string& key);

}  // namespace td::core::detail
