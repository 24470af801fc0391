#pragma once
// Ports to the central database. One Transaction is one database transaction (rule 14);
// the store adapter implements these over SOCI, tests over memory.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "td/core/entities.h"
#include "td/core/key_check.h"

namespace td::core {

class BranchRepository {
  public:
    virtual ~BranchRepository() = default;
    virtual std::optional<Branch> find(const std::string& code) = 0;
    virtual void insert(const Branch& b) = 0;
    virtual std::int64_t count() = 0;
    // Every branch, by code.
    virtual std::vector<Branch> all() = 0;
};

class StaffRepository {
  public:
    virtual ~StaffRepository() = default;
    virtual std::optional<Staff> find(const std::string& id) = 0;
    // The stored staff ID equal to `id` but for ASCII letter case ("Sakura01" for "sakura01"),
    // if any: IDs that differ only in case are one ID (docs/architecture.md).
    virtual std::optional<std::string> key_ignoring_case(const std::string& id) = 0;
    virtual void insert(const Staff& s) = 0;
    virtual void update(const Staff& s) = 0;
    virtual std::int64_t count() = 0;
    // Every member of staff, by ID.
    virtual std::vector<Staff> all() = 0;
    // The hashes of a member of staff's earlier passwords, newest first, at most `limit`.
    virtual std::vector<std::string> earlier_passwords(const std::string& id,
                                                       std::size_t limit) = 0;
    // Keeps `hash` as an earlier password, then forgets all but the newest `keep`.
    virtual void keep_earlier_password(const std::string& id, const std::string& hash,
                                       TimePoint replaced_at, std::size_t keep) = 0;
};

class ContractRepository {
  public:
    virtual ~ContractRepository() = default;
    virtual std::optional<Contract> find(const std::string& number) = 0;
    // The stored contract number equal to `number` but for ASCII letter case ("Sakura01" for
    // "sakura01"), if any: IDs that differ only in case are one ID (docs/architecture.md).
    virtual std::optional<std::string> key_ignoring_case(const std::string& number) = 0;
    virtual void insert(const Contract& c) = 0;
    // Contracts closed before `before` whose personal data is still held, by number.
    virtual std::vector<Contract> closed_before(TimePoint before) = 0;
    // Stores every field of the contract named by c.number (an approved contract update).
    virtual void update(const Contract& c) = 0;
    // Contracts whose number, company name or kana, or a user's login ID starts with `prefix`,
    // ASCII letters in any case (core passes the prefix lower-cased), by contract number, at
    // most `limit`; only those of `branch_code` when it is given.
    virtual std::vector<Contract> search(const std::string& prefix, std::size_t limit,
                                         const std::optional<std::string>& branch_code) = 0;
};

class UserRepository {
  public:
    virtual ~UserRepository() = default;
    virtual std::optional<User> find(const std::string& login_id) = 0;
    // The stored login ID equal to `login_id` but for ASCII letter case ("Sakura01" for
    // "sakura01"), if any: IDs that differ only in case are one ID (docs/architecture.md).
    virtual std::optional<std::string> key_ignoring_case(const std::string& login_id) = 0;
    // The same, with the row locked until the transaction ends: wrong OTPs counted at the same
    // moment for one user then queue, and none of them is lost (rule 8).
    virtual std::optional<User> find_for_update(const std::string& login_id) = 0;
    virtual void insert(const User& u) = 0;
    virtual void update(const User& u) = 0;
    virtual std::vector<User> by_contract(const std::string& contract_number) = 0;
    // Locked master users of contracts whose home branch is `branch_code`, by login ID.
    virtual std::vector<User> locked_masters(const std::string& branch_code) = 0;
};

class TokenRepository {
  public:
    virtual ~TokenRepository() = default;
    virtual std::optional<Token> find(std::int64_t id) = 0;
    virtual std::optional<Token> find_by_token_user_id(const std::string& token_user_id) = 0;
    // Every token the user ever had, oldest first.
    virtual std::vector<Token> for_user(const std::string& login_id) = 0;
    // Software tokens in state issued or active whose mobile e-mail equals `email` (rule 5).
    virtual std::int64_t count_live_software_by_email(const std::string& email) = 0;
    // Inserts and returns the new id. A second software token in state issued or active for
    // one login ID throws UniqueViolation: the database, not the caller's earlier read, keeps
    // the rule when two steps issue at once.
    virtual std::int64_t insert(const Token& t) = 0;
    virtual void update(const Token& t) = 0;
    // Moves the OTP counter only if it still holds `from`; false when another step moved it
    // first (the same code, or a later one, was accepted meanwhile).
    virtual bool advance_counter(std::int64_t token_id, std::int64_t from, std::int64_t to) = 0;
    // Every token, by id (for the database check).
    virtual std::vector<Token> all() = 0;
};

struct DeviceFilter {
    std::optional<std::string> branch_code;
    std::optional<DeviceState> state;
};

struct DeviceCount {
    std::string branch_code;
    DeviceState state = DeviceState::in_stock;
    std::int64_t count = 0;
};

class DeviceRepository {
  public:
    virtual ~DeviceRepository() = default;
    virtual std::optional<Device> find(const std::string& serial) = 0;
    // The stored serial equal to `serial` but for ASCII letter case ("Sakura01" for "sakura01"),
    // if any: IDs that differ only in case are one ID (docs/architecture.md).
    virtual std::optional<std::string> key_ignoring_case(const std::string& serial) = 0;
    // Throws UniqueViolation for a serial already in any branch's stock.
    virtual void insert(const Device& d) = 0;
    virtual void update(const Device& d) = 0;
    // Moves the device from in_stock to assigned only if it is still in stock; false when
    // another step assigned (or moved) it first: a serial is handed over once.
    virtual bool assign(const std::string& serial, const std::string& login_id,
                        std::int64_t token_id) = 0;
    // By serial; seeds included (callers that show them drop them).
    virtual std::vector<Device> list(const DeviceFilter& filter) = 0;
    // Devices per branch and state, by branch then state; only non-zero counts.
    virtual std::vector<DeviceCount> counts() = 0;
    // The pending devices of an import (Device::import_change): `accept` puts them in stock,
    // otherwise they are deleted, as if never imported. Returns how many there were.
    virtual std::int64_t settle_import(std::int64_t change_id, bool accept) = 0;
};

struct ApplicationFilter {
    std::optional<ApplicationState> state;
    std::optional<std::string> branch_code;
    std::optional<std::string> login_id;
    // Only applications entered or decided in [from, until) (a branch's day, for the journal).
    std::optional<TimePoint> active_from;
    std::optional<TimePoint> active_until;
    // Only applications with no print recorded of this document (e.g. completion notices
    // not yet printed).
    std::optional<std::string> not_printed_as;

