// libFuzzer entry for read_pskc. Whatever the bytes, reading must return keys or throw
// PskcError; another exception, a crash or a sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "td/crypto/pskc_reader.h"

namespace {

using td::crypto::PskcDecryption;

// RFC 6030 figure 6's key and figure 7's passphrase, so that mutations of the seed figures
// get past decryption into the code behind it.
const PskcDecryption& with_pre_shared_key() {
    static const PskcDecryption how{
        .pre_shared_key = std::vector<std::uint8_t>{0x12, 0x34, 0x56, 0x78, 0x90, 0x12, 0x34, 0x56,
                                                    0x78, 0x90, 0x12, 0x34, 0x56, 0x78, 0x90, 0x12},
        .passphrase = std::nullopt};
    return how;
}

const PskcDecryption& with_passphrase() {
    static const PskcDecryption how{.pre_shared_key = std::nullopt, .passphrase = "qwerty"};
    return how;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    for (const PskcDecryption* how : {&with_pre_shared_key(), &with_passphrase()}) {
        try {
            (void)td::crypto::read_pskc(xml, *how);
        } catch (const td::crypto::PskcError&) {
        }
    }
    return 0;
}
