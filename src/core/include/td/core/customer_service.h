#pragma once
// Contracts and users (customer master data), and the recorded look-up of a user (rule 16).
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

struct AddContractRequest {
    std::string number, company_name, company_kana, representative_name, representative_title,
        postal_code, address, phone, branch_code;
};

struct AddUserRequest {
    std::string login_id, contract_number, name, kind, mobile_email;
};

struct UpdateUserRequest {
    std::string login_id;
    std::optional<std::string> name;
    std::optional<std::string> mobile_email;  // empty string clears it
};

struct UserView {
    User user;
    Contract contract;
    std::vector<Token> tokens;
    std::vector<Application> applications;
    // Rule 11: set while a revoke still holds back a new token.
    std::optional<TimePoint> earliest_issue_at;
};

class CustomerService {
  public:
    explicit CustomerService(Context ctx) : ctx_(ctx) {}

    // Admin, or a teller or manager of the contract's home branch.
    Outcome<Contract> add_contract(const Actor& actor, const AddContractRequest& req);
    Outcome<User> add_user(const Actor& actor, const AddUserRequest& req);
    Outcome<User> update_user(const Actor& actor, const UpdateUserRequest& req);
    // Any staff may look; every look is written to the audit trail.
    Outcome<UserView> show_user(const Actor& actor, const std::string& login_id);

  private:
    Context ctx_;
};

// When a new token may be issued to a user with these tokens; nullopt if no revoke restricts it
// at `now` (rule 11).
std::optional<TimePoint> reissue_restriction(const std::vector<Token>& tokens, TimePoint now);

}  // namespace td::core
