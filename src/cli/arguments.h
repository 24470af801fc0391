#pragma once
#include <cstdint>
// Command-line words: global options, the command's words, its positionals and options.
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace td::cli {

// Wrong usage (unknown command or option, missing argument): exit code 2.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct GlobalOptions {
    std::optional<std::string> db;
    std::optional<std::string> as;
    std::optional<std::string> key_file;
    std::optional<std::string> lang;
    bool json = false;
    bool help = false;
};

struct CommandSpec {
    std::vector<std::string> words;       // e.g. {"apply", "software-token"}
    std::string positionals;              // e.g. "LOGIN_ID" (names, space separated)
    std::set<std::string> value_options;  // options that take a value, without "--"
    std::set<std::string> flag_options;   // options without a value
    std::set<std::string> required;       // value options that must be given
    std::string summary;
};

class Arguments {
  public:
    std::vector<std::string> positionals;
    std::map<std::string, std::string> values;
    std::set<std::string> flags;

    const std::string& positional(std::size_t i) const { return positionals.at(i); }
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    std::optional<std::string> optional_value(const std::string& name) const;
    bool flag(const std::string& name) const { return flags.count(name) != 0; }
};

// A positive whole number written in decimal and nothing else (an application or change
// number), or nullopt.
std::optional<std::int64_t> positive_id(const std::string& text);

// Splits argv into global options and the rest (globals may stand anywhere).
GlobalOptions take_global_options(std::vector<std::string>& args);

// The spec whose words begin `args` (longest match); throws UsageError when none does.
const CommandSpec& match_command(const std::vector<CommandSpec>& specs,
                                 const std::vector<std::string>& args);

// Parses what follows the command's words against its spec; throws UsageError.
Arguments parse_arguments(const CommandSpec& spec, const std::vector<std::string>& args);

std::string usage_line(const CommandSpec& spec);

}  // namespace td::cli
