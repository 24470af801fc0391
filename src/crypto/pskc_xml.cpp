#include "pskc_xml.h"

#include <openssl/evp.h>

#include <cstring>
#include <limits>

namespace td::crypto::detail {

namespace {

bool is_xml_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_base64_symbol(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    if (auto colon = name.rfind(':'); colon != std::string_view::npos)
        name.remove_prefix(colon + 1);
    return name;
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view local) {
    for (pugi::xml_node node : parent.children())
        if (node.type() == pugi::node_element && local_name(node) == local) return node;
    return {};
}

std::size_t count_children(const pugi::xml_node& parent, std::string_view local) {
    std::size_t count = 0;
    for (pugi::xml_node node : parent.children())
        if (node.type() == pugi::node_element && local_name(node) == local) ++count;
    return count;
}

std::string_view text_of(const pugi::xml_node& node) {
    return trim(node.text().get());
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
    return text;
}

std::optional<std::uint64_t> parse_unsigned(std::string_view text) {
    if (text.empty()) return std::nullopt;
    constexpr auto kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (kMax - digit) / 10) return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

std::optional<core::SecretBytes> decode_base64(std::string_view text) {
    core::SecretBytes compact(text.size());
    std::size_t length = 0;
    for (char c : text)
        if (!is_xml_space(c)) compact.data()[length++] = static_cast<std::uint8_t>(c);
    if (length == 0) return core::SecretBytes();
    if (length % 4 != 0) return std::nullopt;

    const auto symbols = compact.view().first(length);
    std::size_t padding = 0;
    if (symbols[length - 1] == '=') ++padding;
    if (padding == 1 && symbols[length - 2] == '=') ++padding;
    for (std::size_t i = 0; i < length - padding; ++i)
        if (!is_base64_symbol(static_cast<char>(symbols[i]))) return std::nullopt;

    core::SecretBytes decoded(length / 4 * 3);
    const int n = EVP_DecodeBlock(decoded.data().data(), symbols.data(), static_cast<int>(length));
    if (n < 0 || static_cast<std::size_t>(n) != decoded.size()) return std::nullopt;
    // EVP_DecodeBlock turns padding into zero bytes; copying into a buffer of the true size
    // (rather than resizing) keeps the wipe-on-release of both.
    core::SecretBytes out(decoded.size() - padding);
    if (!out.empty()) std::memcpy(out.data().data(), decoded.view().data(), out.size());
    return out;
}

std::string printable(std::string_view text, std::size_t max) {
    std::string out;
    for (char c : text.substr(0, max)) out += c >= 0x20 && c < 0x7f ? c : '?';
    if (text.size() > max) out += "...";
    return out;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

}  // namespace td::crypto::detail
