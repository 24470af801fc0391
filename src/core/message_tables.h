#pragma once
// Private: the Japanese and English words behind messages.h, one table per kind of text.
#include <map>
#include <string>

namespace td::core::detail {

struct Text {
    const char* ja;
    const char* en;
};

const std::map<std::string, Text>& refusal_texts();  // by refusal code
const std::map<std::string, Text>& warning_texts();  // by warning code
const std::map<std::string, Text>& field_texts();    // by refusal field

}  // namespace td::core::detail
