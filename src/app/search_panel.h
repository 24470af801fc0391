#pragma once
// Search as you type (forms/search_panel.xrc; InquiryService::search): contract number, login ID,
// company name or kana prefix. Keystrokes are debounced so the database is asked once the teller
// pauses.
#include <wx/panel.h>
#include <wx/timer.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "session.h"
#include "td/core/inquiry_service.h"

class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace td::app {

class MessageLine;

class SearchPanel : public wxPanel {
  public:
    static constexpr int kDebounceMs = 250;
    using OpenUser = std::function<void(const std::string& login_id)>;
    SearchPanel(wxWindow* parent, Session& session, OpenUser open_user);

    void focus_query();
    // Searches again for what is typed (F5).
    void refresh();
    // Answers shown so far; the tests wait on it.
    int answers() const { return answers_; }

  private:
    void search_now();
    void show(const std::vector<core::SearchHit>& hits);

    Session& session_;
    OpenUser open_user_;
    wxTextCtrl* query_ = nullptr;
    MessageLine* message_ = nullptr;
    wxListCtrl* results_ = nullptr;
    wxTimer debounce_;
    std::vector<std::string> row_login_ids_;
    std::uint64_t asked_ = 0;  // the newest question; older answers are dropped
    int answers_ = 0;
};

}  // namespace td::app
