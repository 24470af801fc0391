#include "api.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "problem.h"
#include "td/core/answer_keeper.h"
#include "td/core/host_service.h"
#include "td/core/names.h"
#include "td/core/reissue_rule.h"
#include "td/core/time.h"

namespace td::server {

namespace {

using nlohmann::json;

std::vector<std::string> path_segments(const std::string& target) {
    const std::string path = target.substr(0, target.find('?'));
    std::vector<std::string> parts;
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string::npos ? path.size() : slash;
        parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

bool is_json(const std::string& content_type) {
    std::string media = content_type.substr(0, content_type.find(';'));
    while (!media.empty() && media.back() == ' ') media.pop_back();
    for (auto& c : media) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return media == "application/json";
}

HttpResponse ok(json body, int status = 200) {
    HttpResponse r;
    r.status = status;
    r.body = body.dump();
    r.result = "ok";
    return r;
}

json time_or_null(const std::optional<core::TimePoint>& t) {
    return t ? json(core::format_japan_iso(*t)) : json(nullptr);
}

// The request's JSON object and its string fields, or the 400/415 that says what is wrong.
class Body {
  public:
    explicit Body(const HttpRequest& request) {
        if (!is_json(request.content_type)) {
            error_ = problem(415, "unsupported_media_type",
                             "The body must be JSON (Content-Type: application/json)");
            return;
        }
        json_ = json::parse(request.body, nullptr, false);
        if (json_.is_discarded() || !json_.is_object())
            error_ = problem(400, "bad_json", "The body is not a JSON object");
    }
    // Empty string and a problem recorded when the field is missing or not a string.
    std::string text(const char* field) {
        if (error_) return {};
        const auto it = json_.find(field);
        if (it == json_.end()) {
            error_ = problem(400, "missing_field", std::string("Field '") + field + "' is missing",
                             field);
            return {};
        }
        if (!it->is_string()) {
            error_ = problem(400, "wrong_type",
                             std::string("Field '") + field + "' must be a string", field);
            return {};
        }
        return it->get<std::string>();
    }
    const std::optional<HttpResponse>& error() const { return error_; }

  private:
    json json_;
    std::optional<HttpResponse> error_;
};

json token_json(const core::Token& t) {
    return {{"kind", core::to_string(t.kind)},
            {"state", core::to_string(t.state)},
            {"issued_at", core::format_japan_iso(t.issued_at)},
            {"activated_at", time_or_null(t.activated_at)},
            {"ended_at", time_or_null(t.ended_at)}};
}

json user_json(const core::UserStatus& s) {
    return {{"login_id", s.user.login_id},
            {"kind", core::to_string(s.user.kind)},
            {"otp_state", core::to_string(s.user.otp_state)},
            {"fail_count", s.user.fail_count},
            {"token", s.token ? token_json(*s.token) : json(nullptr)},
            {"last_accepted_at", time_or_null(s.last_accepted_at)},
            {"earliest_issue_at", time_or_null(s.earliest_issue_at)}};
}

std::optional<HttpResponse> limited(RateLimiter& limiter, const std::string& key,
                                    const std::string& what) {
    const auto wait = limiter.take(key);
    if (!wait) return std::nullopt;
    HttpResponse r = problem(429, "rate_limited", "Too many requests for this " + what);
    r.headers.emplace_back("Retry-After", std::to_string(wait->count()));
    return r;
}

// The value of `name` in the target's query string; none when absent.
std::optional<std::string> query_value(const std::string& target, const std::string& name) {
    const auto q = target.find('?');
    if (q == std::string::npos) return std::nullopt;
    std::size_t start = q + 1;
    while (start <= target.size()) {
        const auto end = std::min(target.find('&', start), target.size());
        const std::string pair = target.substr(start, end - start);
        const auto eq = pair.find('=');
        if (pair.substr(0, eq) == name)
            return eq == std::string::npos ? std::string() : pair.substr(eq + 1);
        start = end + 1;
    }
    return std::nullopt;
}

// A whole number of at most 18 digits; none otherwise.
std::optional<long long> whole_number(const std::string& text) {
    if (text.empty() || text.size() > 18) return std::nullopt;
    long long n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

json event_json(const core::HostEvent& e) {
    return {{"cursor", std::to_string(e.seq)},
            {"type", e.type},
            {"login_id", e.login_id},
            {"service_id", e.service_id},
            {"token_kind", e.token_kind.empty() ? json(nullptr) : json(e.token_kind)},
            {"at", core::format_japan_iso(e.at)}};
}

core::HostGrant grant_of(const HostPin& host) {
    return {host.name, host.service_ids};
}

}  // namespace

HttpResponse Api::health() {
    try {
        auto lease = pool_.borrow();
        try {
            lease->context().store.read([](core::Transaction& tx) { tx.policy().all(); });
        } catch (const core::Fault&) {
            lease.discard();
            throw;
        }
        return ok({{"status", "ok"}, {"database", "reachable"}, {"key_file", "open"}});
    } catch (const core::Fault&) {
        metrics_.database_error();
        HttpResponse r = ok({{"status", "unavailable"}, {"database", "unreachable"}}, 503);
        r.result = "database_unavailable";
        return r;
    }
}

HttpResponse Api::handle(const HttpRequest& request, const HostPin* host) {
    const auto parts = path_segments(request.target);
    const auto& method = request.method;
    const auto only = [&](const char* allowed, const char* route) -> std::optional<HttpResponse> {
        if (method == allowed) return std::nullopt;
        HttpResponse r = problem(405, "method_not_allowed",
                                 std::string("This route answers ") + allowed + " only");
        r.headers.emplace_back("Allow", allowed);
        r.route = route;
        return r;
    };
    const auto named = [](HttpResponse r, const char* route) {
        r.route = route;
        return r;
    };

    // Open to every certificate of the hosts' CA.
    if (parts == std::vector<std::string>{"v1", "health"}) {
        if (auto bad = only("GET", "/v1/health")) return *bad;
        return named(health(), "/v1/health");
    }
    if (parts == std::vector<std::string>{"metrics"}) {
        if (auto bad = only("GET", "/metrics")) return *bad;
        HttpResponse r = ok({});
        r.content_type = "text/plain; version=0.0.4";
        r.body = metrics_.text();
        return named(r, "/metrics");
    }
    if (parts == std::vector<std::string>{"v1", "openapi.yaml"}) {
        if (auto bad = only("GET", "/v1/openapi.yaml")) return *bad;
        HttpResponse r = ok({});
        r.content_type = "application/yaml";
        r.body = openapi_;
        return named(r, "/v1/openapi.yaml");
    }

    // The host's own routes: its pinned certificate says which services it acts for.
    const char* route = nullptr;
    const char* allowed = "POST";
    std::string login_id;
    if (parts == std::vector<std::string>{"v1", "otp", "verify"}) {
        route = "/v1/otp/verify";
    } else if (parts == std::vector<std::string>{"v1", "activations"}) {
        route = "/v1/activations";
    } else if (parts == std::vector<std::string>{"v1", "events"}) {
        route = "/v1/events";
        allowed = "GET";
    } else if (parts.size() == 3 && parts[0] == "v1" && parts[1] == "users") {
        route = "/v1/users/{login_id}";
        allowed = "GET";
        login_id = parts[2];
    } else if (parts.size() == 4 && parts[0] == "v1" && parts[1] == "users" &&
               parts[3] == "software-token") {
        route = "/v1/users/{login_id}/software-token";
        login_id = parts[2];
    } else if (parts.size() == 4 && parts[0] == "v1" && parts[1] == "users" &&
               parts[3] == "unlock") {
        route = "/v1/users/{login_id}/unlock";
        login_id = parts[2];
    } else if (parts.size() == 5 && parts[0] == "v1" && parts[1] == "users" &&
               parts[3] == "token" && parts[4] == "revoke") {
        route = "/v1/users/{login_id}/token/revoke";
        login_id = parts[2];
    } else {
        return named(problem(404, "not_found", "No such route"), "unknown");
    }
    if (auto bad = only(allowed, route)) return *bad;
    if (!host)
        return named(problem(403, "host_not_allowed",
                             "This client certificate is not pinned by any server_host line"),
                     route);
    const std::string r(route);
    if (auto busy = limited(per_host_, host->name, "host")) return named(*busy, route);
    if (!login_id.empty())
        if (auto busy = limited(per_login_, login_id, "login ID")) return named(*busy, route);

    std::optional<std::string> key;
    if (method == "POST" && !request.idempotency_key.empty()) {
        if (auto bad = core::AnswerKeeper::check_key(request.idempotency_key))
            return named(problem(*bad, 400), route);
        key = request.idempotency_key;
    }
    try {
        auto lease = pool_.borrow();
        try {
            const core::Context ctx = lease->context();
            // What a retry must repeat exactly for the kept answer to be its answer.
            const std::string asked = method + " " +
                                      request.target.substr(0, request.target.find('?')) + "\n" +
                                      request.body;
            std::optional<core::AnswerKeeper> keeper;
            if (key) {
                keeper.emplace(ctx, host->name);
                if (auto kept = keeper->recall(*key, asked)) {
                    if (!*kept) return named(problem(kept->refusal()), route);
                    HttpResponse again;
                    again.status = kept->value().status;
                    again.content_type =
                        again.status < 300 ? "application/json" : "application/problem+json";
                    again.body = kept->value().body;
                    again.headers.emplace_back("Idempotent-Replayed", "true");
                    again.result = "replayed";
                    if (r == "/v1/otp/verify") again.answer_time = limits_.verify_answer_time;
                    return named(again, route);
                }
            }
            core::HostService service(ctx, grant_of(*host));
            HttpResponse answer = act(r, request, service, login_id);
            // A retry of a refused or throttled request may fare better: only answers of the
            // request itself are kept.
            if (keeper && answer.status < 500 && answer.status != 429)
                keeper->keep(*key, asked, {answer.status, answer.body});
            return named(answer, route);
        } catch (const core::Fault&) {
            lease.discard();
            throw;
        }
    } catch (const core::Fault&) {
        // Fail closed: nothing was committed (each step is one transaction), and the host
        // must not take silence for a yes.
        metrics_.database_error();
        HttpResponse r503 = problem(503, "database_unavailable",
                                    "The database cannot be reached; nothing was done");
        r503.headers.emplace_back("Retry-After", "5");
        return named(r503, route);
    }
}

HttpResponse Api::act(const std::string& r, const HttpRequest& request, core::HostService& service,
                      const std::string& login_id) {
    if (r == "/v1/otp/verify") {
        Body body(request);
        const std::string id = body.text("login_id");
        const std::string otp = body.text("otp");
        const std::string purpose = body.text("purpose");
        if (body.error()) return *body.error();
        if (auto busy = limited(per_login_, id, "login ID")) return *busy;
        if (purpose != "login" && purpose != "transaction")
            return problem(
                core::refuse("invalid_choice", "purpose").with("choices", "login|transaction"));
        const core::Verdict verdict = service.verify(id, otp, purpose);
        HttpResponse answer = ok({{"result", core::to_string(verdict)}});
        answer.result = std::string(core::to_string(verdict));
        answer.answer_time = limits_.verify_answer_time;
        return answer;
    }
    if (r == "/v1/activations") {
        Body body(request);
        core::ActivationRequest req{body.text("service_id"), body.text("token_user_id"),
                                    body.text("start_password")};
        if (body.error()) return *body.error();
        auto a = service.activate(req);
        if (!a) return problem(a.refusal());
        return ok({{"secret_base32", a.value().secret_base32},
                   {"otpauth_uri", a.value().otpauth_uri},
                   {"digits", a.value().digits},
                   {"period", a.value().period}});
    }
    if (r == "/v1/events") {
        const std::string after_text = query_value(request.target, "after").value_or("0");
        const std::string limit_text = query_value(request.target, "limit").value_or("100");
        const auto after = whole_number(after_text);
        if (!after) return problem(core::refuse("cursor_format", "after"));
        const auto limit = whole_number(limit_text);
        auto events = service.events(
            *after, limit && *limit <= core::kMaxEventsPerPage ? static_cast<int>(*limit) : 0);
        if (!events) return problem(events.refusal());
        json list = json::array();
        for (const auto& e : events.value()) list.push_back(event_json(e));
        const std::string next = events.value().empty() ? std::to_string(*after)
                                                        : std::to_string(events.value().back().seq);
        return ok({{"events", list}, {"next_cursor", next}});
    }
    if (r == "/v1/users/{login_id}") {
        auto s = service.user_status(login_id);
        if (!s) return problem(s.refusal());
        return ok(user_json(s.value()));
    }
    if (r == "/v1/users/{login_id}/software-token") {
        Body body(request);
        core::OnlineIssuanceRequest req{login_id, body.text("mobile_email"),
                                        body.text("start_password")};
        if (body.error()) return *body.error();
        auto t = service.issue_online(req);
        if (!t) return problem(t.refusal());
        if (mail_queued_) mail_queued_();
        return ok(
            {{"service_id", t.value().service_id}, {"token_user_id", t.value().token_user_id}},
            201);
    }
    if (r == "/v1/users/{login_id}/unlock") {
        Body body(request);
        const std::string master = body.text("master_login_id");
        const std::string otp = body.text("master_otp");
        if (body.error()) return *body.error();
        auto u = service.online_unlock(login_id, master, otp);
        if (!u) return problem(u.refusal());
        return ok({{"login_id", u.value().login_id},
                   {"otp_state", core::to_string(u.value().otp_state)},
                   {"fail_count", u.value().fail_count}});
    }
    Body body(request);
    const std::string master = body.text("master_login_id");
    const std::string otp = body.text("master_otp");
    const std::string reason = body.text("reason");
    if (body.error()) return *body.error();
    auto t = service.online_revoke(login_id, master, otp, reason);
    if (!t) return problem(t.refusal());
    // Rule 11 from the revoke itself: no second look at the user.
    return ok({{"login_id", login_id},
               {"token", token_json(t.value())},
               {"earliest_issue_at", core::format_japan_iso(core::earliest_reissue(
                                         t.value().ended_at.value_or(t.value().issued_at)))}});
}

}  // namespace td::server
