#pragma once
// Refusals as RFC 9457 problem details (application/problem+json), with TokenDesk's stable
// error code, the field it concerns, and the message in English and Japanese.
#include <string>

#include "http_types.h"
#include "td/core/outcome.h"

namespace td::server {

// A refusal of core's, with the HTTP status it maps to (see status_for).
HttpResponse problem(const core::Refusal& refusal);
HttpResponse problem(const core::Refusal& refusal, int status);
// A refusal of the HTTP layer's own (bad JSON, wrong content type, ...).
HttpResponse problem(int status, const std::string& code, const std::string& title,
                     const std::string& field = {});

// 404 for what does not exist (to this host), 422 for a rule or input core refused.
int status_for(const core::Refusal& refusal);

}  // namespace td::server
