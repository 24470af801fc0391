// TOTP verification throughput: TotpVerifier beside liboath's oath_totp_validate, same run.
// Only the crypto is timed: codes are computed beforehand, nothing touches a database.
// Usage: otp_verify [verifications per code kind, default 200000] [rounds, default 3]
#include <liboath/oath.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "td/crypto/otp.h"

namespace {

using td::core::HashAlgorithm;

constexpr int kDigits = 6;
constexpr int kPeriod = 60;
constexpr int kWindow = 1;
constexpr char kSeed[] = "12345678901234567890";
constexpr std::size_t kSeedSize = sizeof kSeed - 1;

std::span<const std::uint8_t> seed() {
    return {reinterpret_cast<const std::uint8_t*>(kSeed), kSeedSize};
}

enum Kind { current, previous, invalid, kinds };
const char* const kKindNames[kinds] = {"current", "step-1", "invalid"};

struct Case {
    std::int64_t time;
    std::string code;
};

// Many instants, so no implementation benefits from seeing one input repeatedly.
std::vector<Case> make_cases(Kind kind, int count) {
    td::crypto::OpenSslOtp otp;
    auto code_at = [&](std::int64_t step) {
        return otp.hotp(seed(), static_cast<std::uint64_t>(step), kDigits, HashAlgorithm::sha1);
    };
    std::vector<Case> cases;
    for (int i = 0; i < count; ++i) {
        const std::int64_t time = 1700000000 + std::int64_t{i} * 7919;
        const std::int64_t step = time / kPeriod;
        std::string code = code_at(kind == previous ? step - 1 : step);
        if (kind == invalid) {
            // Step one digit until the code matches none of the window's steps.
            do code[5] = code[5] == '9' ? '0' : static_cast<char>(code[5] + 1);
            while (code == code_at(step - 1) || code == code_at(step) || code == code_at(step + 1));
        }
        cases.push_back({time, code});
    }
    return cases;
}

// The variant the brief started from: one keyed EVP_MAC_CTX, duplicated for every step.
class MacDupVerifier {
  public:
    MacDupVerifier() {
        mac_ = EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr);
        keyed_ = EVP_MAC_CTX_new(mac_);
        char digest[] = "SHA1";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        if (EVP_MAC_init(keyed_, seed().data(), kSeedSize, params) != 1)
            throw std::runtime_error("EVP_MAC_init");
    }
    MacDupVerifier(const MacDupVerifier&) = delete;
    MacDupVerifier& operator=(const MacDupVerifier&) = delete;
    ~MacDupVerifier() {
        EVP_MAC_CTX_free(keyed_);
        EVP_MAC_free(mac_);
    }

    std::optional<std::int64_t> verify(const std::string& code, std::int64_t time) {
        const std::int64_t now = time / kPeriod;
        for (std::int64_t step : {now, now - 1, now + 1}) {
            std::uint8_t message[8];
            for (int i = 0; i < 8; ++i)
                message[i] =
                    static_cast<std::uint8_t>(static_cast<std::uint64_t>(step) >> (56 - 8 * i));
            EVP_MAC_CTX* ctx = EVP_MAC_CTX_dup(keyed_);
            std::uint8_t out[EVP_MAX_MD_SIZE];
            std::size_t length = 0;
            EVP_MAC_update(ctx, message, sizeof message);
            EVP_MAC_final(ctx, out, &length, sizeof out);
            EVP_MAC_CTX_free(ctx);
            const unsigned offset = out[length - 1] & 0x0f;
            const std::uint32_t value =
                ((std::uint32_t{out[offset]} & 0x7f) << 24 | std::uint32_t{out[offset + 1]} << 16 |
                 std::uint32_t{out[offset + 2]} << 8 | out[offset + 3]) %
                1000000;
            char expected[kDigits + 1];
            std::snprintf(expected, sizeof expected, "%06u", value);
            if (CRYPTO_memcmp(expected, code.data(), kDigits) == 0) return step;
        }
        return std::nullopt;
    }

  private:
    EVP_MAC* mac_ = nullptr;
    EVP_MAC_CTX* keyed_ = nullptr;
};

