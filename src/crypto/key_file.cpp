#include "td/crypto/key_file.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "hex.h"
#include "hkdf.h"
#include "td/core/outcome.h"
#include "td/crypto/random.h"
#include "td/platform/places.h"
#include "td/platform/private_files.h"

namespace td::crypto {

namespace {

constexpr std::string_view kHeader = "tokendesk-key-v1\n";
constexpr std::size_t kMasterKeySize = 32;
constexpr std::size_t kHexSize = 2 * kMasterKeySize;
// Header, hex and newline; anything longer is not a key file of ours.
constexpr std::size_t kMaxFileSize = 256;

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    throw core::Fault("key file " + path.string() + ": " + what);
}

core::SecretBytes parse(const std::filesystem::path& path, std::string_view text) {
    std::string_view rest = text;
    if (rest.substr(0, kHeader.size()) != kHeader)
        fail(path, "malformed: the first line is not 'tokendesk-key-v1'");
    rest.remove_prefix(kHeader.size());
    if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);
    auto key = rest.size() == kHexSize ? detail::from_lower_hex(rest) : std::nullopt;
    if (!key) fail(path, "malformed: the second line is not 64 lower-case hex digits");
    return std::move(*key);
}

// The key in the file, or nullopt when there is no file; the platform refuses a file others
// may read.
std::optional<core::SecretBytes> read_key(const std::filesystem::path& path) {
    std::optional<core::SecretBytes> bytes;
    try {
        bytes = platform::read_private_file(path, kMaxFileSize);
    } catch (const core::Fault& e) {
        fail(path, e.what());
    }
    if (!bytes) return std::nullopt;
    const auto view = bytes->view();
    return parse(path, std::string_view(reinterpret_cast<const char*>(view.data()), view.size()));
}

// A new key in a new file (exclusive, owner-only, on disk), or nullopt when a file appeared
// there first.
std::optional<core::SecretBytes> create_key(const std::filesystem::path& path) {
    core::SecretBytes key(kMasterKeySize);
    OpenSslRandom().fill(key.data());
    core::SecretBytes text(kHeader.size() + kHexSize + 1);
    auto out = text.data();
    std::copy(kHeader.begin(), kHeader.end(), out.begin());
    detail::to_hex(key.view(),
                   std::span(reinterpret_cast<char*>(out.data()) + kHeader.size(), kHexSize));
    out.back() = '\n';
    try {
        platform::write_new_private_file(path, text.view(), platform::Flush::yes);
    } catch (const core::Fault& e) {
        std::error_code ec;
        if (std::filesystem::exists(std::filesystem::symlink_status(path, ec))) return std::nullopt;
        fail(path, e.what());
    }
    return key;
}

}  // namespace

KeyFile::KeyFile(std::filesystem::path path, const core::SecretBytes& master)
    : path_(std::move(path)),
      seed_sealing_key_(detail::hkdf_sha256(master.view(), "tokendesk seed sealing v1", 32)),
      audit_chain_key_(detail::hkdf_sha256(master.view(), "tokendesk audit chain v1", 32)),
      // 128 bits: two different keys never share one by chance. A key file of this format
      // holds key 1.
      check_{1, detail::to_hex(
                    detail::hkdf_sha256(master.view(), "tokendesk key check v1", 16).view())} {}

KeyFile KeyFile::open(const std::filesystem::path& path) {
    if (auto key = read_key(path)) return KeyFile(path, *key);
    throw KeyFileMissing("key file " + path.string() + " does not exist");
}

KeyFile KeyFile::open_or_create(const std::filesystem::path& path) {
    if (path.has_parent_path()) {
        try {
            platform::create_private_directories(path.parent_path());
        } catch (const core::Fault& e) {
            fail(path, std::string("cannot create its directory: ") + e.what());
        }
    }
    // If another process creates it between our look and our creation, we read theirs.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto key = read_key(path)) return KeyFile(path, *key);
        if (auto key = create_key(path)) return KeyFile(path, *key);
    }
    fail(path, "appeared and disappeared while opening it");
}

KeyFile KeyFile::from_master_key(const core::SecretBytes& master) {
    if (master.size() != kMasterKeySize) throw core::Fault("master key must be 32 bytes");
    return KeyFile({}, master);
}

std::filesystem::path KeyFile::default_path() {
    return platform::user_data_directory() / "tokendesk.key";
}

}  // namespace td::crypto
