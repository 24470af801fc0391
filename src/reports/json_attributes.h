#pragma once
// Reading one JSON object's attributes with range checks, remembering which were read so that
// misspelt attributes are reported instead of silently ignored.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

namespace td::reports {

class JsonAttributes {
  public:
    // `fail` turns a message into the exception to throw (it adds the template and element).
    using Fail = std::function<void(const std::string&)>;
    JsonAttributes(const nlohmann::json& object, Fail fail);

    bool has(const std::string& key) const { return object_.contains(key); }
    std::optional<double> number(const std::string& key, double min, double max);
    double number(const std::string& key, double fallback, double min, double max);
    int integer(const std::string& key, int fallback, int min, int max);
    bool boolean(const std::string& key, bool fallback);
    std::optional<std::string> string(const std::string& key);
    std::string required_string(const std::string& key);
    // One of `allowed`, or the fallback.
    std::string choice(const std::string& key, const std::set<std::string>& allowed,
                       const std::string& fallback);
    const nlohmann::json* array(const std::string& key);
    const nlohmann::json* object(const std::string& key);
    // Reports the first attribute nobody read.
    void finish() const;

    [[noreturn]] void fail(const std::string& message) const;

  private:
    const nlohmann::json& object_;
    Fail fail_;
    std::set<std::string> used_;
};

}  // namespace td::reports
