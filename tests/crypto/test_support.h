#pragma once
// Helpers for the crypto tests: hex literals and a private scratch directory per test.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "td/core/secret_bytes.h"
#include "td/crypto/random.h"

namespace td::crypto::test {

inline std::vector<std::uint8_t> bytes_from_hex(std::string_view hex) {
    auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<std::uint8_t>(nibble(hex[i]) << 4 | nibble(hex[i + 1])));
    return out;
}

inline core::SecretBytes secret_from_hex(std::string_view hex) {
    return core::SecretBytes(bytes_from_hex(hex));
}

inline std::vector<std::uint8_t> ascii(std::string_view text) {
    return {text.begin(), text.end()};
}

// A fresh directory named after the running test plus random bytes, removed afterwards;
// tests never share files, whatever order or process they run in.
class ScratchDir {
  public:
    ScratchDir() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::uint8_t noise[8];
        OpenSslRandom().fill(noise);
        std::string suffix;
        for (auto b : noise) suffix += "0123456789abcdef"[b & 0x0f];
        std::string name =
            std::string("td-crypto-") + info->test_suite_name() + "-" + info->name() + "-" + suffix;
        for (char& c : name)
            if (c == '/') c = '_';
        path_ = std::filesystem::temp_directory_path() / name;
        std::filesystem::create_directories(path_);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

}  // namespace td::crypto::test
