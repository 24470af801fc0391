#include "td/core/contract_change.h"

#include "td/core/kana.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

// The order fields are shown and stored in: the order of the contract's own form.
constexpr const char* kFields[] = {"company",        "company_kana", "representative_title",
                                   "representative", "postal",       "address",
                                   "phone"};

}  // namespace

const std::string& contract_field(const Contract& c, const std::string& field) {
    return contract_field(const_cast<Contract&>(c), field);
}

std::string& contract_field(Contract& c, const std::string& field) {
    if (field == "company") return c.company_name;
    if (field == "company_kana") return c.company_kana;
    if (field == "representative_title") return c.representative_title;
    if (field == "representative") return c.representative_name;
    if (field == "postal") return c.postal_code;
    if (field == "address") return c.address;
    if (field == "phone") return c.phone;
    throw Fault("no contract field " + field);
}

Outcome<std::vector<FieldChange>> contract_changes(const Contract& current,
                                                   const ContractFields& in) {
    // The same rules as CustomerService::add_contract, field by field.
    Contract next = current;
    if (in.company_name) {
        if (auto bad = check_text("company", *in.company_name, kMaxNameChars)) return *bad;
        next.company_name = *in.company_name;
    }
    if (in.company_kana) {
        next.company_kana = normalize_kana(*in.company_kana);
        if (auto bad = check_kana("company_kana", next.company_kana)) return *bad;
    }
    if (in.representative_title) {
        if (auto bad =
                check_text("representative_title", *in.representative_title, kMaxNameChars, false))
            return *bad;
        next.representative_title = *in.representative_title;
    }
    if (in.representative_name) {
        if (auto bad = check_text("representative", *in.representative_name, kMaxNameChars, false))
            return *bad;
        next.representative_name = *in.representative_name;
    }
    if (in.postal_code) {
        auto postal = normalize_postal_code("postal", *in.postal_code);
        if (!postal) return postal.refusal();
        next.postal_code = postal.value();
    }
    if (in.address) {
        if (auto bad = check_text("address", *in.address, kMaxAddressChars)) return *bad;
        next.address = *in.address;
    }
    if (in.phone) {
        if (auto bad = check_phone("phone", *in.phone, false)) return *bad;
        next.phone = *in.phone;
    }
    std::vector<FieldChange> changes;
    for (const char* field : kFields)
        if (contract_field(current, field) != contract_field(next, field))
            changes.push_back({field, contract_field(current, field), contract_field(next, field)});
    if (changes.empty()) return refuse("no_change", "contract");
    return changes;
}

std::string encode_changes(const std::vector<FieldChange>& changes) {
    std::string out;
    for (const auto& c : changes)
        out += (out.empty() ? "" : "\n") + c.field + "\t" + c.before + "\t" + c.after;
    return out;
}

std::vector<FieldChange> decode_changes(const std::string& text) {
    std::vector<FieldChange> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        const auto t1 = line.find('\t');
        const auto t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string::npos) throw Fault("damaged contract change: " + line);
        out.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
        start = end + 1;
    }
    return out;
}

}  // namespace td::core
