#include "branch_repository.h"

#include "sql_text.h"

namespace td::store {
namespace {

// Every field is text, so the entity binds directly, in this order (key last).
const Columns kColumns{"name", "address", "phone"};
constexpr const char* kKey = "code";

}  // namespace

std::optional<core::Branch> SqlBranchRepository::find(const std::string& code) {
    return db_.guard("reading a branch", [&]() -> std::optional<core::Branch> {
        core::Branch b;
        Query q(db_.sql);
        q.out(b.name).out(b.address).out(b.phone).out(b.code).in(code);
        if (!q.run(select_sql("branches", kColumns, kKey) + " WHERE code = :code"))
            return std::nullopt;
        return b;
    });
}

void SqlBranchRepository::insert(const core::Branch& b) {
    db_.guard("adding a branch", [&] {
        Query q(db_.sql);
        q.in(b.name).in(b.address).in(b.phone).in(b.code);
        q.run(insert_sql("branches", kColumns, kKey));
    });
}

std::vector<core::Branch> SqlBranchRepository::all() {
    return db_.guard("listing branches", [&] {
        core::Branch b;
        Query q(db_.sql);
        q.out(b.name).out(b.address).out(b.phone).out(b.code);
        return fetch_all(q, b, select_sql("branches", kColumns, kKey) + " ORDER BY code",
                         [](const core::Branch& row) { return row; });
    });
}

std::int64_t SqlBranchRepository::count() {
    return db_.guard("counting branches", [&] { return count_rows(db_, "branches"); });
}

}  // namespace td::store
