#pragma once
// Tables for spreadsheets: CSV (RFC 4180: a field is quoted when it holds a comma, a quote or a
// line break; CRLF line ends, as Excel writes them), in UTF-8 with a byte-order mark, so that
// Excel on a Japanese Windows PC opens it without garbling, or in CP932 for older systems.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "td/core/outcome.h"
#include "td/core/validation.h"

namespace td::runtime {

enum class CsvEncoding { utf8_bom, cp932 };

// "utf-8" (also "utf8") or "cp932" (also "shift_jis", "sjis"); nullopt otherwise.
std::optional<CsvEncoding> csv_encoding(const std::string& name);

// The bytes of `rows` (the first, the headings, names the columns in a refusal).
// CP932: refused as cp932_unmappable naming the character, its code point and where it is
// (`where`: the column's heading and the row's number).
core::Outcome<std::string> csv_bytes(const std::vector<std::vector<std::string>>& rows,
                                     CsvEncoding encoding);

// csv_bytes, written to `out` whole or not at all (platform::replace_file). Refusals write
// nothing; a file that cannot be written throws core::Fault.
core::Check write_csv(const std::filesystem::path& out,
                      const std::vector<std::vector<std::string>>& rows, CsvEncoding encoding);

}  // namespace td::runtime
