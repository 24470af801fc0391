#pragma once
// Fills the document models of docs/documents.md from the entities: Japanese letter
// conventions (〒, 様 or 御中, 和暦) are decided here, wording and layout by the templates.
#include <optional>
#include <string>
#include <vector>

#include "td/core/document_model.h"
#include "td/core/entities.h"
#include "td/core/japanese_date.h"
#include "td/core/repositories.h"

namespace td::core {

struct LetterSetting {
    Language language = Language::ja;
    DateStyle date_style = DateStyle::wareki;
    TimePoint now{};
};

// "001-20261126-000012": branch, Japan date of entry, application number.
std::string reference_number(const Application& app);

// Addressee and branch fields common to letters and forms.
void fill_addressee(DocumentModel& doc, const Contract& contract, const Branch& branch);

DocumentModel completion_notice_model(const LetterSetting& s, const Branch& branch,
                                      const Contract& contract, const User& user,
                                      const Application& app, const std::optional<Token>& token,
                                      const std::optional<TimePoint>& earliest_issue_at);

DocumentModel activation_letter_model(const LetterSetting& s, const Branch& branch,
                                      const Contract& contract, const User& user,
                                      const Application& app, const Token& token);

// A pre-filled form for `user`, or a blank one when `user` is empty.
struct FormParties {
    Branch branch;
    std::optional<Contract> contract;
    std::optional<User> user;
};
DocumentModel written_form_model(const std::string& template_name, const LetterSetting& s,
                                 const FormParties& parties);

// Staff as a journal names them: the name, and the staff ID that the audit trail uses.
struct StaffName {
    std::string id;
    std::string name;  // empty when the staff record is gone: the ID alone is shown
};
// "窓口 花子（teller1）", "Hanako Madoguchi (teller1)"; the ID alone without a name.
std::string staff_label(const StaffName& who, Language lang);

struct JournalEntry {
    Application application;
    std::string company;
    StaffName maker;
    std::optional<StaffName> checker;  // none until the application is decided
};
// A staff sign-in event of the day (signed_in, sign_in_failed, staff_locked,
// staff_password_changed), as the audit trail recorded it.
struct SignInEntry {
    TimePoint at;
    StaffName staff;
    std::string action;
    std::string detail;
};
// The actions a journal lists as sign-ins.
const std::vector<std::string>& sign_in_actions();

struct JournalDay {
    std::vector<JournalEntry> entries;
    std::vector<SignInEntry> sign_ins;
    std::vector<std::pair<std::string, ChainHead>> heads;
};
DocumentModel journal_model(const LetterSetting& s, const Branch& branch,
                            std::chrono::year_month_day day, const JournalDay& journal,
                            const StaffName& printed_by);

}  // namespace td::core
