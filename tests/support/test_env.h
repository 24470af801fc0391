#pragma once
// Setting environment variables in tests, the same way on Debian and Windows (values in UTF-8).
#include <optional>
#include <string>

namespace td::test {

void set_env(const std::string& name, const std::string& value);
void unset_env(const std::string& name);
std::optional<std::string> get_env(const std::string& name);

// Sets (or, with nullopt, unsets) a variable for one scope and puts back what was there.
class ScopedEnv {
  public:
    ScopedEnv(std::string name, const std::optional<std::string>& value)
        : name_(std::move(name)), old_(get_env(name_)) {
        if (value)
            set_env(name_, *value);
        else
            unset_env(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
    ~ScopedEnv() {
        if (old_)
            set_env(name_, *old_);
        else
            unset_env(name_);
    }

  private:
    std::string name_;
    std::optional<std::string> old_;
};

}  // namespace td::test
