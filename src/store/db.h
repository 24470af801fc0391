#pragma once
// The connection and dialect every repository works through, and the SOCI statement plumbing
// they share.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dialect.h"
#include "sql_error.h"

namespace td::store {

struct Db {
    soci::session& sql;
    const Dialect& dialect;

    // Runs `f`, turning database errors into faults that say what was being done.
    template <class F>
    decltype(auto) guard(std::string_view doing, F&& f) const {
        try {
            return std::forward<F>(f)();
        } catch (const soci::soci_error& e) {
            throw_database_fault(dialect, doing, e);
        }
    }
};

// One statement built up binding by binding; bound variables must outlive it. Positional:
// inputs bind in the order their placeholders appear, outputs in column order.
class Query {
  public:
    explicit Query(soci::session& sql) : st_(sql) {}

    template <class T>
    Query& in(const T& value) {
        st_.exchange(soci::use(value));
        return *this;
    }
    template <class T>
    Query& in(const T& value, soci::indicator& ind) {
        st_.exchange(soci::use(value, ind));
        return *this;
    }
    template <class T>
    Query& out(T& value) {
        st_.exchange(soci::into(value));
        return *this;
    }
    template <class T>
    Query& out(T& value, soci::indicator& ind) {
        st_.exchange(soci::into(value, ind));
        return *this;
    }

    // Runs the statement; for a SELECT, true when a first row was read into the outputs.
    bool run(const std::string& text) {
        prepare(text);
        return st_.execute(true);
    }
    // Runs a SELECT whose rows are then read one by one with next().
    void open(const std::string& text) {
        prepare(text);
        st_.execute(false);
    }
    bool next() { return st_.fetch(); }
    long long affected_rows() { return st_.get_affected_rows(); }

  private:
    void prepare(const std::string& text) {
        st_.alloc();
        // One-time: each Query runs once, and PostgreSQL then takes it in one round trip
        // (PQexecParams) instead of a PQprepare before every execution.
        st_.prepare(text, soci::details::st_one_time_query);
        st_.define_and_bind();
    }

    soci::statement st_;
};

}  // namespace td::store

namespace td::store {

// The number of rows of `table` (bound into a typed variable: through soci::row SQLite gives
// COUNT(*) back as text).
inline std::int64_t count_rows(const Db& db, const std::string& table) {
    std::int64_t n = 0;
    db.sql << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
}

// The stored value of `key` equal to `value` but for ASCII letter case, if any (the indexes
// on lower(key) keep there from being more than one).
std::optional<std::string> key_ignoring_case(const Db& db, const char* table, const char* key,
                                             const std::string& value);

// An UPDATE by key that touched no row means the caller's entity was never stored: a bug
// worth stopping on rather than losing the change silently.
void require_updated(Query& q, std::string_view what);

// A WHERE clause of only the conditions a filter asks for, each value bound like any other
// (so it must outlive the query).
class Where {
  public:
    explicit Where(Query& q) : q_(q) {}
    Where& add(const char* condition, const std::string& value) {
        text_ += text_.empty() ? " WHERE " : " AND ";
        text_ += condition;
        q_.in(value);
        return *this;
    }
    // A condition whose values the caller binds itself, right after.
    Where& add(const char* condition) {
        text_ += text_.empty() ? " WHERE " : " AND ";
        text_ += condition;
        return *this;
    }
    const std::string& text() const { return text_; }

  private:
    Query& q_;
    std::string text_;
};

}  // namespace td::store

namespace td::store {

// Row types define `bind_columns(row, f)`, calling f(field) or f(field, indicator) for each
// column in the order of the table's column list, key excluded; these bind those columns.
template <class Row>
void bind_in(Query& q, Row& row) {
    bind_columns(row, [&](auto&... column) { q.in(column...); });
}
template <class Row>
void bind_out(Query& q, Row& row) {
    bind_columns(row, [&](auto&... column) { q.out(column...); });
}

// Runs an INSERT into a table whose `id` the database generates, and returns that id.
std::int64_t insert_returning_id(const Db& db, Query& q, const std::string& insert_text,
                                 const char* table);

// Runs a SELECT bound into `row` and converts each row read.
template <class Row, class Convert>
auto fetch_all(Query& q, const Row& row, const std::string& text, Convert convert) {
    std::vector<decltype(convert(row))> out;
    q.open(text);
    while (q.next()) out.push_back(convert(row));
    return out;
}

}  // namespace td::store
