#include "td/core/integrity_service.h"

#include "sealed_batches.h"

#include <map>
#include <optional>

#include "step.h"
#include "td/core/names.h"

namespace td::core {
namespace {

bool is_live(const Token& t) {
    return t.state == TokenState::issued || t.state == TokenState::active;
}

bool issues_token(ApplicationKind k) {
    return k == ApplicationKind::software_token || k == ApplicationKind::hardware_token;
}

std::string token_target(std::int64_t id) {
    return "token:" + std::to_string(id);
}
std::string app_target(std::int64_t id) {
    return "application:" + std::to_string(id);
}

class Checker {
  public:
    explicit Checker(Transaction& tx) : tx_(tx) {
        for (auto& t : tx_.tokens().all()) tokens_.emplace(t.id, std::move(t));
        for (auto& a : tx_.applications().list({})) apps_.emplace(a.id, std::move(a));
    }

    void tokens(IntegrityReport& out) {
        std::map<std::string, std::vector<std::int64_t>> live_software;
        for (const auto& [id, t] : tokens_) {
            ++out.tokens_checked;
            if (t.kind == TokenKind::software && is_live(t))
                live_software[t.login_id].push_back(id);
            token_origin(t, out);
        }
        for (const auto& [login, ids] : live_software) {
            if (ids.size() < 2) continue;
            std::string list;
            for (const auto id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);
            out.problems.push_back({"two_live_software_tokens", "user:" + login, "tokens=" + list});
        }
    }

    void applications(IntegrityReport& out) {
        for (const auto& [id, a] : apps_) {
            ++out.applications_checked;
            if (a.kind == ApplicationKind::misuse_report && a.token_id != 0) misuse_stop(a, out);
            if (a.state == ApplicationState::approved) effect(a, out);
        }
    }

    // A device and the hardware token it became name each other while the token is live;
    // an assigned device whose token has ended, or a live token whose device is not assigned
    // to it, is half of a handover or of a revoke.
    void devices(IntegrityReport& out) {
        std::map<std::string, Device> by_serial;
        for (auto& d : tx_.devices().list({})) by_serial.emplace(d.serial, std::move(d));
        for (const auto& [serial, d] : by_serial) {
            if (d.state != DeviceState::assigned) continue;
            const auto t = token(d.token_id);
            if (!t || !is_live(*t) || t->serial != serial || t->login_id != d.login_id)
                out.problems.push_back({"device_assignment_mismatch", "device:" + serial,
                                        "token=" + std::to_string(d.token_id)});
        }
        for (const auto& [id, t] : tokens_) {
            if (t.kind != TokenKind::hardware || !is_live(t)) continue;
            const auto it = by_serial.find(t.serial);
            if (it == by_serial.end() || it->second.state != DeviceState::assigned ||
                it->second.token_id != id)
                out.problems.push_back(
                    {"device_assignment_mismatch", token_target(id),
                     "device=" + t.serial + " state=" +
                         (it == by_serial.end() ? std::string("missing")
                                                : std::string(to_string(it->second.state)))});
        }
    }

    void audit(AuditMac& mac, IntegrityReport& out) {
        out.audit = verify_chains(tx_, mac, std::nullopt);
        if (!out.audit.intact)
            out.problems.push_back(
                {"audit_chain_broken", "chain:" + out.audit.broken_chain,
                 "seq=" + std::to_string(out.audit.broken_seq) + " reason=" + out.audit.reason});
    }

  private:
    // A token exists only as the effect of the approved application that issued it.
    void token_origin(const Token& t, IntegrityReport& out) {
        if (t.application_id == 0) {
            out.problems.push_back({"token_without_application", token_target(t.id), ""});
            return;
        }
        const auto it = apps_.find(t.application_id);
        if (it == apps_.end()) {
            out.problems.push_back({"token_without_application", token_target(t.id),
                                    "missing=" + app_target(t.application_id)});
            return;
        }
        const Application& a = it->second;
        std::string wrong;
        if (a.state != ApplicationState::approved)
            wrong = "state=" + std::string(to_string(a.state));
        else if (!issues_token(a.kind))
            wrong = "kind=" + std::string(to_string(a.kind));
        else if (a.login_id != t.login_id)
            wrong = "login_id=" + a.login_id;
        else if (a.token_id != t.id)
            wrong = "application_token=" + std::to_string(a.token_id);
        if (!wrong.empty())
            out.problems.push_back(
                {"token_application_mismatch", token_target(t.id), app_target(a.id) + " " + wrong});
    }

