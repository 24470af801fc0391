#include "pulse_window.h"

#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

namespace td::app {

PulseWindow::PulseWindow(wxWindow* parent, const wxString& title, const wxString& text)
    : dialog_(new wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxCAPTION,
                           "pulse_window")) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(dialog_, wxID_ANY, text), 0, wxALL | wxEXPAND, 12);
    gauge_ = new wxGauge(dialog_, wxID_ANY, 100, wxDefaultPosition, wxSize(360, -1));
    sizer->Add(gauge_, 0, wxLEFT | wxRIGHT | wxBOTTOM | wxEXPAND, 12);
    dialog_->SetSizerAndFit(sizer);
    dialog_->CentreOnParent();
    dialog_->Show();
    disabler_ = std::make_unique<wxWindowDisabler>(dialog_);
    Start(100);
}

PulseWindow::~PulseWindow() {
    Stop();
    disabler_.reset();
    dialog_->Destroy();
}

void PulseWindow::Notify() {
    gauge_->Pulse();
}

}  // namespace td::app
