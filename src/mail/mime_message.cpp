#include "td/mail/mime_message.h"

#include <openssl/evp.h>

#include <cstdio>
#include <vector>

#include "td/core/time.h"

namespace td::mail {
namespace {

std::string base64(const std::string& bytes) {
    if (bytes.empty()) return {};
    std::vector<unsigned char> out(4 * ((bytes.size() + 2) / 3) + 1);
    const int n = EVP_EncodeBlock(out.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                                  static_cast<int>(bytes.size()));
    return std::string(reinterpret_cast<const char*>(out.data()), static_cast<std::size_t>(n));
}

bool plain_ascii(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x20 || c > 0x7e || c == '=' || c == '?') return false;
    return true;
}

// The length of the UTF-8 character starting with `lead`.
std::size_t char_length(unsigned char lead) {
    if (lead >= 0xf0) return 4;
    if (lead >= 0xe0) return 3;
    if (lead >= 0xc0) return 2;
    return 1;
}

// "Sat, 05 Dec 2026 18:39:50 +0900": the Date header, in Japan time as the customer reads it.
std::string rfc5322_date(core::TimePoint t) {
    static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto j = core::to_japan(t);
    const std::chrono::year_month_day ymd{std::chrono::year(j.year) /
                                          std::chrono::month(unsigned(j.month)) /
                                          std::chrono::day(unsigned(j.day))};
    const std::chrono::weekday wd{std::chrono::sys_days(ymd)};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0900", kDays[wd.c_encoding()],
                  j.day, kMonths[j.month - 1], j.year, j.hour, j.minute, j.second);
    return buf;
}

}  // namespace

std::string sender_domain(const std::string& address) {
    const auto at = address.rfind('@');
    return at == std::string::npos ? "localhost" : address.substr(at + 1);
}

std::string encoded_header_value(const std::string& utf8) {
    if (plain_ascii(utf8)) return utf8;
    // 45 bytes of text make 60 of base64: with "=?UTF-8?B?" and "?=", 72 characters a word.
    constexpr std::size_t kChunk = 45;
    std::string out;
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t end = i;
        while (end < utf8.size()) {
            const std::size_t n = char_length(static_cast<unsigned char>(utf8[end]));
            if (end + n - i > kChunk) break;
            end += n;
        }
        if (end == i) end = std::min(utf8.size(), i + kChunk);
        if (!out.empty()) out += "\r\n ";
        out += "=?UTF-8?B?" + base64(utf8.substr(i, end - i)) + "?=";
        i = end;
    }
    return out;
}

std::string mime_message(const core::OutgoingMail& mail, const std::string& from,
                         core::TimePoint date) {
    std::string body;
    for (char c : mail.body) {
        if (c == '\n') body += '\r';
        body += c;
    }
    const std::string encoded = base64(body);
    std::string out;
    out += "Date: " + rfc5322_date(date) + "\r\n";
    out += "From: " + from + "\r\n";
    out += "To: " + mail.to + "\r\n";
    out += "Subject: " + encoded_header_value(mail.subject) + "\r\n";
    out += "Message-ID: <tokendesk-mail-" + std::to_string(mail.id) + "-" +
           std::to_string(mail.queued_at.time_since_epoch().count()) + "@" + sender_domain(from) +
           ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n";
    for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
    return out;
}

}  // namespace td::mail
