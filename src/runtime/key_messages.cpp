#include "key_messages.h"

namespace td::runtime {
namespace {

constexpr const char* kWhereKeyFiles =
    "start with the key file it was initialised with (--key-file, TOKENDESK_KEY_FILE or "
    "key_file in tokendesk.conf), or restore that file from its backup";

}  // namespace

crypto::KeyFile open_database_key(const std::string& database_url,
                                  const std::filesystem::path& key_file) {
    try {
        return crypto::KeyFile::open(key_file);
    } catch (const crypto::KeyFileMissing&) {
        throw core::Fault("the key file " + key_file.string() +
                          " does not exist, but the database " +
                          store::database_label(database_url) + " needs its key: " +
                          kWhereKeyFiles +
                          ". A new key file is made only with a new database (tokendesk-cli db "
                          "init). Nothing was written.");
    }
}

std::string key_mismatch_message(const std::string& database_url,
                                 const std::filesystem::path& key_file,
                                 const store::KeyMismatch& mismatch) {
    std::string recorded;
    for (const auto& c : mismatch.recorded())
        recorded += (recorded.empty() ? "" : ", ") + core::short_check(c);
    return "the key file " + key_file.string() + " is not the key of the database " +
           store::database_label(database_url) + " (the database was initialised with " +
           recorded + "; this file holds " + core::short_check(mismatch.offered()) + "): " +
           kWhereKeyFiles + ". Nothing was written.";
}

}  // namespace td::runtime
