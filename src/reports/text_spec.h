#pragma once
// Text attributes of templates: parsing "@key" and "{field}" forms, and resolving them against a
// document's fields in its language.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "template_model.h"

namespace td::reports {

// "Dear {addressee}," → literal and field parts; "{{" and "}}" stand for braces.
// Throws std::invalid_argument with a short reason on unbalanced braces or an empty name.
TextParts parse_parts(std::string_view text);
// A template text attribute: "@key.{field}" refers to wording ("@@" starts literal text with
// '@'); anything else is literal text with {field} insertions.
TextSpec parse_text_spec(std::string_view source);
std::vector<std::string> fields_of(const TextParts& parts);

using FieldValues = std::map<std::string, std::string>;

class TextResolver {
  public:
    // `extra` holds values the renderer supplies itself ({page}, {pages}).
    TextResolver(const Template& tpl, core::Language language, const FieldValues& fields,
                 const FieldValues* extra = nullptr)
        : tpl_(tpl), language_(language), fields_(fields), extra_(extra) {}

    std::string resolve(const TextSpec& spec) const;
    // A field's value; an absent field is empty (the blank forms send nothing).
    const std::string& field(const std::string& name) const;
    const Template& tpl() const { return tpl_; }

  private:
    std::string join(const TextParts& parts) const;
    const Template& tpl_;
    core::Language language_;
    const FieldValues& fields_;
    const FieldValues* extra_;
};

}  // namespace td::reports
