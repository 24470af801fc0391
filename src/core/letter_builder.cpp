#include "td/core/letter_builder.h"

#include <cstdio>

#include "td/core/document_terms.h"
#include "td/core/messages.h"
#include "td/core/names.h"

namespace td::core {
namespace {

std::string hh_mm(TimePoint t) {
    const auto j = to_japan(t);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", j.hour, j.minute);
    return buf;
}

void fill_common(DocumentModel& doc, const LetterSetting& s) {
    doc.language = s.language;
    doc.fields["date"] = letter_date(japan_date(s.now), s.language, s.date_style);
}

void fill_user(DocumentModel& doc, const User& user, Language lang) {
    doc.fields["login_id"] = user.login_id;
    doc.fields["user_name"] = user.name;
    doc.fields["user_kind"] = user_kind_name(user.kind, lang);
}

// A narrow table cell: the name on one line, the ID below it.
std::string staff_cell(const StaffName& who) {
    return who.name.empty() ? who.id : who.name + "\n" + who.id;
}

}  // namespace

std::string staff_label(const StaffName& who, Language lang) {
    if (who.name.empty()) return who.id;
    return lang == Language::ja ? who.name + "（" + who.id + "）" : who.name + " (" + who.id + ")";
}

std::string reference_number(const Application& app) {
    const auto d = japan_date(app.entered_at);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s-%04d%02u%02u-%06lld", app.branch_code.c_str(), int(d.year()),
                  unsigned(d.month()), unsigned(d.day()), static_cast<long long>(app.id));
    return buf;
}

void fill_addressee(DocumentModel& doc, const Contract& contract, const Branch& branch) {
    const bool ja = doc.language == Language::ja;
    doc.fields["postal"] = ja ? "〒" + contract.postal_code : contract.postal_code;
    doc.fields["address"] = contract.address;
    doc.fields["contract_number"] = contract.number;
    // 様 after a named person; 御中 after the company only when nobody is named.
    const bool person = !contract.representative_name.empty();
    if (ja) {
        doc.fields["company"] = person ? contract.company_name : contract.company_name + " 御中";
        doc.fields["addressee"] =
            person ? (contract.representative_title.empty() ? ""
                                                            : contract.representative_title + " ") +
                         contract.representative_name + " 様"
                   : "";
    } else {
        doc.fields["company"] = contract.company_name;
        doc.fields["addressee"] =
            person ? contract.representative_name + (contract.representative_title.empty()
                                                         ? ""
                                                         : ", " + contract.representative_title)
                   : "";
    }
    doc.fields["branch_name"] = branch.name;
    doc.fields["branch_address"] = branch.address;
    doc.fields["branch_phone"] = branch.phone;
}

DocumentModel completion_notice_model(const LetterSetting& s, const Branch& branch,
                                      const Contract& contract, const User& user,
                                      const Application& app, const std::optional<Token>& token,
                                      const std::optional<TimePoint>& earliest_issue_at) {
    DocumentModel doc;
    doc.template_name = kCompletionNotice;
    fill_common(doc, s);
    fill_addressee(doc, contract, branch);
    fill_user(doc, user, s.language);
    doc.fields["reference"] = reference_number(app);
    // An online issuance tells the customer how to issue the token, not how to set it up.
    doc.fields["procedure"] = app.online_issuance && app.token_id == 0
                                  ? "software_token_online"
                                  : std::string(to_string(app.kind));
    doc.fields["procedure_name"] = procedure_name(app.kind, s.language);
    doc.fields["received_date"] =
        app.form.received_date.empty()
            ? ""
            : letter_date(*parse_date(app.form.received_date), s.language, s.date_style);
    doc.fields["approved_date"] =
        app.decided_at ? letter_date(japan_date(*app.decided_at), s.language, s.date_style) : "";
    doc.fields["service_id"] = token ? token->service_id : "";
    doc.fields["token_user_id"] = token ? token->token_user_id : "";
    doc.fields["revoke_reason"] =
        app.revoke_reason ? revoke_reason_name(*app.revoke_reason, s.language) : "";
    doc.fields["earliest_issue_at"] =
        earliest_issue_at ? letter_date_time(*earliest_issue_at, s.language, s.date_style) : "";
    doc.fields["details"] = app.details;
    // Which fields a contract update changed, by name (the new values are the addressee block).
    std::string changes;
    for (const auto& c : app.contract_changes)
        changes += (changes.empty()              ? ""
                    : s.language == Language::ja ? "、"
                                                 : ", ") +
                   field_label(c.field, s.language);
    doc.fields["changes"] = changes;
    return doc;
}

