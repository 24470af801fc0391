#pragma once
// What /metrics tells the bank's monitoring, in Prometheus' text format: requests by route,
// status and result, a latency histogram by route, database errors, open connections, mail.
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace td::server {

class Metrics {
  public:
    void request(const std::string& route, int status, const std::string& result,
                 std::chrono::microseconds took);
    void database_error() { ++database_errors_; }
    void connection_opened() { ++open_connections_; }
    void connection_closed() { --open_connections_; }
    void connection_refused() { ++connections_refused_; }
    long open_connections() const { return open_connections_; }
    // One round of the mail courier: what it sent, the attempts that failed (and of them the
    // mails given up), and what is left in the outbox.
    void mail_round(int sent, int failed, int given_up, long long pending) {
        mail_sent_ += sent;
        mail_failures_ += failed;
        mail_given_up_ += given_up;
        mail_pending_ = pending;
    }
    std::string text() const;

  private:
    mutable std::mutex mutex_;
    std::map<std::tuple<std::string, int, std::string>, long long> requests_;
    struct Histogram {
        std::vector<long long> buckets;  // counts at or below each bound
        long long count = 0;
        double sum_seconds = 0;
    };
    std::map<std::string, Histogram> latency_;
    std::atomic<long long> database_errors_{0};
    std::atomic<long> open_connections_{0};
    std::atomic<long long> connections_refused_{0};
    std::atomic<long long> mail_sent_{0};
    std::atomic<long long> mail_failures_{0};
    std::atomic<long long> mail_given_up_{0};
    std::atomic<long long> mail_pending_{0};
};

}  // namespace td::server
