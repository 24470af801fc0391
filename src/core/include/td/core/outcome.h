#pragma once
// Expected refusals (a rule or bad input) are values; exceptions are kept for faults.
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace td::core {

// A refused step: a stable snake_case code, the input field it concerns (may be empty),
// and named arguments for the message text (see messages.h). Never carries a secret.
struct Refusal {
    std::string code;
    std::string field;
    std::vector<std::pair<std::string, std::string>> args;

    Refusal with(std::string key, std::string value) && {
        args.emplace_back(std::move(key), std::move(value));
        return std::move(*this);
    }
    std::string arg(const std::string& key) const {
        for (const auto& [k, v] : args)
            if (k == key) return v;
        return {};
    }
};

inline Refusal refuse(std::string code, std::string field = {}) {
    return Refusal{std::move(code), std::move(field), {}};
}

// A fault that is not the user's doing (database down, broken key file, corrupt data).
class Fault : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

template <class T>
class Outcome {
  public:
    Outcome(T value) : v_(std::move(value)) {}
    Outcome(Refusal r) : v_(std::move(r)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(v_); }
    T& value() & { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    const Refusal& refusal() const { return std::get<1>(v_); }

  private:
    std::variant<T, Refusal> v_;
};

// A write the database refused because it would break a uniqueness rule it enforces: another
// step got there first. Adapters throw subclasses; services that can race on such a rule turn
// it into a refusal. The transaction cannot go on after it.
class UniqueViolation : public Fault {
  public:
    using Fault::Fault;
};

struct Done {};

}  // namespace td::core
