#pragma once
// A list of applications: number, procedure, login ID, state (words and colour), 起票者 and
// 検印者 with their times. Used by the home screen and the user detail.
#include <wx/listctrl.h>

#include <string>
#include <vector>

#include "td/core/entities.h"

namespace td::app {

class ApplicationList : public wxListCtrl {
  public:
    ApplicationList(wxWindow* parent, const wxString& name);
    void show(const std::vector<core::Application>& applications);
    const core::Application* at(long row) const;

  private:
    std::vector<core::Application> rows_;
};

}  // namespace td::app
