#include "admin_payload.h"

#include "td/core/outcome.h"

namespace td::core::detail {
namespace {

// Only the characters that would break the line format are escaped, so the column stays
// readable in a database tool.
std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '%')
            out += "%25";
        else if (c == '\n')
            out += "%0A";
        else if (c == '\r')
            out += "%0D";
        else
            out += c;
    }
    return out;
}

std::string unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        const std::string code = s.substr(i + 1, 2);
        if (code == "25")
            out += '%';
        else if (code == "0A")
            out += '\n';
        else if (code == "0D")
            out += '\r';
        else
            throw Fault("admin change payload: bad escape %" + code);
        i += 2;
    }
    return out;
}

}  // namespace

std::string encode_fields(const Fields& fields) {
    std::string out;
    for (const auto& [key, value] : fields) {
        if (key.empty() || key.find_first_of("=%\r\n") != std::string::npos)
            throw Fault("admin change payload: bad key " + key);
        out += key + "=" + escape(value) + "\n";
    }
    return out;
}

Fields decode_fields(const std::string& text) {
    Fields out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        if (end == std::string::npos) throw Fault("admin change payload: unterminated line");
        const std::string line = text.substr(start, end - start);
        const auto eq = line.find('=');
        if (eq == std::string::npos || eq == 0)
            throw Fault("admin change payload: line without key");
        out.emplace_back(line.substr(0, eq), unescape(line.substr(eq + 1)));
        start = end + 1;
    }
    return out;
}

const std::string& field_of(const Fields& fields, const std::string& key) {
    for (const auto& [k, v] : fields)
        if (k == key) return v;
    throw Fault("admin change payload: no " + key);
}

}  // namespace td::core::detail
