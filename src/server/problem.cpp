#include "problem.h"

#include <nlohmann/json.hpp>

#include "td/core/messages.h"

namespace td::server {

namespace {

HttpResponse answer(int status, const nlohmann::json& body, const std::string& code) {
    HttpResponse r;
    r.status = status;
    r.content_type = "application/problem+json";
    r.body = body.dump();
    r.result = code;
    return r;
}

nlohmann::json base(int status, const std::string& code, const std::string& field) {
    nlohmann::json j = {
        {"type", "urn:tokendesk:error:" + code}, {"status", status}, {"code", code}};
    if (!field.empty()) j["field"] = field;
    return j;
}

}  // namespace

int status_for(const core::Refusal& refusal) {
    const std::string& c = refusal.code;
    if (c == "unknown_login_id" || c == "unknown_token") return 404;
    return 422;
}

HttpResponse problem(const core::Refusal& refusal) {
    return problem(refusal, status_for(refusal));
}

HttpResponse problem(const core::Refusal& refusal, int status) {
    nlohmann::json j = base(status, refusal.code, refusal.field);
    j["title"] = core::message_text(refusal, core::Language::en);
    j["title_ja"] = core::message_text(refusal, core::Language::ja);
    if (!refusal.args.empty()) {
        nlohmann::json args = nlohmann::json::object();
        for (const auto& [k, v] : refusal.args) args[k] = v;
        j["args"] = args;
    }
    return answer(status, j, refusal.code);
}

HttpResponse problem(int status, const std::string& code, const std::string& title,
                     const std::string& field) {
    nlohmann::json j = base(status, code, field);
    j["title"] = title;
    return answer(status, j, code);
}

}  // namespace td::server
