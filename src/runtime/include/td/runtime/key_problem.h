#pragma once
// The key file cannot serve the database: missing, another database's, or older than the
// database's newest key (a rotation ran elsewhere and this copy was not replaced). what() is the
// command line's English sentence; the desktop words it from the parts, in the user's language.
#include <string>

#include "td/core/outcome.h"

namespace td::runtime {

class KeyProblem : public core::Fault {
  public:
    enum class Kind { missing, mismatch, outdated };
    KeyProblem(Kind kind, std::string key_file, std::string database, std::string recorded,
               std::string offered, const std::string& what)
        : core::Fault(what),
          kind_(kind),
          key_file_(std::move(key_file)),
          database_(std::move(database)),
          recorded_(std::move(recorded)),
          offered_(std::move(offered)) {}

    Kind kind() const { return kind_; }
    const std::string& key_file() const { return key_file_; }
    // The database as messages show it (never a password).
    const std::string& database() const { return database_; }
    // Mismatch and outdated: the key identities ("key 1 check 1a2b3c4d") recorded and offered.
    const std::string& recorded() const { return recorded_; }
    const std::string& offered() const { return offered_; }

  private:
    Kind kind_;
    std::string key_file_, database_, recorded_, offered_;
};

}  // namespace td::runtime
