#include "contract_repository.h"

#include "columns.h"
#include "sql_text.h"

namespace td::store {
namespace {

const Columns kColumns{
    "company_name", "company_kana", "representative_title", "representative_name", "postal_code",
    "address",      "phone",        "branch_code",          "closed_at",           "purged_at"};
constexpr const char* kKey = "number";

struct ContractRow {
    core::Contract c;
    NullableText closed_at, purged_at;
};

template <class Row, class F>
void bind_columns(Row& r, F&& f) {
    f(r.c.company_name);
    f(r.c.company_kana);
    f(r.c.representative_title);
    f(r.c.representative_name);
    f(r.c.postal_code);
    f(r.c.address);
    f(r.c.phone);
    f(r.c.branch_code);
    f(r.closed_at.text, r.closed_at.ind);
    f(r.purged_at.text, r.purged_at.ind);
}

ContractRow to_row(const core::Contract& c) {
    return {c, optional_time_column(c.closed_at), optional_time_column(c.purged_at)};
}

core::Contract from_row(const ContractRow& r) {
    core::Contract c = r.c;
    c.closed_at = optional_time_from_column(r.closed_at, "contracts.closed_at");
    c.purged_at = optional_time_from_column(r.purged_at, "contracts.purged_at");
    return c;
}

}  // namespace

std::optional<core::Contract> SqlContractRepository::find(const std::string& number) {
    return db_.guard("reading a contract", [&]() -> std::optional<core::Contract> {
        ContractRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.c.number);
        q.in(number);
        if (!q.run(select_sql("contracts", kColumns, kKey) + " WHERE number = :number"))
            return std::nullopt;
        return from_row(row);
    });
}

void SqlContractRepository::insert(const core::Contract& c) {
    db_.guard("adding a contract", [&] {
        ContractRow row = to_row(c);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.c.number);
        q.run(insert_sql("contracts", kColumns, kKey));
    });
}

void SqlContractRepository::update(const core::Contract& c) {
    db_.guard("updating a contract", [&] {
        ContractRow row = to_row(c);
        Query q(db_.sql);
        bind_in(q, row);
        q.in(row.c.number);
        q.run(update_sql("contracts", kColumns, kKey));
        require_updated(q, "a contract");
    });
}

std::vector<core::Contract> SqlContractRepository::search(
    const std::string& prefix, std::size_t limit, const std::optional<std::string>& branch_code) {
    return db_.guard("searching contracts", [&] {
        // LIKE with an escape character, so % and _ typed by a teller match themselves; lower()
        // on both sides of the port's contract, since PostgreSQL's LIKE heeds case and SQLite's
        // not.
        std::string pattern;
        for (char ch : prefix) {
            if (ch == '%' || ch == '_' || ch == '!') pattern += '!';
            pattern += ch;
        }
        pattern += '%';
        std::vector<core::Contract> out;
        ContractRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.c.number);
        q.in(pattern).in(pattern).in(pattern).in(pattern);
        std::string text = select_sql("contracts", kColumns, kKey) +
                           " WHERE (lower(number) LIKE :p1 ESCAPE '!' OR lower(company_name) LIKE"
                           " :p2 ESCAPE '!' OR lower(company_kana) LIKE :p3 ESCAPE '!' OR number"
                           " IN (SELECT contract_number FROM users WHERE lower(login_id) LIKE :p4"
                           " ESCAPE '!'))";
        if (branch_code) {
            q.in(*branch_code);
            text += " AND branch_code = :branch";
        }
        q.open(text + " ORDER BY number");
        while (out.size() < limit && q.next()) out.push_back(from_row(row));
        return out;
    });
}

std::vector<core::Contract> SqlContractRepository::closed_before(core::TimePoint before) {
    return db_.guard("listing closed contracts", [&] {
        // Fixed-width UTC text: text order is time order.
        const std::string until = time_column(before);
        ContractRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.out(row.c.number);
        q.in(until);
        return fetch_all(q, row,
                         select_sql("contracts", kColumns, kKey) +
                             " WHERE closed_at IS NOT NULL AND closed_at < :until"
                             " AND purged_at IS NULL ORDER BY number",
                         from_row);
    });
}

std::optional<std::string> SqlContractRepository::key_ignoring_case(const std::string& number) {
    return store::key_ignoring_case(db_, "contracts", "number", number);
}

}  // namespace td::store
