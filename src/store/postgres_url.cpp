#include "postgres_url.h"

#include <optional>
#include <vector>

#include "td/core/outcome.h"

namespace td::store {
namespace {

[[noreturn]] void malformed(const std::string& why) {
    throw core::Fault("malformed postgresql:// database URL: " + why);
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// `what` names the part in the message instead of quoting it: it may be the password.
std::string percent_decoded(std::string_view s, const char* what) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        const int hi = i + 2 < s.size() ? hex_digit(s[i + 1]) : -1;
        const int lo = i + 2 < s.size() ? hex_digit(s[i + 2]) : -1;
        if (hi < 0 || lo < 0) malformed(std::string("bad %-escape in the ") + what);
        // libpq reads C strings: a NUL would cut the connection string there, silently
        // dropping what follows (sslmode among it).
        if (hi == 0 && lo == 0) malformed(std::string("%00 (NUL) in the ") + what);
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

bool is_option_name(std::string_view name) {
    if (name.empty()) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_'))
            return false;
    return true;
}

struct Parts {
    std::optional<std::string> user, password, host, port, dbname;
    std::vector<std::pair<std::string, std::string>> options;
};

void split_authority(std::string_view authority, Parts& p) {
    // The last '@': an unescaped '@' in a password is a common slip, and libpq reads it so.
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        const auto userinfo = authority.substr(0, at);
        authority.remove_prefix(at + 1);
        const auto colon = userinfo.find(':');
        p.user = percent_decoded(userinfo.substr(0, colon), "user name");
        if (colon != std::string_view::npos)
            p.password = percent_decoded(userinfo.substr(colon + 1), "password");
    }
    std::string_view host = authority, port;
    if (authority.starts_with('[')) {  // [IPv6]:port
        const auto close = authority.find(']');
        if (close == std::string_view::npos) malformed("unclosed [ in the host");
        host = authority.substr(1, close - 1);
        const auto rest = authority.substr(close + 1);
        if (!rest.empty() && !rest.starts_with(':')) malformed("text after ] in the host");
        if (!rest.empty()) port = rest.substr(1);
    } else if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
    }
    if (!host.empty()) p.host = percent_decoded(host, "host");
    if (!port.empty()) {
        if (port.find_first_not_of("0123456789") != std::string_view::npos)
            malformed("the port is not a number");
        p.port = std::string(port);
    }
}

void split_query(std::string_view query, Parts& p) {
    while (!query.empty()) {
        const auto amp = query.find('&');
        const auto pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (pair.empty()) continue;
        const auto eq = pair.find('=');
        if (eq == std::string_view::npos) malformed("a query parameter without =");
        const auto name = percent_decoded(pair.substr(0, eq), "option name");
        if (!is_option_name(name)) malformed("an option name that is not a word");
        p.options.emplace_back(name, percent_decoded(pair.substr(eq + 1), "option value"));
    }
}

Parts parse(std::string_view url) {
    constexpr std::string_view kSchemes[] = {"postgresql://", "postgres://"};
    bool known = false;
    for (auto scheme : kSchemes)
        if (url.starts_with(scheme)) {
            url.remove_prefix(scheme.size());
            known = true;
            break;
        }
    if (!known) malformed("expected postgresql://");
    Parts p;
    std::string_view query;
    if (const auto q = url.find('?'); q != std::string_view::npos) {
        query = url.substr(q + 1);
        url = url.substr(0, q);
    }
    const auto slash = url.find('/');
    split_authority(url.substr(0, slash), p);
    if (slash != std::string_view::npos && slash + 1 < url.size())
        p.dbname = percent_decoded(url.substr(slash + 1), "database name");
    split_query(query, p);
    return p;
}

}  // namespace

std::string libpq_value(std::string_view value) {
    bool quote = value.empty();
    for (char c : value)
        // libpq ends an unquoted value at any isspace() character of the C locale.
        if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' ||
            c == '\'' || c == '\\')
            quote = true;
    if (!quote) return std::string(value);
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

namespace {

// The libpq string in one order, with or without the password (after the user, as libpq's
// own documentation lists them).
std::string connect_string(const Parts& p, bool with_password) {
    std::string out;
    bool has_encoding = false;
    auto add = [&](std::string_view key, const std::string& value) {
        if (!out.empty()) out += ' ';
        out += key;
        out += '=';
        out += libpq_value(value);
    };
    if (p.host) add("host", *p.host);
    if (p.port) add("port", *p.port);
    if (p.dbname) add("dbname", *p.dbname);
    if (p.user) add("user", *p.user);
    if (with_password && p.password) add("password", *p.password);
    for (const auto& [name, value] : p.options) {
        if (name == "client_encoding") has_encoding = true;
        add(name, value);
    }
    // Every string TokenDesk stores is UTF-8, whatever the server's or the PC's locale.
    if (!has_encoding) add("client_encoding", "UTF8");
    return out;
}

Parts checked_parse(std::string_view url) {
    if (url.find('\0') != std::string_view::npos) malformed("a NUL character");
    return parse(url);
}

}  // namespace

std::string postgres_connect_string(std::string_view url) {
    return connect_string(checked_parse(url), true);
}

PostgresLogin postgres_login(std::string_view url) {
    const Parts p = checked_parse(url);
    return {connect_string(p, false), p.password};
}

}  // namespace td::store
