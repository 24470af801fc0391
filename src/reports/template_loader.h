#pragma once
// Reading and checking templates (reports/templates/NAME.json). Every problem is a core::Fault
// naming the template and, where there is one, the element and the field or key.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "template_model.h"

namespace td::reports {

class FontFace;

Template load_template(const std::filesystem::path& file, const FontFace& font);
// The same from the file's text; `source` names it in messages.
Template parse_template(std::string_view text, const std::string& name,
                        const std::string& source, const FontFace& font);

// Every templates/*.json under the reports directory, by name; core's seven templates must be
// among them.
std::map<std::string, Template> load_templates(const std::filesystem::path& reports_dir,
                                               const FontFace& font);

}  // namespace td::reports
