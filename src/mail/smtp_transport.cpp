#include "td/mail/smtp_transport.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

#include "td/mail/mime_message.h"
#include "td/platform/utf8_path.h"

namespace td::mail {
namespace {

void init_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload {
    const std::string& data;
    std::size_t sent = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* up = static_cast<Upload*>(user);
    const std::size_t n = std::min(size * count, up->data.size() - up->sent);
    std::memcpy(buffer, up->data.data() + up->sent, n);
    up->sent += n;
    return n;
}

std::string relay_url(const SmtpSettings& s, const std::string& ehlo_domain) {
    const bool ipv6 = s.host.find(':') != std::string::npos;
    return "smtp://" + (ipv6 ? "[" + s.host + "]" : s.host) + ":" + std::to_string(s.port) + "/" +
           ehlo_domain;
}

}  // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings, const core::Clock& clock)
    : settings_(std::move(settings)), clock_(clock) {
    init_curl_once();
}

std::optional<std::string> SmtpTransport::send(const core::OutgoingMail& mail) {
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) return "the mail library could not start a transfer";
    const std::string message = mime_message(mail, settings_.from, clock_.now());
    Upload upload{message};
    const std::string url = relay_url(settings_, sender_domain(settings_.from));
    const std::string from = "<" + settings_.from + ">";
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, ("<" + mail.to + ">").c_str()), curl_slist_free_all);
    char error[CURL_ERROR_SIZE] = {};
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp");
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    // STARTTLS whenever the relay offers it; its certificate is then verified.
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    const std::string ca = platform::utf8_of(settings_.ca_file);
    if (!ca.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, ca.c_str());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(settings_.timeout.count()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(settings_.timeout.count()));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    const CURLcode rc = curl_easy_perform(c);
    if (rc == CURLE_OK) return std::nullopt;
    long reply = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply);
    std::string why = error[0] ? error : curl_easy_strerror(rc);
    if (reply != 0) why += " (relay replied " + std::to_string(reply) + ")";
    return why;
}

}  // namespace td::mail
