#include "json_views.h"

#include "td/core/names.h"

namespace td::cli {

using core::to_string;

Json time_json(const std::optional<core::TimePoint>& t) {
    return t ? Json(core::format_japan_iso(*t)) : Json(nullptr);
}

Json token_json(const core::Token& t) {
    return {{"token_id", t.id},
            {"kind", to_string(t.kind)},
            {"state", to_string(t.state)},
            {"service_id", t.service_id},
            {"token_user_id", t.token_user_id},
            {"serial", t.serial},
            {"mobile_email", t.mobile_email},
            {"mode", to_string(t.mode)},
            {"digits", t.digits},
            {"period", t.period},
            {"issued_at", time_json(t.issued_at)},
            {"activated_at", time_json(t.activated_at)},
            {"ended_at", time_json(t.ended_at)},
            {"end_reason", t.end_reason}};
}

Json device_json(const core::Device& d) {
    Json j = {{"serial", d.serial},          {"branch", d.branch_code},
              {"state", to_string(d.state)}, {"manufacturer", d.manufacturer},
              {"mode", to_string(d.mode)},   {"algorithm", to_string(d.algorithm)},
              {"digits", d.digits},          {"imported_at", time_json(d.imported_at)},
              {"source", d.source}};
    if (d.mode == core::OtpMode::totp) j["period"] = d.period;
    if (!d.login_id.empty()) j["login_id"] = d.login_id;
    if (d.token_id != 0) j["token_id"] = d.token_id;
    return j;
}

Json changes_json(const core::Application& a) {
    Json changes = Json::array();
    for (const auto& c : a.contract_changes)
        changes.push_back({{"field", c.field}, {"before", c.before}, {"after", c.after}});
    return changes;
}

Json application_json(const core::Application& a, const std::optional<core::Token>& token) {
    Json j = {{"application_id", a.id},
              {"kind", to_string(a.kind)},
              {"state", to_string(a.state)},
              {"login_id", a.login_id},
              {"contract_number", a.contract_number},
              {"branch", a.branch_code},
              {"maker", a.maker_id},
              {"entered_at", time_json(a.entered_at)},
              {"checker", a.checker_id},
              {"decided_at", time_json(a.decided_at)}};
    if (!a.decision_reason.empty()) j["reject_reason"] = a.decision_reason;
    if (a.revoke_reason) j["revoke_reason"] = to_string(*a.revoke_reason);
    if (!a.details.empty()) j["details"] = a.details;
    if (!a.serial.empty()) j["serial"] = a.serial;
    if (a.kind == core::ApplicationKind::contract_update) j["changes"] = changes_json(a);
    if (a.kind == core::ApplicationKind::software_token) {
        j["start_password_generated"] = a.start_password_generated;
        j["online_issuance"] = a.online_issuance;
    }
    j["form"] = {{"received_date", a.form.received_date},
                 {"seal_checked", a.form.seal_checked},
                 {"identity_checked", a.form.identity_checked},
                 {"visitor", a.form.visitor_name},
                 {"visitor_role",
                  a.form.visitor_role ? Json(to_string(*a.form.visitor_role)) : Json(nullptr)},
                 {"memo", a.form.memo}};
    if (token) {
        j["token"] = token_json(*token);
        if (a.kind == core::ApplicationKind::software_token) {
            j["service_id"] = token->service_id;
            j["token_user_id"] = token->token_user_id;
        }
    }
    return j;
}

Json user_json(const core::User& u) {
    return {{"login_id", u.login_id},         {"name", u.name},
            {"kind", to_string(u.kind)},      {"contract_number", u.contract_number},
            {"mobile_email", u.mobile_email}, {"otp_state", to_string(u.otp_state)},
            {"fail_count", u.fail_count}};
}

Json user_view_json(const core::UserView& v) {
    Json j = user_json(v.user);
    j["company"] = v.contract.company_name;
    j["branch"] = v.contract.branch_code;
    Json tokens = Json::array();
    for (const auto& t : v.tokens) tokens.push_back(token_json(t));
    j["tokens"] = tokens;
    Json apps = Json::array();
    for (const auto& a : v.applications)
        apps.push_back({{"application_id", a.id},
                        {"kind", to_string(a.kind)},
                        {"state", to_string(a.state)},
                        {"entered_at", time_json(a.entered_at)}});
    j["applications"] = apps;
    if (v.earliest_issue_at) j["earliest_issue_at"] = core::format_japan_iso(*v.earliest_issue_at);
    return j;
}

Json contract_json(const core::Contract& c) {
    return {{"number", c.number},
            {"company", c.company_name},
            {"company_kana", c.company_kana},
            {"representative_title", c.representative_title},
            {"representative", c.representative_name},
            {"postal", c.postal_code},
            {"address", c.address},
            {"phone", c.phone},
            {"branch", c.branch_code},
            {"closed_at", time_json(c.closed_at)},
            {"purged_at", time_json(c.purged_at)}};
}

Json cross_branch_read_json(const core::Policy& p) {
    Json roles = Json::array();
    for (const auto role : p.cross_branch_read) roles.push_back(std::string(core::to_string(role)));
    return roles;
}

Json policy_json(const core::Policy& p) {
    return {{"lock_threshold", p.lock_threshold},
            {"drift_steps", p.drift_steps},
            {"otp_digits", p.otp_digits},
            {"activation_attempts", p.activation_attempts},
            {"mobile_domains", p.mobile_domains},
            {"service_id", p.service_id},
            {"letter_date_style", p.letter_date_style},
            {"hotp_lookahead", p.hotp_lookahead},
            {"both_token_kinds", p.both_token_kinds},
            {"cross_branch_read", cross_branch_read_json(p)},
            {"app_download_url", p.app_download_url},
            {"bank_name", p.bank_name},
            {"staff_password_min_length", p.staff_password_min_length},
            {"staff_password_history", p.staff_password_history},
            {"staff_password_must_change", p.staff_password_must_change},
            {"staff_password_expiry_days", p.staff_password_expiry_days},
            {"retention_years", p.retention_years}};
}

Json admin_change_json(const core::AdminChange& c) {
    return {{"change_id", c.id},
            {"kind", to_string(c.kind)},
            {"state", to_string(c.state)},
            {"in_effect", c.state == core::AdminChangeState::approved},
            {"target", c.target},
            {"summary", c.summary},
            {"maker", c.maker_id},
            {"entered_at", time_json(c.entered_at)},
            {"checker", c.checker_id},
            {"decided_at", time_json(c.decided_at)},
            {"reason", c.decision_reason}};
}

}  // namespace td::cli
