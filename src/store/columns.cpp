#include "columns.h"

namespace td::store {

void throw_corrupt(std::string_view column, std::string_view problem) {
    // The value itself stays out of the message: some columns hold password hashes.
    throw core::Fault("corrupt data in column " + std::string(column) + ": " +
                      std::string(problem));
}

std::string time_column(core::TimePoint t) {
    return core::format_utc_iso(t);
}

core::TimePoint time_from_column(const std::string& text, std::string_view column) {
    if (auto t = core::parse_iso(text)) return *t;
    throw_corrupt(column, "not an ISO-8601 instant");
}

NullableText optional_time_column(const std::optional<core::TimePoint>& t) {
    return t ? NullableText{time_column(*t), soci::i_ok} : NullableText{};
}

std::optional<core::TimePoint> optional_time_from_column(const NullableText& c,
                                                         std::string_view column) {
    if (c.ind == soci::i_null) return std::nullopt;
    return time_from_column(c.text, column);
}

NullableText empty_as_null(const std::string& s) {
    return s.empty() ? NullableText{} : NullableText{s, soci::i_ok};
}

std::string null_as_empty(const NullableText& c) {
    return c.ind == soci::i_null ? std::string{} : c.text;
}

NullableId zero_as_null(std::int64_t id) {
    return id == 0 ? NullableId{} : NullableId{id, soci::i_ok};
}

std::int64_t null_as_zero(const NullableId& c) {
    return c.ind == soci::i_null ? 0 : c.value;
}

int bool_column(bool b) {
    return b ? 1 : 0;
}

bool bool_from_column(int v, std::string_view column) {
    if (v == 0 || v == 1) return v == 1;
    throw_corrupt(column, "not 0 or 1");
}

std::string hex_column(const std::vector<std::uint8_t>& bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const std::uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0f];
    }
    return out;
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::vector<std::uint8_t> bytes_from_column(const std::string& hex, std::string_view column) {
    if (hex.size() % 2 != 0) throw_corrupt(column, "odd number of hex digits");
    std::vector<std::uint8_t> out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = hex_value(hex[i]);
        const int lo = hex_value(hex[i + 1]);
        if (hi < 0 || lo < 0) throw_corrupt(column, "not hex");
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return out;
}

}  // namespace td::store