    std::optional<Token> token(std::int64_t id) const {
        const auto it = tokens_.find(id);
        if (it == tokens_.end()) return std::nullopt;
        return it->second;
    }

    // What approval did must still be visible (rule 1: the effect comes with the approval).
    void effect(const Application& a, IntegrityReport& out) {
        std::string missing;
        const auto t = token(a.token_id);
        switch (a.kind) {
            case ApplicationKind::software_token:
                if (!t)
                    missing = "no_token";
                else if (t->kind != TokenKind::software || t->login_id != a.login_id ||
                         t->application_id != a.id)
                    missing = "token_not_issued_by_it=" + std::to_string(t->id);
                break;
            case ApplicationKind::revoke:
                if (!t)
                    missing = "no_token";
                else if (t->state != TokenState::revoked || t->login_id != a.login_id)
                    missing = "token_state=" + std::string(to_string(t->state));
                break;
            case ApplicationKind::unlock:
                if (!unlocked_or_locked_again(a)) missing = "user_still_locked";
                break;
            case ApplicationKind::hardware_token:
                if (!t)
                    missing = "no_token";
                else if (t->kind != TokenKind::hardware || t->login_id != a.login_id ||
                         t->application_id != a.id || t->serial != a.serial)
                    missing = "token_not_issued_by_it=" + std::to_string(t->id);
                break;
            case ApplicationKind::misuse_report:
                break;  // its effect is at intake
            case ApplicationKind::contract_update:
                break;  // a later correction may change the same fields again
            case ApplicationKind::contract_close:
                if (const auto c = tx_.contracts().find(a.contract_number); !c || !c->closed_at)
                    missing = "contract_open";
                break;
        }
        if (!missing.empty())
            out.problems.push_back({"approved_without_effect", app_target(a.id),
                                    "kind=" + std::string(to_string(a.kind)) + " " + missing});
    }

    // Rule 12: the token named by a misuse report was stopped at intake and stays stopped.
    void misuse_stop(const Application& a, IntegrityReport& out) {
        const auto t = token(a.token_id);
        if (t && t->state == TokenState::stopped) return;
        out.problems.push_back(
            {"misuse_report_token_not_stopped", app_target(a.id),
             t ? "token_state=" + std::string(to_string(t->state)) : std::string("no_token")});
    }

    // A locked user after an approved unlock is consistent only when wrong codes locked the
    // user again afterwards, which the audit trail records as otp_locked.
    bool unlocked_or_locked_again(const Application& a) {
        const auto user = tx_.users().find(a.login_id);
        if (!user) return false;
        if (user->otp_state == OtpState::active) return true;
        const std::string target = "user:" + a.login_id;
        for (const auto& e : tx_.audit().events(otp_chain(a.branch_code, a.login_id)))
            if (e.action == "otp_locked" && e.target == target && a.decided_at &&
                e.at >= *a.decided_at)
                return true;
        return false;
    }

    Transaction& tx_;
    std::map<std::int64_t, Token> tokens_;
    std::map<std::int64_t, Application> apps_;
};

}  // namespace

// Every sealed seed opens with this program's key ring: after a restore or a key rotation, the
// proof that the key file and the database belong together down to the last seed.
void IntegrityService::seeds_open(Transaction& tx, IntegrityReport& out) {
    for (const auto kind : {SealedKind::token_seed, SealedKind::device_seed})
        detail::each_sealed(tx, kind, [&](const SealedItem& item) {
            ++out.seeds_checked;
            try {
                (void)ctx_.crypto.vault.unseal(item.sealed);
            } catch (const Fault&) {
                out.problems.push_back(
                    {"seed_unreadable",
                     (kind == SealedKind::token_seed ? "token:" : "device:") + item.id, ""});
            }
        });
}

Outcome<IntegrityReport> IntegrityService::check(const Actor& actor) {
    if (auto bad = detail::admin_only(actor)) return *bad;
    IntegrityReport report;
    ctx_.store.read([&](Transaction& tx) {
        Checker checker(tx);
        checker.tokens(report);
        checker.applications(report);
        checker.devices(report);
        checker.audit(ctx_.crypto.audit_mac, report);
        seeds_open(tx, report);
    });
    return report;
}

}  // namespace td::core
