#pragma once
// What the bank's internet-banking host may do through tokendesk-server: check sign-in and
// transaction codes, complete the app's initial setup, the master user's online unlock and
// revoke, and read a user's token state. A host acts only for the customers of the service IDs
// it is allowed (its server_host line); a customer of another service is, to that host, one that
// does not exist: the same answer as an unknown login ID, so one bank's host learns nothing of
// another's customers when several share a server.
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"
#include "td/core/repositories.h"
#include "td/core/token_service.h"

namespace td::core {

inline constexpr int kMaxEventsPerPage = 1000;

struct HostGrant {
    std::string host;  // the server_host name
    std::vector<std::string> service_ids;
};

// What the host is told of a code: nothing more, so an unknown user, a user without a usable
// token and a wrong code look the same (reject).
enum class Verdict { accept, reject, locked };
std::string_view to_string(Verdict v);

struct UserStatus {
    User user;
    // The token in use (issued or active), else the newest; never its seed.
    std::optional<Token> token;
    // A TOTP token's last accepted time step, as a time; none for HOTP or before the first use.
    std::optional<TimePoint> last_accepted_at;
    // Rule 11: set while a revoke still holds back a new token.
    std::optional<TimePoint> earliest_issue_at;
};

class HostService {
  public:
    HostService(Context ctx, HostGrant grant) : ctx_(ctx), grant_(std::move(grant)) {}

    // `purpose`: "login" or "transaction", recorded with the decision.
    Verdict verify(const std::string& login_id, const std::string& code,
                   const std::string& purpose = "login");
    Outcome<Activation> activate(const ActivationRequest& req);
    Outcome<Token> issue_online(const OnlineIssuanceRequest& req);
    Outcome<User> online_unlock(const std::string& login_id, const std::string& master_login_id,
                                const std::string& master_otp);
    Outcome<Token> online_revoke(const std::string& login_id, const std::string& master_login_id,
                                 const std::string& master_otp, const std::string& reason = {});
    Outcome<UserStatus> user_status(const std::string& login_id);
    // The feed of what changed for the host's services after `after` (0: from the start),
    // oldest first, at most `limit` (1 to kMaxEventsPerPage).
    Outcome<std::vector<HostEvent>> events(std::int64_t after, int limit);

    // The service a user belongs to: the service ID on their newest token, or, for a user with
    // none yet, the one the database issues tokens for (policy), which their first will carry.
    // Empty for an unknown login ID.
    std::string service_of(const std::string& login_id);
    bool serves(const std::string& login_id);
    bool serves_service(const std::string& service_id) const;

  private:
    // Every decision made for a host is recorded with its name.
    TokenService tokens(const std::string& purpose = {}) const;
    Context ctx_;
    HostGrant grant_;
};

}  // namespace td::core
