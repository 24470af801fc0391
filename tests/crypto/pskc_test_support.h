#pragma once
// Helpers for the PSKC reader tests: the sample files, edits to them, and what reading gave.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "td/crypto/pskc_reader.h"
#include "test_support.h"

namespace td::crypto::test {

// RFC 6030 figure 6's pre-shared key, and figure 7's passphrase.
inline const char* const kFigure6Key = "12345678901234567890123456789012";
inline const char* const kFigure7Passphrase = "qwerty";
// "12345678901234567890", the secret of figures 6, 7 and 10.
inline const char* const kRfcSecret = "3132333435363738393031323334353637383930";

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << "cannot open " << path;
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string sample(std::string_view name) {
    return read_file(std::filesystem::path(TD_TEST_DATA_DIR) / "pskc" / name);
}

// `text` with the first `from` replaced; a test whose edit no longer applies fails here
// rather than passing on an unedited file.
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "\"" << from << "\" is not in the text";
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

inline std::string replaced_all(std::string text, std::string_view from, std::string_view to) {
    EXPECT_NE(text.find(from), std::string::npos) << "\"" << from << "\" is not in the text";
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// Figure 7 with the PSKC namespace as the default one, as figures 6 and 10 have it.
inline std::string unprefixed(std::string text) {
    text = replaced_all(std::move(text), "<pskc:", "<");
    text = replaced_all(std::move(text), "</pskc:", "</");
    return replaced(std::move(text), "xmlns:pskc=", "xmlns=");
}

// The KeyPackage elements of a file whose KeyPackages are unprefixed, in order.
inline std::vector<std::string> key_packages(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t at = text.find("<KeyPackage>"); at != std::string::npos;
         at = text.find("<KeyPackage>", at + 1)) {
        const std::string end = "</KeyPackage>";
        out.push_back(text.substr(at, text.find(end, at) + end.size() - at));
    }
    return out;
}

// `text` with its KeyPackages replaced by `packages`.
inline std::string with_key_packages(const std::string& text,
                                     const std::vector<std::string>& packages) {
    const auto first = text.find("<KeyPackage>");
    const auto last = text.rfind("</KeyPackage>") + std::string_view("</KeyPackage>").size();
    std::string joined;
    for (const auto& package : packages) joined += package + "\n";
    return text.substr(0, first) + joined + text.substr(last);
}

inline PskcDecryption pre_shared(std::string_view hex) {
    return PskcDecryption{.pre_shared_key = bytes_from_hex(hex), .passphrase = std::nullopt};
}

inline PskcDecryption passphrase(std::string passphrase) {
    return PskcDecryption{.pre_shared_key = std::nullopt, .passphrase = std::move(passphrase)};
}

inline PskcDecryption no_key() {
    return PskcDecryption{.pre_shared_key = std::nullopt, .passphrase = std::nullopt};
}

// The PskcError that reading throws; a failure of the test when the file is accepted. Any
// other exception escapes to the test, which then fails.
inline std::optional<PskcError> error_of(std::string_view xml, const PskcDecryption& how) {
    try {
        const auto keys = read_pskc(xml, how);
        ADD_FAILURE() << "the file was accepted with " << keys.size() << " key(s)";
    } catch (const PskcError& e) {
        return e;
    }
    return std::nullopt;
}

// "wrong_key", …, or "accepted": comparisons that print well when they fail.
inline std::string reason_of(std::string_view xml, const PskcDecryption& how) {
    try {
        read_pskc(xml, how);
        return "accepted";
    } catch (const PskcError& e) {
        return to_string(e.reason());
    }
}

inline std::string hex_of(const core::SecretBytes& bytes) {
    std::ostringstream out;
    for (auto b : bytes.view()) out << "0123456789abcdef"[b >> 4] << "0123456789abcdef"[b & 15];
    return out.str();
}

}  // namespace td::crypto::test
