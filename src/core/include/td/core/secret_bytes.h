#pragma once
// Bytes that are wiped when released: seeds and other key material in memory.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace td::core {

class SecretBytes {
  public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t n) : bytes_(n) {}
    explicit SecretBytes(std::vector<std::uint8_t> bytes) : bytes_(std::move(bytes)) {}
    SecretBytes(const SecretBytes&) = default;
    SecretBytes& operator=(const SecretBytes&) = default;
    SecretBytes(SecretBytes&&) noexcept = default;
    SecretBytes& operator=(SecretBytes&&) noexcept = default;
    ~SecretBytes() { wipe(); }

    std::span<const std::uint8_t> view() const { return bytes_; }
    std::span<std::uint8_t> data() { return bytes_; }
    std::size_t size() const { return bytes_.size(); }
    bool empty() const { return bytes_.empty(); }

    void wipe() {
        // volatile so the compiler keeps the stores.
        volatile std::uint8_t* p = bytes_.data();
        for (std::size_t i = 0; i < bytes_.size(); ++i) p[i] = 0;
    }

  private:
    std::vector<std::uint8_t> bytes_;
};

}  // namespace td::core
