#include "pskc_key_package.h"

#include <string>

namespace td::crypto::detail {

namespace {

using Reason = PskcError::Reason;

constexpr std::string_view kAlgorithmBase = "urn:ietf:params:xml:ns:keyprov:pskc";

// A name from the file, fit to be a serial: bounded and free of control characters, since it
// ends up in the database, on screen and in messages.
std::string checked_text(std::string_view text, const char* what, const PskcPlace& place) {
    if (text.size() > kPskcMaxText)
        place.fail(Reason::malformed, std::string(what) + " is longer than " +
                                          std::to_string(kPskcMaxText) + " bytes");
    for (char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            place.fail(Reason::malformed, std::string(what) + " contains control characters");
    return std::string(text);
}

std::optional<PskcKey::Kind> kind_of(std::string_view uri) {
    // ':' is RFC 6030's spelling; '#' appears in files made to its drafts.
    if (uri.size() != kAlgorithmBase.size() + 5 || !uri.starts_with(kAlgorithmBase) ||
        (uri[kAlgorithmBase.size()] != ':' && uri[kAlgorithmBase.size()] != '#'))
        return std::nullopt;
    const std::string_view name = uri.substr(kAlgorithmBase.size() + 1);
    if (name == "hotp") return PskcKey::Kind::hotp;
    if (name == "totp") return PskcKey::Kind::totp;
    return std::nullopt;
}

core::HashAlgorithm suite_of(const pugi::xml_node& parameters, const PskcPlace& place) {
    const pugi::xml_node suite = child(parameters, "Suite");
    const std::string_view name = text_of(suite);
    if (!suite || name.empty()) return core::HashAlgorithm::sha1;
    for (auto [spelling, algorithm] : {std::pair{"HMAC-SHA1", core::HashAlgorithm::sha1},
                                       std::pair{"HMAC-SHA256", core::HashAlgorithm::sha256},
                                       std::pair{"HMAC-SHA512", core::HashAlgorithm::sha512}}) {
        const std::string_view full = spelling;
        if (equal_ignoring_case(name, full) || equal_ignoring_case(name, full.substr(5)))
            return algorithm;
    }
    place.fail(Reason::unsupported_algorithm,
               "Suite \"" + printable(name) +
                   "\" is not supported (HMAC-SHA1, HMAC-SHA256 or HMAC-SHA512)");
}

int digits_of(const pugi::xml_node& parameters, const PskcPlace& place) {
    const pugi::xml_node format = child(parameters, "ResponseFormat");
    if (!format) return 6;
    const std::string_view encoding = trim(format.attribute("Encoding").value());
    if (!encoding.empty() && !equal_ignoring_case(encoding, "DECIMAL"))
        place.fail(Reason::unsupported_algorithm, "ResponseFormat Encoding \"" +
                                                      printable(encoding) +
                                                      "\" is not supported (DECIMAL only)");
    const auto length = parse_unsigned(trim(format.attribute("Length").value()));
    if (!length) place.fail(Reason::malformed, "ResponseFormat Length is not an integer");
    if (*length < 6 || *length > 8)
        place.fail(Reason::unsupported_algorithm,
                   std::to_string(*length) + "-digit codes are not supported (6 to 8)");
    return static_cast<int>(*length);
}

// Counter, TimeInterval and Time. nullopt when absent.
std::optional<std::uint64_t> integer_of(const pugi::xml_node& data, const char* name,
                                        const PskcPlace& place) {
    const pugi::xml_node node = child(data, name);
    if (!node) return std::nullopt;
    if (child(node, "EncryptedValue"))
        place.fail(Reason::unsupported_algorithm,
                   std::string("an encrypted ") + name + " is not supported");
    const pugi::xml_node plain = child(node, "PlainValue");
    if (!plain) place.fail(Reason::malformed, std::string(name) + " has no PlainValue");
    const auto value = parse_unsigned(text_of(plain));
    if (!value) place.fail(Reason::malformed, std::string(name) + " is not an unsigned integer");
    return value;
}

}  // namespace

std::optional<PskcReadKey> read_key_package(const pugi::xml_node& package, std::size_t index,
                                            PskcProtection& protection) {
    PskcPlace place{.key_package = index, .serial = {}};
    const std::size_t keys = count_children(package, "Key");
    if (keys == 0) return std::nullopt;
    if (keys > 1) place.fail(Reason::malformed, "a KeyPackage holds more than one Key");
    const pugi::xml_node key = child(package, "Key");
    const pugi::xml_node device = child(package, "DeviceInfo");

    std::string_view serial = text_of(child(device, "SerialNo"));
    if (serial.empty()) serial = trim(key.attribute("Id").value());
    if (serial.empty())
        place.fail(Reason::malformed, "neither DeviceInfo/SerialNo nor Key/@Id names the key");
    place.serial = checked_text(serial, "the serial", place);

    PskcReadKey read;
    read.key.serial = place.serial;
    read.key.manufacturer =
        checked_text(text_of(child(device, "Manufacturer")), "Manufacturer", place);

    const std::string_view uri = trim(key.attribute("Algorithm").value());
    if (uri.empty()) place.fail(Reason::malformed, "the Key has no Algorithm");
    const auto kind = kind_of(uri);
    if (!kind)
        place.fail(Reason::unsupported_algorithm,
                   "algorithm \"" + printable(uri, 80) + "\" is not supported (PSKC hotp or totp)");
    read.key.kind = *kind;

    const pugi::xml_node parameters = child(key, "AlgorithmParameters");
    read.key.algorithm = suite_of(parameters, place);
    read.key.digits = digits_of(parameters, place);

    const pugi::xml_node data = child(key, "Data");
    const pugi::xml_node secret = child(data, "Secret");
    if (!secret) place.fail(Reason::malformed, "the Key has no Data/Secret");
    const pugi::xml_node plain = child(secret, "PlainValue");
    const pugi::xml_node encrypted = child(secret, "EncryptedValue");
    if (!plain == !encrypted)
        place.fail(Reason::malformed, "the Secret needs exactly one PlainValue or EncryptedValue");
    if (plain) {
        auto bytes = decode_base64(text_of(plain));
        if (!bytes) place.fail(Reason::malformed, "the Secret's PlainValue is not base64");
        read.key.secret = std::move(*bytes);
    } else {
        read.encrypted = true;
        auto opened = protection.open(encrypted, child(secret, "ValueMAC"), place);
        if (opened)
            read.key.secret = std::move(*opened);
        else
            read.mac_failed = true;
    }
    if (!read.mac_failed && read.key.secret.empty())
        place.fail(Reason::malformed, "the secret is empty");
    if (read.key.secret.size() > kPskcMaxSecret)
        place.fail(Reason::malformed,
                   "the secret is longer than " + std::to_string(kPskcMaxSecret) + " bytes");

    const auto counter = integer_of(data, "Counter", place);
    const auto interval = integer_of(data, "TimeInterval", place);
    // Validated but not kept: TokenDesk's TOTP counts from the Unix epoch (T0 = 0).
    (void)integer_of(data, "Time", place);
    if (read.key.kind == PskcKey::Kind::hotp) {
        read.key.counter = counter.value_or(0);
    } else {
        const std::uint64_t period = interval.value_or(30);
        if (period == 0 || period > kPskcMaxPeriod)
            place.fail(Reason::malformed,
                       "TimeInterval must be 1 to " + std::to_string(kPskcMaxPeriod) + " seconds");
        read.key.period_seconds = static_cast<int>(period);
    }
    return read;
}

}  // namespace td::crypto::detail
