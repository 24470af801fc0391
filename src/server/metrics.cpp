#include "metrics.h"

#include <array>
#include <sstream>

namespace td::server {

namespace {

// Seconds; the host's budget for a sign-in check is tens of milliseconds.
constexpr std::array<double, 12> kBounds = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                            0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

std::string label(const std::string& value) {
    std::string out;
    for (const char c : value) {
        if (c == '\\' || c == '"') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

}  // namespace

void Metrics::request(const std::string& route, int status, const std::string& result,
                      std::chrono::microseconds took) {
    const double seconds = static_cast<double>(took.count()) / 1e6;
    std::lock_guard lock(mutex_);
    ++requests_[{route, status, result}];
    Histogram& h = latency_[route];
    if (h.buckets.empty()) h.buckets.assign(kBounds.size(), 0);
    for (std::size_t i = 0; i < kBounds.size(); ++i)
        if (seconds <= kBounds[i]) ++h.buckets[i];
    ++h.count;
    h.sum_seconds += seconds;
}

std::string Metrics::text() const {
    std::ostringstream out;
    std::lock_guard lock(mutex_);
    out << "# HELP tokendesk_requests_total Requests answered, by route, status and result.\n"
           "# TYPE tokendesk_requests_total counter\n";
    for (const auto& [key, count] : requests_) {
        const auto& [route, status, result] = key;
        out << "tokendesk_requests_total{route=\"" << label(route) << "\",status=\"" << status
            << "\",result=\"" << label(result) << "\"} " << count << "\n";
    }
    out << "# HELP tokendesk_request_duration_seconds Time from a request read to its answer.\n"
           "# TYPE tokendesk_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_) {
        for (std::size_t i = 0; i < kBounds.size(); ++i)
            out << "tokendesk_request_duration_seconds_bucket{route=\"" << label(route)
                << "\",le=\"" << kBounds[i] << "\"} " << h.buckets[i] << "\n";
        out << "tokendesk_request_duration_seconds_bucket{route=\"" << label(route)
            << "\",le=\"+Inf\"} " << h.count << "\n"
            << "tokendesk_request_duration_seconds_sum{route=\"" << label(route) << "\"} "
            << h.sum_seconds << "\n"
            << "tokendesk_request_duration_seconds_count{route=\"" << label(route) << "\"} "
            << h.count << "\n";
    }
    const auto one = [&out](const char* name, const char* type, const char* help, long long value) {
        out << "# HELP " << name << " " << help << "\n# TYPE " << name << " " << type << "\n"
            << name << " " << value << "\n";
    };
    one("tokendesk_database_errors_total", "counter", "Requests the database could not serve.",
        database_errors_.load());
    one("tokendesk_open_connections", "gauge", "Host connections open now.",
        open_connections_.load());
    one("tokendesk_connections_refused_total", "counter",
        "Connections closed at once: too many open.", connections_refused_.load());
    one("tokendesk_mail_sent_total", "counter", "Download mails the relay accepted.",
        mail_sent_.load());
    one("tokendesk_mail_failures_total", "counter", "Mail attempts the relay refused or missed.",
        mail_failures_.load());
    one("tokendesk_mail_given_up_total", "counter", "Mails given up after the last attempt.",
        mail_given_up_.load());
    one("tokendesk_mail_outbox_pending", "gauge", "Mails waiting for delivery or a retry.",
        mail_pending_.load());
    return out.str();
}

}  // namespace td::server
