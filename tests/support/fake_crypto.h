#pragma once
// Deterministic stand-ins for the crypto ports, for core's unit tests. Not cryptography:
// they only keep the properties core relies on (distinct outputs, tamper detection).
#include <algorithm>
#include <cstdio>
#include <string>

#include "td/core/crypto_ports.h"
#include "td/core/outcome.h"

namespace td::test {

using namespace td::core;

inline std::uint64_t fnv1a(std::span<const std::uint8_t> data,
                           std::uint64_t h = 1469598103934665603ull) {
    for (auto b : data) h = (h ^ b) * 1099511628211ull;
    return h;
}
inline std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    return fnv1a(std::span(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()), h);
}

class SequenceRandom final : public RandomSource {
  public:
    void fill(std::span<std::uint8_t> out) override {
        for (auto& b : out) {
            state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
            b = std::uint8_t(state_ >> 56);
        }
    }

  private:
    std::uint64_t state_ = 42;
};

class FakeOtp final : public OtpCalculator {
  public:
    std::string hotp(std::span<const std::uint8_t> key, std::uint64_t counter, int digits,
                     HashAlgorithm) override {
        const std::string c = std::to_string(counter);
        std::uint64_t v = fnv1a(c, fnv1a(key));
        std::uint64_t mod = 1;
        for (int i = 0; i < digits; ++i) mod *= 10;
        std::string s = std::to_string(v % mod);
        return std::string(std::size_t(digits) - s.size(), '0') + s;
    }
};

// Keys are numbered 1..newest; `current` is the one that seals (a test rotates by raising it).
class FakeVault final : public SeedVault {
  public:
    std::vector<std::uint8_t> seal(const SecretBytes& seed) override {
        std::vector<std::uint8_t> out{0xAA, std::uint8_t(current)};
        for (auto b : seed.view()) out.push_back(std::uint8_t(b ^ 0x5C ^ current));
        return out;
    }
    SecretBytes unseal(std::span<const std::uint8_t> sealed) override {
        const int key = key_of(sealed);
        if (key > newest) throw Fault("sealed with a key the ring does not hold");
        std::vector<std::uint8_t> out;
        for (std::size_t i = 2; i < sealed.size(); ++i)
            out.push_back(std::uint8_t(sealed[i] ^ 0x5C ^ key));
        return SecretBytes(std::move(out));
    }
    int key_id() const override { return current; }
    int key_of(std::span<const std::uint8_t> sealed) const override {
        if (sealed.size() < 2 || sealed[0] != 0xAA) throw Fault("sealed seed damaged");
        return sealed[1];
    }
    int current = 1;
    int newest = 1;
};

class FakeHasher final : public PasswordHasher {
  public:
    std::string hash(std::string_view pw) override {
        ++derivations;
        return encode(pw);
    }
    bool verify(std::string_view pw, std::string_view encoded) override {
        ++derivations;
        return encode(pw) == encoded;
    }
    // Slow derivations a real hasher would have spent: what sign-in timing depends on.
    int derivations = 0;

  private:
    static std::string encode(std::string_view pw) { return "fake$" + std::to_string(fnv1a(pw)); }
};

class FakeAuditMac final : public AuditMac {
  public:
    std::string mac(std::string_view message) override { return mac_under(current, message); }
    int key_id() const override { return current; }
    bool has_key(int key) const override { return key >= 1 && key <= newest; }
    std::string mac_under(int key, std::string_view message) override {
        if (!has_key(key)) throw Fault("no such key");
        // Key 1 keeps the stand-in's first form, so the MACs tests spelt out stay valid.
        const std::string name = key == 1 ? "audit-key" : "audit-key-" + std::to_string(key);
        char buf[17];
        std::snprintf(buf, sizeof buf, "%016llx",
                      static_cast<unsigned long long>(fnv1a(message, fnv1a(name))));
        return buf;
    }
    int current = 1;
    int newest = 1;
};

struct FakeCrypto {
    SequenceRandom random;
    FakeOtp otp;
    FakeVault vault;
    FakeHasher hasher;
    FakeAuditMac audit_mac;
    CryptoPorts ports() { return {random, otp, vault, hasher, audit_mac}; }
    // A rotation's new key: held by the ring and used from now on.
    void rotate_to(int key) {
        vault.current = audit_mac.current = key;
        vault.newest = audit_mac.newest = std::max(audit_mac.newest, key);
    }
};

}  // namespace td::test
