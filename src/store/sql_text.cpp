#include "sql_text.h"

namespace td::store {
namespace {

std::string joined(Columns columns, const char* key, const char* prefix) {
    std::string out;
    auto add = [&](const char* c) {
        if (!out.empty()) out += ", ";
        out += prefix;
        out += c;
    };
    for (const char* c : columns) add(c);
    if (key) add(key);
    return out;
}

}  // namespace

std::string select_sql(const char* table, Columns columns, const char* key) {
    return "SELECT " + joined(columns, key, "") + " FROM " + table;
}

std::string insert_sql(const char* table, Columns columns, const char* key) {
    return std::string("INSERT INTO ") + table + " (" + joined(columns, key, "") + ") VALUES (" +
           joined(columns, key, ":") + ")";
}

std::string update_sql(const char* table, Columns columns, const char* key) {
    std::string sets;
    for (const char* c : columns) {
        if (!sets.empty()) sets += ", ";
        sets += std::string(c) + " = :" + c;
    }
    return std::string("UPDATE ") + table + " SET " + sets + " WHERE " + key + " = :" + key;
}

std::string select_key_ignoring_case_sql(const char* table, const char* key) {
    return std::string("SELECT ") + key + " FROM " + table + " WHERE lower(" + key +
           ") = lower(:" + key + ")";
}

}  // namespace td::store
