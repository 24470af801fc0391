// KeyFile: creation with owner-only permissions, stable subkeys, refusal of bad files.
#include "td/crypto/key_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include "td/core/outcome.h"
#include "td/platform/places.h"
#include "td/platform/private_files.h"
#include "test_files.h"
#include "test_support.h"

namespace td::crypto {
namespace {

namespace fs = std::filesystem;

bool same(const core::SecretBytes& a, const core::SecretBytes& b) {
    return std::ranges::equal(a.view(), b.view());
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A key file as its owner would leave it: readable by nobody else.
void write_text(const fs::path& path, const std::string& text) {
    platform::write_new_private_file(
        path, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

// The Fault's message, or "" if open_or_create did not throw one.
std::string refusal_of(const fs::path& path) {
    try {
        KeyFile::open_or_create(path);
    } catch (const core::Fault& fault) {
        return fault.what();
    }
    return "";
}

const std::string kValidHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

TEST(KeyFile, CreatesTheFileAndItsDirectoriesReadableByTheOwnerOnly) {
    test::ScratchDir dir;
    const auto path = dir.path() / "a" / "b" / "tokendesk.key";
    KeyFile::open_or_create(path);
    EXPECT_TRUE(td::test::only_owner_may_use(path));
    EXPECT_TRUE(td::test::only_owner_may_use(path.parent_path()));
}

TEST(KeyFile, CreatedFileHoldsTheHeaderAndSixtyFourLowerCaseHexDigits) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    KeyFile::open_or_create(path);
    const std::string text = read_text(path);
    ASSERT_EQ(text.size(), 17u + 64u + 1u);
    EXPECT_EQ(text.substr(0, 17), "tokendesk-key-v1\n");
    EXPECT_TRUE(std::ranges::all_of(text.substr(17, 64), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }));
    EXPECT_EQ(text.back(), '\n');
}

TEST(KeyFile, ReopeningGivesTheSameKeys) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    const auto first = KeyFile::open_or_create(path);
    const auto second = KeyFile::open_or_create(path);
    EXPECT_EQ(second.path(), path);
    EXPECT_TRUE(same(first.seed_sealing_key(), second.seed_sealing_key()));
    EXPECT_TRUE(same(first.audit_chain_key(), second.audit_chain_key()));
}

TEST(KeyFile, NewFilesHoldDifferentKeys) {
    test::ScratchDir dir;
    const auto a = KeyFile::open_or_create(dir.path() / "a.key");
    const auto b = KeyFile::open_or_create(dir.path() / "b.key");
    EXPECT_FALSE(same(a.seed_sealing_key(), b.seed_sealing_key()));
}

TEST(KeyFile, SubkeysAreHkdfSha256OfTheMasterKey) {
    // Expected values computed independently with `openssl kdf ... HKDF` and Python's hmac.
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    write_text(path, "tokendesk-key-v1\n" + kValidHex + "\n");
    const auto key = KeyFile::open_or_create(path);
    EXPECT_TRUE(
        same(key.seed_sealing_key(), test::secret_from_hex("a60271c79ef5e1def882e69b880aa443"
                                                           "ebc4a3a703d07babd3088cf21069b5dd")));
    EXPECT_TRUE(
        same(key.audit_chain_key(), test::secret_from_hex("c0484d0efba8c8897ab45f1597d393b8"
                                                          "f0f323ecbd41aee292d263ca5d1b4bd1")));
    const auto in_memory = KeyFile::from_master_key(test::secret_from_hex(kValidHex));
    EXPECT_TRUE(same(in_memory.seed_sealing_key(), key.seed_sealing_key()));
    EXPECT_TRUE(same(in_memory.audit_chain_key(), key.audit_chain_key()));
}

TEST(KeyFile, TheCheckValueIsAnHkdfOfItsOwnLabelAndNamesKeyOne) {
    // Computed independently with Python's hmac (HKDF-SHA256, no salt, 16 bytes).
    const auto key = KeyFile::from_master_key(test::secret_from_hex(kValidHex));
    EXPECT_EQ(key.check().key_id, 1);
    EXPECT_EQ(key.check().check_value, "e61e0aec87d1f360ad12d8c0b3d91872");
    // Nothing of a subkey shows in it.
    EXPECT_NE(key.check().check_value.substr(0, 8), "a60271c7");
}

TEST(KeyFile, DifferentKeysHaveDifferentCheckValues) {
    test::ScratchDir dir;
    const auto a = KeyFile::open_or_create(dir.path() / "a.key");
    const auto b = KeyFile::open_or_create(dir.path() / "b.key");
    EXPECT_NE(a.check(), b.check());
    EXPECT_EQ(KeyFile::open(dir.path() / "a.key").check(), a.check());
}

TEST(KeyFile, OpenNeverCreatesAMissingFile) {
    test::ScratchDir dir;
    const auto path = dir.path() / "sub" / "tokendesk.key";
    try {
        KeyFile::open(path);
        FAIL() << "opened a key file that is not there";
    } catch (const KeyFileMissing& e) {
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(path.parent_path()));
}

TEST(KeyFile, OpenRefusesWhatOpenOrCreateRefuses) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    write_text(path, "tokendesk-key-v1\n" + kValidHex + "\n");
    td::test::let_everyone_read(path);
    EXPECT_THROW(KeyFile::open(path), core::Fault);
}

TEST(KeyFile, AcceptsAFileWithoutTheFinalNewline) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    write_text(path, "tokendesk-key-v1\n" + kValidHex);
    EXPECT_NO_THROW(KeyFile::open_or_create(path));
}

