// What read_pskc refuses, and the TOTP details it reads, from a small plain TOTP file.
#include <gtest/gtest.h>

#include "pskc_test_support.h"
#include "td/crypto/pskc_reader.h"

namespace td::crypto {
namespace {

using namespace test;

std::string totp() {
    return sample("tokendesk-totp.pskcxml");
}

TEST(PskcRefusal, TheTotpSampleReads) {
    const auto keys = read_pskc(totp(), no_key());
    ASSERT_EQ(keys.size(), 1u);
    EXPECT_EQ(keys[0].serial, "TD-0001");
    EXPECT_EQ(keys[0].manufacturer, "Acme");
    EXPECT_EQ(keys[0].kind, PskcKey::Kind::totp);
    EXPECT_EQ(keys[0].algorithm, core::HashAlgorithm::sha1);
    EXPECT_EQ(keys[0].digits, 6);
    EXPECT_EQ(keys[0].period_seconds, 30);
    EXPECT_EQ(keys[0].counter, 0u);
    EXPECT_EQ(hex_of(keys[0].secret), kRfcSecret);
}

TEST(PskcRefusal, TimeIntervalAndSuite) {
    std::string text =
        replaced(totp(), "<PlainValue>30</PlainValue>", "<PlainValue>60</PlainValue>");
    text = replaced(text, "<Suite>HMAC-SHA1</Suite>", "<Suite>HMAC-SHA256</Suite>");
    auto keys = read_pskc(text, no_key());
    EXPECT_EQ(keys.at(0).period_seconds, 60);
    EXPECT_EQ(keys.at(0).algorithm, core::HashAlgorithm::sha256);

    keys = read_pskc(replaced(totp(), "<Suite>HMAC-SHA1</Suite>", "<Suite>hmac-sha512</Suite>"),
                     no_key());
    EXPECT_EQ(keys.at(0).algorithm, core::HashAlgorithm::sha512);

    const std::string interval =
        "<TimeInterval>\n                    <PlainValue>30</PlainValue>\n"
        "                </TimeInterval>";
    keys = read_pskc(replaced(totp(), interval, ""), no_key());
    EXPECT_EQ(keys.at(0).period_seconds, 30);  // the default when the file gives none
    EXPECT_EQ(reason_of(replaced(totp(), "<PlainValue>30<", "<PlainValue>0<"), no_key()),
              "malformed");
}

TEST(PskcRefusal, NotXmlOrNotPskc) {
    EXPECT_EQ(reason_of("", no_key()), "malformed");
    EXPECT_EQ(reason_of("not xml at all", no_key()), "malformed");
    EXPECT_EQ(reason_of("<html><body/></html>", no_key()), "malformed");
    const std::string text = totp();
    EXPECT_EQ(reason_of(text.substr(0, text.size() / 2), no_key()), "malformed");
    EXPECT_EQ(reason_of(replaced(text, "</Data>", "</Dat>"), no_key()), "malformed");
}

TEST(PskcRefusal, NoKeys) {
    EXPECT_EQ(reason_of("<KeyContainer Version=\"1.0\" "
                        "xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\"/>",
                        no_key()),
              "no_keys");
    // A KeyPackage may describe only a device; a file of such has nothing to import.
    EXPECT_EQ(reason_of("<KeyContainer><KeyPackage><DeviceInfo><SerialNo>1</SerialNo>"
                        "</DeviceInfo></KeyPackage></KeyContainer>",
                        no_key()),
              "no_keys");
}

TEST(PskcRefusal, Algorithms) {
    EXPECT_EQ(reason_of(replaced(totp(), "pskc:totp", "pskc:ocra"), no_key()),
              "unsupported_algorithm");
    EXPECT_EQ(reason_of(replaced(totp(), "pskc:totp", "pskc#totp"), no_key()), "accepted");
    EXPECT_EQ(
        reason_of(replaced(totp(), " Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:totp\"", ""),
                  no_key()),
        "malformed");
    EXPECT_EQ(reason_of(replaced(totp(), "HMAC-SHA1", "HMAC-MD5"), no_key()),
              "unsupported_algorithm");
}

TEST(PskcRefusal, ResponseFormat) {
    for (const char* digits : {"6", "7", "8"})
        EXPECT_EQ(
            reason_of(replaced(totp(), "Length=\"6\"", std::string("Length=\"") + digits + "\""),
                      no_key()),
            "accepted")
            << digits;
    for (const char* digits : {"9", "5", "0", "10"})
        EXPECT_EQ(
            reason_of(replaced(totp(), "Length=\"6\"", std::string("Length=\"") + digits + "\""),
                      no_key()),
            "unsupported_algorithm")
            << digits;
    EXPECT_EQ(reason_of(replaced(totp(), "Length=\"6\"", "Length=\"six\""), no_key()), "malformed");
    EXPECT_EQ(reason_of(replaced(totp(), "DECIMAL", "ALPHANUMERIC"), no_key()),
              "unsupported_algorithm");
    EXPECT_EQ(reason_of(replaced(totp(), "DECIMAL", "HEXADECIMAL"), no_key()),
              "unsupported_algorithm");
}

TEST(PskcRefusal, Secrets) {
    const std::string value = "<PlainValue>MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=</PlainValue>";
    EXPECT_EQ(reason_of(replaced(totp(), value, "<PlainValue></PlainValue>"), no_key()),
              "malformed");
    EXPECT_EQ(reason_of(replaced(totp(), value, "<PlainValue>   </PlainValue>"), no_key()),
              "malformed");
    EXPECT_EQ(reason_of(replaced(totp(), value, "<PlainValue>MTIz*DU2</PlainValue>"), no_key()),
              "malformed");
    EXPECT_EQ(reason_of(replaced(totp(), value, "<PlainValue>MTIzN</PlainValue>"), no_key()),
              "malformed");
    EXPECT_EQ(reason_of(replaced(totp(), value, ""), no_key()), "malformed");
    // Base64 wrapped over lines, as the RFC's figures have it.
    EXPECT_EQ(reason_of(replaced(totp(), value,
                                 "<PlainValue>\n  MTIzNDU2Nzg5\n  MDEyMzQ1Njc4OTA=\n</PlainValue>"),
                        no_key()),
              "accepted");
    const std::string too_long(4 * 60, 'A');  // 180 bytes
    EXPECT_EQ(
        reason_of(replaced(totp(), value, "<PlainValue>" + too_long + "</PlainValue>"), no_key()),
        "malformed");
}

TEST(PskcRefusal, Integers) {
    const std::string time = "<Time>\n                    <PlainValue>0</PlainValue>";
    EXPECT_EQ(reason_of(replaced(totp(), time, "<Time><PlainValue>-5</PlainValue>"), no_key()),
              "malformed");
    EXPECT_EQ(
        reason_of(replaced(totp(), time, "<Time><PlainValue>99999999999999999999</PlainValue>"),
                  no_key()),
        "malformed");
    EXPECT_EQ(reason_of(replaced(totp(), time, "<Time><EncryptedValue/>"), no_key()),
              "unsupported_algorithm");

    const std::string hotp = sample("rfc6030-figure2.pskcxml");
    const std::string counter = "</Secret>\n            </Data>";
    auto keys = read_pskc(
        replaced(hotp, counter, "</Secret><Counter><PlainValue> 42 </PlainValue></Counter></Data>"),
        no_key());
    EXPECT_EQ(keys.at(0).counter, 42u);
    EXPECT_EQ(
        reason_of(replaced(hotp, counter, "</Secret><Counter><EncryptedValue/></Counter></Data>"),
                  no_key()),
        "unsupported_algorithm");
}

TEST(PskcRefusal, Serials) {
    const std::string serial = "<SerialNo>TD-0001</SerialNo>";
    // Without DeviceInfo/SerialNo the Key's Id stands in; without either the key is nameless.
    EXPECT_EQ(read_pskc(replaced(totp(), serial, ""), no_key()).at(0).serial, "k1");
    EXPECT_EQ(reason_of(replaced(replaced(totp(), serial, ""), " Id=\"k1\"", ""), no_key()),
              "malformed");
    EXPECT_EQ(reason_of(replaced(totp(), serial, "<SerialNo>TD&#10;0001</SerialNo>"), no_key()),
              "malformed");
    EXPECT_EQ(
        reason_of(replaced(totp(), serial, "<SerialNo>" + std::string(200, '7') + "</SerialNo>"),
                  no_key()),
        "malformed");

    const std::string text = totp();
    auto packages = key_packages(text);
    packages.push_back(packages.at(0));
    EXPECT_EQ(reason_of(with_key_packages(text, packages), no_key()), "duplicate_serial");
    packages[1] = replaced(packages[1], "TD-0001", "TD-0002");
    EXPECT_EQ(read_pskc(with_key_packages(text, packages), no_key()).size(), 2u);
}

TEST(PskcRefusal, SizeLimits) {
    std::string huge = totp();
    huge.resize(kPskcMaxBytes + 1, ' ');
    EXPECT_EQ(reason_of(huge, no_key()), "malformed");

    std::string many = "<KeyContainer>";
    for (std::size_t i = 0; i <= kPskcMaxKeys; ++i) many += "<KeyPackage/>";
    many += "</KeyContainer>";
    const auto error = error_of(many, no_key());
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("malformed"));
    EXPECT_NE(std::string(error->what()).find("more than"), std::string::npos) << error->what();
}

TEST(PskcRefusal, TwoKeysInOnePackage) {
    const std::string text = totp();
    const auto start = text.find("<Key Id");
    const auto end = text.find("</Key>") + std::string_view("</Key>").size();
    const std::string key = text.substr(start, end - start);
    EXPECT_EQ(reason_of(replaced(text, key, key + key), no_key()), "malformed");
}

}  // namespace
}  // namespace td::crypto
