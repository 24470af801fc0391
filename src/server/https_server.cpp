#include "https_server.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>

#include "problem.h"
#include "td/core/outcome.h"
#include "td/core/time.h"
#include "tls_context.h"

namespace td::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// The log's own time (when the line was written), not a business rule's: the wall clock.
std::string utc_now_iso() {
    return core::format_utc_iso(
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace

class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(tcp::socket socket, net::ssl::context& tls, HttpsServer& server)
        : stream_(std::move(socket), tls), server_(server), hold_(stream_.get_executor()) {
        beast::error_code ec;
        const auto endpoint = beast::get_lowest_layer(stream_).socket().remote_endpoint(ec);
        if (!ec) remote_ = endpoint.address().to_string();
    }
    ~Session() { server_.closed(this); }

    void start() {
        beast::get_lowest_layer(stream_).expires_after(server_.config().limits.handshake_timeout);
        stream_.async_handshake(
            net::ssl::stream_base::server,
            [self = shared_from_this()](beast::error_code ec) { self->on_handshake(ec); });
    }

    // From stop(): a connection waiting for its next request is closed now; one handling a
    // request closes after answering it.
    void close_if_idle() {
        net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
            if (self->idle_) beast::get_lowest_layer(self->stream_).cancel();
        });
    }

  private:
    void on_handshake(beast::error_code ec) {
        if (ec) return;  // no certificate, another CA's, expired: no connection
        host_ = find_pin(server_.config().hosts, peer_fingerprint(stream_.native_handle()));
        read(server_.config().limits.request_timeout);
    }

    void read(std::chrono::milliseconds deadline) {
        if (server_.stopping()) return shutdown();
        parser_.emplace();
        parser_->body_limit(server_.config().limits.max_body_bytes);
        parser_->header_limit(static_cast<std::uint32_t>(server_.config().limits.max_header_bytes));
        idle_ = true;
        beast::get_lowest_layer(stream_).expires_after(deadline);
        http::async_read(
            stream_, buffer_, *parser_,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

    void on_read(beast::error_code ec) {
        idle_ = false;
        started_ = std::chrono::steady_clock::now();
        if (ec == http::error::body_limit) {
            HttpResponse r = problem(413, "body_too_large", "The body is larger than 16 KB");
            r.route = "unknown";
            return answer(std::move(r), "POST", 11, false);
        }
        if (ec == http::error::header_limit) {
            HttpResponse r = problem(431, "headers_too_large", "The headers are too large");
            r.route = "unknown";
            return answer(std::move(r), "", 11, false);
        }
        if (ec) return shutdown();  // closed, timed out, not HTTP
        auto& req = parser_->get();
        HttpRequest request;
        request.method = std::string(req.method_string());
        request.target = std::string(req.target());
        request.content_type = std::string(req[http::field::content_type]);
        request.body = req.body();
        request.idempotency_key = std::string(req["Idempotency-Key"]);
        HttpResponse r = server_.api().handle(request, host_);
        answer(std::move(r), request.method, req.version(),
               req.keep_alive() && !server_.stopping());
    }

    void answer(HttpResponse r, const std::string& method, unsigned version, bool keep_alive) {
        const auto due = started_ + r.answer_time;
        if (std::chrono::steady_clock::now() < due) {
            // Held without holding a worker: the timer hands it back when due.
            hold_.expires_at(due);
            r.answer_time = {};
            hold_.async_wait([self = shared_from_this(), r = std::move(r), method, version,
                              keep_alive](beast::error_code) mutable {
                self->answer(std::move(r), method, version, keep_alive);
            });
            return;
        }
        const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - started_);
        server_.metrics().request(r.route, r.status, r.result, took);
        nlohmann::json line = {{"time", utc_now_iso()},
                               {"remote", remote_},
                               {"host", host_ ? nlohmann::json(host_->name) : nullptr},
                               {"method", method},
                               {"route", r.route},
                               {"status", r.status},
                               {"result", r.result},
                               {"ms", static_cast<double>(took.count()) / 1000.0}};
        server_.log(line.dump());

        auto res = std::make_shared<http::response<http::string_body>>(
            static_cast<http::status>(r.status), version);
        res->set(http::field::server, "tokendesk-server");
        res->set(http::field::content_type, r.content_type);
        res->set(http::field::cache_control, "no-store");
        for (const auto& [k, v] : r.headers) res->set(k, v);
        res->body() = std::move(r.body);
        res->keep_alive(keep_alive);
        res->prepare_payload();
        beast::get_lowest_layer(stream_).expires_after(server_.config().limits.request_timeout);
        http::async_write(
            stream_, *res,
            [self = shared_from_this(), res, keep_alive](beast::error_code ec, std::size_t) {
                if (ec || !keep_alive) return self->shutdown();
                self->read(self->server_.config().limits.idle_timeout);
            });
    }

    void shutdown() {
        beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(2));
        stream_.async_shutdown([self = shared_from_this()](beast::error_code) {
            beast::error_code ignored;
            beast::get_lowest_layer(self->stream_)
                .socket()
                .shutdown(tcp::socket::shutdown_both, ignored);
        });
    }

    beast::ssl_stream<beast::tcp_stream> stream_;
    HttpsServer& server_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    const HostPin* host_ = nullptr;
    std::string remote_;
    bool idle_ = false;
    std::chrono::steady_clock::time_point started_{};
    net::steady_timer hold_;
};

