#include "commands.h"
#include "json_views.h"
#include "prompt.h"
#include "td/core/names.h"
#include "td/core/token_service.h"

namespace td::cli {

std::vector<Command> token_commands() {
    std::vector<Command> c;

    c.push_back({{{"token", "activate"},
                  "",
                  {"service-id", "token-user-id", "start-password"},
                  {},
                  {"service-id", "token-user-id", "start-password"},
                  "initial setup, as the phone app does it: returns the seed once"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto r = core::TokenService(env.context())
                                  .activate({a.value("service-id"), a.value("token-user-id"),
                                             secret_option(a.value("start-password"),
                                                           "TOKENDESK_START_PASSWORD",
                                                           "Usage-start password: ")});
                     if (!r) return out.refused(r.refusal());
                     const auto& v = r.value();
                     return out.done({{"secret_base32", v.secret_base32},
                                      {"otpauth_uri", v.otpauth_uri},
                                      {"digits", v.digits},
                                      {"period", v.period},
                                      {"algorithm", v.algorithm},
                                      {"login_id", v.login_id}});
                 }});

    c.push_back(
        {{{"token", "resync"},
          "LOGIN_ID CODE1 CODE2",
          {},
          {},
          {},
          "resynchronise a HOTP hardware token with two consecutive codes (teller)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             auto r = core::TokenService(env.context())
                          .resync(actor.value(), a.positional(0), a.positional(1), a.positional(2));
             if (!r) return out.refused(r.refusal());
             return out.done({{"login_id", a.positional(0)}, {"token", token_json(r.value())}});
         }});

    c.push_back(
        {{{"otp", "verify"},
          "LOGIN_ID CODE",
          {},
          {},
          {},
          "check a one-time password, as internet banking does"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto r =
                 core::TokenService(env.context()).verify_otp(a.positional(0), a.positional(1));
             if (!r) return out.refused(r.refusal());
             const auto& v = r.value();
             Json j = {{"login_id", a.positional(0)},
                       {"accepted", v.accepted},
                       {"otp_state", core::to_string(v.otp_state)},
                       {"fail_count", v.fail_count}};
             if (v.accepted) return out.done(j);
             return out.refused(core::otp_refusal(a.positional(0), v), j);
         }});

    c.push_back({{{"online", "issue"},
                  "LOGIN_ID",
                  {"mobile-email", "start-password"},
                  {},
                  {"mobile-email", "start-password"},
                  "the master user issues an approved online-issuance software token, as internet "
                  "banking does; the app's download URL is mailed to the phone"},
                 [](CliEnv& env, Output& out, const Arguments& a) {
                     auto r = core::TokenService(env.context())
                                  .issue_online({a.positional(0), a.value("mobile-email"),
                                                 secret_option(a.value("start-password"),
                                                               "TOKENDESK_START_PASSWORD",
                                                               "Usage-start password: ")});
                     if (!r) return out.refused(r.refusal());
                     return out.done({{"login_id", a.positional(0)},
                                      {"service_id", r.value().service_id},
                                      {"token_user_id", r.value().token_user_id},
                                      {"token", token_json(r.value())}});
                 }});

    c.push_back(
        {{{"online", "unlock"},
          "LOGIN_ID",
          {"by", "otp"},
          {},
          {"by", "otp"},
          "a master user unlocks a general user of the same contract, confirming with their own "
          "OTP"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto r = core::TokenService(env.context())
                          .online_unlock(a.positional(0), a.value("by"), a.value("otp"));
             if (!r) return out.refused(r.refusal());
             return out.done(user_json(r.value()));
         }});

    c.push_back(
        {{{"online", "revoke"},
          "LOGIN_ID",
          {"by", "otp", "reason"},
          {},
          {"by", "otp"},
          "a master user revokes a token of the same contract, confirming with their own OTP"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto r = core::TokenService(env.context())
                          .online_revoke(a.positional(0), a.value("by"), a.value("otp"),
                                         a.value("reason"));
             if (!r) return out.refused(r.refusal());
             return out.done({{"login_id", a.positional(0)}, {"token", token_json(r.value())}});
         }});
    return c;
}

}  // namespace td::cli
