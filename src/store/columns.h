#pragma once
// How entity fields are spelt in columns: portable types only (TEXT, INTEGER, BIGINT), so the
// same rows work on SQLite, PostgreSQL and through ODBC.
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "td/core/names.h"
#include "td/core/outcome.h"
#include "td/core/time.h"

namespace td::store {

// A column value that may be NULL, with the indicator SOCI reads and writes.
struct NullableText {
    std::string text;
    soci::indicator ind = soci::i_null;
};
struct NullableId {
    std::int64_t value = 0;
    soci::indicator ind = soci::i_null;
};

[[noreturn]] void throw_corrupt(std::string_view column, std::string_view problem);

// Instants as UTC ISO-8601 text ("YYYY-MM-DDTHH:MM:SSZ"): sorts as text, reads in any tool.
std::string time_column(core::TimePoint t);
core::TimePoint time_from_column(const std::string& text, std::string_view column);
NullableText optional_time_column(const std::optional<core::TimePoint>& t);
std::optional<core::TimePoint> optional_time_from_column(const NullableText& c,
                                                         std::string_view column);

// Empty text and id 0 mean "none" in the entities but NULL in the database, so that UNIQUE
// and foreign keys leave them alone.
NullableText empty_as_null(const std::string& s);
std::string null_as_empty(const NullableText& c);
NullableId zero_as_null(std::int64_t id);
std::int64_t null_as_zero(const NullableId& c);

int bool_column(bool b);
bool bool_from_column(int v, std::string_view column);

// Blobs as lower-case hex text: BLOB/BYTEA/VARBINARY differ between backends, text does not.
std::string hex_column(const std::vector<std::uint8_t>& bytes);
std::vector<std::uint8_t> bytes_from_column(const std::string& hex, std::string_view column);

template <class E>
std::string enum_column(E v) {
    return std::string(core::to_string(v));
}

template <class E>
E enum_from_column(const std::string& text, std::string_view column) {
    if (auto v = core::parse_enum<E>(text)) return *v;
    throw_corrupt(column, "unknown value");
}

template <class E>
NullableText optional_enum_column(const std::optional<E>& v) {
    return v ? NullableText{enum_column(*v), soci::i_ok} : NullableText{};
}

template <class E>
std::optional<E> optional_enum_from_column(const NullableText& c, std::string_view column) {
    if (c.ind == soci::i_null) return std::nullopt;
    return enum_from_column<E>(c.text, column);
}

}  // namespace td::store
