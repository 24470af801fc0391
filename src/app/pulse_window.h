#pragma once
// A small window with a moving bar while work of unknown length runs on the worker (reading and
// decrypting a seed file). Polled by a timer rather than wxProgressDialog, which would re-enter
// the event loop from inside our events; the other windows are disabled meanwhile, as a modal
// dialog would. Closed when destroyed.
#include <wx/timer.h>

#include <memory>

class wxDialog;
class wxGauge;
class wxWindowDisabler;

namespace td::app {

class PulseWindow : public wxTimer {
  public:
    PulseWindow(wxWindow* parent, const wxString& title, const wxString& text);
    ~PulseWindow() override;
    void Notify() override;

  private:
    wxDialog* dialog_;
    wxGauge* gauge_ = nullptr;
    std::unique_ptr<wxWindowDisabler> disabler_;
};

}  // namespace td::app
