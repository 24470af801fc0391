#include "td/runtime/seed_file.h"

#include <fstream>
#include <sstream>

#include "td/crypto/pskc_reader.h"
#include "td/platform/utf8_path.h"

namespace td::runtime {
namespace {

// Files larger than any vendor's shipment are refused before they are read into memory.
constexpr std::uintmax_t kMaxFileBytes = 16u << 20;

std::optional<std::vector<std::uint8_t>> parse_hex(const std::string& text) {
    if (text.size() % 2 != 0) return std::nullopt;
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i < text.size(); i += 2) {
        auto nibble = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        const int hi = nibble(text[i]), lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out.push_back(std::uint8_t(hi * 16 + lo));
    }
    return out;
}

core::Refusal refusal_for(const crypto::PskcError& e, const SeedFileKey& key) {
    using Reason = crypto::PskcError::Reason;
    const std::string key_field = key.key_hex.empty() ? "passphrase" : "key_hex";
    switch (e.reason()) {
        case Reason::malformed:
            return core::refuse("pskc_malformed", "file").with("detail", e.what());
        case Reason::unsupported_algorithm:
            return core::refuse("pskc_unsupported", "file").with("detail", e.what());
        case Reason::key_needed:
            return core::refuse("pskc_key_needed", "key_hex");
        case Reason::wrong_key:
            return core::refuse("pskc_wrong_key", key_field);
        case Reason::mac_mismatch:
            return core::refuse("pskc_mac_mismatch", "file").with("detail", e.what());
        case Reason::duplicate_serial:
            return core::refuse("duplicate_serial", "serial").with("serial", e.serial());
        case Reason::no_keys:
            return core::refuse("no_devices", "file");
    }
    return core::refuse("pskc_malformed", "file").with("detail", e.what());
}

core::DeviceSeed device_of(crypto::PskcKey& k) {
    core::DeviceSeed d;
    d.serial = k.serial;
    d.manufacturer = k.manufacturer;
    d.mode = k.kind == crypto::PskcKey::Kind::hotp ? core::OtpMode::hotp : core::OtpMode::totp;
    d.algorithm = k.algorithm;
    d.digits = k.digits;
    d.period = k.period_seconds;
    // Counters beyond int64 cannot come from a real device; core refuses negatives.
    d.counter = k.counter > std::uint64_t(INT64_MAX) ? -1 : std::int64_t(k.counter);
    d.seed = std::move(k.secret);
    return d;
}

}  // namespace

core::Outcome<core::ImportRequest> read_seed_file(const std::filesystem::path& file,
                                                  const std::string& branch_code,
                                                  const SeedFileKey& key) {
    if (!key.key_hex.empty() && !key.passphrase.empty())
        return core::refuse("key_or_passphrase", "key_hex");
    crypto::PskcDecryption how;
    if (!key.key_hex.empty()) {
        auto bytes = parse_hex(key.key_hex);
        if (!bytes || (bytes->size() != 16 && bytes->size() != 24 && bytes->size() != 32))
            return core::refuse("key_hex_format", "key_hex");
        how.pre_shared_key = std::move(*bytes);
    }
    if (!key.passphrase.empty()) how.passphrase = key.passphrase;

    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) return core::refuse("file_unreadable", "file").with("path", platform::utf8_of(file));
    if (size > kMaxFileBytes)
        return core::refuse("pskc_malformed", "file").with("detail", "larger than 16 MiB");
    std::ifstream in(file, std::ios::binary);
    if (!in.is_open())
        return core::refuse("file_unreadable", "file").with("path", platform::utf8_of(file));
    std::ostringstream text;
    text << in.rdbuf();

    core::ImportRequest req;
    req.branch_code = branch_code;
    req.source = platform::utf8_of(file.filename());
    try {
        for (auto& k : crypto::read_pskc(text.str(), how)) req.devices.push_back(device_of(k));
    } catch (const crypto::PskcError& e) {
        return refusal_for(e, key);
    }
    return req;
}

}  // namespace td::runtime
