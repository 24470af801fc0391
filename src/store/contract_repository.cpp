#include "contract_repository.h"

#include "sql_text.h"

namespace td::store {
namespace {

// Every field is text, so the entity binds directly, in this order (key last).
const Columns kColumns{
    "company_name", "company_kana", "representative_title", "representative_name", "postal_code",
    "address",      "phone",        "branch_code"};
constexpr const char* kKey = "number";

template <class Contract, class Bind>
void bind_all(Contract& c, Bind bind) {
    bind(c.company_name);
    bind(c.company_kana);
    bind(c.representative_title);
    bind(c.representative_name);
    bind(c.postal_code);
    bind(c.address);
    bind(c.phone);
    bind(c.branch_code);
    bind(c.number);
}

}  // namespace

std::optional<core::Contract> SqlContractRepository::find(const std::string& number) {
    return db_.guard("reading a contract", [&]() -> std::optional<core::Contract> {
        core::Contract c;
        Query q(db_.sql);
        bind_all(c, [&](std::string& field) { q.out(field); });
        q.in(number);
        if (!q.run(select_sql("contracts", kColumns, kKey) + " WHERE number = :number"))
            return std::nullopt;
        return c;
    });
}

void SqlContractRepository::insert(const core::Contract& c) {
    db_.guard("adding a contract", [&] {
        Query q(db_.sql);
        bind_all(c, [&](const std::string& field) { q.in(field); });
        q.run(insert_sql("contracts", kColumns, kKey));
    });
}

void SqlContractRepository::update(const core::Contract& c) {
    db_.guard("updating a contract", [&] {
        Query q(db_.sql);
        bind_all(c, [&](const std::string& field) { q.in(field); });
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
        core::Contract c;
        Query q(db_.sql);
        bind_all(c, [&](std::string& field) { q.out(field); });
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
        while (out.size() < limit && q.next()) out.push_back(c);
        return out;
    });
}

std::optional<std::string> SqlContractRepository::key_ignoring_case(const std::string& number) {
    return store::key_ignoring_case(db_, "contracts", "number", number);
}

}  // namespace td::store
