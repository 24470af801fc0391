#pragma once
// HTTPS on Boost.Beast and Asio: accepts hosts' connections (mutual TLS), reads each request
// within the limits, hands it to the API on a worker thread and writes the answer; one JSON
// access-log line per request. stop() stops accepting and lets requests in flight finish.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "api.h"
#include "server_config.h"

namespace td::server {

class Session;

class HttpsServer {
  public:
    // Binds at once (throws core::Fault naming the address when it cannot).
    HttpsServer(const ServerConfig& config, boost::asio::ssl::context& tls, Api& api,
                Metrics& metrics, std::function<void(const std::string&)> access_log);
    ~HttpsServer();

    unsigned short port() const { return port_; }
    // Runs the workers; returns when stopped and every connection has ended.
    void run();
    // From any thread (a signal handler's strand): stop accepting, close idle connections,
    // finish the requests in flight.
    void stop();

    // For sessions.
    const ServerConfig& config() const { return config_; }
    Api& api() { return api_; }
    Metrics& metrics() { return metrics_; }
    void log(const std::string& line) { access_log_(line); }
    void opened(const std::shared_ptr<Session>& s);
    void closed(Session* s);
    bool stopping() const { return stopping_; }

  private:
    void accept();
    const ServerConfig& config_;
    boost::asio::ssl::context& tls_;
    Api& api_;
    Metrics& metrics_;
    std::function<void(const std::string&)> access_log_;
    // Declared before io_, so they outlive it: destroying io_ destroys the handlers still
    // queued, and with them the last sessions, which report their end to closed().
    std::atomic<bool> stopping_{false};
    std::mutex sessions_mutex_;
    std::set<std::weak_ptr<Session>, std::owner_less<std::weak_ptr<Session>>> sessions_;
    boost::asio::io_context io_;
    boost::asio::ip::tcp::acceptor acceptor_;
    boost::asio::steady_timer accept_retry_;
    unsigned short port_ = 0;
};

}  // namespace td::server
