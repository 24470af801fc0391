#include "procedure.h"

#include "status_words.h"

namespace td::app {

wxString procedure_words(Procedure p) {
    switch (p) {
        case Procedure::software_token:
            return application_kind_words(core::ApplicationKind::software_token);
        case Procedure::hardware_token:
            return application_kind_words(core::ApplicationKind::hardware_token);
        case Procedure::unlock:
            return application_kind_words(core::ApplicationKind::unlock);
        case Procedure::revoke:
            return application_kind_words(core::ApplicationKind::revoke);
        case Procedure::misuse_report:
            return application_kind_words(core::ApplicationKind::misuse_report);
        case Procedure::contract_update:
            return application_kind_words(core::ApplicationKind::contract_update);
    }
    return {};
}

const char* form_type(Procedure p) {
    // One token application form for both kinds of token: it has a box for each.
    switch (p) {
        case Procedure::software_token:
        case Procedure::hardware_token:
            return "token-application";
        case Procedure::unlock:
            return "unlock";
        case Procedure::revoke:
            return "revoke";
        case Procedure::misuse_report:
            return "misuse-report";
        case Procedure::contract_update:
            return "";
    }
    return "token-application";
}

core::Outcome<core::IntakeResult> apply_procedure(core::Context ctx, const core::Actor& actor,
                                                  Procedure p, const std::string& login_id,
                                                  const core::FormInput& form,
                                                  const ProcedureFields& fields) {
    core::ApplicationService apps(ctx);
    switch (p) {
        case Procedure::software_token:
            return apps.apply_software_token(
                actor, {.login_id = login_id,
                        .start_password = fields.start_password,
                        .generate_start_password = fields.generate_start_password,
                        .form = form,
                        .online = fields.online});
        case Procedure::hardware_token:
            return apps.apply_hardware_token(
                actor, {.login_id = login_id, .serial = fields.serial, .form = form});
        case Procedure::unlock:
            return apps.apply_unlock(actor, {.login_id = login_id, .form = form});
        case Procedure::revoke:
            return apps.apply_revoke(actor,
                                     {.login_id = login_id, .reason = fields.reason, .form = form});
        case Procedure::misuse_report:
            return apps.apply_misuse_report(
                actor, {.login_id = login_id, .details = fields.details, .form = form});
        case Procedure::contract_update:
            return apps.apply_contract_update(actor, {.contract_number = fields.contract_number,
                                                      .login_id = login_id,
                                                      .fields = fields.contract,
                                                      .form = form});
    }
    return core::refuse("unknown_procedure");
}

}  // namespace td::app