    static ApplicationFilter for_user(const std::string& login_id) {
        ApplicationFilter f;
        f.login_id = login_id;
        return f;
    }
};

class ApplicationRepository {
  public:
    virtual ~ApplicationRepository() = default;
    virtual std::int64_t insert(const Application& a) = 0;
    virtual void update(const Application& a) = 0;
    // Stores a decision (approved, rejected or cancelled) only if the stored application is
    // still entered; false when another step decided it first. A second writer waits for the
    // first to commit and then sees its decision.
    virtual bool decide(const Application& a) = 0;
    virtual std::optional<Application> find(std::int64_t id) = 0;
    // Ordered by id.
    virtual std::vector<Application> list(const ApplicationFilter& filter) = 0;
};

class PolicyRepository {
  public:
    virtual ~PolicyRepository() = default;
    virtual std::map<std::string, std::string> all() = 0;
    virtual void put(const std::string& key, const std::string& value) = 0;
};

struct ChainHead {
    std::int64_t seq = 0;
    std::string mac;
    int key_id = 1;  // the key the newest event was made with
};

class AuditRepository {
  public:
    virtual ~AuditRepository() = default;
    // The newest event of a chain, read so that no other writer can append to the same
    // chain until this transaction ends; nullopt for an empty chain.
    virtual std::optional<ChainHead> lock_head(const std::string& chain) = 0;
    virtual void append(const AuditEvent& e) = 0;
    virtual std::vector<std::string> chains() = 0;
    // A chain's events in the order they are stored (by seq).
    virtual std::vector<AuditEvent> events(const std::string& chain) = 0;
    // The last event of a chain recorded before `until`; nullopt when there is none.
    virtual std::optional<ChainHead> head_before(const std::string& chain, TimePoint until) = 0;
    // Names the customers (contract numbers) whose data the event (chain, seq) showed.
    virtual void add_subjects(const std::string& chain, std::int64_t seq,
                              const std::vector<std::string>& contract_numbers) = 0;
    // How many events of `action` the chains hold from `from` until before `until`.
    virtual std::int64_t count_actions(const std::vector<std::string>& chains,
                                       const std::string& action, TimePoint from,
                                       TimePoint until) = 0;
    // The events of `actions` in the chains from `from` until before `until`, oldest first (by
    // time, chain, seq).
    virtual std::vector<AuditEvent> events_of(const std::vector<std::string>& chains,
                                              const std::vector<std::string>& actions,
                                              TimePoint from, TimePoint until) = 0;
    // Every event that names the customer as a subject, oldest first (by time, chain, seq).
    virtual std::vector<AuditEvent> events_about(const std::string& contract_number) = 0;
};

// The key ring's keys the database has been handed over to (their number and check value,
// never a key). The newest is the one every program seals and keys events with.
class KeyRepository {
  public:
    virtual ~KeyRepository() = default;
    // By key number, oldest first.
    virtual std::vector<KeyCheck> recorded() = 0;
    virtual void record(const KeyCheck& key) = 0;
};

// Sealed secrets as a key rotation sees them: any kind, in batches, by the row's key.
enum class SealedKind { token_seed, device_seed };
struct SealedItem {
    std::string id;  // a token's number, a device's serial
    std::vector<std::uint8_t> sealed;
};

class SealedDataRepository {
  public:
    virtual ~SealedDataRepository() = default;
    // Up to `limit` items of `kind` after `after` in the row key's order ("" from the start).
    virtual std::vector<SealedItem> after(SealedKind kind, const std::string& after,
                                          std::size_t limit) = 0;
    // Puts `now` in place of `was`; false when the item changed meanwhile (or is gone).
    virtual bool replace(SealedKind kind, const std::string& id,
                         const std::vector<std::uint8_t>& was,
                         const std::vector<std::uint8_t>& now) = 0;
};

// How often a document was printed for a target (an application, a branch's day, a form).
struct PrintRecord {
    std::string document;             // template name, e.g. "completion_notice"
    std::string target;               // e.g. "application:12", "journal:001:2026-11-26"
    std::int64_t application_id = 0;  // 0 when the target is not an application
    std::int64_t count = 0;
    TimePoint first_at{};
    TimePoint last_at{};
    std::string last_by;
};

class PrintRepository {
  public:
    virtual ~PrintRepository() = default;
    virtual std::optional<PrintRecord> find(const std::string& document,
                                            const std::string& target) = 0;
    // Counts one more print (the first creates the record) and returns the record after it.
    virtual PrintRecord record(const std::string& document, const std::string& target,
                               std::int64_t application_id, const std::string& by,
                               TimePoint at) = 0;
};

// An answer tokendesk-server gave to a host's request that carried an Idempotency-Key, kept so
// that the host's retry gets the same answer from whichever server it reaches. Sealed: an
// initial setup's answer holds the seed.
struct KeptAnswer {
    std::string host;
    std::string key;
    std::string request_mac;  // of the request it answered (method, route, body)
    int status = 0;
    std::vector<std::uint8_t> sealed_body;
    TimePoint kept_at{};
};

class KeptAnswerRepository {
  public:
    virtual ~KeptAnswerRepository() = default;
    virtual std::optional<KeptAnswer> find(const std::string& host, const std::string& key) = 0;
    // Throws UniqueViolation when an answer for (host, key) is kept already.
    virtual void insert(const KeptAnswer& answer) = 0;
    virtual void forget_before(TimePoint before) = 0;
};

// What changed for a customer, for the internet-banking host's feed (GET /v1/events), in one
// order over every branch: issued, activated, locked, unlocked, revoked, misuse_stopped.
struct HostEvent {
    std::int64_t seq = 0;  // given by append
    std::string type;
    std::string login_id;
    std::string service_id;
    std::string token_kind;  // software or hardware; empty for a user's lock and unlock
    TimePoint at{};
};

class HostEventRepository {
  public:
    virtual ~HostEventRepository() = default;
    // Gives the event the next number. Appenders take turns until they commit, so numbers
    // become visible in order and a reader never passes one that commits later.
    virtual std::int64_t append(const HostEvent& event) = 0;
    // The events after `seq` of the given services, oldest first, at most `limit`.
    virtual std::vector<HostEvent> after(std::int64_t seq,
                                         const std::vector<std::string>& service_ids,
                                         std::size_t limit) = 0;
};

// A mail waiting in the outbox, or sent (the app's download URL after an online issuance).
// Queued in the step that causes it, so a relay that is down never undoes that step; delivered
// later by whoever runs MailService, with retries.
struct OutgoingMail {
    std::int64_t id = 0;  // given by insert
    std::string login_id;
    std::string service_id;
    std::string to;
    std::string subject;
    std::string body;  // plain text, never a secret
    TimePoint queued_at{};
    TimePoint next_attempt_at{};
    int attempts = 0;
    std::string last_error;
    std::optional<TimePoint> sent_at;
    bool given_up = false;
};

class MailOutboxRepository {
  public:
    virtual ~MailOutboxRepository() = default;
    virtual std::int64_t insert(const OutgoingMail& mail) = 0;
    virtual std::optional<OutgoingMail> find(std::int64_t id) = 0;
    // Unsent mails not given up whose next attempt is due at `now`, oldest first.
    virtual std::vector<OutgoingMail> due(TimePoint now, std::size_t limit) = 0;
    // Takes a due mail for one attempt: only if it still has `attempts` and is still due and
    // unsent, so that of several servers on one database exactly one sends it. The mail is
    // not due again before `until`.
    virtual bool claim(std::int64_t id, int attempts, TimePoint now, TimePoint until) = 0;
    // Stores the attempt's outcome (sent_at, attempts, last_error, next_attempt_at, given_up).
    virtual void update(const OutgoingMail& mail) = 0;
    // Mails neither sent nor given up.
    virtual std::int64_t pending() = 0;
    // Removes every mail to the user, sent or not (the retention purge); how many went.
    virtual std::int64_t forget_for(const std::string& login_id) = 0;
};

class AdminChangeRepository {
  public:
    virtual ~AdminChangeRepository() = default;
    // Returns the new id. A second pending change of one target throws UniqueViolation: the
    // database keeps "one pending change per target" when two administrators enter at once.
    virtual std::int64_t insert(const AdminChange& c) = 0;
    virtual std::optional<AdminChange> find(std::int64_t id) = 0;
    // Stores a decision only if the stored change is still pending; false when another step
    // decided it first.
    virtual bool decide(const AdminChange& c) = 0;
    // The pending change of a target, if any.
    virtual std::optional<AdminChange> pending_for(const std::string& target) = 0;
    // Newest first: the changes in `state` (every state when nullopt), at most `limit`.
    virtual std::vector<AdminChange> list(const std::optional<AdminChangeState>& state,
                                          std::size_t limit) = 0;
};

class Transaction {
  public:
    virtual ~Transaction() = default;
    virtual BranchRepository& branches() = 0;
    virtual StaffRepository& staff() = 0;
    virtual ContractRepository& contracts() = 0;
    virtual UserRepository& users() = 0;
    virtual TokenRepository& tokens() = 0;
    virtual ApplicationRepository& applications() = 0;
    virtual PolicyRepository& policy() = 0;
    virtual AuditRepository& audit() = 0;
    virtual PrintRepository& prints() = 0;
    virtual DeviceRepository& devices() = 0;
    virtual KeptAnswerRepository& kept_answers() = 0;
    virtual HostEventRepository& host_events() = 0;
    virtual MailOutboxRepository& mail_outbox() = 0;
    virtual AdminChangeRepository& admin_changes() = 0;
    virtual KeyRepository& keys() = 0;
    virtual SealedDataRepository& sealed_data() = 0;
};

class Store {
  public:
    virtual ~Store() = default;
    // Runs one workflow step in one write transaction: commits when `step` returns true,
    // rolls back when it returns false or throws (the exception propagates).
    virtual void run(const std::function<bool(Transaction&)>& step) = 0;
    // Runs a step that only reads, in one transaction that is never committed. Unlike run, it
    // need not wait for another program's write (SQLite's write lock), so looking works while
    // someone writes. A step that writes here loses its writes.
    virtual void read(const std::function<void(Transaction&)>& step) {
        run([&](Transaction& tx) {
            step(tx);
            return false;
        });
    }
};

}  // namespace td::core
