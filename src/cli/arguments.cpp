#include "arguments.h"

#include <charconv>

#include <algorithm>
#include <sstream>

namespace td::cli {
namespace {

std::size_t count_words(const std::string& s) {
    std::istringstream in(s);
    std::size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

}  // namespace

std::string Arguments::value(const std::string& name, const std::string& fallback) const {
    const auto it = values.find(name);
    return it == values.end() ? fallback : it->second;
}

std::optional<std::string> Arguments::optional_value(const std::string& name) const {
    const auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

GlobalOptions take_global_options(std::vector<std::string>& args) {
    GlobalOptions g;
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto take = [&](std::optional<std::string>& slot, const std::string& name) {
            const bool spaced = a == "--" + name;
            if (!spaced && a.rfind("--" + name + "=", 0) != 0) return false;
            // Given twice, one of the two would be dropped without a word: which one was meant?
            if (slot) throw UsageError("--" + name + " is given more than once");
            if (spaced && i + 1 >= args.size()) throw UsageError("--" + name + " needs a value");
            slot = spaced ? args[++i] : a.substr(name.size() + 3);
            return true;
        };
        if (a == "--json") {
            if (g.json) throw UsageError("--json is given more than once");
            g.json = true;
        } else if (a == "--help" || a == "-h") {
            g.help = true;
        } else if (!take(g.db, "db") && !take(g.as, "as") && !take(g.key_file, "key-file") &&
                   !take(g.lang, "lang")) {
            rest.push_back(a);
        }
    }
    args = rest;
    return g;
}

const CommandSpec& match_command(const std::vector<CommandSpec>& specs,
                                 const std::vector<std::string>& args) {
    const CommandSpec* best = nullptr;
    for (const auto& spec : specs) {
        if (spec.words.size() > args.size()) continue;
        bool match = true;
        for (std::size_t i = 0; i < spec.words.size(); ++i)
            match = match && spec.words[i] == args[i];
        if (match && (!best || spec.words.size() > best->words.size())) best = &spec;
    }
    if (!best) {
        std::string given;
        for (std::size_t i = 0; i < args.size() && i < 2; ++i) given += (i ? " " : "") + args[i];
        throw UsageError(given.empty() ? "no command given" : "unknown command: " + given);
    }
    return *best;
}

Arguments parse_arguments(const CommandSpec& spec, const std::vector<std::string>& args) {
    Arguments out;
    for (std::size_t i = spec.words.size(); i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) == 0 && a.size() > 2) {
            std::string name = a.substr(2);
            std::optional<std::string> inline_value;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inline_value = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            const bool known = (spec.flag_options.count(name) && !inline_value) ||
                               spec.value_options.count(name);
            if (known && (out.flags.count(name) || out.values.count(name)))
                throw UsageError("--" + name + " is given more than once");
            if (spec.flag_options.count(name) && !inline_value) {
                out.flags.insert(name);
            } else if (spec.value_options.count(name)) {
                if (!inline_value && i + 1 >= args.size())
                    throw UsageError("--" + name + " needs a value");
                out.values[name] = inline_value ? *inline_value : args[++i];
            } else {
                throw UsageError("unknown option --" + name + " for '" + usage_line(spec) + "'");
            }
        } else {
            out.positionals.push_back(a);
        }
    }
    // "[NAME]" positionals are optional.
    const std::size_t most = count_words(spec.positionals);
    const std::size_t optional =
        std::size_t(std::count(spec.positionals.begin(), spec.positionals.end(), '['));
    if (out.positionals.size() > most || out.positionals.size() < most - optional)
        throw UsageError("usage: tokendesk-cli " + usage_line(spec));
    for (const auto& r : spec.required)
        if (!out.values.count(r))
            throw UsageError("--" + r + " is required: tokendesk-cli " + usage_line(spec));
    return out;
}

std::string usage_line(const CommandSpec& spec) {
    std::string line;
    for (const auto& w : spec.words) line += (line.empty() ? "" : " ") + w;
    if (!spec.positionals.empty()) line += " " + spec.positionals;
    for (const auto& o : spec.value_options)
        line += spec.required.count(o) ? " --" + o + " V" : " [--" + o + " V]";
    for (const auto& f : spec.flag_options) line += " [--" + f + "]";
    return line;
}

std::optional<std::int64_t> positive_id(const std::string& text) {
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
    return id;
}

}  // namespace td::cli
