#pragma once
// The procedures a teller takes in for a user (申込受付): their words, the written form the
// customer signs, and the core call that enters each.
#include <wx/string.h>

#include <string>

#include "td/core/application_service.h"

namespace td::app {

enum class Procedure {
    software_token,
    hardware_token,
    unlock,
    revoke,
    misuse_report,
    contract_update,  // a correction of the contract's details (契約内容変更)
};

wxString procedure_words(Procedure p);
// The written form's type for DocumentService::written_form; empty when the procedure has no
// pre-filled form (a contract update is taken on the customer's own change notice).
const char* form_type(Procedure p);

// The procedure's own fields; each procedure reads only its own.
struct ProcedureFields {
    std::string reason;          // revoke
    std::string details;         // misuse report
    std::string start_password;  // software token
    bool generate_start_password = false;
    bool online = false;            // the customer issues the token in internet banking
    std::string serial;             // hardware token
    std::string contract_number;    // contract update: the contract corrected
    core::ContractFields contract;  // contract update: every field as it should read
};

// On the worker: enters the application through ApplicationService.
core::Outcome<core::IntakeResult> apply_procedure(core::Context ctx, const core::Actor& actor,
                                                  Procedure p, const std::string& login_id,
                                                  const core::FormInput& form,
                                                  const ProcedureFields& fields);

}  // namespace td::app
