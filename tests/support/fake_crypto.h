#pragma once
// Deterministic stand-ins for the crypto ports, for core's unit tests. Not cryptography:
// they only keep the properties core relies on (distinct outputs, tamper detection).
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

class FakeVault final : public SeedVault {
  public:
    std::vector<std::uint8_t> seal(const SecretBytes& seed) override {
        std::vector<std::uint8_t> out{0xAA};
        for (auto b : seed.view()) out.push_back(std::uint8_t(b ^ 0x5C));
        return out;
    }
    SecretBytes unseal(std::span<const std::uint8_t> sealed) override {
        if (sealed.empty() || sealed[0] != 0xAA) throw Fault("sealed seed damaged");
        std::vector<std::uint8_t> out;
        for (std::size_t i = 1; i < sealed.size(); ++i)
            out.push_back(std::uint8_t(sealed[i] ^ 0x5C));
        return SecretBytes(std::move(out));
    }
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
    std::string mac(std::string_view message) override {
        char buf[17];
        std::snprintf(buf, sizeof buf, "%016llx",
                      static_cast<unsigned long long>(fnv1a(message, fnv1a("audit-key"))));
        return buf;
    }
};

struct FakeCrypto {
    SequenceRandom random;
    FakeOtp otp;
    FakeVault vault;
    FakeHasher hasher;
    FakeAuditMac audit_mac;
    CryptoPorts ports() { return {random, otp, vault, hasher, audit_mac}; }
};

}  // namespace td::test
