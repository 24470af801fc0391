#include "output.h"

#include <iostream>

namespace td::cli {
namespace {

void print_readable(const Json& j, const std::string& indent) {
    for (const auto& [key, value] : j.items()) {
        if (value.is_object()) {
            std::cout << indent << key << ":\n";
            print_readable(value, indent + "  ");
        } else if (value.is_array() && !value.empty() && value.front().is_object()) {
            std::cout << indent << key << ":\n";
            for (const auto& item : value) {
                std::cout << indent << "  -\n";
                print_readable(item, indent + "    ");
            }
        } else {
            std::cout << indent << key << ": "
                      << (value.is_string() ? value.get<std::string>() : value.dump()) << "\n";
        }
    }
}

}  // namespace

int Output::done(Json result, const std::vector<std::string>& warnings) {
    if (!warnings.empty()) {
        Json list = Json::array();
        for (const auto& w : warnings)
            list.push_back({{"code", w}, {"message", core::warning_text(w, lang_)}});
        result["warnings"] = list;
    }
    if (json_) {
        std::cout << result.dump() << "\n";
    } else {
        for (const auto& w : warnings) std::cerr << "! " << core::warning_text(w, lang_) << "\n";
        result.erase("warnings");
        print_readable(result, "");
    }
    return kDone;
}

int Output::refused(const core::Refusal& r, Json extra, int exit_code) {
    const std::string message = core::message_text(r, lang_);
    if (json_) {
        Json error = {{"code", r.code}, {"field", r.field}, {"message", message}};
        for (const auto& [k, v] : r.args) error[k] = v;
        Json out = std::move(extra);
        out["error"] = error;
        std::cout << out.dump() << "\n";
    } else {
        if (!extra.empty()) print_readable(extra, "");
        std::cerr << "tokendesk-cli: " << message << " [" << r.code << "]\n";
    }
    return exit_code;
}

int Output::usage(const std::string& message) {
    return plain_error("usage", message, kUsage);
}

int Output::fault(const std::string& message) {
    return plain_error("fault", message, kFault);
}

int Output::plain_error(const std::string& code, const std::string& message, int exit_code) {
    if (json_)
        std::cout << Json{{"error", {{"code", code}, {"field", ""}, {"message", message}}}}.dump()
                  << "\n";
    else
        std::cerr << "tokendesk-cli: " << (code == "fault" ? "fault: " : "") << message << "\n";
    return exit_code;
}

}  // namespace td::cli
