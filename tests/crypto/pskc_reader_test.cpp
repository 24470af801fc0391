// read_pskc against the RFC 6030 figures: the documented secrets come out, and keys that are
// missing or wrong are told apart (pskc_reader.h has the rule).
#include "td/crypto/pskc_reader.h"

#include <gtest/gtest.h>

#include "pskc_test_support.h"
#include "td/crypto/otp.h"

namespace td::crypto {
namespace {

using Reason = PskcError::Reason;
using namespace test;

TEST(PskcReader, Figure2PlainSecretWithKeyIdAsSerial) {
    const auto keys = read_pskc(sample("rfc6030-figure2.pskcxml"), no_key());
    ASSERT_EQ(keys.size(), 1u);
    const PskcKey& key = keys[0];
    EXPECT_EQ(key.serial, "12345678");  // no DeviceInfo: Key/@Id
    EXPECT_EQ(key.manufacturer, "");
    EXPECT_EQ(key.kind, PskcKey::Kind::hotp);
    EXPECT_EQ(key.algorithm, core::HashAlgorithm::sha1);
    EXPECT_EQ(key.digits, 6);  // no ResponseFormat
    EXPECT_EQ(key.counter, 0u);
    EXPECT_EQ(hex_of(key.secret), "31323334");  // "MTIzNA==" is "1234"
}

TEST(PskcReader, Figure6PreSharedKey) {
    const auto keys = read_pskc(sample("rfc6030-figure6.pskcxml"), pre_shared(kFigure6Key));
    ASSERT_EQ(keys.size(), 1u);
    const PskcKey& key = keys[0];
    EXPECT_EQ(key.serial, "987654321");
    EXPECT_EQ(key.manufacturer, "Manufacturer");
    EXPECT_EQ(key.kind, PskcKey::Kind::hotp);
    EXPECT_EQ(key.digits, 8);
    EXPECT_EQ(key.counter, 0u);
    EXPECT_EQ(hex_of(key.secret), kRfcSecret);
    // RFC 4226 appendix D's first value, in 8 digits: the key works as a token would.
    EXPECT_EQ(OpenSslOtp().hotp(key.secret.view(), 0, 8, key.algorithm), "84755224");
}

TEST(PskcReader, Figure7Passphrase) {
    const auto keys = read_pskc(sample("rfc6030-figure7.pskcxml"), passphrase(kFigure7Passphrase));
    ASSERT_EQ(keys.size(), 1u);
    const PskcKey& key = keys[0];
    EXPECT_EQ(key.serial, "987654321");
    EXPECT_EQ(key.manufacturer, "TokenVendorAcme");
    EXPECT_EQ(key.kind, PskcKey::Kind::hotp);
    EXPECT_EQ(key.digits, 8);
    EXPECT_EQ(key.counter, 0u);  // no Counter in the figure
    EXPECT_EQ(hex_of(key.secret), kRfcSecret);
}

TEST(PskcReader, Figure10BulkFileRepeatsASerial) {
    // The figure gives device 9999999 two keys (for March and April); TokenDesk keeps one key
    // per serial, so the file is refused and the message names both KeyPackages.
    const auto error = error_of(sample("rfc6030-figure10.pskcxml"), no_key());
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("duplicate_serial"));
    EXPECT_EQ(error->key_package(), 4u);
    EXPECT_EQ(error->serial(), "9999999");
    EXPECT_NE(std::string(error->what()).find("KeyPackage 3"), std::string::npos) << error->what();
}

TEST(PskcReader, Figure10WithoutTheRepeatedSerial) {
    const std::string figure = sample("rfc6030-figure10.pskcxml");
    auto packages = key_packages(figure);
    ASSERT_EQ(packages.size(), 4u);
    packages.pop_back();
    const auto keys = read_pskc(with_key_packages(figure, packages), no_key());
    ASSERT_EQ(keys.size(), 3u);
    const char* serials[] = {"654321", "123456", "9999999"};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        EXPECT_EQ(keys[i].serial, serials[i]);
        EXPECT_EQ(keys[i].manufacturer, "TokenVendorAcme");
        EXPECT_EQ(keys[i].kind, PskcKey::Kind::hotp);
        EXPECT_EQ(keys[i].digits, 8);
        EXPECT_EQ(keys[i].counter, 0u);
        EXPECT_EQ(hex_of(keys[i].secret), kRfcSecret);
    }
}

