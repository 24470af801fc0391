#pragma once
// The XML side of the PSKC reader: finding elements whatever their prefix, reading text,
// base64 and integers, and naming the KeyPackage a problem belongs to.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "td/core/secret_bytes.h"
#include "td/crypto/pskc_reader.h"

namespace td::crypto::detail {

// Where in the file a problem lies, so that every PskcError names the key it concerns.
struct PskcPlace {
    std::size_t key_package = 0;  // 1-based; 0 for the container
    std::string serial;

    [[noreturn]] void fail(PskcError::Reason reason, const std::string& problem) const {
        throw PskcError(reason, key_package, serial, problem);
    }
};

// The name without its prefix. Elements are matched by local name: vendors bind the PSKC,
// XML Encryption and PKCS #5 namespaces to prefixes of their own, or use a default one.
std::string_view local_name(const pugi::xml_node& node);

// The first element child with that local name (an empty node when there is none).
pugi::xml_node child(const pugi::xml_node& parent, std::string_view local);

std::size_t count_children(const pugi::xml_node& parent, std::string_view local);

// The element's text (first text or CDATA child) without surrounding XML whitespace.
std::string_view text_of(const pugi::xml_node& node);

std::string_view trim(std::string_view text);

// Decimal digits only, within std::uint64_t.
std::optional<std::uint64_t> parse_unsigned(std::string_view text);

// xs:base64Binary: whitespace may appear anywhere (the RFC's figures wrap and indent values).
// nullopt for any other character or a wrong length. The result and every intermediate copy
// are wiped, since the text may be a secret's PlainValue.
std::optional<core::SecretBytes> decode_base64(std::string_view text);

// For quoting a value from the file in a message: at most `max` characters, anything but
// printable ASCII shown as '?'.
std::string printable(std::string_view text, std::size_t max = 40);

// ASCII case-insensitive equality, for names such as "HMAC-SHA256".
bool equal_ignoring_case(std::string_view a, std::string_view b);

}  // namespace td::crypto::detail
