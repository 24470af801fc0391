#include "td/crypto/key_backup.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include <algorithm>
#include <charconv>
#include <string>

#include "openssl_error.h"
#include "openssl_handles.h"
#include "td/crypto/random.h"

namespace td::crypto {
namespace {

constexpr std::string_view kMagic = "tokendesk-key-backup-v1 scrypt ";
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kMaxLength = 1 << 20;
// 64 MiB and a fraction of a second: a backup is made and opened rarely, by hand.
constexpr std::uint64_t kN = 1 << 16;
constexpr std::uint64_t kR = 8;
constexpr std::uint64_t kP = 1;

struct Header {
    std::uint64_t n = 0, r = 0, p = 0;
    std::size_t length = 0;
    std::string line;  // with its newline: the associated data
};

std::string header_line(const Header& h) {
    return std::string(kMagic) + "N=" + std::to_string(h.n) + " r=" + std::to_string(h.r) +
           " p=" + std::to_string(h.p) + " length=" + std::to_string(h.length) + "\n";
}

[[noreturn]] void refuse(KeyBackupRefused::Reason reason, const std::string& what) {
    throw KeyBackupRefused(reason, what);
}

// "NAME=digits" at the start of `rest`, then a space or the end.
std::uint64_t field(std::string_view& rest, std::string_view name) {
    const auto not_ours = [] {
        refuse(KeyBackupRefused::Reason::not_a_backup, "not a TokenDesk key backup");
    };
    if (!rest.starts_with(name) || rest.size() <= name.size() || rest[name.size()] != '=')
        not_ours();
    rest.remove_prefix(name.size() + 1);
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec != std::errc{} || end == rest.data()) not_ours();
    rest.remove_prefix(static_cast<std::size_t>(end - rest.data()));
    if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    return value;
}

Header parse_header(std::span<const std::uint8_t> file) {
    const auto text = std::string_view(reinterpret_cast<const char*>(file.data()),
                                       std::min<std::size_t>(file.size(), 200));
    const auto newline = text.find('\n');
    if (!text.starts_with(kMagic) || newline == std::string_view::npos)
        refuse(KeyBackupRefused::Reason::not_a_backup, "not a TokenDesk key backup");
    Header h;
    std::string_view rest = text.substr(kMagic.size(), newline - kMagic.size());
    h.n = field(rest, "N");
    h.r = field(rest, "r");
    h.p = field(rest, "p");
    h.length = field(rest, "length");
    h.line = std::string(text.substr(0, newline + 1));
    // Bounds before any work: a crafted header must not make scrypt take all memory.
    const bool power_of_two = h.n >= 2 && (h.n & (h.n - 1)) == 0;
    if (!rest.empty() || !power_of_two || h.n > (1u << 20) || h.r < 1 || h.r > 16 || h.p < 1 ||
        h.p > 4 || h.length < kSaltSize + kNonceSize + kTagSize || h.length > kMaxLength ||
        h.line != header_line(h))
        refuse(KeyBackupRefused::Reason::not_a_backup,
               "not a TokenDesk key backup (its first line is not one this version writes)");
    return h;
}

core::SecretBytes stretch(std::string_view passphrase, std::span<const std::uint8_t> salt,
                          const Header& h) {
    core::SecretBytes key(32);
    const char* pass = passphrase.empty() ? "" : passphrase.data();
    if (EVP_PBE_scrypt(pass, passphrase.size(), salt.data(), salt.size(), h.n, h.r, h.p,
                       1024ull * 1024 * 1024, key.data().data(), key.size()) != 1)
        detail::throw_openssl("scrypt");
    return key;
}

detail::CipherCtxPtr cipher() {
    detail::CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) detail::throw_openssl("EVP_CIPHER_CTX_new");
    return ctx;
}

const unsigned char* bytes_of(const std::string& s) {
    return reinterpret_cast<const unsigned char*>(s.data());
}

}  // namespace

std::vector<std::uint8_t> seal_key_backup(const KeyFile& ring, std::string_view passphrase) {
    const core::SecretBytes text = ring.text();
    Header h{kN, kR, kP, kSaltSize + kNonceSize + text.size() + kTagSize, {}};
    h.line = header_line(h);
    std::vector<std::uint8_t> out(h.line.begin(), h.line.end());
    const std::size_t body = out.size();
    out.resize(body + h.length);
    OpenSslRandom random;
    random.fill(std::span(out).subspan(body, kSaltSize + kNonceSize));
    const auto salt = std::span(out).subspan(body, kSaltSize);
    const auto nonce = std::span(out).subspan(body + kSaltSize, kNonceSize);
    const auto key = stretch(passphrase, salt, h);

    auto ctx = cipher();
    int n = 0;
    detail::check(EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.view().data(),
                                     nonce.data()),
                  "AES-GCM encrypt init");
    detail::check(EVP_EncryptUpdate(ctx.get(), nullptr, &n, bytes_of(h.line),
                                    static_cast<int>(h.line.size())),
                  "AES-GCM associated data");
    std::uint8_t* sealed = out.data() + body + kSaltSize + kNonceSize;
    detail::check(EVP_EncryptUpdate(ctx.get(), sealed, &n, text.view().data(),
                                    static_cast<int>(text.size())),
                  "AES-GCM encrypt");
    detail::check(EVP_EncryptFinal_ex(ctx.get(), sealed + text.size(), &n), "AES-GCM final");
    detail::check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                                      sealed + text.size()),
                  "AES-GCM get tag");
    return out;
}

KeyFile open_key_backup(std::span<const std::uint8_t> file, std::string_view passphrase) {
    const Header h = parse_header(file);
    const std::size_t body = h.line.size();
    if (file.size() < body + h.length)
        refuse(KeyBackupRefused::Reason::truncated,
               "the key backup is truncated (" + std::to_string(file.size()) + " bytes of " +
                   std::to_string(body + h.length) + ")");
    if (file.size() > body + h.length)
        refuse(KeyBackupRefused::Reason::not_a_backup,
               "the key backup has bytes after its end: not a file this version wrote");
    const auto salt = file.subspan(body, kSaltSize);
    const auto nonce = file.subspan(body + kSaltSize, kNonceSize);
    const std::size_t text_size = h.length - kSaltSize - kNonceSize - kTagSize;
    const auto sealed = file.subspan(body + kSaltSize + kNonceSize, text_size);
    std::uint8_t tag[kTagSize];
    std::copy_n(file.begin() + static_cast<std::ptrdiff_t>(body + h.length - kTagSize), kTagSize,
                tag);
    const auto key = stretch(passphrase, salt, h);

    auto ctx = cipher();
    int n = 0;
    detail::check(EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.view().data(),
                                     nonce.data()),
                  "AES-GCM decrypt init");
    detail::check(EVP_DecryptUpdate(ctx.get(), nullptr, &n, bytes_of(h.line),
                                    static_cast<int>(h.line.size())),
                  "AES-GCM associated data");
    core::SecretBytes text(text_size);
    if (text_size > 0)
        detail::check(EVP_DecryptUpdate(ctx.get(), text.data().data(), &n, sealed.data(),
                                        static_cast<int>(text_size)),
                      "AES-GCM decrypt");
    detail::check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag),
                  "AES-GCM set tag");
    if (EVP_DecryptFinal_ex(ctx.get(), text.data().data() + text_size, &n) <= 0) {
        ERR_clear_error();
        refuse(KeyBackupRefused::Reason::wrong_passphrase,
               "the passphrase is wrong, or the key backup was altered");
    }
    return KeyFile::from_text(text, "in the key backup");
}

}  // namespace td::crypto
