#pragma once
// A vendor's seed file (PSKC, RFC 6030) read into devices for core::StockService, shared by
// tokendesk-cli and the desktop's stock screen. Every problem with the file or its key is a
// refusal naming the field (file, key_hex, passphrase) and what was wrong; the caller then
// imports nothing.
#include <filesystem>
#include <string>

#include "td/core/outcome.h"
#include "td/core/stock_service.h"

namespace td::runtime {

struct SeedFileKey {
    std::string key_hex;     // the pre-shared AES key, 32, 48 or 64 hex digits; or empty
    std::string passphrase;  // for PBKDF2-protected files; or empty
};

core::Outcome<core::ImportRequest> read_seed_file(const std::filesystem::path& file,
                                                  const std::string& branch_code,
                                                  const SeedFileKey& key);

}  // namespace td::runtime