DocumentModel activation_letter_model(const LetterSetting& s, const Branch& branch,
                                      const Contract& contract, const User& user,
                                      const Application& app, const Token& token) {
    DocumentModel doc;
    doc.template_name = kActivationLetter;
    fill_common(doc, s);
    fill_addressee(doc, contract, branch);
    fill_user(doc, user, s.language);
    doc.fields["reference"] = reference_number(app);
    doc.fields["service_id"] = token.service_id;
    doc.fields["token_user_id"] = token.token_user_id;
    doc.fields["mobile_email"] = token.mobile_email;
    return doc;
}

DocumentModel written_form_model(const std::string& template_name, const LetterSetting& s,
                                 const FormParties& parties) {
    DocumentModel doc;
    doc.template_name = template_name;
    fill_common(doc, s);
    for (const char* f :
         {"reference", "postal", "address", "company", "addressee", "contract_number", "login_id",
          "user_name", "user_kind", "mobile_email", "revoke_reason", "details"})
        doc.fields[f] = "";
    doc.fields["branch_name"] = parties.branch.name;
    doc.fields["branch_address"] = parties.branch.address;
    doc.fields["branch_phone"] = parties.branch.phone;
    if (parties.contract) {
        fill_addressee(doc, *parties.contract, parties.branch);
        // The customer signs a form to the bank: their own name, without 様 or 御中.
        doc.fields["company"] = parties.contract->company_name;
        doc.fields["addressee"] = "";
    }
    if (parties.user) {
        fill_user(doc, *parties.user, s.language);
        doc.fields["mobile_email"] = parties.user->mobile_email;
    } else {
        // A blank form is dated by hand.
        doc.fields["date"] = "";
    }
    return doc;
}

const std::vector<std::string>& sign_in_actions() {
    static const std::vector<std::string> actions{"signed_in", "sign_in_failed", "staff_locked",
                                                  "staff_password_changed"};
    return actions;
}

namespace {

std::string sign_in_event_name(const SignInEntry& e, Language lang) {
    if (e.action == "signed_in") return pick(lang, "サインイン", "Signed in");
    if (e.action == "sign_in_failed") return pick(lang, "サインイン失敗", "Failed sign-in");
    if (e.action == "staff_locked") return pick(lang, "失敗によるロック", "Locked by failures");
    if (e.action == "staff_password_changed") return pick(lang, "パスワード変更", "Password changed");
    return e.action;
}

// "failures=3" as the consecutive count; "due=expired" as why a change was made.
std::string sign_in_event_note(const SignInEntry& e, Language lang) {
    if (e.detail.rfind("failures=", 0) == 0) {
        const std::string n = e.detail.substr(9);
        return lang == Language::ja ? "連続" + n + "回目" : "failure " + n + " in a row";
    }
    if (e.detail == "due=first_sign_in")
        return pick(lang, "初回サインイン時の変更", "required at first sign-in");
    if (e.detail == "due=expired") return pick(lang, "有効期限による変更", "required by expiry");
    return {};
}

}  // namespace

DocumentModel journal_model(const LetterSetting& s, const Branch& branch,
                            std::chrono::year_month_day day, const JournalDay& journal,
                            const StaffName& printed_by) {
    const auto& entries = journal.entries;
    const auto& heads = journal.heads;
    DocumentModel doc;
    doc.template_name = kBranchJournal;
    doc.language = s.language;
    doc.fields["branch_name"] = branch.name;
    doc.fields["branch_code"] = branch.code;
    doc.fields["date"] = letter_date(day, s.language, s.date_style);
    doc.fields["printed_at"] = letter_date_time(s.now, s.language, s.date_style);
    doc.fields["printed_by"] = staff_label(printed_by, s.language);
    auto& rows = doc.tables["procedures"];
    for (const auto& e : entries) {
        const auto& a = e.application;
        rows.push_back({{"reference", reference_number(a)},
                        {"entered_at", hh_mm(a.entered_at)},
                        {"procedure_name", procedure_name(a.kind, s.language)},
                        {"login_id", a.login_id},
                        {"company", e.company},
                        {"maker", staff_cell(e.maker)},
                        {"checker", e.checker ? staff_cell(*e.checker) : std::string{}},
                        {"state_name", application_state_name(a.state, s.language)},
                        {"decided_at", a.decided_at ? hh_mm(*a.decided_at) : ""}});
    }
    auto& sign_in_rows = doc.tables["sign_ins"];
    for (const auto& e : journal.sign_ins)
        sign_in_rows.push_back({{"at", hh_mm(e.at)},
                                {"staff", staff_label(e.staff, s.language)},
                                {"event", sign_in_event_name(e, s.language)},
                                {"note", sign_in_event_note(e, s.language)}});
    auto& chain_rows = doc.tables["chain_heads"];
    for (const auto& [chain, head] : heads)
        chain_rows.push_back(
            {{"chain", chain}, {"seq", std::to_string(head.seq)}, {"head", head.mac}});
    return doc;
}

}  // namespace td::core
