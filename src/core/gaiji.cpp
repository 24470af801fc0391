#include "td/core/gaiji.h"

#include <cstdio>

#include "td/core/utf8.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

bool is_layout_control(char32_t cp) {
    return cp == '\n' || cp == '\t';
}

// Substitutes within one value; returns a refusal for a character with no substitute.
Check substitute_value(const std::string& field, std::string& value,
                       const DocumentRenderer& renderer, std::vector<Substitution>& subs) {
    if (!is_valid_utf8(value)) return refuse("invalid_utf8", field);
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t start = i;
        const char32_t cp = decode_at(value, i);
        const std::string original = value.substr(start, i - start);
        if (is_layout_control(cp)) {
            out += original;
            continue;
        }
        // Never printable, whatever the font: no substitute is looked for (none may be
        // registered), and the refusal says what the character is rather than "register one".
        if (auto bad = check_printable(field, original)) return bad;
        if (renderer.can_print(cp)) {
            out += original;
            continue;
        }
        const auto substitute = renderer.registered_substitute(cp);
        if (!substitute)
            return refuse("unprintable_character", field)
                .with("character", original)
                .with("code_point", code_point_label(cp));
        subs.push_back({field, original, *substitute});
        out += *substitute;
    }
    value = std::move(out);
    return std::nullopt;
}

}  // namespace

std::string code_point_label(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

Outcome<std::vector<Substitution>> substitute_unprintable(std::vector<DocumentModel>& documents,
                                                          const DocumentRenderer& renderer) {
    std::vector<DocumentModel> work = documents;
    std::vector<Substitution> subs;
    for (auto& doc : work) {
        for (auto& [name, value] : doc.fields)
            if (auto bad = substitute_value(name, value, renderer, subs)) return *bad;
        for (auto& [table, rows] : doc.tables)
            for (auto& row : rows)
                for (auto& [column, value] : row)
                    if (auto bad = substitute_value(table + "." + column, value, renderer, subs))
                        return *bad;
    }
    documents = std::move(work);
    return subs;
}

std::string describe_substitutions(const std::vector<Substitution>& subs) {
    std::string out;
    for (const auto& s : subs)
        out += (out.empty() ? "" : "; ") + s.field + ": " + s.original + " -> " + s.substitute;
    return out;
}

}  // namespace td::core
