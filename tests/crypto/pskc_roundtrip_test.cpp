// Files made outside TokenDesk: the openssl command encrypts, MACs and derives, oathtool says
// which codes a token shows; read_pskc's keys must give the same codes.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "pskc_test_support.h"
#include "td/crypto/otp.h"
#include "td/crypto/pskc_reader.h"

namespace td::crypto {
namespace {

using namespace test;

// 2026-11-26 09:00:00 UTC, the moment oathtool is asked about; never the wall clock.
constexpr std::uint64_t kNow = 1795683600;
constexpr const char* kNowText = "2026-11-26 09:00:00 UTC";
constexpr int kCodes = 5;  // the current step and the four after it

// Standard output of a shell command; the test fails unless it exits 0.
std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) {
        ADD_FAILURE() << "cannot run " << command;
        return out;
    }
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    EXPECT_EQ(pclose(pipe), 0) << command;
    return out;
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

void write_bytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
}

// An encrypted value as PSKC stores it, made by the openssl command: base64(IV || AES-CBC).
struct Sealed {
    std::string cipher_value;
    std::string value_mac;  // base64 HMAC over IV || ciphertext; empty when not asked for
};

Sealed seal(const ScratchDir& dir, const std::string& name, const std::string& plain_hex,
            const std::string& cipher, const std::string& key_hex, const std::string& iv_hex,
            const std::string& mac_digest = "", const std::string& mac_key_hex = "") {
    const auto plain = dir.path() / (name + ".plain");
    const auto blob = dir.path() / (name + ".blob");
    write_bytes(plain, bytes_from_hex(plain_hex));
    write_bytes(blob, bytes_from_hex(iv_hex));
    run("openssl enc -" + cipher + " -K " + key_hex + " -iv " + iv_hex + " -in " + plain.string() +
        " >> " + blob.string());
    Sealed sealed{.cipher_value = trimmed(run("openssl base64 -A -in " + blob.string())),
                  .value_mac = {}};
    if (!mac_digest.empty())
        sealed.value_mac =
            trimmed(run("openssl dgst -" + mac_digest + " -mac HMAC -macopt hexkey:" + mac_key_hex +
                        " -binary " + blob.string() + " | openssl base64 -A"));
    return sealed;
}

struct TotpKey {
    std::string serial;
    std::string secret_hex;
    std::string suite;  // "HMAC-SHA1" …
    int digits;
    int period;
};

std::string key_package(const TotpKey& key, const Sealed& secret, const std::string& cipher_uri) {
    std::ostringstream out;
    out << "<pskc:KeyPackage><pskc:DeviceInfo><pskc:Manufacturer>RoundTrip</pskc:Manufacturer>"
        << "<pskc:SerialNo>" << key.serial << "</pskc:SerialNo></pskc:DeviceInfo>"
        << "<pskc:Key Id=\"" << key.serial
        << "\" Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:totp\">"
        << "<pskc:AlgorithmParameters><pskc:Suite>" << key.suite << "</pskc:Suite>"
        << "<pskc:ResponseFormat Length=\"" << key.digits << "\" Encoding=\"DECIMAL\"/>"
        << "</pskc:AlgorithmParameters><pskc:Data><pskc:Secret><pskc:EncryptedValue>"
        << "<xenc:EncryptionMethod Algorithm=\"" << cipher_uri << "\"/>"
        << "<xenc:CipherData><xenc:CipherValue>" << secret.cipher_value
        << "</xenc:CipherValue></xenc:CipherData></pskc:EncryptedValue>"
        << "<pskc:ValueMAC>" << secret.value_mac << "</pskc:ValueMAC></pskc:Secret>"
        << "<pskc:TimeInterval><pskc:PlainValue>" << key.period
        << "</pskc:PlainValue></pskc:TimeInterval></pskc:Data></pskc:Key></pskc:KeyPackage>\n";
    return out.str();
}

std::string container(const std::string& encryption_key, const std::string& mac_uri,
                      const Sealed& mac_key, const std::string& cipher_uri,
                      const std::string& packages) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<pskc:KeyContainer Version=\"1.0\" xmlns:pskc=\"urn:ietf:params:xml:ns:keyprov:pskc\""
           " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
           " xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\""
           " xmlns:xenc11=\"http://www.w3.org/2009/xmlenc11#\""
           " xmlns:pkcs5=\"http://www.rsasecurity.com/rsalabs/pkcs/schemas/pkcs-5v2-0#\">\n"
           "<pskc:EncryptionKey>" +
           encryption_key + "</pskc:EncryptionKey>\n<pskc:MACMethod Algorithm=\"" + mac_uri +
           "\"><pskc:MACKey><xenc:EncryptionMethod Algorithm=\"" + cipher_uri +
           "\"/><xenc:CipherData><xenc:CipherValue>" + mac_key.cipher_value +
           "</xenc:CipherValue></xenc:CipherData></pskc:MACKey></pskc:MACMethod>\n" + packages +
           "</pskc:KeyContainer>\n";
}

// The codes oathtool shows at kNow and the steps after, against the imported key's.
void expect_same_codes(const PskcKey& key, const TotpKey& made) {
    const std::string hash = made.suite.substr(5);  // "SHA256"
    std::string variant;
    for (char c : hash) variant += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::istringstream expected(
        run("oathtool --totp=" + variant + " -d " + std::to_string(made.digits) + " -s " +
            std::to_string(made.period) + " -w " + std::to_string(kCodes - 1) + " --now \"" +
            kNowText + "\" " + made.secret_hex));
    OpenSslOtp otp;
    const std::uint64_t step = kNow / static_cast<std::uint64_t>(key.period_seconds);
    int compared = 0;
    for (std::string line; std::getline(expected, line); ++compared)
        EXPECT_EQ(otp.hotp(key.secret.view(), step + static_cast<std::uint64_t>(compared),
                           key.digits, key.algorithm),
                  line)
            << made.serial << " step +" << compared;
    EXPECT_EQ(compared, kCodes) << made.serial;
}

