#pragma once
// The people and things of DOMAIN.md. Plain values; rules live in the services.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "td/core/time.h"

namespace td::core {

enum class Role { teller, manager, admin };
enum class UserKind { master, general };
enum class OtpState { active, locked };
enum class TokenKind { software, hardware };
// `voided` is DOMAIN.md's `void` (a keyword in C++); it is spelt "void" everywhere outside code.
enum class TokenState { issued, active, revoked, stopped, voided };
enum class OtpMode { totp, hotp };
enum class HashAlgorithm { sha1, sha256, sha512 };
enum class ApplicationKind {
    software_token,
    hardware_token,
    unlock,
    revoke,
    misuse_report,
    contract_update,  // a correction of the contract's details (company name, address, …)
    contract_close,   // the contract ends (解約): no live token may remain
};
enum class ApplicationState { entered, approved, rejected, cancelled };
enum class VisitorRole { principal, agent };
enum class RevokeReason { lost, stolen, broken, model_change, app_deleted, returned };
// pending: imported while two administrators are active, in no branch's usable stock until
// another administrator approves the import (AdminService).
enum class DeviceState { in_stock, assigned, lost, retired, pending };
// What an administrator changes: every kind goes through enter -> approve while at least two
// administrators are active (AdminService).
enum class AdminChangeKind {
    branch_add,
    staff_add,
    staff_role,
    staff_disable,
    staff_enable,
    staff_password_reset,
    policy_set,
    stock_import,
    stock_transfer,
    stock_retire,
    retention_purge,  // personal data of customers whose contracts ended long enough ago
};
enum class AdminChangeState { pending, approved, rejected };

struct Branch {
    std::string code;  // 3 digits
    std::string name;
    std::string address;
    std::string phone;
};

struct Staff {
    std::string id;
    std::string name;
    std::string branch_code;
    Role role = Role::teller;
    std::string password_hash;  // encoded KDF output, never the password
    int failed_logins = 0;
    bool locked = false;
    bool disabled = false;  // no sign-in; kept for the audit trail's names
    // Set by an administrator (staff add, password reset): the first sign-in must change it.
    bool must_change_password = false;
    // When the password was last set; none for one set before the staff password rules.
    std::optional<TimePoint> password_set_at{};
};

struct Contract {
    std::string number;
    std::string company_name;
    std::string company_kana;
    std::string representative_title;
    std::string representative_name;
    std::string postal_code;  // "123-4567"
    std::string address;
    std::string phone;
    std::string branch_code;
    std::optional<TimePoint> closed_at{};  // the contract ended (an approved contract close)
    // Its personal data was removed (retention purge); the facts of its procedures remain.
    std::optional<TimePoint> purged_at{};
};

struct User {
    std::string login_id;
    std::string contract_number;
    std::string name;
    UserKind kind = UserKind::general;
    std::string mobile_email;
    OtpState otp_state = OtpState::active;
    int fail_count = 0;
};

struct Token {
    std::int64_t id = 0;
    TokenKind kind = TokenKind::software;
    std::string login_id;
    std::string service_id;
    std::string token_user_id;
    std::string serial;                     // hardware only
    std::string mobile_email;               // software: the phone's address at issuance
    std::vector<std::uint8_t> sealed_seed;  // AES-GCM sealed, never the clear seed
    OtpMode mode = OtpMode::totp;
    HashAlgorithm algorithm = HashAlgorithm::sha1;
    int digits = 6;
    int period = 60;
    // TOTP: the last accepted time step (-1: none yet). HOTP: the next expected counter.
    std::int64_t counter = -1;
    std::string start_password_hash;  // cleared at initial setup
    int activation_failures = 0;
    TokenState state = TokenState::issued;
    TimePoint issued_at{};
    std::optional<TimePoint> activated_at;
    std::optional<TimePoint> ended_at;  // revoked, stopped or voided
    std::string end_reason;           // revoke reason, "misuse_report", "activation_attempts", …
    std::int64_t application_id = 0;  // the application that issued it (0: none)
};

// One field a contract update changes: its value when entered and the value it is to have.
// `field` is the refusal field name (company, company_kana, representative,
// representative_title, postal, address, phone).
struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
    bool operator==(const FieldChange&) const = default;
};

