#include "https_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <stdexcept>

namespace td::test {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

struct HttpsClient::Impl {
    net::io_context io;
    ssl::context tls{ssl::context::tls_client};
    std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> stream;
    beast::flat_buffer buffer;
};

HttpsClient::HttpsClient(unsigned short port, const std::filesystem::path& ca,
                         const std::optional<ClientIdentity>& identity)
    : impl_(std::make_unique<Impl>()) {
    impl_->tls.load_verify_file(ca.string());
    impl_->tls.set_verify_mode(ssl::verify_peer);
    if (identity) {
        impl_->tls.use_certificate_chain_file(identity->cert.string());
        impl_->tls.use_private_key_file(identity->key.string(), ssl::context::pem);
    }
    impl_->stream = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(impl_->io, impl_->tls);
    auto& tcp_stream = beast::get_lowest_layer(*impl_->stream);
    tcp_stream.expires_after(std::chrono::seconds(10));
    tcp_stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    beast::error_code ec;
    impl_->stream->handshake(ssl::stream_base::client, ec);
    if (ec) throw std::runtime_error("handshake: " + ec.message());
}

HttpsClient::~HttpsClient() {
    beast::error_code ignored;
    beast::get_lowest_layer(*impl_->stream).socket().close(ignored);
}

Reply HttpsClient::request(const std::string& method, const std::string& target,
                           const std::string& body, const std::string& content_type,
                           const std::map<std::string, std::string>& headers) {
    http::request<http::string_body> req{http::string_to_verb(method), target, 11};
    req.set(http::field::host, "127.0.0.1");
    if (!body.empty() || method == "POST") req.set(http::field::content_type, content_type);
    for (const auto& [k, v] : headers) req.set(k, v);
    req.body() = body;
    req.prepare_payload();
    auto& tcp_stream = beast::get_lowest_layer(*impl_->stream);
    tcp_stream.expires_after(std::chrono::seconds(20));
    http::write(*impl_->stream, req);
    http::response<http::string_body> res;
    http::read(*impl_->stream, impl_->buffer, res);
    Reply reply;
    reply.status = static_cast<int>(res.result_int());
    for (const auto& field : res)
        reply.headers[std::string(field.name_string())] = std::string(field.value());
    reply.body = res.body();
    return reply;
}

void HttpsClient::send_raw(const std::string& bytes) {
    net::write(*impl_->stream, net::buffer(bytes));
}

bool HttpsClient::closed_within(double seconds) {
    auto& tcp_stream = beast::get_lowest_layer(*impl_->stream);
    tcp_stream.expires_after(std::chrono::milliseconds(static_cast<long>(seconds * 1000)));
    char byte = 0;
    beast::error_code ec;
    impl_->stream->read_some(net::buffer(&byte, 1), ec);
    return ec && ec != beast::error::timeout;
}

bool HttpsClient::still_open() {
    try {
        return get("/v1/health").status != 0;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace td::test
