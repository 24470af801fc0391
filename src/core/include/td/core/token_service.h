#pragma once
// What the phone app and internet banking do with a token: initial setup (初期設定), OTP
// verification with lock (rules 6–8), and the master user's online unlock and revoke (rules 9–10).
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

struct ActivationRequest {
    std::string service_id;
    std::string token_user_id;
    std::string start_password;
};

struct Activation {
    std::string secret_base32;  // delivered once, to the app, at initial setup
    std::string otpauth_uri;
    int digits = 6;
    int period = 60;
    std::string algorithm;
    std::string login_id;
};

// The master user's online issuance in internet banking (seed 手順3): the phone's mail address
// and the start password, chosen there.
struct OnlineIssuanceRequest {
    std::string login_id;
    std::string mobile_email;
    std::string start_password;
};

struct OtpResult {
    bool accepted = false;
    OtpState otp_state = OtpState::active;
    int fail_count = 0;
    std::string reason;  // when refused: otp_wrong, otp_replayed, user_locked, no_active_token
};

// The refusal for a code verify_otp did not accept: about the user (locked, no token in use:
// field login_id) or about the code (wrong, replayed: field otp, as when the code is
// malformed). Every message can name the user.
Refusal otp_refusal(const std::string& login_id, const OtpResult& result);

class TokenService {
  public:
    explicit TokenService(Context ctx) : ctx_(ctx) {}
    // Recorded with every decision (e.g. "host=ib-host purpose=login"): through what it came.
    // With `services`, only users of those service IDs exist for this caller: any other is
    // refused as unknown inside the step's own transaction, before anything is counted.
    TokenService(Context ctx, std::string via, std::vector<std::string> services = {})
        : ctx_(ctx), via_(std::move(via)), services_(std::move(services)) {}

    // Wrong usage-start passwords are counted; at the policy's limit the token becomes void.
    Outcome<Activation> activate(const ActivationRequest& req);
    // After the branch approved an application for online issuance: issues the software token
    // with the counter's rules (rules 3–5, 11) and queues the app's download URL to the phone.
    Outcome<Token> issue_online(const OnlineIssuanceRequest& req);
    // Always an OtpResult for a known user (refused codes are counted, rule 8).
    Outcome<OtpResult> verify_otp(const std::string& login_id, const std::string& code);
    // A master user of the same contract unlocks a general user, confirming with their OTP.
    Outcome<User> online_unlock(const std::string& login_id, const std::string& master_login_id,
                                const std::string& master_otp);
    // A master user revokes a token of the same contract (their own too), confirming with their
    // OTP; `reason` (optional, up to 100 characters) goes into the audit trail.
    Outcome<Token> online_revoke(const std::string& login_id, const std::string& master_login_id,
                                 const std::string& master_otp, const std::string& reason = {});

    // At the branch (rule 7): a teller or manager of the user's home branch moves the user's
    // HOTP hardware token to where its device is, from two codes it shows one after the other.
    Outcome<Token> resync(const Actor& actor, const std::string& login_id,
                          const std::string& first_code, const std::string& second_code);

  private:
    std::string with_via(std::string detail) const;
    // Whether the user is one this caller may act for (always, without a service list).
    bool in_scope(Transaction& tx, const std::string& login_id) const;
    Context ctx_;
    std::string via_;
    std::vector<std::string> services_;
};

}  // namespace td::core
