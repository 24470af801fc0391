// Altered encrypted values: mac_mismatch when another value proves the key right, wrong_key
// when nothing in the file can (the rule in pskc_reader.h).
#include <gtest/gtest.h>

#include "pskc_test_support.h"
#include "td/crypto/pskc_reader.h"

namespace td::crypto {
namespace {

using namespace test;

// Figure 6's ValueMAC and CipherValue, each with one character changed where every bit
// counts (the last base64 character before '=' carries unused bits).
constexpr std::string_view kValueMac = "Su+NvtQfmvfJzF6bmQiJqoLRExc=";
constexpr std::string_view kAlteredValueMac = "Tu+NvtQfmvfJzF6bmQiJqoLRExc=";
constexpr std::string_view kCiphertextPart = "B3Wra1DU";
constexpr std::string_view kAlteredCiphertextPart = "B3Wra1DV";

// Figure 6 with its KeyPackage twice, the second for serial 987654322.
std::vector<std::string> two_packages(const std::string& figure) {
    auto packages = key_packages(figure);
    EXPECT_EQ(packages.size(), 1u);
    packages.push_back(replaced(packages.at(0), "987654321", "987654322"));
    return packages;
}

TEST(PskcMacRule, TwoKeysBothIntact) {
    const std::string figure = sample("rfc6030-figure6.pskcxml");
    const auto keys =
        read_pskc(with_key_packages(figure, two_packages(figure)), pre_shared(kFigure6Key));
    ASSERT_EQ(keys.size(), 2u);
    EXPECT_EQ(keys[1].serial, "987654322");
    EXPECT_EQ(hex_of(keys[1].secret), kRfcSecret);
}

TEST(PskcMacRule, AlteredValueMacBesideAnIntactOne) {
    const std::string figure = sample("rfc6030-figure6.pskcxml");
    auto packages = two_packages(figure);
    packages[1] = replaced(packages[1], kValueMac, kAlteredValueMac);
    const auto error = error_of(with_key_packages(figure, packages), pre_shared(kFigure6Key));
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("mac_mismatch"));
    EXPECT_EQ(error->key_package(), 2u);
    EXPECT_EQ(error->serial(), "987654322");
}

TEST(PskcMacRule, AlteredCiphertextBesideAnIntactOne) {
    const std::string figure = sample("rfc6030-figure6.pskcxml");
    auto packages = two_packages(figure);
    packages[0] = replaced(packages[0], kCiphertextPart, kAlteredCiphertextPart);
    const auto error = error_of(with_key_packages(figure, packages), pre_shared(kFigure6Key));
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("mac_mismatch"));
    EXPECT_EQ(error->key_package(), 1u);
    EXPECT_EQ(error->serial(), "987654321");
}

TEST(PskcMacRule, AlteredValueMacOfTheOnlyKeyReadsAsWrongKey) {
    const std::string altered =
        replaced(sample("rfc6030-figure6.pskcxml"), kValueMac, kAlteredValueMac);
    EXPECT_EQ(reason_of(altered, pre_shared(kFigure6Key)), "wrong_key");
}

TEST(PskcMacRule, AlteredCiphertextOfTheOnlyKeyReadsAsWrongKey) {
    const std::string altered =
        replaced(sample("rfc6030-figure6.pskcxml"), kCiphertextPart, kAlteredCiphertextPart);
    EXPECT_EQ(reason_of(altered, pre_shared(kFigure6Key)), "wrong_key");
}

TEST(PskcMacRule, AlteredPassphraseFileBesideAnIntactValue) {
    // Figure 7's PSKC prefix gone, so that its KeyPackage can be doubled like figure 6's.
    const std::string figure = unprefixed(sample("rfc6030-figure7.pskcxml"));
    auto packages = key_packages(figure);
    ASSERT_EQ(packages.size(), 1u);
    packages.push_back(replaced(packages[0], "987654321", "987654322"));
    packages[1] = replaced(packages[1], "LP6xMvjt", "LP6xMvju");
    const auto error =
        error_of(with_key_packages(figure, packages), passphrase(kFigure7Passphrase));
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("mac_mismatch"));
    EXPECT_EQ(error->key_package(), 2u);
}

TEST(PskcMacRule, MissingValueMacOrMacMethodIsMalformed) {
    const std::string figure = sample("rfc6030-figure6.pskcxml");
    const std::string no_value_mac = replaced(
        figure, "<ValueMAC>Su+NvtQfmvfJzF6bmQiJqoLRExc=\n                    </ValueMAC>", "");
    EXPECT_EQ(reason_of(no_value_mac, pre_shared(kFigure6Key)), "malformed");

    const auto start = figure.find("<MACMethod");
    const auto end = figure.find("</MACMethod>") + std::string_view("</MACMethod>").size();
    ASSERT_NE(start, std::string::npos);
    const std::string no_mac_method = figure.substr(0, start) + figure.substr(end);
    EXPECT_EQ(reason_of(no_mac_method, pre_shared(kFigure6Key)), "malformed");
}

TEST(PskcMacRule, UnsupportedProtections) {
    const std::string figure = sample("rfc6030-figure6.pskcxml");
    EXPECT_EQ(reason_of(replaced(figure, "xmldsig#hmac-sha1", "xmldsig#hmac-md5"),
                        pre_shared(kFigure6Key)),
              "unsupported_algorithm");
    EXPECT_EQ(reason_of(replaced(figure, "<ds:KeyName>Pre-shared-key</ds:KeyName>",
                                 "<ds:X509Data><ds:X509Certificate>AA==</ds:X509Certificate>"
                                 "</ds:X509Data>"),
                        pre_shared(kFigure6Key)),
              "unsupported_algorithm");
    // The secret's own EncryptionMethod (the second one in the file) as AES key wrap.
    std::string wrapped = figure;
    const auto second = wrapped.find("xmlenc#aes128-cbc", wrapped.find("<Secret>"));
    ASSERT_NE(second, std::string::npos);
    wrapped.replace(second, 17, "xmlenc#kw-aes128");
    EXPECT_EQ(reason_of(wrapped, pre_shared(kFigure6Key)), "unsupported_algorithm");
}

}  // namespace
}  // namespace td::crypto
