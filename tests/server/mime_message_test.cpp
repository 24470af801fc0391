// The outbox mail as the relay receives it: headers in ASCII, the Japanese subject as encoded
// words split between characters, the body in base64 lines, CRLF throughout.
#include "td/mail/mime_message.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <sstream>

#include "td/core/time.h"

namespace td::test {
namespace {

std::string decoded(const std::string& b64) {
    std::string out(b64.size(), '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(b64.data()),
                                  static_cast<int>(b64.size()));
    if (n < 0) return "(not base64)";
    out.resize(static_cast<std::size_t>(n));
    std::size_t pad = 0;
    for (auto it = b64.rbegin(); it != b64.rend() && *it == '='; ++it) ++pad;
    out.resize(out.size() - pad);
    return out;
}

// The text of a header value of encoded words, decoded and joined.
std::string decoded_words(const std::string& value) {
    std::string out;
    for (std::size_t at = value.find("=?UTF-8?B?"); at != std::string::npos;
         at = value.find("=?UTF-8?B?", at + 1)) {
        const auto start = at + 10;
        out += decoded(value.substr(start, value.find("?=", start) - start));
    }
    return out;
}

core::OutgoingMail sample() {
    core::OutgoingMail m;
    m.id = 7;
    m.to = "hana@docomo.ne.jp";
    m.subject = "【成協信用組合】ワンタイムパスワードアプリのダウンロードのご案内";
    m.body = "成協信用組合をご利用いただき、ありがとうございます。\nhttps://otp-auth.net/app/\n";
    m.queued_at = core::from_japan({2026, 11, 26, 10, 0, 0});
    return m;
}

TEST(MimeMessage, TheJapaneseSubjectBecomesEncodedWordsOfAtMost75Characters) {
    const std::string subject = sample().subject;
    const std::string value = mail::encoded_header_value(subject);
    std::istringstream lines(value);
    std::string line;
    int words = 0;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.front() == ' ') line.erase(0, 1);
        EXPECT_LE(line.size(), 75u) << line;
        ++words;
    }
    EXPECT_GT(words, 1);
    // Each word holds whole characters, so joined they are the subject again.
    EXPECT_EQ(decoded_words(value), subject);
    EXPECT_EQ(mail::encoded_header_value("OTP app"), "OTP app");
}

TEST(MimeMessage, HeadersAndABase64BodyWithCrlfLineEnds) {
    const std::string text = mail::mime_message(sample(), "otp@seikyo.example",
                                                core::from_japan({2026, 11, 26, 10, 1, 2}));
    EXPECT_NE(text.find("Date: Thu, 26 Nov 2026 10:01:02 +0900\r\n"), std::string::npos) << text;
    EXPECT_NE(text.find("From: otp@seikyo.example\r\n"), std::string::npos);
    EXPECT_NE(text.find("To: hana@docomo.ne.jp\r\n"), std::string::npos);
    EXPECT_NE(text.find("Message-ID: <tokendesk-mail-7-"), std::string::npos);
    EXPECT_NE(text.find("@seikyo.example>\r\n"), std::string::npos);
    EXPECT_NE(text.find("Content-Transfer-Encoding: base64\r\n\r\n"), std::string::npos);
    const std::string body = text.substr(text.find("\r\n\r\n") + 4);
    std::string joined;
    std::istringstream lines(body);
    std::string line;
    while (std::getline(lines, line)) {
        ASSERT_FALSE(line.empty());
        ASSERT_EQ(line.back(), '\r');
        line.pop_back();
        EXPECT_LE(line.size(), 76u);
        joined += line;
    }
    EXPECT_EQ(
        decoded(joined),
        "成協信用組合をご利用いただき、ありがとうございます。\r\nhttps://otp-auth.net/app/\r\n");
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') {
            ASSERT_EQ(text[i - 1], '\r') << "a bare LF at " << i;
        }
}

}  // namespace
}  // namespace td::test