TEST(PskcReader, EncryptedFilesNeedTheirKind) {
    const std::string figure6 = sample("rfc6030-figure6.pskcxml");
    const std::string figure7 = sample("rfc6030-figure7.pskcxml");
    EXPECT_EQ(reason_of(figure6, no_key()), "key_needed");
    EXPECT_EQ(reason_of(figure6, passphrase(kFigure7Passphrase)), "key_needed");
    EXPECT_EQ(reason_of(figure6, pre_shared("")), "key_needed");
    EXPECT_EQ(reason_of(figure7, no_key()), "key_needed");
    EXPECT_EQ(reason_of(figure7, pre_shared(kFigure6Key)), "key_needed");
    EXPECT_EQ(reason_of(figure7, passphrase("")), "key_needed");
    // Plain secrets need no key, and a key given is not in the way.
    EXPECT_EQ(reason_of(sample("rfc6030-figure2.pskcxml"), pre_shared(kFigure6Key)), "accepted");
}

TEST(PskcReader, WrongPreSharedKeyThatBreaksThePadding) {
    const auto error =
        error_of(sample("rfc6030-figure6.pskcxml"), pre_shared("000102030405060708090a0b0c0d0e0f"));
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("wrong_key"));
    EXPECT_EQ(error->key_package(), 0u);
    EXPECT_NE(std::string(error->what()).find("MAC key does not decrypt"), std::string::npos)
        << error->what();
}

TEST(PskcReader, WrongPreSharedKeyThatPassesThePadding) {
    // Found by search: under this key the MAC key's padding happens to be valid, so the
    // reader gets a MAC key, and only the ValueMAC shows the key is wrong.
    const auto error =
        error_of(sample("rfc6030-figure6.pskcxml"), pre_shared("12345678901234567890123456780017"));
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("wrong_key"));
    EXPECT_NE(std::string(error->what()).find("no ValueMAC verifies"), std::string::npos)
        << error->what();
}

TEST(PskcReader, AnyWrongPreSharedKeyIsAWrongKey) {
    const std::string figure6 = sample("rfc6030-figure6.pskcxml");
    for (int i = 0; i < 64; ++i) {
        auto key = bytes_from_hex(kFigure6Key);
        key[static_cast<std::size_t>(i % 16)] ^= static_cast<std::uint8_t>(1 + i / 16);
        EXPECT_EQ(reason_of(figure6, PskcDecryption{.pre_shared_key = key, .passphrase = {}}),
                  "wrong_key")
            << "variant " << i;
    }
}

TEST(PskcReader, PreSharedKeyOfTheWrongSize) {
    EXPECT_EQ(
        reason_of(sample("rfc6030-figure6.pskcxml"), pre_shared("1234567890123456789012345678")),
        "wrong_key");
}

TEST(PskcReader, WrongPassphrase) {
    const std::string figure7 = sample("rfc6030-figure7.pskcxml");
    EXPECT_EQ(reason_of(figure7, passphrase("qwertz")), "wrong_key");
    EXPECT_EQ(reason_of(figure7, passphrase("QWERTY")), "wrong_key");
    // Under this one the MAC key's padding is valid (found by search); the ValueMAC fails.
    const auto error = error_of(figure7, passphrase("qwerty176"));
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("wrong_key"));
    EXPECT_NE(std::string(error->what()).find("no ValueMAC verifies"), std::string::npos)
        << error->what();
}

TEST(PskcReader, PrefixesAreTheFilesOwn) {
    // Figure 7 with its PSKC prefix renamed, and with none (a default namespace).
    const std::string figure7 = sample("rfc6030-figure7.pskcxml");
    std::string renamed = replaced_all(figure7, "<pskc:", "<p:");
    renamed = replaced_all(renamed, "</pskc:", "</p:");
    renamed = replaced(renamed, "xmlns:pskc=", "xmlns:p=");
    EXPECT_EQ(reason_of(renamed, passphrase(kFigure7Passphrase)), "accepted");
    EXPECT_EQ(reason_of(unprefixed(figure7), passphrase(kFigure7Passphrase)), "accepted");

    const std::string bom = "\xEF\xBB\xBF";
    EXPECT_EQ(reason_of(bom + sample("rfc6030-figure2.pskcxml"), no_key()), "accepted");
}

TEST(PskcReader, MessagesNameTheKeyPackageAndSerial) {
    std::string figure = sample("rfc6030-figure10.pskcxml");
    figure = replaced(
        figure, "<Key Id=\"2\"\n        Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:hotp\">",
        "<Key Id=\"2\"\n        Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:ocra\">");
    const auto error = error_of(figure, no_key());
    ASSERT_TRUE(error);
    EXPECT_EQ(to_string(error->reason()), std::string("unsupported_algorithm"));
    EXPECT_EQ(error->key_package(), 2u);
    EXPECT_EQ(error->serial(), "123456");
    EXPECT_EQ(std::string(error->what()).rfind("PSKC: KeyPackage 2 (serial 123456): ", 0), 0u)
        << error->what();
}

}  // namespace
}  // namespace td::crypto
