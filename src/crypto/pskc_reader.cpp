#include "td/crypto/pskc_reader.h"

#include <openssl/crypto.h>

#include <cstring>
#include <map>
#include <pugixml.hpp>

#include "pskc_key_package.h"
#include "pskc_protection.h"
#include "pskc_xml.h"

namespace td::crypto {

namespace {

using Reason = PskcError::Reason;

std::string describe(std::size_t key_package, const std::string& serial,
                     const std::string& problem) {
    std::string text = "PSKC: ";
    if (key_package != 0) {
        text += "KeyPackage " + std::to_string(key_package);
        if (!serial.empty()) text += " (serial " + serial + ")";
        text += ": ";
    }
    return text + problem;
}

// Tallies the ValueMAC checks of a file, to apply the wrong_key / mac_mismatch rule of
// pskc_reader.h once every value has been seen.
struct MacTally {
    std::size_t passed = 0;
    std::vector<detail::PskcPlace> failed;

    void check() const {
        if (failed.empty()) return;
        if (passed == 0)
            detail::PskcPlace{}.fail(
                Reason::wrong_key,
                "no ValueMAC verifies with the MAC key that the key given decrypts: the key is "
                "wrong (or every encrypted value was altered)");
        std::string which;
        for (const auto& place : failed)
            which += (which.empty() ? "" : ", ") + std::to_string(place.key_package);
        failed.front().fail(Reason::mac_mismatch,
                            "the ValueMAC does not verify although others do: the value was "
                            "altered (KeyPackages failing: " +
                                which + ")");
    }
};

}  // namespace

PskcDecryption::~PskcDecryption() {
    if (pre_shared_key) OPENSSL_cleanse(pre_shared_key->data(), pre_shared_key->size());
    if (passphrase) OPENSSL_cleanse(passphrase->data(), passphrase->size());
}

PskcError::PskcError(Reason reason, std::size_t key_package, std::string serial,
                     const std::string& problem)
    : std::runtime_error(describe(key_package, serial, problem)),
      reason_(reason),
      key_package_(key_package),
      serial_(std::move(serial)) {}

const char* to_string(PskcError::Reason reason) {
    switch (reason) {
        case Reason::malformed:
            return "malformed";
        case Reason::unsupported_algorithm:
            return "unsupported_algorithm";
        case Reason::key_needed:
            return "key_needed";
        case Reason::wrong_key:
            return "wrong_key";
        case Reason::mac_mismatch:
            return "mac_mismatch";
        case Reason::duplicate_serial:
            return "duplicate_serial";
        case Reason::no_keys:
            return "no_keys";
    }
    return "unknown";
}

std::vector<PskcKey> read_pskc(std::string_view xml, const PskcDecryption& how) {
    const detail::PskcPlace file;
    if (xml.empty()) file.fail(Reason::malformed, "the file is empty");
    if (xml.size() > kPskcMaxBytes)
        file.fail(Reason::malformed,
                  "the file is larger than " + std::to_string(kPskcMaxBytes) + " bytes");

    // Parsed in place in a buffer of our own that is wiped afterwards: PlainValue secrets are
    // in the text, and pugixml leaves element text where it found it. The buffer is declared
    // first so that it outlives the document.
    core::SecretBytes text(xml.size());
    std::memcpy(text.data().data(), xml.data(), xml.size());
    pugi::xml_document document;
    // No DTD processing: entities other than XML's five are left unexpanded, and nothing
    // outside the text is ever fetched.
    const pugi::xml_parse_result parsed = document.load_buffer_inplace(
        text.data().data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed)
        file.fail(Reason::malformed, std::string("not well-formed XML (") + parsed.description() +
                                         " at byte " + std::to_string(parsed.offset) + ")");
    const pugi::xml_node container = document.document_element();
    if (detail::local_name(container) != "KeyContainer")
        file.fail(Reason::malformed, "the document is not a PSKC KeyContainer");

    const std::size_t packages = detail::count_children(container, "KeyPackage");
    if (packages == 0) file.fail(Reason::no_keys, "the KeyContainer holds no KeyPackage");
    if (packages > kPskcMaxKeys)
        file.fail(Reason::malformed, "the KeyContainer holds more than " +
                                         std::to_string(kPskcMaxKeys) + " KeyPackages");

    detail::PskcProtection protection(container, how);
    std::vector<PskcKey> keys;
    keys.reserve(packages);
    std::map<std::string, std::size_t, std::less<>> serials;
    MacTally macs;
    std::size_t index = 0;
    for (const pugi::xml_node package : container.children()) {
        if (package.type() != pugi::node_element || detail::local_name(package) != "KeyPackage")
            continue;
        auto read = detail::read_key_package(package, ++index, protection);
        if (!read) continue;
        const detail::PskcPlace place{.key_package = index, .serial = read->key.serial};
        if (const auto [first, added] = serials.emplace(read->key.serial, index); !added)
            place.fail(Reason::duplicate_serial,
                       "the serial is also that of KeyPackage " + std::to_string(first->second));
        if (read->mac_failed)
            macs.failed.push_back(place);
        else if (read->encrypted)
            ++macs.passed;
        keys.push_back(std::move(read->key));
    }
    macs.check();
    if (keys.empty()) file.fail(Reason::no_keys, "no KeyPackage holds a Key");
    return keys;
}

}  // namespace td::crypto
