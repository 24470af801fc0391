#pragma once
// Entities with every field set, the awkward strings they are filled with, and field-by-field
// views for comparing them.
#include <chrono>
#include <string>
#include <tuple>

#include "td/core/repositories.h"

namespace td::store::test {

using namespace std::chrono_literals;

// Fixed instants: no test reads the clock.
inline const core::TimePoint kIssued =
    core::TimePoint{std::chrono::sys_days{std::chrono::year{2026} / 11 / 26}} + 11h + 50min;
inline const core::TimePoint kLater = kIssued + 24h + 7s;

inline const std::string kJapanese =
    "株式会社ヤマダ商事（ｶﾌﾞｼｷｶﾞｲｼｬ）〒100-0001 東京都千代田区𠮷野町";
inline const std::string kQuotes = "O'Brien \"quoted\" back\\slash `tick` 100% _under_ :name ?";
inline const std::string kInjection = "'; DROP TABLE users; --";

// Over 10 KB, mixing multi-byte text and quotes.
inline std::string long_text() {
    std::string s;
    while (s.size() < 10 * 1024) s += "日本語'\"; ";
    return s;
}

inline core::Branch sample_branch(const std::string& code = "001") {
    return {code, "本店営業部", "東京都千代田区丸の内1-1-1", "03-1234-5678"};
}

inline core::Contract sample_contract(const std::string& number = "C-0001",
                                      const std::string& branch = "001") {
    return {number,     kJapanese, "ｶﾌﾞｼｷｶﾞｲｼｬﾔﾏﾀﾞｼｮｳｼﾞ", "代表取締役", "山田 太郎",
            "100-0001", kQuotes,   "03-0000-0000",        branch};
}

inline core::User sample_user(const std::string& login = "yamada01",
                              const std::string& contract = "C-0001") {
    return {login,
            contract,
            "山田 花子",
            core::UserKind::master,
            "hanako@docomo.ne.jp",
            core::OtpState::active,
            0};
}

inline core::Token sample_token(const std::string& login = "yamada01",
                                const std::string& token_user_id = "TU0000000001") {
    core::Token t;
    t.kind = core::TokenKind::software;
    t.login_id = login;
    t.service_id = "SVC01";
    t.token_user_id = token_user_id;
    t.mobile_email = "hanako@docomo.ne.jp";
    t.sealed_seed = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff, 0xab};
    t.issued_at = kIssued;
    return t;
}

inline core::Application sample_application(const std::string& login = "yamada01") {
    core::Application a;
    a.kind = core::ApplicationKind::software_token;
    a.state = core::ApplicationState::entered;
    a.login_id = login;
    a.contract_number = "C-0001";
    a.branch_code = "001";
    a.maker_id = "T001";
    a.entered_at = kIssued;
    return a;
}

inline core::AuditEvent sample_event(const std::string& chain, std::int64_t seq) {
    return {chain,
            seq,
            kIssued + std::chrono::seconds{seq},
            "T001",
            "application_entered",
            "application:" + std::to_string(seq),
            "kind=software_token",
            seq == 1 ? std::string{} : "mac" + std::to_string(seq - 1),
            "mac" + std::to_string(seq)};
}

// The branch, contract and user that tokens and applications refer to.
inline void add_customer(core::Transaction& tx, const std::string& login = "yamada01") {
    if (!tx.branches().find("001")) tx.branches().insert(sample_branch());
    if (!tx.contracts().find("C-0001")) tx.contracts().insert(sample_contract());
    tx.users().insert(sample_user(login));
}

inline auto fields(const core::Branch& b) {
    return std::tie(b.code, b.name, b.address, b.phone);
}
inline auto fields(const core::Staff& s) {
    return std::tie(s.id, s.name, s.branch_code, s.role, s.password_hash, s.failed_logins,
                    s.locked, s.disabled, s.must_change_password, s.password_set_at);
}
inline auto fields(const core::Contract& c) {
    return std::tie(c.number, c.company_name, c.company_kana, c.representative_title,
                    c.representative_name, c.postal_code, c.address, c.phone, c.branch_code,
                    c.closed_at, c.purged_at);
}
inline auto fields(const core::User& u) {
    return std::tie(u.login_id, u.contract_number, u.name, u.kind, u.mobile_email, u.otp_state,
                    u.fail_count);
}
inline auto fields(const core::Token& t) {
    return std::tie(t.id, t.kind, t.login_id, t.service_id, t.token_user_id, t.serial,
                    t.mobile_email, t.sealed_seed, t.mode, t.algorithm, t.digits, t.period,
                    t.counter, t.start_password_hash, t.activation_failures, t.state, t.issued_at,
                    t.activated_at, t.ended_at, t.end_reason, t.application_id);
}
inline auto fields(const core::Application& a) {
    return std::tie(a.id, a.kind, a.state, a.login_id, a.contract_number, a.branch_code,
                    a.form.received_date, a.form.seal_checked, a.form.identity_checked,
                    a.form.visitor_name, a.form.visitor_role, a.form.memo, a.revoke_reason,
                    a.details, a.start_password_hash, a.start_password_generated, a.online_issuance,
                    a.maker_id, a.entered_at, a.checker_id, a.decided_at, a.decision_reason,
                    a.token_id, a.serial, a.contract_changes);
}
inline auto fields(const core::AuditEvent& e) {
    return std::tie(e.chain, e.seq, e.at, e.actor, e.action, e.target, e.detail, e.prev_mac, e.mac,
                    e.key_id);
}

}  // namespace td::store::test
