#include "text_spec.h"

#include <stdexcept>

#include "td/core/outcome.h"

namespace td::reports {

TextParts parse_parts(std::string_view text) {
    TextParts parts;
    std::string literal;
    const auto flush = [&] {
        if (!literal.empty()) parts.push_back({false, std::move(literal)});
        literal.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            literal += '{', ++i;
        } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
            literal += '}', ++i;
        } else if (c == '{') {
            const auto close = text.find('}', i + 1);
            if (close == std::string_view::npos) throw std::invalid_argument("unclosed '{'");
            const auto name = text.substr(i + 1, close - i - 1);
            if (name.empty()) throw std::invalid_argument("empty field name '{}'");
            for (char n : name)
                if (!((n >= 'a' && n <= 'z') || (n >= '0' && n <= '9') || n == '_'))
                    throw std::invalid_argument("'{" + std::string(name) +
                                                "}' is not a field name (a-z, 0-9, _)");
            flush();
            parts.push_back({true, std::string(name)});
            i = close;
        } else if (c == '}') {
            throw std::invalid_argument("'}' without '{' (write '}}' for a brace)");
        } else {
            literal += c;
        }
    }
    flush();
    return parts;
}

TextSpec parse_text_spec(std::string_view source) {
    TextSpec spec;
    spec.source = std::string(source);
    if (source.size() >= 2 && source[0] == '@' && source[1] == '@') {
        spec.parts = parse_parts(source.substr(1));
    } else if (!source.empty() && source[0] == '@') {
        spec.is_wording = true;
        spec.parts = parse_parts(source.substr(1));
        if (spec.parts.empty()) throw std::invalid_argument("'@' without a wording key");
        for (const auto& part : spec.parts)
            if (!part.is_field && part.text.find_first_of(" \t\n") != std::string::npos)
                throw std::invalid_argument("wording key '" + std::string(source.substr(1)) +
                                            "' contains a space");
    } else {
        spec.parts = parse_parts(source);
    }
    return spec;
}

std::vector<std::string> fields_of(const TextParts& parts) {
    std::vector<std::string> names;
    for (const auto& part : parts)
        if (part.is_field) names.push_back(part.text);
    return names;
}

const std::string& TextResolver::field(const std::string& name) const {
    static const std::string kEmpty;
    if (extra_) {
        const auto it = extra_->find(name);
        if (it != extra_->end()) return it->second;
    }
    const auto it = fields_.find(name);
    return it == fields_.end() ? kEmpty : it->second;
}

std::string TextResolver::join(const TextParts& parts) const {
    std::string out;
    for (const auto& part : parts) out += part.is_field ? field(part.text) : part.text;
    return out;
}

std::string TextResolver::resolve(const TextSpec& spec) const {
    if (!spec.is_wording) return join(spec.parts);
    const std::string key = join(spec.parts);
    const auto& wording = tpl_.wording.at(language_);
    const auto it = wording.find(key);
    // Loading checked every key the declared choices can produce; the renderer checks field
    // values against the choices first, so this is a bug guard.
    if (it == wording.end())
        throw core::Fault("template " + tpl_.name + ": no wording '" + key + "' for " +
                          spec.source);
    return join(it->second);
}

}  // namespace td::reports