// Returns true when the implementation accepted the code.
using Verify = std::function<bool(const Case&)>;

struct Contender {
    const char* name;
    Verify verify;
    double best[kinds] = {};  // verifications per second, best round
    double best_seconds[kinds] = {1e300, 1e300, 1e300};
};

double run(const Verify& verify, const std::vector<Case>& cases, Kind kind, long n) {
    long wrong = 0;
    const auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < n; ++i) {
        const bool accepted = verify(cases[static_cast<std::size_t>(i) % cases.size()]);
        wrong += accepted == (kind == invalid) ? 1 : 0;
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    // A wrong answer means the loop measured something other than verification.
    if (wrong != 0) throw std::runtime_error("a contender gave wrong answers");
    return elapsed.count();
}

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 200000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    if (n <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: otp_verify [verifications per kind] [rounds]\n");
        return 2;
    }
    if (oath_init() != OATH_OK) {
        std::fprintf(stderr, "oath_init failed\n");
        return 1;
    }

    std::vector<Case> cases[kinds];
    for (int k = 0; k < kinds; ++k) cases[k] = make_cases(static_cast<Kind>(k), 1024);

    td::crypto::TotpVerifier reused(seed(), HashAlgorithm::sha1, kDigits, kPeriod);
    MacDupVerifier mac_dup;
    td::crypto::OpenSslOtp otp;
    std::vector<Contender> contenders = {
        {"TotpVerifier, built once per key",
         [&](const Case& c) { return reused.verify(c.code, c.time, kWindow).has_value(); }},
        {"TotpVerifier, built per verification",
         [&](const Case& c) {
             return td::crypto::TotpVerifier(seed(), HashAlgorithm::sha1, kDigits, kPeriod)
                 .verify(c.code, c.time, kWindow)
                 .has_value();
         }},
        {"EVP_MAC_CTX_dup per step",
         [&](const Case& c) { return mac_dup.verify(c.code, c.time).has_value(); }},
        {"OpenSslOtp::hotp per step",
         [&](const Case& c) {
             const std::int64_t now = c.time / kPeriod;
             for (std::int64_t step : {now, now - 1, now + 1})
                 if (otp.hotp(seed(), static_cast<std::uint64_t>(step), kDigits,
                              HashAlgorithm::sha1) == c.code)
                     return true;
             return false;
         }},
        {"liboath oath_totp_validate",
         [&](const Case& c) {
             return oath_totp_validate(kSeed, kSeedSize, static_cast<time_t>(c.time), kPeriod, 0,
                                       kWindow, c.code.c_str()) >= 0;
         }},
    };

    // Rounds interleave the contenders so a noisy neighbour hurts all of them alike.
    for (int round = 0; round < rounds; ++round)
        for (auto& contender : contenders)
            for (int k = 0; k < kinds; ++k) {
                const double seconds = run(contender.verify, cases[k], static_cast<Kind>(k), n);
                contender.best_seconds[k] = std::min(contender.best_seconds[k], seconds);
            }

    std::printf(
        "TOTP verification: HMAC-SHA1, %d digits, %d s step, window +-%d; %ld "
        "verifications per code kind, best of %d rounds\n\n",
        kDigits, kPeriod, kWindow, n, rounds);
    std::printf("%-38s %12s %12s %12s %12s\n", "verifications per second", kKindNames[0],
                kKindNames[1], kKindNames[2], "mix");
    std::vector<double> mix;
    for (const auto& contender : contenders) {
        std::printf("%-38s", contender.name);
        double total = 0;
        for (int k = 0; k < kinds; ++k) {
            std::printf(" %12.0f", static_cast<double>(n) / contender.best_seconds[k]);
            total += contender.best_seconds[k];
        }
        // The mix is equal numbers of each kind: all verifications over all their time.
        mix.push_back(static_cast<double>(kinds * n) / total);
        std::printf(" %12.0f\n", mix.back());
    }
    const double liboath = mix.back();
    std::printf("\nratio to liboath (mix):\n");
    for (std::size_t i = 0; i + 1 < contenders.size(); ++i)
        std::printf("  %-36s %.2fx\n", contenders[i].name, mix[i] / liboath);
    oath_done();
    return 0;
}