const TotpKey kKeys[] = {
    {"RT-SHA1", "8d1e6c2a7f0b3e4d5c6a798b0a1c2d3e4f506172", "HMAC-SHA1", 6, 30},
    {"RT-SHA256", "0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0", "HMAC-SHA256",
     8, 60},
};

TEST(PskcRoundTrip, PreSharedKeyFileMadeWithOpenssl) {
    ScratchDir dir;
    const std::string psk = "00112233445566778899aabbccddeeff";
    const std::string mac_key = "a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4";
    const std::string aes = "http://www.w3.org/2001/04/xmlenc#aes128-cbc";
    const Sealed sealed_mac =
        seal(dir, "mac", mac_key, "aes-128-cbc", psk, "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    std::string packages;
    const char* ivs[] = {"000102030405060708090a0b0c0d0e0f", "101112131415161718191a1b1c1d1e1f"};
    for (std::size_t i = 0; i < std::size(kKeys); ++i)
        packages += key_package(kKeys[i],
                                seal(dir, kKeys[i].serial, kKeys[i].secret_hex, "aes-128-cbc", psk,
                                     ivs[i], "sha1", mac_key),
                                aes);
    const auto file = dir.path() / "tokens.pskcxml";
    std::ofstream(file) << container("<ds:KeyName>Pre-shared-key</ds:KeyName>",
                                     "http://www.w3.org/2000/09/xmldsig#hmac-sha1", sealed_mac, aes,
                                     packages);

    const auto keys = read_pskc(read_file(file), pre_shared(psk));
    ASSERT_EQ(keys.size(), std::size(kKeys));
    for (std::size_t i = 0; i < keys.size(); ++i) {
        EXPECT_EQ(keys[i].serial, kKeys[i].serial);
        EXPECT_EQ(keys[i].kind, PskcKey::Kind::totp);
        EXPECT_EQ(keys[i].digits, kKeys[i].digits);
        EXPECT_EQ(keys[i].period_seconds, kKeys[i].period);
        EXPECT_EQ(hex_of(keys[i].secret), kKeys[i].secret_hex);
        expect_same_codes(keys[i], kKeys[i]);
    }
    EXPECT_EQ(reason_of(read_file(file), pre_shared("00112233445566778899aabbccddeefe")),
              "wrong_key");
}

TEST(PskcRoundTrip, PassphraseFileMadeWithOpenssl) {
    // PBKDF2 with HMAC-SHA256 into an AES-256 key, and HMAC-SHA256 ValueMACs.
    ScratchDir dir;
    const std::string salt_hex = "5eed5eed00112233";
    const int iterations = 2000;
    std::string derived =
        trimmed(run("openssl kdf -keylen 32 -kdfopt pass:'correct horse'"
                    " -kdfopt hexsalt:" +
                    salt_hex + " -kdfopt iter:" + std::to_string(iterations) +
                    " -kdfopt digest:SHA256 PBKDF2"));
    std::erase(derived, ':');
    ASSERT_EQ(derived.size(), 64u) << derived;
    const std::string mac_key = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
    const std::string aes = "http://www.w3.org/2001/04/xmlenc#aes256-cbc";
    const Sealed sealed_mac =
        seal(dir, "mac", mac_key, "aes-256-cbc", derived, "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    const std::string package =
        key_package(kKeys[1],
                    seal(dir, "secret", kKeys[1].secret_hex, "aes-256-cbc", derived,
                         "0a0b0c0d0e0f00010203040506070809", "sha256", mac_key),
                    aes);
    write_bytes(dir.path() / "salt.bin", bytes_from_hex(salt_hex));
    const std::string salt =
        trimmed(run("openssl base64 -A -in " + (dir.path() / "salt.bin").string()));
    const std::string encryption_key =
        "<xenc11:DerivedKey><xenc11:KeyDerivationMethod Algorithm=\"http://www.rsasecurity.com/"
        "rsalabs/pkcs/schemas/pkcs-5v2-0#pbkdf2\"><pkcs5:PBKDF2-params><Salt><Specified>" +
        salt + "</Specified></Salt><IterationCount>" + std::to_string(iterations) +
        "</IterationCount><KeyLength>32</KeyLength><PRF Algorithm=\"http://www.w3.org/2001/04/"
        "xmldsig-more#hmac-sha256\"/></pkcs5:PBKDF2-params></xenc11:KeyDerivationMethod>"
        "</xenc11:DerivedKey>";
    const std::string text =
        container(encryption_key, "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256", sealed_mac,
                  aes, package);

    const auto keys = read_pskc(text, passphrase("correct horse"));
    ASSERT_EQ(keys.size(), 1u);
    EXPECT_EQ(keys[0].algorithm, core::HashAlgorithm::sha256);
    EXPECT_EQ(hex_of(keys[0].secret), kKeys[1].secret_hex);
    expect_same_codes(keys[0], kKeys[1]);
    EXPECT_EQ(reason_of(text, passphrase("correct horse ")), "wrong_key");
}

}  // namespace
}  // namespace td::crypto