// What the written form says (書面): received date, who came, what was checked.
struct WrittenForm {
    std::string received_date;  // "YYYY-MM-DD", empty when not a written-form procedure
    bool seal_checked = false;
    bool identity_checked = false;
    std::string visitor_name;
    std::optional<VisitorRole> visitor_role;
    std::string memo;
};

struct Application {
    std::int64_t id = 0;
    ApplicationKind kind = ApplicationKind::software_token;
    ApplicationState state = ApplicationState::entered;
    std::string login_id;
    std::string contract_number;
    std::string branch_code;  // the contract's home branch
    WrittenForm form;
    std::optional<RevokeReason> revoke_reason;
    std::string details;              // misuse report: what the customer reported
    std::string start_password_hash;  // software token: hashed at intake
    bool start_password_generated = false;
    // Software token: the customer issues it in internet banking after approval, choosing the
    // start password and the phone's address there; approval itself issues nothing.
    bool online_issuance = false;
    std::string maker_id;
    TimePoint entered_at{};
    std::string checker_id;  // who approved, rejected or cancelled
    std::optional<TimePoint> decided_at;
    std::string decision_reason;  // reject reason
    std::int64_t token_id = 0;    // the token issued, revoked or stopped
    std::string serial;           // hardware token: the device handed over at the counter
    std::vector<FieldChange> contract_changes;  // contract update: what it changes
};

// A hardware token (key fob) in a branch's stock, imported from the vendor's PSKC file.
struct Device {
    std::string serial;
    std::string branch_code;  // the branch holding it
    DeviceState state = DeviceState::in_stock;
    std::string manufacturer;
    OtpMode mode = OtpMode::totp;
    HashAlgorithm algorithm = HashAlgorithm::sha1;
    int digits = 6;
    int period = 30;  // TOTP time step in seconds
    // HOTP: the next counter the device will show; TOTP: the last time step accepted (-1).
    std::int64_t counter = -1;
    std::vector<std::uint8_t> sealed_seed;  // sealed as software seeds are
    TimePoint imported_at{};
    std::string source;         // the file it came from, for the stock's history
    std::string login_id;       // assigned: to whom
    std::int64_t token_id = 0;  // assigned: the token it became
    std::int64_t import_change = 0;  // pending: the administrative change that imports it
};

// One administrative change (staff, policy, stock): entered by one administrator, in effect
// once another approves it; applied at once, with no checker, while fewer than two
// administrators are active (a first installation).
struct AdminChange {
    std::int64_t id = 0;
    AdminChangeKind kind = AdminChangeKind::policy_set;
    AdminChangeState state = AdminChangeState::pending;
    std::string target;   // what it changes: "staff:ID", "policy:KEY", "device:SERIAL", …
    std::string summary;  // what it does, for screens and the audit trail; never a secret
    // What approval applies, as key=value lines (admin_payload.h): a password only as its
    // hash; an import's devices are stored as pending devices, not here.
    std::string payload;
    std::string maker_id;
    TimePoint entered_at{};
    std::string checker_id;  // empty when applied at once (single administrator)
    std::optional<TimePoint> decided_at;
    std::string decision_reason;  // reject reason
};

struct AuditEvent {
    std::string chain;  // a branch code, or "system"
    std::int64_t seq = 0;
    TimePoint at{};
    std::string actor;   // staff ID, or "customer:LOGIN_ID" for internet-banking actions
    std::string action;  // snake_case verb, e.g. "application_approved"
    std::string target;  // e.g. "user:yamada01", "application:12"
    std::string detail;  // plain facts; never a secret
    std::string prev_mac;
    std::string mac;  // hex HMAC over prev_mac and the canonical event
    // The key ring's key the MAC was made with. A chain moves to a newer key only through a
    // key_handover event, made with the new key.
    int key_id = 1;
};

}  // namespace td::core