class MalformedKeyFile : public ::testing::TestWithParam<std::string> {};

TEST_P(MalformedKeyFile, IsRefusedNamingThePathAndNotTheContent) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    write_text(path, GetParam());
    const std::string message = refusal_of(path);
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find("malformed"), std::string::npos) << message;
    EXPECT_EQ(message.find("0a0b0c0d"), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(Variants, MalformedKeyFile,
                         ::testing::Values("", "tokendesk-key-v1\n",
                                           "tokendesk-key-v2\n" + kValidHex + "\n",
                                           kValidHex + "\n",
                                           "tokendesk-key-v1\n" + kValidHex.substr(2) + "\n",
                                           "tokendesk-key-v1\n" + kValidHex + "00\n",
                                           "tokendesk-key-v1\n000102030405060708090A0B0C0D0E0F"
                                           "101112131415161718191a1b1c1d1e1f\n",
                                           "tokendesk-key-v1\n" + kValidHex + "\n\n",
                                           "tokendesk-key-v1\r\n" + kValidHex + "\r\n",
                                           "tokendesk-key-v1\n" + kValidHex + "\nextra\n",
                                           "tokendesk-key-v1\n" + std::string(1000, 'a') + "\n",
                                           // The ring: numbered lines, numbers going up.
                                           "tokendesk-key-ring-v1\n",
                                           "tokendesk-key-ring-v1\n" + kValidHex + "\n",
                                           "tokendesk-key-ring-v1\n0 " + kValidHex + "\n",
                                           "tokendesk-key-ring-v1\n01 " + kValidHex + "\n",
                                           "tokendesk-key-ring-v1\n1 " + kValidHex + "\n1 " +
                                               kValidHex + "\n",
                                           "tokendesk-key-ring-v1\n2 " + kValidHex + "\n1 " +
                                               kValidHex + "\n",
                                           "tokendesk-key-ring-v1\n1 " + kValidHex + "\n\n",
                                           "tokendesk-key-ring-v1\n1  " + kValidHex + "\n"));

TEST(KeyFile, RefusesAFileOthersCanReadNamingItAndTheFix) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    write_text(path, "tokendesk-key-v1\n" + kValidHex + "\n");
    td::test::let_everyone_read(path);
    const std::string message = refusal_of(path);
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find("owner only"), std::string::npos) << message;
}

TEST(KeyFile, RefusesADirectoryInPlaceOfTheFile) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    fs::create_directory(path);
    EXPECT_NE(refusal_of(path).find(path.string()), std::string::npos);
}

TEST(KeyFile, FromMasterKeyRefusesOtherSizes) {
    EXPECT_THROW(KeyFile::from_master_key(core::SecretBytes(16)), core::Fault);
}

TEST(KeyFile, DefaultPathIsInTheUsersDataDirectory) {
    EXPECT_EQ(KeyFile::default_path(), platform::user_data_directory() / "tokendesk.key");
}

}  // namespace
}  // namespace td::crypto

namespace td::crypto {
namespace {

TEST(KeyRing, ANewKeyIsNumberedAfterTheNewestAndTheOldKeysStay) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    const auto first = KeyFile::open_or_create(path);
    const auto ring = first.with_new_key();
    ring.write(path);
    const auto reopened = KeyFile::open(path);
    ASSERT_EQ(reopened.keys().size(), 2u);
    EXPECT_EQ(reopened.newest().id, 2);
    EXPECT_EQ(reopened.checks(), ring.checks());
    // Key 1 is the same key as before: what it sealed stays readable.
    EXPECT_EQ(reopened.find(1)->check, first.check());
    EXPECT_TRUE(same(reopened.find(1)->seed_sealing_key, first.seed_sealing_key()));
    EXPECT_NE(reopened.find(2)->check.check_value, first.check().check_value);
    EXPECT_EQ(reopened.find(3), nullptr);
    EXPECT_TRUE(td::test::only_owner_may_use(path));
    EXPECT_EQ(read_text(path).rfind("tokendesk-key-ring-v1\n1 ", 0), 0u);
}

TEST(KeyRing, AFileWithKeyOneAloneKeepsTheFirstFormat) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    write_text(path, "tokendesk-key-v1\n" + kValidHex + "\n");
    const auto key = KeyFile::open(path);
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(key.text().view().data()),
                          key.text().size()),
              "tokendesk-key-v1\n" + kValidHex + "\n");
}

TEST(KeyRing, TheTextReadsBackAsTheSameRing) {
    const auto ring = KeyFile::from_master_key(test::secret_from_hex(kValidHex)).with_new_key()
                          .with_new_key();
    const auto again = KeyFile::from_text(ring.text(), "backup");
    EXPECT_EQ(again.checks(), ring.checks());
    EXPECT_EQ(again.newest().id, 3);
}

TEST(KeyRing, ANumberedLineMayStartAnywhereAboveOne) {
    test::ScratchDir dir;
    const auto path = dir.path() / "tokendesk.key";
    const std::string other(64, 'b');
    write_text(path, "tokendesk-key-ring-v1\n1 " + kValidHex + "\n7 " + other + "\n");
    const auto ring = KeyFile::open(path);
    EXPECT_EQ(ring.newest().id, 7);
    EXPECT_EQ(ring.check().key_id, 7);
    EXPECT_EQ(ring.find(1)->check,
              KeyFile::from_master_key(test::secret_from_hex(kValidHex)).check());
}

}  // namespace
}  // namespace td::crypto
