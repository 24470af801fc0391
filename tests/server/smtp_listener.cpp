#include "smtp_listener.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <istream>

namespace td::test {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

struct SmtpListener::Impl {
    Options options;
    asio::io_context io;
    tcp::acceptor acceptor{io};
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<ReceivedMail> received;
    int refusals = 0;
    bool stopping = false;

    // One line without its CRLF; empty optional when the peer went away.
    template <class Stream>
    static std::optional<std::string> read_line(Stream& s, asio::streambuf& buf) {
        boost::system::error_code ec;
        asio::read_until(s, buf, "\r\n", ec);
        if (ec) return std::nullopt;
        std::istream in(&buf);
        std::string line;
        std::getline(in, line);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }

    template <class Stream>
    static void say(Stream& s, const std::string& reply) {
        boost::system::error_code ec;
        asio::write(s, asio::buffer(reply + "\r\n"), ec);
    }

    static bool starts(const std::string& line, const char* verb) {
        const std::size_t n = std::char_traits<char>::length(verb);
        if (line.size() < n) return false;
        for (std::size_t i = 0; i < n; ++i)
            if (std::toupper(static_cast<unsigned char>(line[i])) != verb[i]) return false;
        return true;
    }

    static std::string address(const std::string& line) {
        const auto open = line.find('<'), close = line.rfind('>');
        return open == std::string::npos || close == std::string::npos
                   ? std::string()
                   : line.substr(open + 1, close - open - 1);
    }

    // The conversation; true when the client asked for STARTTLS (then it goes on over TLS).
    template <class Stream>
    bool converse(Stream& s, asio::streambuf& buf, bool tls_on) {
        const bool offer_tls = options.starttls.has_value() && !tls_on;
        ReceivedMail mail;
        mail.over_tls = tls_on;
        while (auto line = read_line(s, buf)) {
            if (starts(*line, "EHLO")) {
                say(s, offer_tls ? "250-relay.test\r\n250-8BITMIME\r\n250 STARTTLS"
                                 : "250-relay.test\r\n250 8BITMIME");
            } else if (starts(*line, "HELO")) {
                say(s, "250 relay.test");
            } else if (starts(*line, "STARTTLS") && offer_tls) {
                say(s, "220 2.0.0 Ready to start TLS");
                return true;
            } else if (starts(*line, "MAIL FROM:")) {
                if (options.starttls && !tls_on) {
                    say(s, "530 5.7.0 Must issue a STARTTLS command first");
                    continue;
                }
                mail.from = address(*line);
                say(s, "250 2.1.0 Ok");
            } else if (starts(*line, "RCPT TO:")) {
                std::lock_guard lock(mutex);
                if (refusals < options.refuse_first) {
                    ++refusals;
                    say(s, "451 4.3.0 Temporary failure, try again later");
                    continue;
                }
                mail.recipient = address(*line);
                say(s, "250 2.1.5 Ok");
            } else if (starts(*line, "DATA")) {
                say(s, "354 End data with <CR><LF>.<CR><LF>");
                std::string data;
                while (auto l = read_line(s, buf)) {
                    if (*l == ".") break;
                    data += (l->rfind("..", 0) == 0 ? l->substr(1) : *l) + "\r\n";
                }
                mail.data = data;
                say(s, "250 2.0.0 Ok: queued");
                std::lock_guard lock(mutex);
                received.push_back(mail);
                changed.notify_all();
            } else if (starts(*line, "RSET")) {
                say(s, "250 Ok");
            } else if (starts(*line, "NOOP")) {
                say(s, "250 Ok");
            } else if (starts(*line, "QUIT")) {
                say(s, "221 Bye");
                return false;
            } else {
                say(s, "502 5.5.2 Command not recognized");
            }
        }
        return false;
    }

    void serve_one(tcp::socket socket) {
        asio::streambuf buf;
        say(socket, "220 relay.test ESMTP");
        if (!converse(socket, buf, false)) return;
        asio::ssl::context tls(asio::ssl::context::tls_server);
        tls.use_certificate_chain_file(options.starttls->first.string());
        tls.use_private_key_file(options.starttls->second.string(), asio::ssl::context::pem);
        asio::ssl::stream<tcp::socket&> secure(socket, tls);
        boost::system::error_code ec;
        secure.handshake(asio::ssl::stream_base::server, ec);
        if (ec) return;
        asio::streambuf fresh;
        converse(secure, fresh, true);
    }

    void serve() {
        for (;;) {
            boost::system::error_code ec;
            tcp::socket socket(io);
            acceptor.accept(socket, ec);
            {
                std::lock_guard lock(mutex);
                if (stopping) return;
            }
            if (!ec) serve_one(std::move(socket));
        }
    }
};

SmtpListener::SmtpListener(Options options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    const tcp::endpoint at(asio::ip::make_address("127.0.0.1"), 0);
    impl_->acceptor.open(at.protocol());
    impl_->acceptor.bind(at);
    impl_->acceptor.listen();
    port_ = impl_->acceptor.local_endpoint().port();
    impl_->thread = std::thread([this] { impl_->serve(); });
}

SmtpListener::~SmtpListener() {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stopping = true;
    }
    // Wakes the blocking accept with a connection of our own.
    boost::system::error_code ec;
    asio::io_context io;
    tcp::socket poke(io);
    poke.connect({asio::ip::make_address("127.0.0.1"), port_}, ec);
    impl_->thread.join();
}

std::vector<ReceivedMail> SmtpListener::wait_for(std::size_t n, std::chrono::milliseconds timeout) {
    std::unique_lock lock(impl_->mutex);
    impl_->changed.wait_for(lock, timeout, [&] { return impl_->received.size() >= n; });
    return impl_->received;
}

int SmtpListener::refusals_given() {
    std::lock_guard lock(impl_->mutex);
    return impl_->refusals;
}

}  // namespace td::test
