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

}  // namespace td::store
