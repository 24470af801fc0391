#include "i18n.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/translation.h>

#include <cstdlib>

#include "td/platform/places.h"
#include "wx_text.h"

namespace td::app {
namespace {

core::Language g_language = core::Language::en;

wxString locale_dir() {
    if (auto v = platform::environment("TOKENDESK_LOCALE_DIR")) return from_utf8(*v);
    // A build tree runs with the catalogs it just compiled; an installed program with its own.
    if (wxFileName::DirExists(TD_BUILD_LOCALE_DIR)) return TD_BUILD_LOCALE_DIR;
    return wxString(platform::installed(platform::Installed::locale).native());
}

}  // namespace

core::Language system_language() {
    // wxLocale reads LC_ALL / LC_MESSAGES / LANG; the C locale of a bare machine is English.
    const int lang = wxLocale::GetSystemLanguage();
    if (lang == wxLANGUAGE_JAPANESE || lang == wxLANGUAGE_JAPANESE_JAPAN) return core::Language::ja;
    const wxLanguageInfo* info = wxLocale::GetLanguageInfo(lang);
    if (info && info->CanonicalName.StartsWith("ja")) return core::Language::ja;
    return core::Language::en;
}

void set_ui_language(core::Language lang) {
    static bool prefix_added = false;
    if (!prefix_added) {
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(locale_dir());
        prefix_added = true;
    }
    // wxTranslations rather than a new wxLocale: switching at the login dialog must work even
    // when the machine has no ja_JP C locale generated (setlocale would fail and warn).
    auto* t = new wxTranslations;
    t->SetLanguage(lang == core::Language::ja ? wxLANGUAGE_JAPANESE : wxLANGUAGE_ENGLISH);
    if (lang == core::Language::ja) {
        t->AddStdCatalog();
        t->AddCatalog("tokendesk");
    }
    wxTranslations::Set(t);  // owns it and drops the previous one
    g_language = lang;
}

core::Language ui_language() {
    return g_language;
}

wxString refusal_text(const core::Refusal& r) {
    return from_utf8(core::message_text(r, g_language));
}

wxString warning_words(const std::string& code) {
    return from_utf8(core::warning_text(code, g_language));
}

}  // namespace td::app
