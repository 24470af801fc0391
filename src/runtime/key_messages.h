#pragma once
// Opening the key file of an existing database, and what to say when it is missing or not
// that database's: both files named, and what to do, so that nobody "fixes" it by making a
// new key.
#include <filesystem>
#include <string>

#include "td/crypto/key_file.h"
#include "td/runtime/key_problem.h"
#include "td/store/open_store.h"

namespace td::runtime {

// KeyFile::open, with a missing file turned into a KeyProblem naming the database too.
crypto::KeyFile open_database_key(const std::string& database_url,
                                  const std::filesystem::path& key_file);

KeyProblem key_mismatch(const std::string& database_url, const std::filesystem::path& key_file,
                        const store::KeyMismatch& mismatch);

}  // namespace td::runtime
