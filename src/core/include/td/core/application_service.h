#pragma once
// Counter procedures (申込・依頼): intake by a teller or manager (起票), then approval by a
// different manager of the home branch (検印), rejection (差戻し) or cancellation (rule 1).
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/contract_change.h"
#include "td/core/outcome.h"

namespace td::core {

// The written form's facts as keyed in; parsed and checked by the service.
struct FormInput {
    std::string received_date;  // "YYYY-MM-DD"; empty means today (Japan time)
    bool seal_checked = false;
    bool identity_checked = false;
    std::string visitor_name;
    std::string visitor_role;  // "principal" | "agent" | empty
    std::string memo;
};

struct SoftwareTokenRequest {
    std::string login_id;
    std::string start_password;  // keyed in by the customer; empty when generated
    bool generate_start_password = false;
    FormInput form;
    // Neither: the master user issues the token online after approval (seed 手順3–5).
    bool online = false;
};

struct HardwareTokenRequest {
    std::string login_id;
    std::string serial;  // a device in the home branch's stock
    FormInput form;
};

struct UnlockRequest {
    std::string login_id;
    FormInput form;
};

struct RevokeRequest {
    std::string login_id;
    std::string reason;  // lost|stolen|broken|model_change|app_deleted|returned
    FormInput form;
};

struct MisuseReportRequest {
    std::string login_id;
    std::string details;
    FormInput form;
};

struct ContractUpdateRequest {
    std::string contract_number;
    // The user the request came through (whose detail the teller has open); empty: the
    // contract's first master user, else its first user.
    std::string login_id;
    ContractFields fields;
    FormInput form;
};

// The contract ends (解約), on the customer's written form. Recorded under one of its users
// as a contract update is (empty login_id: the first master user, else the first user).
struct ContractCloseRequest {
    std::string contract_number;
    std::string login_id;
    FormInput form;
};

struct IntakeResult {
    Application application;
    // Only when generated at intake: shown once to the customer at the counter, never again.
    std::optional<std::string> generated_start_password;
    std::vector<std::string> warnings;  // message codes, e.g. "app_token_count_high"
};

struct ApplicationView {
    Application application;
    std::optional<Token> token;  // the token issued, revoked or stopped, if any
    std::vector<std::string> warnings;
};

class ApplicationService {
  public:
    explicit ApplicationService(Context ctx) : ctx_(ctx) {}

    Outcome<IntakeResult> apply_software_token(const Actor& actor, const SoftwareTokenRequest& req);
    Outcome<IntakeResult> apply_hardware_token(const Actor& actor, const HardwareTokenRequest& req);
    Outcome<IntakeResult> apply_unlock(const Actor& actor, const UnlockRequest& req);
    Outcome<IntakeResult> apply_revoke(const Actor& actor, const RevokeRequest& req);
    // Rule 12: stops the user's token at once, in the intake transaction.
    Outcome<IntakeResult> apply_misuse_report(const Actor& actor, const MisuseReportRequest& req);
    // A correction of the contract's details; applied at approval, when the contract must
    // still hold what it held at entry.
    Outcome<IntakeResult> apply_contract_update(const Actor& actor,
                                                const ContractUpdateRequest& req);
    // Refused while any of the contract's users holds a live token or has a procedure
    // waiting; in effect (the contract's closed_at) at approval.
    Outcome<IntakeResult> apply_contract_close(const Actor& actor,
                                               const ContractCloseRequest& req);

    // A manager of the home branch who is not the maker; every rule is checked again. A
    // hardware token needs `device_code`, the code the device shows now: a wrong serial is
    // never bound to the user. Other procedures take none.
    Outcome<ApplicationView> approve(const Actor& actor, std::int64_t application_id,
                                     const std::string& device_code = {});
    Outcome<ApplicationView> reject(const Actor& actor, std::int64_t application_id,
                                    const std::string& reason);
    // The maker, or a manager of the home branch.
    Outcome<ApplicationView> cancel(const Actor& actor, std::int64_t application_id);

    Outcome<ApplicationView> show(const Actor& actor, std::int64_t application_id);
    Outcome<std::vector<Application>> list(const Actor& actor, const ApplicationFilter& filter);

  private:
    Outcome<ApplicationView> approve_step(const Actor& actor, std::int64_t application_id,
                                          const std::string& device_code);
    // After the database refused a duplicate: the rule the application now breaks, if any
    // (its user has the token meanwhile, or its device was bound meanwhile).
    std::optional<Refusal> conflict_after_race(std::int64_t application_id);
    Outcome<Application> contract_update_draft(Transaction& tx, const ContractUpdateRequest& req);
    // The user a contract procedure is recorded under: `login_id`, or the contract's first
    // master user, else its first user.
    Outcome<std::string> recorded_under(Transaction& tx, const Contract& contract,
                                        const std::string& login_id);
    Outcome<IntakeResult> intake(const Actor& actor, Application draft,
                                 std::optional<std::string> generated_password);
    Outcome<IntakeResult> intake_step(const Actor& actor, Application draft,
                                      std::optional<std::string> generated_password);
    // Rejects or cancels an entered application (nothing of it had taken effect).
    Outcome<ApplicationView> close(const Actor& actor, std::int64_t id, ApplicationState outcome,
                                   const std::string& reason);
    Context ctx_;
};

}  // namespace td::core
