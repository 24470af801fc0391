#pragma once
// An in-memory Store for core's unit tests: a transaction works on a copy of the state and
// replaces it on commit, so rollback is exact.
#include <functional>
#include <map>
#include <memory>

#include "td/core/repositories.h"

namespace td::test {

using namespace td::core;

struct MemoryState {
    std::map<std::string, Branch> branches;
    std::map<std::string, Staff> staff;
    std::map<std::string, std::vector<std::string>> earlier_passwords;  // newest last
    std::map<std::string, Contract> contracts;
    std::map<std::string, User> users;
    std::map<std::int64_t, Token> tokens;
    std::map<std::int64_t, Application> applications;
    std::map<std::string, std::string> policy;
    std::map<std::string, std::vector<AuditEvent>> audit;
    // contract number -> (chain, seq) of the events that showed it
    std::multimap<std::string, std::pair<std::string, std::int64_t>> audit_subjects;
    std::map<std::pair<std::string, std::string>, PrintRecord> prints;
    std::map<std::string, Device> devices;
    std::map<std::pair<std::string, std::string>, KeptAnswer> kept_answers;
    std::vector<HostEvent> host_events;
    std::vector<OutgoingMail> mail_outbox;
    std::map<std::int64_t, AdminChange> admin_changes;
    std::vector<KeyCheck> keys;
    std::int64_t next_id = 1;
};

class MemoryStore final : public Store {
  public:
    void run(const std::function<bool(Transaction&)>& step) override;
    // Called inside a step just before a token is inserted, with that step's working copy:
    // lets a test play a concurrent writer that committed after the step's reads.
    std::function<void(MemoryState& working)> before_token_insert;
    // Direct access for tests that inspect or tamper with what was committed.
    MemoryState& state() { return state_; }
    int commits = 0;
    int rollbacks = 0;

  private:
    MemoryState state_;
};

}  // namespace td::test
