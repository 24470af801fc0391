#include "td/crypto/key_file.h"

#include <algorithm>
#include <charconv>
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

constexpr std::string_view kSingleHeader = "tokendesk-key-v1\n";
constexpr std::string_view kRingHeader = "tokendesk-key-ring-v1\n";
constexpr std::size_t kMasterKeySize = 32;
constexpr std::size_t kHexSize = 2 * kMasterKeySize;
// A ring of a thousand keys (decades of monthly rotation) with room to spare; anything longer
// is not a key file of ours.
constexpr std::size_t kMaxFileSize = 128 * 1024;
constexpr int kMaxKeyId = 999999;

[[noreturn]] void fail(const std::string& source, const std::string& what) {
    throw core::Fault("key file " + source + ": " + what);
}

std::string_view as_text(const core::SecretBytes& bytes) {
    const auto view = bytes.view();
    return {reinterpret_cast<const char*>(view.data()), view.size()};
}

core::SecretBytes master_from_hex(const std::string& source, std::string_view hex,
                                  const std::string& line) {
    auto key = hex.size() == kHexSize ? detail::from_lower_hex(hex) : std::nullopt;
    if (!key) fail(source, "malformed: " + line + " is not 64 lower-case hex digits");
    return std::move(*key);
}

// "N <hex>" lines after the ring header, numbered upwards.
std::vector<std::pair<int, core::SecretBytes>> parse_ring(const std::string& source,
                                                          std::string_view rest) {
    std::vector<std::pair<int, core::SecretBytes>> out;
    int line_number = 1;
    while (!rest.empty()) {
        ++line_number;
        const auto end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        const std::string where = "line " + std::to_string(line_number);
        const auto space = line.find(' ');
        int id = 0;
        const auto number = line.substr(0, space);
        const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), id);
        if (space == std::string_view::npos || ec != std::errc{} ||
            ptr != number.data() + number.size() || id < 1 || id > kMaxKeyId ||
            number.front() == '0')
            fail(source, "malformed: " + where + " does not start with a key number");
        if (!out.empty() && id <= out.back().first)
            fail(source, "malformed: " + where + ": key numbers must go up");
        out.emplace_back(id, master_from_hex(source, line.substr(space + 1), where));
    }
    if (out.empty()) fail(source, "malformed: the ring holds no key");
    return out;
}

std::vector<std::pair<int, core::SecretBytes>> parse(const std::string& source,
                                                     std::string_view text) {
    if (text.starts_with(kRingHeader)) return parse_ring(source, text.substr(kRingHeader.size()));
    if (!text.starts_with(kSingleHeader))
        fail(source, "malformed: the first line is not 'tokendesk-key-v1'");
    std::string_view rest = text.substr(kSingleHeader.size());
    if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);
    std::vector<std::pair<int, core::SecretBytes>> out;
    out.emplace_back(1, master_from_hex(source, rest, "the second line"));
    return out;
}

// The masters in the file, or nullopt when there is no file; the platform refuses a file others
// may read.
std::optional<core::SecretBytes> read_file(const std::filesystem::path& path) {
    try {
        return platform::read_private_file(path, kMaxFileSize);
    } catch (const core::Fault& e) {
        fail(path.string(), e.what());
    }
}

core::SecretBytes random_master() {
    core::SecretBytes key(kMasterKeySize);
    OpenSslRandom().fill(key.data());
    return key;
}

}  // namespace

KeyFile::KeyFile(std::filesystem::path path, std::vector<Master> masters)
    : path_(std::move(path)), masters_(std::move(masters)) {
    for (const auto& m : masters_) {
        const auto& master = m.bytes;
        keys_.push_back(RingKey{
            m.id, detail::hkdf_sha256(master.view(), "tokendesk seed sealing v1", 32),
            detail::hkdf_sha256(master.view(), "tokendesk audit chain v1", 32),
            // 128 bits: two different keys never share one by chance.
            core::KeyCheck{m.id, detail::to_hex(detail::hkdf_sha256(
                                     master.view(), "tokendesk key check v1", 16)
                                                    .view())}});
    }
}

