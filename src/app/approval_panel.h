#pragma once
// The manager's approval queue (検印): waiting applications oldest first; for the selected
// one, what the maker entered beside the customer's current state; approve, or reject with a
// reason. Each decision goes input → confirm → result, and core checks every rule again.
#include <wx/panel.h>

#include <cstdint>
#include <string>
#include <vector>

#include "session.h"
#include "td/core/application_review.h"
#include "td/core/application_service.h"
#include "td/core/customer_service.h"

class wxButton;
class wxTextCtrl;
class wxStaticText;

namespace td::app {

class ApplicationList;
class MessageLine;

class ApprovalPanel : public wxPanel {
  public:
    ApprovalPanel(wxWindow* parent, Session& session);

    void refresh();
    // The decisions after their confirmation (the buttons ask first); the tests call these.
    // A hardware token needs `device_code`, the one-time password its device shows now.
    void execute_approve(std::int64_t id, const std::string& device_code = {});
    void execute_reject(std::int64_t id, const std::string& reason);
    // Answers from core so far (queue loads, selections, decisions); the tests wait on it.
    int answers() const { return answers_; }
    wxStaticText* result() const { return result_; }

  private:
    void select(std::int64_t id);
    void confirm_approve();
    void confirm_hardware_approve();
    void confirm_reject();
    void show_entry(const core::ApplicationView& view);
    void show_current(const core::UserView& view, const std::vector<core::EntryChangeItem>& changes,
                      const core::Application& entry);
    // A contract update's fields as the contract holds them now, each changed since the entry
    // marked; true when one is.
    bool show_contract_now(const core::Application& entry, const core::Contract& now);
    void print(bool activation_letter);
    bool deciding();
    void decided(core::Outcome<core::ApplicationView>& outcome, bool approved);

    Session& session_;
    MessageLine* message_ = nullptr;
    ApplicationList* queue_ = nullptr;
    wxTextCtrl* entry_ = nullptr;
    wxTextCtrl* current_ = nullptr;
    wxStaticText* result_ = nullptr;
    wxButton* approve_ = nullptr;
    wxButton* reject_ = nullptr;
    wxButton* letter_ = nullptr;
    wxButton* notice_ = nullptr;
    std::int64_t last_approved_ = 0;
    std::int64_t selected_ = 0;
    core::ApplicationKind selected_kind_ = core::ApplicationKind::software_token;
    std::string selected_serial_;
    int answers_ = 0;
};

}  // namespace td::app
