#include "td/runtime/database_choice.h"

#include <string_view>

namespace td::runtime {
namespace {

constexpr std::string_view kPostgres = "postgresql://";
constexpr std::string_view kSqlite = "sqlite:";
constexpr std::string_view kOdbc = "odbc:";

bool unreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

std::string encode(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (unreserved(ch)) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
            hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

void split_postgres(std::string_view rest, DatabaseChoice& c) {
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        std::string_view query = rest.substr(q + 1);
        rest = rest.substr(0, q);
        std::string kept;
        while (!query.empty()) {
            const auto amp = query.find('&');
            const std::string_view item = query.substr(0, amp);
            query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
            if (item.starts_with("sslmode="))
                c.sslmode = decode(item.substr(8));
            else if (!item.empty())
                kept += (kept.empty() ? "" : "&") + std::string(item);
        }
        c.options = kept;
    }
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        c.database = decode(rest.substr(slash + 1));
        rest = rest.substr(0, slash);
    }
    if (const auto at = rest.rfind('@'); at != std::string_view::npos) {
        const std::string_view who = rest.substr(0, at);
        rest = rest.substr(at + 1);
        const auto colon = who.find(':');
        c.user = decode(who.substr(0, colon));
        if (colon != std::string_view::npos) c.password = decode(who.substr(colon + 1));
    }
    // [v6addr]:port or host:port
    const auto close = rest.rfind(']');
    const auto colon = rest.rfind(':');
    if (colon != std::string_view::npos && (close == std::string_view::npos || colon > close)) {
        c.port = std::string(rest.substr(colon + 1));
        rest = rest.substr(0, colon);
    }
    if (rest.size() >= 2 && rest.front() == '[' && rest.back() == ']')
        rest = rest.substr(1, rest.size() - 2);
    c.host = decode(rest);
}

}  // namespace

std::string compose_database_url(const DatabaseChoice& c) {
    switch (c.kind) {
        case DatabaseKind::sqlite:
            return std::string(kSqlite) + c.sqlite_path;
        case DatabaseKind::odbc:
            return std::string(kOdbc) + c.odbc;
        case DatabaseKind::postgresql:
            break;
    }
    std::string url(kPostgres);
    if (!c.user.empty()) {
        url += encode(c.user);
        if (!c.password.empty()) url += ":" + encode(c.password);
        url += "@";
    }
    const bool v6 = c.host.find(':') != std::string::npos;
    url += v6 ? "[" + c.host + "]" : encode(c.host);
    if (!c.port.empty()) url += ":" + c.port;
    url += "/" + encode(c.database);
    std::string query;
    if (!c.sslmode.empty()) query = "sslmode=" + encode(c.sslmode);
    if (!c.options.empty()) query += (query.empty() ? "" : "&") + c.options;
    if (!query.empty()) url += "?" + query;
    return url;
}

DatabaseChoice split_database_url(const std::string& url) {
    DatabaseChoice c;
    const std::string_view u(url);
    if (u.starts_with(kSqlite)) {
        c.sqlite_path = url.substr(kSqlite.size());
    } else if (u.starts_with(kPostgres)) {
        c.kind = DatabaseKind::postgresql;
        split_postgres(u.substr(kPostgres.size()), c);
    } else {
        c.kind = DatabaseKind::odbc;
        c.odbc = u.starts_with(kOdbc) ? url.substr(kOdbc.size()) : url;
    }
    return c;
}

}  // namespace td::runtime
