#pragma once
// A correction of a contract's details (契約内容変更) as a procedure: entered, approved by
// another manager, applied at approval (rule 1), like every other change at the counter.
#include <optional>
#include <string>
#include <vector>

#include "td/core/entities.h"
#include "td/core/outcome.h"

namespace td::core {

// The new values asked for; a field left nullopt is not changed. Checked by the same rules as
// a new contract's (the company name and address stay required, kana is made full-width).
struct ContractFields {
    std::optional<std::string> company_name, company_kana, representative_name,
        representative_title, postal_code, address, phone;
};

// The changes `fields` make to `current`, each checked; values equal to the current one are
// no change. Refused when a value breaks its rule or nothing changes (`no_change`).
Outcome<std::vector<FieldChange>> contract_changes(const Contract& current,
                                                   const ContractFields& fields);

// The field's value in the contract ("company" → company_name, …).
const std::string& contract_field(const Contract& c, const std::string& field);
std::string& contract_field(Contract& c, const std::string& field);

// How the changes are kept in one text column: "field\tbefore\tafter" lines (entry refuses
// tabs and line breaks in every value, so they cannot be ambiguous).
std::string encode_changes(const std::vector<FieldChange>& changes);
std::vector<FieldChange> decode_changes(const std::string& text);

}  // namespace td::core
