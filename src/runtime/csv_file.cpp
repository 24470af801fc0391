#include "td/runtime/csv_file.h"

#include "td/core/gaiji.h"
#include "td/core/utf8.h"
#include "td/platform/legacy_encoding.h"
#include "td/platform/private_files.h"

namespace td::runtime {
namespace {

std::string quoted(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string character_of(char32_t cp) {
    std::string out;
    core::append_utf8(out, cp);
    return out;
}

}  // namespace

std::optional<CsvEncoding> csv_encoding(const std::string& name) {
    if (name == "utf-8" || name == "utf8" || name == "UTF-8") return CsvEncoding::utf8_bom;
    if (name == "cp932" || name == "CP932" || name == "shift_jis" || name == "sjis")
        return CsvEncoding::cp932;
    return std::nullopt;
}

core::Outcome<std::string> csv_bytes(const std::vector<std::vector<std::string>>& rows,
                                     CsvEncoding encoding) {
    std::string out = encoding == CsvEncoding::utf8_bom ? "\xEF\xBB\xBF" : "";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            if (c) out += ',';
            const std::string field = quoted(rows[r][c]);
            if (encoding == CsvEncoding::utf8_bom) {
                out += field;
                continue;
            }
            try {
                out += platform::to_cp932(field);
            } catch (const platform::NotInCp932& e) {
                const std::string heading = c < rows.front().size() ? rows.front()[c] : "";
                return core::refuse("cp932_unmappable", "encoding")
                    .with("character", character_of(e.code_point()))
                    .with("code_point", core::code_point_label(e.code_point()))
                    .with("where", heading + " / " + std::to_string(r + 1));
            }
        }
        out += "\r\n";
    }
    return out;
}

core::Check write_csv(const std::filesystem::path& out,
                      const std::vector<std::vector<std::string>>& rows, CsvEncoding encoding) {
    auto bytes = csv_bytes(rows, encoding);
    if (!bytes) return bytes.refusal();
    platform::replace_file(out, bytes.value(), platform::Readers::owner);
    return std::nullopt;
}

}  // namespace td::runtime
