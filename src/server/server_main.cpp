#include "server_main.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <csignal>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "api.h"
#include "https_server.h"
#include "mail_courier.h"
#include "runtime_pool.h"
#include "server_config.h"
#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"
#include "td/runtime/runtime.h"
#include "td/store/open_store.h"
#include "tls_context.h"

namespace td::server {

namespace {

constexpr const char* kUsage =
    "usage: tokendesk-server [--db URL] [--key-file PATH] [--check-config]\n"
    "Serves the internet-banking host's interface over HTTPS with client certificates.\n"
    "Settings: tokendesk.conf's server_listen, server_certificate, server_private_key,\n"
    "server_client_ca, server_host, smtp_relay, mail_from, smtp_ca (docs/host-interface.md).\n";

void print_summary(const ServerConfig& c) {
    std::cout << "listen: " << c.listen.host << ":" << c.listen.port << "\n"
              << "database: " << store::database_label(c.database_url) << "\n"
              << "key file: " << platform::utf8_of(c.key_file) << "\n"
              << "certificate: " << platform::utf8_of(c.certificate) << "\n"
              << "client CA: " << platform::utf8_of(c.client_ca) << "\n";
    for (const auto& h : c.hosts) {
        std::cout << "host: " << h.name << " sha256 " << h.fingerprint.substr(0, 16) << "… for";
        for (const auto& s : h.service_ids) std::cout << " " << s;
        std::cout << "\n";
    }
    if (c.smtp_relay)
        std::cout << "mail: via " << c.smtp_relay->host << ":" << c.smtp_relay->port << " from "
                  << c.mail_from << "\n";
    else
        std::cout << "mail: no smtp_relay; download mails wait in the outbox\n";
}

}  // namespace

int server_main(const std::vector<std::string>& args, const ServerHooks& hooks) {
    std::optional<std::string> db, key;
    bool check_only = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if ((a == "--db" || a == "--key-file") && i + 1 < args.size()) {
            (a == "--db" ? db : key) = args[++i];
        } else if (a == "--check-config") {
            check_only = true;
        } else if (a == "--help" || a == "-h") {
            std::cout << kUsage;
            return 0;
        } else {
            std::cerr << "tokendesk-server: unknown argument '" << a << "'\n" << kUsage;
            return 2;
        }
    }
    try {
        ServerConfig config = server_config(runtime::load_settings(), db, key);
        if (hooks.limits) config.limits = *hooks.limits;
        auto tls = make_tls_context(config);
        const auto open_runtime = [&config] {
            return std::make_unique<runtime::Runtime>(config.database_url, config.key_file,
                                                      runtime::make_clock(config.database_url));
        };
        if (check_only) {
            open_runtime();  // the database and the key file, as a start would open them
            print_summary(config);
            std::cout << "configuration OK\n";
            return 0;
        }
        RuntimePool pool(open_runtime, config.limits.workers);
        Metrics metrics;
        Api api(pool, metrics, config.limits, kOpenApiYaml);
        std::unique_ptr<MailCourier> courier;
        if (config.smtp_relay) {
            courier = std::make_unique<MailCourier>(
                open_runtime,
                mail::SmtpSettings{config.smtp_relay->host, config.smtp_relay->port,
                                   config.mail_from, config.smtp_ca},
                metrics, config.limits.mail_poll);
            api.on_mail_queued([c = courier.get()] { c->wake(); });
        }
        std::mutex log_mutex;
        auto log = hooks.access_log ? hooks.access_log : [&log_mutex](const std::string& line) {
            std::lock_guard lock(log_mutex);
            std::cout << line << std::endl;
        };
        HttpsServer server(config, tls, api, metrics, log);
        boost::asio::io_context signal_io;
        boost::asio::signal_set signals(signal_io, SIGINT, SIGTERM);
        signals.async_wait([&server](const boost::system::error_code& ec, int) {
            if (!ec) server.stop();
        });
        std::thread signal_thread([&signal_io] { signal_io.run(); });
        std::cerr << "tokendesk-server: listening on " << config.listen.host << ":" << server.port()
                  << "\n";
        // The hook's stop may come when the server has ended by itself; it must then do
        // nothing, and the server must not go while a stop is under way.
        struct StopGuard {
            std::mutex mutex;
            HttpsServer* server = nullptr;
        };
        auto guard = std::make_shared<StopGuard>();
        guard->server = &server;
        if (hooks.listening)
            hooks.listening(server.port(), [guard] {
                std::lock_guard lock(guard->mutex);
                if (guard->server) guard->server->stop();
            });
        server.run();
        {
            std::lock_guard lock(guard->mutex);
            guard->server = nullptr;
        }
        signals.cancel();
        signal_io.stop();
        signal_thread.join();
        std::cerr << "tokendesk-server: stopped\n";
        return 0;
    } catch (const core::Fault& e) {
        std::cerr << "tokendesk-server: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace td::server
