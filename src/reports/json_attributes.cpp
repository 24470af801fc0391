#include "json_attributes.h"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace td::reports {
namespace {

std::string format_number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

}  // namespace

JsonAttributes::JsonAttributes(const nlohmann::json& object, Fail fail)
    : object_(object), fail_(std::move(fail)) {
    if (!object_.is_object()) this->fail("expected a JSON object");
}

void JsonAttributes::fail(const std::string& message) const {
    fail_(message);
    throw std::logic_error("JsonAttributes: the fail callback must throw");
}

std::optional<double> JsonAttributes::number(const std::string& key, double min, double max) {
    used_.insert(key);
    const auto it = object_.find(key);
    if (it == object_.end()) return std::nullopt;
    if (!it->is_number()) fail(key + " must be a number");
    const double v = it->get<double>();
    if (!std::isfinite(v) || v < min || v > max)
        fail(key + " " + format_number(v) + " is out of range [" + format_number(min) + ", " +
             format_number(max) + "]");
    return v;
}

double JsonAttributes::number(const std::string& key, double fallback, double min, double max) {
    return number(key, min, max).value_or(fallback);
}

int JsonAttributes::integer(const std::string& key, int fallback, int min, int max) {
    used_.insert(key);
    const auto it = object_.find(key);
    if (it == object_.end()) return fallback;
    if (!it->is_number_integer()) fail(key + " must be a whole number");
    const auto v = it->get<long long>();
    if (v < min || v > max)
        fail(key + " " + std::to_string(v) + " is out of range [" + std::to_string(min) + ", " +
             std::to_string(max) + "]");
    return static_cast<int>(v);
}

bool JsonAttributes::boolean(const std::string& key, bool fallback) {
    used_.insert(key);
    const auto it = object_.find(key);
    if (it == object_.end()) return fallback;
    if (!it->is_boolean()) fail(key + " must be true or false");
    return it->get<bool>();
}

std::optional<std::string> JsonAttributes::string(const std::string& key) {
    used_.insert(key);
    const auto it = object_.find(key);
    if (it == object_.end()) return std::nullopt;
    if (!it->is_string()) fail(key + " must be a string");
    return it->get<std::string>();
}

std::string JsonAttributes::required_string(const std::string& key) {
    auto v = string(key);
    if (!v) fail(key + " is required");
    return *v;
}

std::string JsonAttributes::choice(const std::string& key, const std::set<std::string>& allowed,
                                   const std::string& fallback) {
    const auto v = string(key);
    if (!v) return fallback;
    if (!allowed.count(*v)) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        fail(key + " '" + *v + "' is not one of " + list);
    }
    return *v;
}

const nlohmann::json* JsonAttributes::array(const std::string& key) {
    used_.insert(key);
    const auto it = object_.find(key);
    if (it == object_.end()) return nullptr;
    if (!it->is_array()) fail(key + " must be an array");
    return &*it;
}

const nlohmann::json* JsonAttributes::object(const std::string& key) {
    used_.insert(key);
    const auto it = object_.find(key);
    if (it == object_.end()) return nullptr;
    if (!it->is_object()) fail(key + " must be an object");
    return &*it;
}

void JsonAttributes::finish() const {
    for (const auto& item : object_.items())
        if (!used_.count(item.key())) fail("unknown attribute '" + item.key() + "'");
}

}  // namespace td::reports
