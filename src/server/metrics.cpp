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
    out << "# HELP tokendesk_database_errors_total Requests the database could not serve.\n"
           "# TYPE tokendesk_database_errors_total counter\n"
           "tokendesk_database_errors_total "
        << database_errors_.load() << "\n"
        << "# HELP tokendesk_open_connections Host connections open now.\n"
           "# TYPE tokendesk_open_connections gauge\n"
           "tokendesk_open_connections "
        << open_connections_.load() << "\n"
        << "# HELP tokendesk_connections_refused_total Connections closed at once: too many open.\n"
           "# TYPE tokendesk_connections_refused_total counter\n"
           "tokendesk_connections_refused_total "
        << connections_refused_.load() << "\n"
        << "# HELP tokendesk_mail_sent_total Download mails the relay accepted.\n"
           "# TYPE tokendesk_mail_sent_total counter\n"
           "tokendesk_mail_sent_total "
        << mail_sent_.load() << "\n"
        << "# HELP tokendesk_mail_failures_total Mail attempts the relay refused or missed.\n"
           "# TYPE tokendesk_mail_failures_total counter\n"
           "tokendesk_mail_failures_total "
        << mail_failures_.load() << "\n"
        << "# HELP tokendesk_mail_given_up_total Mails given up after the last attempt.\n"
           "# TYPE tokendesk_mail_given_up_total counter\n"
           "tokendesk_mail_given_up_total "
        << mail_given_up_.load() << "\n"
        << "# HELP tokendesk_mail_outbox_pending Mails waiting for delivery or a retry.\n"
           "# TYPE tokendesk_mail_outbox_pending gauge\n"
           "tokendesk_mail_outbox_pending "
        << mail_pending_.load() << "\n";
    return out.str();
}

}  // namespace td::server
