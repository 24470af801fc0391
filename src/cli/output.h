#pragma once
// What a command prints and the exit code it ends with: 0 done, 1 refused, 2 usage, 3 fault.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "td/core/messages.h"
#include "td/core/outcome.h"

namespace td::cli {

using Json = nlohmann::ordered_json;

enum ExitCode { kDone = 0, kRefused = 1, kUsage = 2, kFault = 3 };

class Output {
  public:
    Output(bool json, core::Language lang) : json_(json), lang_(lang) {}

    // One JSON object on stdout, or readable lines; warnings go with it.
    int done(Json result, const std::vector<std::string>& warnings = {});
    // `extra` keys are merged into the JSON object beside "error".
    int refused(const core::Refusal& r, Json extra = Json::object(), int exit_code = kRefused);
    int usage(const std::string& message);
    int fault(const std::string& message);

    core::Language language() const { return lang_; }
    bool json() const { return json_; }

  private:
    int plain_error(const std::string& code, const std::string& message, int exit_code);
    bool json_;
    core::Language lang_;
};

}  // namespace td::cli