HttpsServer::HttpsServer(const ServerConfig& config, net::ssl::context& tls, Api& api,
                         Metrics& metrics, std::function<void(const std::string&)> access_log)
    : config_(config),
      tls_(tls),
      api_(api),
      metrics_(metrics),
      access_log_(std::move(access_log)),
      acceptor_(net::make_strand(io_)),
      accept_retry_(acceptor_.get_executor()) {
    beast::error_code ec;
    const auto address = net::ip::make_address(config.listen.host, ec);
    if (ec) throw core::Fault("server_listen: '" + config.listen.host + "' is not an IP address");
    const tcp::endpoint endpoint(address, config.listen.port);
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        throw core::Fault("cannot listen on " + config.listen.host + ":" +
                          std::to_string(config.listen.port) + ": " + ec.message());
    port_ = acceptor_.local_endpoint().port();
}

HttpsServer::~HttpsServer() = default;

void HttpsServer::accept() {
    acceptor_.async_accept(net::make_strand(io_), [this](beast::error_code ec, tcp::socket socket) {
        if (ec) {
            if (stopping_ || !acceptor_.is_open()) return;  // closed by stop()
            // A client gone before it was accepted, or no file descriptor free for a moment:
            // listening goes on, a little later so that a lasting error does not spin.
            accept_retry_.expires_after(std::chrono::milliseconds(50));
            accept_retry_.async_wait([this](beast::error_code) {
                if (!stopping_) accept();
            });
            return;
        }
        if (metrics_.open_connections() >= static_cast<long>(config_.limits.max_connections)) {
            metrics_.connection_refused();
            beast::error_code ignored;
            socket.close(ignored);
        } else {
            auto session = std::make_shared<Session>(std::move(socket), tls_, *this);
            opened(session);
            session->start();
        }
        accept();
    });
}

void HttpsServer::opened(const std::shared_ptr<Session>& s) {
    metrics_.connection_opened();
    std::lock_guard lock(sessions_mutex_);
    sessions_.insert(s);
}

void HttpsServer::closed(Session*) {
    metrics_.connection_closed();
    std::lock_guard lock(sessions_mutex_);
    std::erase_if(sessions_, [](const std::weak_ptr<Session>& w) { return w.expired(); });
}

void HttpsServer::run() {
    accept();
    std::vector<std::thread> workers;
    for (int i = 1; i < config_.limits.workers; ++i) workers.emplace_back([this] { io_.run(); });
    io_.run();
    for (auto& t : workers) t.join();
}

void HttpsServer::stop() {
    stopping_ = true;
    net::dispatch(acceptor_.get_executor(), [this] {
        beast::error_code ignored;
        acceptor_.close(ignored);
    });
    std::vector<std::shared_ptr<Session>> open;
    {
        std::lock_guard lock(sessions_mutex_);
        for (const auto& w : sessions_)
            if (auto s = w.lock()) open.push_back(s);
    }
    for (const auto& s : open) s->close_if_idle();
}

}  // namespace td::server