KeyFile KeyFile::from_text(const core::SecretBytes& text, const std::string& source) {
    std::vector<Master> masters;
    for (auto& [id, bytes] : parse(source, as_text(text))) masters.push_back({id, std::move(bytes)});
    return KeyFile({}, std::move(masters));
}

KeyFile KeyFile::open(const std::filesystem::path& path) {
    if (auto text = read_file(path)) {
        KeyFile ring = from_text(*text, path.string());
        ring.path_ = path;
        return ring;
    }
    throw KeyFileMissing("key file " + path.string() + " does not exist");
}

KeyFile KeyFile::open_or_create(const std::filesystem::path& path) {
    if (path.has_parent_path()) {
        try {
            platform::create_private_directories(path.parent_path());
        } catch (const core::Fault& e) {
            fail(path.string(), std::string("cannot create its directory: ") + e.what());
        }
    }
    // If another process creates it between our look and our creation, we read theirs.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (read_file(path)) return open(path);
        std::vector<Master> masters;
        masters.push_back({1, random_master()});
        KeyFile made(path, std::move(masters));
        try {
            platform::write_new_private_file(path, made.text().view(), platform::Flush::yes);
            return made;
        } catch (const core::Fault& e) {
            std::error_code ec;
            if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
                fail(path.string(), e.what());
        }
    }
    fail(path.string(), "appeared and disappeared while opening it");
}

KeyFile KeyFile::from_master_key(const core::SecretBytes& master) {
    if (master.size() != kMasterKeySize) throw core::Fault("master key must be 32 bytes");
    std::vector<Master> masters;
    masters.push_back({1, master});
    return KeyFile({}, std::move(masters));
}

std::filesystem::path KeyFile::default_path() {
    return platform::user_data_directory() / "tokendesk.key";
}

KeyFile KeyFile::with_new_key() const {
    if (newest().id >= kMaxKeyId) throw core::Fault("the key ring is full");
    auto masters = masters_;
    masters.push_back({newest().id + 1, random_master()});
    return KeyFile(path_, std::move(masters));
}

core::SecretBytes KeyFile::text() const {
    // Sized first, so the buffer holding the keys is never reallocated (and left unwiped).
    const bool single = masters_.size() == 1 && masters_.front().id == 1;
    std::size_t size = single ? kSingleHeader.size() : kRingHeader.size();
    for (const auto& m : masters_)
        size += (single ? 0 : std::to_string(m.id).size() + 1) + kHexSize + 1;
    core::SecretBytes out(size);
    char* p = reinterpret_cast<char*>(out.data().data());
    const auto put = [&](std::string_view s) { p = std::copy(s.begin(), s.end(), p); };
    put(single ? kSingleHeader : kRingHeader);
    for (const auto& m : masters_) {
        if (!single) {
            put(std::to_string(m.id));
            put(" ");
        }
        detail::to_hex(m.bytes.view(), std::span(p, kHexSize));
        p += kHexSize;
        put("\n");
    }
    return out;
}

void KeyFile::write(const std::filesystem::path& path) const {
    try {
        platform::replace_file(path, text().view(), platform::Readers::owner);
    } catch (const core::Fault& e) {
        fail(path.string(), e.what());
    }
}

const RingKey* KeyFile::find(int id) const {
    const auto it = std::find_if(keys_.begin(), keys_.end(), [&](const RingKey& k) { return k.id == id; });
    return it == keys_.end() ? nullptr : &*it;
}

std::vector<core::KeyCheck> KeyFile::checks() const {
    std::vector<core::KeyCheck> out;
    for (const auto& k : keys_) out.push_back(k.check);
    return out;
}

}  // namespace td::crypto
