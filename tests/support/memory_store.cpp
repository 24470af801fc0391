#include "memory_store.h"

#include <algorithm>
#include <tuple>

#include "td/core/outcome.h"

namespace td::test {
namespace {

template <class M, class K>
auto find_in(const M& m, const K& k) -> std::optional<typename M::mapped_type> {
    auto it = m.find(k);
    if (it == m.end()) return std::nullopt;
    return it->second;
}

std::string ascii_lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// What the store's unique indexes on lower(key) find (schema: IDs differing only in case).
template <class M>
std::optional<std::string> key_in(const M& m, const std::string& k) {
    for (const auto& [key, v] : m)
        if (ascii_lower(key) == ascii_lower(k)) return key;
    return std::nullopt;
}

template <class M>
void insert_unique(M& m, const std::string& k, const typename M::mapped_type& v) {
    if (key_in(m, k)) throw UniqueViolation("key " + k + " exists (letter case aside)");
    m[k] = v;
}

struct Branches final : BranchRepository {
    MemoryState& s;
    explicit Branches(MemoryState& st) : s(st) {}
    std::optional<Branch> find(const std::string& code) override {
        return find_in(s.branches, code);
    }
    void insert(const Branch& b) override { s.branches[b.code] = b; }
    std::int64_t count() override { return std::int64_t(s.branches.size()); }
    std::vector<Branch> all() override {
        std::vector<Branch> out;
        for (const auto& [code, b] : s.branches) out.push_back(b);
        return out;
    }
};

struct StaffRepo final : StaffRepository {
    MemoryState& s;
    explicit StaffRepo(MemoryState& st) : s(st) {}
    std::optional<Staff> find(const std::string& id) override { return find_in(s.staff, id); }
    std::optional<std::string> key_ignoring_case(const std::string& id) override {
        return key_in(s.staff, id);
    }
    void insert(const Staff& v) override { insert_unique(s.staff, v.id, v); }
    void update(const Staff& v) override { s.staff[v.id] = v; }
    std::int64_t count() override { return std::int64_t(s.staff.size()); }
    std::vector<Staff> all() override {
        std::vector<Staff> out;
        for (const auto& [id, v] : s.staff) out.push_back(v);
        return out;
    }
    std::vector<std::string> earlier_passwords(const std::string& id,
                                               std::size_t limit) override {
        const auto& kept = s.earlier_passwords[id];
        std::vector<std::string> out(kept.rbegin(), kept.rend());
        if (out.size() > limit) out.resize(limit);
        return out;
    }
    void keep_earlier_password(const std::string& id, const std::string& hash, TimePoint,
                               std::size_t keep) override {
        auto& kept = s.earlier_passwords[id];
        kept.push_back(hash);
        while (kept.size() > keep) kept.erase(kept.begin());
    }
};

struct Contracts final : ContractRepository {
    MemoryState& s;
    explicit Contracts(MemoryState& st) : s(st) {}
    std::optional<Contract> find(const std::string& n) override { return find_in(s.contracts, n); }
    std::optional<std::string> key_ignoring_case(const std::string& n) override {
        return key_in(s.contracts, n);
    }
    void insert(const Contract& c) override { insert_unique(s.contracts, c.number, c); }
    void update(const Contract& c) override { s.contracts.at(c.number) = c; }
    std::vector<Contract> closed_before(TimePoint before) override {
        std::vector<Contract> out;
        for (const auto& [n, c] : s.contracts)
            if (c.closed_at && *c.closed_at < before && !c.purged_at) out.push_back(c);
        return out;
    }
    std::vector<Contract> search(const std::string& prefix, std::size_t limit,
                                 const std::optional<std::string>& branch_code) override {
        std::vector<Contract> out;
        auto starts = [&](std::string text) {
            for (char& ch : text)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
            return text.starts_with(prefix);
        };
        for (auto& [n, c] : s.contracts) {
            bool hit = starts(n) || starts(c.company_name) || starts(c.company_kana);
            for (auto& [login, u] : s.users) hit = hit || (u.contract_number == n && starts(login));
            if (branch_code && c.branch_code != *branch_code) hit = false;
            if (hit && out.size() < limit) out.push_back(c);
        }
        return out;
    }
};

struct Users final : UserRepository {
    MemoryState& s;
    explicit Users(MemoryState& st) : s(st) {}
    std::optional<User> find(const std::string& id) override { return find_in(s.users, id); }
    std::optional<std::string> key_ignoring_case(const std::string& id) override {
        return key_in(s.users, id);
    }
    // One transaction at a time in memory: nothing to lock.
    std::optional<User> find_for_update(const std::string& id) override {
        return find_in(s.users, id);
    }
    void insert(const User& u) override { insert_unique(s.users, u.login_id, u); }
    void update(const User& u) override { s.users[u.login_id] = u; }
    std::vector<User> locked_masters(const std::string& branch) override {
        std::vector<User> out;
        for (auto& [k, u] : s.users) {
            auto c = s.contracts.find(u.contract_number);
            if (u.kind == UserKind::master && u.otp_state == OtpState::locked &&
                c != s.contracts.end() && c->second.branch_code == branch)
                out.push_back(u);
        }
        return out;
    }
    std::vector<User> by_contract(const std::string& n) override {
        std::vector<User> out;
        for (auto& [k, u] : s.users)
            if (u.contract_number == n) out.push_back(u);
        return out;
    }
};

bool live_software(const Token& t) {
    return t.kind == TokenKind::software &&
           (t.state == TokenState::issued || t.state == TokenState::active);
}

bool live_hardware(const Token& t) {
    return t.kind == TokenKind::hardware &&
           (t.state == TokenState::issued || t.state == TokenState::active);
}

struct Tokens final : TokenRepository {
    MemoryState& s;
    const std::function<void(MemoryState&)>& before_insert;
    Tokens(MemoryState& st, const std::function<void(MemoryState&)>& hook)
        : s(st), before_insert(hook) {}

    // The store's unique constraints: token user IDs, and the partial index of schema step 3.
    void check_unique(const Token& t) const {
        for (const auto& [id, other] : s.tokens) {
            if (id == t.id) continue;
            if (!t.token_user_id.empty() && other.token_user_id == t.token_user_id)
                throw UniqueViolation("duplicate token user ID");
            if (live_software(t) && live_software(other) && other.login_id == t.login_id)
                throw UniqueViolation("second live software token for " + t.login_id);
            if (live_hardware(t) && live_hardware(other) && other.serial == t.serial)
                throw UniqueViolation("device " + t.serial + " bound twice");
        }
    }
    std::optional<Token> find(std::int64_t id) override { return find_in(s.tokens, id); }
    std::optional<Token> find_by_token_user_id(const std::string& tuid) override {
        for (auto& [k, t] : s.tokens)
            if (!tuid.empty() && t.token_user_id == tuid) return t;
        return std::nullopt;
    }
    std::vector<Token> for_user(const std::string& login) override {
        std::vector<Token> out;
        for (auto& [k, t] : s.tokens)
            if (t.login_id == login) out.push_back(t);
        return out;
    }
    std::int64_t count_live_software_by_email(const std::string& email) override {
        std::int64_t n = 0;
        for (auto& [k, t] : s.tokens)
            if (t.kind == TokenKind::software && t.mobile_email == email &&
                (t.state == TokenState::issued || t.state == TokenState::active))
                ++n;
        return n;
    }
    std::int64_t insert(const Token& t) override {
        if (before_insert) before_insert(s);
        Token c = t;
        c.id = s.next_id++;
        check_unique(c);
        s.tokens[c.id] = c;
        return c.id;
    }
    void update(const Token& t) override {
        check_unique(t);
        s.tokens[t.id] = t;
    }
    bool advance_counter(std::int64_t id, std::int64_t from, std::int64_t to) override {
        auto it = s.tokens.find(id);
        if (it == s.tokens.end() || it->second.counter != from) return false;
        it->second.counter = to;
        return true;
    }
    std::vector<Token> all() override {
        std::vector<Token> out;
        for (auto& [k, t] : s.tokens) out.push_back(t);
        return out;
    }
};

struct Applications final : ApplicationRepository {
    MemoryState& s;
    explicit Applications(MemoryState& st) : s(st) {}
    std::int64_t insert(const Application& a) override {
        Application c = a;
        c.id = s.next_id++;
        s.applications[c.id] = c;
        return c.id;
    }
    void update(const Application& a) override { s.applications[a.id] = a; }
    bool decide(const Application& a) override {
        auto it = s.applications.find(a.id);
        if (it == s.applications.end() || it->second.state != ApplicationState::entered)
            return false;
        it->second = a;
        return true;
    }
    std::optional<Application> find(std::int64_t id) override {
        return find_in(s.applications, id);
    }
    std::vector<Application> list(const ApplicationFilter& f) override {
        std::vector<Application> out;
        for (auto& [k, a] : s.applications)
            if ((!f.state || a.state == *f.state) &&
                (!f.branch_code || a.branch_code == *f.branch_code) &&
                (!f.login_id || a.login_id == *f.login_id) && active_in(a, f) && unprinted(a, f))
                out.push_back(a);
        return out;
    }
    static bool in_range(TimePoint t, const ApplicationFilter& f) {
        return (!f.active_from || t >= *f.active_from) && (!f.active_until || t < *f.active_until);
    }
    static bool active_in(const Application& a, const ApplicationFilter& f) {
        return in_range(a.entered_at, f) || (a.decided_at && in_range(*a.decided_at, f));
    }
    bool unprinted(const Application& a, const ApplicationFilter& f) const {
        if (!f.not_printed_as) return true;
        for (const auto& [key, rec] : s.prints)
            if (rec.document == *f.not_printed_as && rec.application_id == a.id) return false;
        return true;
    }
};

struct PolicyRepo final : PolicyRepository {
    MemoryState& s;
    explicit PolicyRepo(MemoryState& st) : s(st) {}
    std::map<std::string, std::string> all() override { return s.policy; }
    void put(const std::string& k, const std::string& v) override { s.policy[k] = v; }
};

struct Audit final : AuditRepository {
    MemoryState& s;
    explicit Audit(MemoryState& st) : s(st) {}
    std::optional<ChainHead> lock_head(const std::string& chain) override {
        auto it = s.audit.find(chain);
        if (it == s.audit.end() || it->second.empty()) return std::nullopt;
        const auto& e = it->second.back();
        return ChainHead{e.seq, e.mac, e.key_id};
    }
    void append(const AuditEvent& e) override { s.audit[e.chain].push_back(e); }
    std::vector<std::string> chains() override {
        std::vector<std::string> out;
        for (auto& [k, v] : s.audit) out.push_back(k);
        return out;
    }
    std::vector<AuditEvent> events(const std::string& chain) override { return s.audit[chain]; }
    std::int64_t count_actions(const std::vector<std::string>& chains, const std::string& action,
                               TimePoint from, TimePoint until) override {
        std::int64_t n = 0;
        for (const auto& chain : chains)
            for (const auto& e : s.audit[chain])
                n += e.action == action && e.at >= from && e.at < until;
        return n;
    }
    std::vector<AuditEvent> events_of(const std::vector<std::string>& chains,
                                      const std::vector<std::string>& actions, TimePoint from,
                                      TimePoint until) override {
        std::vector<AuditEvent> out;
        for (const auto& chain : chains)
            for (const auto& e : s.audit[chain])
                if (e.at >= from && e.at < until &&
                    std::find(actions.begin(), actions.end(), e.action) != actions.end())
                    out.push_back(e);
        std::sort(out.begin(), out.end(), [](const AuditEvent& a, const AuditEvent& b) {
            return std::tie(a.at, a.chain, a.seq) < std::tie(b.at, b.chain, b.seq);
        });
        return out;
    }
    std::optional<ChainHead> head_before(const std::string& chain, TimePoint until) override {
        std::optional<ChainHead> head;
        for (const auto& e : s.audit[chain])
            if (e.at < until) head = ChainHead{e.seq, e.mac, e.key_id};
        return head;
    }
    void add_subjects(const std::string& chain, std::int64_t seq,
                      const std::vector<std::string>& contract_numbers) override {
        for (const auto& number : contract_numbers)
            s.audit_subjects.emplace(number, std::pair{chain, seq});
    }
    std::vector<AuditEvent> events_about(const std::string& contract_number) override {
        std::vector<AuditEvent> out;
        auto [from, to] = s.audit_subjects.equal_range(contract_number);
        for (auto it = from; it != to; ++it)
            for (const auto& e : s.audit[it->second.first])
                if (e.seq == it->second.second) out.push_back(e);
        std::sort(out.begin(), out.end(), [](const AuditEvent& a, const AuditEvent& b) {
            return std::tie(a.at, a.chain, a.seq) < std::tie(b.at, b.chain, b.seq);
        });
        return out;
    }
};

struct Prints final : PrintRepository {
    MemoryState& s;
    explicit Prints(MemoryState& st) : s(st) {}
    std::optional<PrintRecord> find(const std::string& document,
                                    const std::string& target) override {
        return find_in(s.prints, std::pair{document, target});
    }
    PrintRecord record(const std::string& document, const std::string& target,
                       std::int64_t application_id, const std::string& by, TimePoint at) override {
        auto [it, fresh] = s.prints.try_emplace({document, target});
        PrintRecord& r = it->second;
        if (fresh) r = PrintRecord{document, target, application_id, 0, at, at, by};
        ++r.count;
        r.last_at = at;
        r.last_by = by;
        return r;
    }
};

struct KeptAnswers final : KeptAnswerRepository {
    MemoryState& s;
    explicit KeptAnswers(MemoryState& st) : s(st) {}
    std::optional<KeptAnswer> find(const std::string& host, const std::string& key) override {
        return find_in(s.kept_answers, std::pair{host, key});
    }
    void insert(const KeptAnswer& a) override {
        if (!s.kept_answers.try_emplace({a.host, a.key}, a).second)
            throw UniqueViolation("an answer is kept for this key");
    }
    void forget_before(TimePoint before) override {
        std::erase_if(s.kept_answers, [&](const auto& e) { return e.second.kept_at < before; });
    }
};

struct HostEvents final : HostEventRepository {
    MemoryState& s;
    explicit HostEvents(MemoryState& st) : s(st) {}
    std::int64_t append(const HostEvent& e) override {
        HostEvent stored = e;
        stored.seq = static_cast<std::int64_t>(s.host_events.size()) + 1;
        s.host_events.push_back(stored);
        return stored.seq;
    }
    std::vector<HostEvent> after(std::int64_t seq, const std::vector<std::string>& service_ids,
                                 std::size_t limit) override {
        std::vector<HostEvent> out;
        for (const auto& e : s.host_events)
            if (e.seq > seq && out.size() < limit &&
                std::find(service_ids.begin(), service_ids.end(), e.service_id) !=
                    service_ids.end())
                out.push_back(e);
        return out;
    }
};

struct MailOutbox final : MailOutboxRepository {
    MemoryState& s;
    explicit MailOutbox(MemoryState& st) : s(st) {}
    OutgoingMail* at(std::int64_t id) {
        for (auto& m : s.mail_outbox)
            if (m.id == id) return &m;
        return nullptr;
    }
    std::int64_t insert(const OutgoingMail& m) override {
        OutgoingMail stored = m;
        stored.id = static_cast<std::int64_t>(s.mail_outbox.size()) + 1;
        s.mail_outbox.push_back(stored);
        return stored.id;
    }
    std::optional<OutgoingMail> find(std::int64_t id) override {
        if (auto* m = at(id)) return *m;
        return std::nullopt;
    }
    std::vector<OutgoingMail> due(TimePoint now, std::size_t limit) override {
        std::vector<OutgoingMail> out;
        for (const auto& m : s.mail_outbox)
            if (!m.sent_at && !m.given_up && m.next_attempt_at <= now && out.size() < limit)
                out.push_back(m);
        return out;
    }
    bool claim(std::int64_t id, int attempts, TimePoint now, TimePoint until) override {
        auto* m = at(id);
        if (!m || m->sent_at || m->given_up || m->attempts != attempts || m->next_attempt_at > now)
            return false;
        m->next_attempt_at = until;
        return true;
    }
    void update(const OutgoingMail& m) override {
        if (auto* stored = at(m.id)) *stored = m;
    }
    std::int64_t pending() override {
        return std::count_if(s.mail_outbox.begin(), s.mail_outbox.end(),
                             [](const OutgoingMail& m) { return !m.sent_at && !m.given_up; });
    }
    std::int64_t forget_for(const std::string& login_id) override {
        return static_cast<std::int64_t>(std::erase_if(
            s.mail_outbox, [&](const OutgoingMail& m) { return m.login_id == login_id; }));
    }
};

struct Devices final : DeviceRepository {
    MemoryState& s;
    explicit Devices(MemoryState& st) : s(st) {}
    std::optional<Device> find(const std::string& serial) override {
        return find_in(s.devices, serial);
    }
    std::optional<std::string> key_ignoring_case(const std::string& serial) override {
        return key_in(s.devices, serial);
    }
    void insert(const Device& d) override { insert_unique(s.devices, d.serial, d); }
    void update(const Device& d) override { s.devices[d.serial] = d; }
    bool assign(const std::string& serial, const std::string& login_id,
                std::int64_t token_id) override {
        auto it = s.devices.find(serial);
        if (it == s.devices.end() || it->second.state != DeviceState::in_stock) return false;
        it->second.state = DeviceState::assigned;
        it->second.login_id = login_id;
        it->second.token_id = token_id;
        return true;
    }
    std::vector<Device> list(const DeviceFilter& f) override {
        std::vector<Device> out;
        for (const auto& [serial, d] : s.devices)
            if ((!f.branch_code || d.branch_code == *f.branch_code) &&
                (!f.state || d.state == *f.state))
                out.push_back(d);
        return out;
    }
    std::vector<DeviceCount> counts() override {
        std::map<std::pair<std::string, int>, std::int64_t> n;
        for (const auto& [serial, d] : s.devices) ++n[{d.branch_code, int(d.state)}];
        std::vector<DeviceCount> out;
        for (const auto& [key, count] : n)
            out.push_back({key.first, DeviceState(key.second), count});
        return out;
    }
    std::int64_t settle_import(std::int64_t change_id, bool accept) override {
        std::int64_t n = 0;
        for (auto it = s.devices.begin(); it != s.devices.end();) {
            auto& d = it->second;
            if (d.state != DeviceState::pending || d.import_change != change_id) {
                ++it;
                continue;
            }
            ++n;
            if (accept) {
                d.state = DeviceState::in_stock;
                d.import_change = 0;
                ++it;
            } else {
                it = s.devices.erase(it);
            }
        }
        return n;
    }
};

struct AdminChanges final : AdminChangeRepository {
    MemoryState& s;
    explicit AdminChanges(MemoryState& st) : s(st) {}
    std::int64_t insert(const AdminChange& c) override {
        if (c.state == AdminChangeState::pending && pending_for(c.target))
            throw UniqueViolation("a change of " + c.target + " is pending");
        AdminChange stored = c;
        stored.id = s.next_id++;
        s.admin_changes[stored.id] = stored;
        return stored.id;
    }
    std::optional<AdminChange> find(std::int64_t id) override {
        return find_in(s.admin_changes, id);
    }
    bool decide(const AdminChange& c) override {
        auto it = s.admin_changes.find(c.id);
        if (it == s.admin_changes.end() || it->second.state != AdminChangeState::pending)
            return false;
        it->second = c;
        return true;
    }
    std::optional<AdminChange> pending_for(const std::string& target) override {
        for (const auto& [id, c] : s.admin_changes)
            if (c.target == target && c.state == AdminChangeState::pending) return c;
        return std::nullopt;
    }
    std::vector<AdminChange> list(const std::optional<AdminChangeState>& state,
                                  std::size_t limit) override {
        std::vector<AdminChange> out;
        for (auto it = s.admin_changes.rbegin(); it != s.admin_changes.rend(); ++it)
            if ((!state || it->second.state == *state) && out.size() < limit)
                out.push_back(it->second);
        return out;
    }
};

struct Keys final : KeyRepository {
    MemoryState& s;
    explicit Keys(MemoryState& st) : s(st) {}
    std::vector<KeyCheck> recorded() override { return s.keys; }
    void record(const KeyCheck& key) override { s.keys.push_back(key); }
};

struct Sealed final : SealedDataRepository {
    MemoryState& s;
    explicit Sealed(MemoryState& st) : s(st) {}
    // Tokens by number, devices by serial: the order the SQL store walks them in.
    std::vector<SealedItem> after(SealedKind kind, const std::string& after,
                                  std::size_t limit) override {
        std::vector<SealedItem> out;
        if (kind == SealedKind::token_seed) {
            const std::int64_t from = after.empty() ? 0 : std::stoll(after);
            for (auto it = s.tokens.upper_bound(from); it != s.tokens.end() && out.size() < limit; ++it)
                out.push_back({std::to_string(it->first), it->second.sealed_seed});
        } else {
            for (auto it = s.devices.upper_bound(after); it != s.devices.end() && out.size() < limit; ++it)
                out.push_back({it->first, it->second.sealed_seed});
        }
        return out;
    }
    bool replace(SealedKind kind, const std::string& id, const std::vector<std::uint8_t>& was,
                 const std::vector<std::uint8_t>& now) override {
        std::vector<std::uint8_t>* sealed = nullptr;
        if (kind == SealedKind::token_seed) {
            if (auto it = s.tokens.find(std::stoll(id)); it != s.tokens.end())
                sealed = &it->second.sealed_seed;
        } else if (auto it = s.devices.find(id); it != s.devices.end()) {
            sealed = &it->second.sealed_seed;
        }
        if (!sealed || *sealed != was) return false;
        *sealed = now;
        return true;
    }
};

class MemoryTransaction final : public Transaction {
  public:
    MemoryTransaction(MemoryState st, const std::function<void(MemoryState&)>& before_token_insert)
        : s(std::move(st)),
          b(s),
          st_(s),
          c(s),
          u(s),
          t(s, before_token_insert),
          a(s),
          p(s),
          au(s),
          pr(s),
          d(s),
          k(s),
          h(s),
          m(s),
          ac(s),
          ks(s),
          sd(s) {}
    BranchRepository& branches() override { return b; }
    StaffRepository& staff() override { return st_; }
    ContractRepository& contracts() override { return c; }
    UserRepository& users() override { return u; }
    TokenRepository& tokens() override { return t; }
    ApplicationRepository& applications() override { return a; }
    PolicyRepository& policy() override { return p; }
    AuditRepository& audit() override { return au; }
    PrintRepository& prints() override { return pr; }
    DeviceRepository& devices() override { return d; }
    KeptAnswerRepository& kept_answers() override { return k; }
    HostEventRepository& host_events() override { return h; }
    MailOutboxRepository& mail_outbox() override { return m; }
    AdminChangeRepository& admin_changes() override { return ac; }
    KeyRepository& keys() override { return ks; }
    SealedDataRepository& sealed_data() override { return sd; }
    MemoryState s;

  private:
    Branches b;
    StaffRepo st_;
    Contracts c;
    Users u;
    Tokens t;
    Applications a;
    PolicyRepo p;
    Audit au;
    Prints pr;
    Devices d;
    KeptAnswers k;
    HostEvents h;
    MailOutbox m;
    AdminChanges ac;
    Keys ks;
    Sealed sd;
};

}  // namespace

void MemoryStore::run(const std::function<bool(Transaction&)>& step) {
    MemoryTransaction tx(state_, before_token_insert);
    bool commit = false;
    try {
        commit = step(tx);
    } catch (...) {
        ++rollbacks;
        throw;
    }
    if (commit) {
        state_ = std::move(tx.s);
        ++commits;
    } else {
        ++rollbacks;
    }
}

}  // namespace td::test
