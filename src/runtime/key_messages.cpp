#include "key_messages.h"

#include "td/platform/utf8_path.h"
#include "td/runtime/key_problem.h"

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
        const std::string database = store::database_label(database_url);
        throw KeyProblem(KeyProblem::Kind::missing, platform::utf8_of(key_file), database, {}, {},
                         "the key file " + platform::utf8_of(key_file) +
                             " does not exist, but the database " + database +
                             " needs its key: " + kWhereKeyFiles +
                             ". A new key file is made only with a new database (tokendesk-cli "
                             "db init). Nothing was written.");
    }
}

KeyProblem key_mismatch(const std::string& database_url, const std::filesystem::path& key_file,
                        const store::KeyMismatch& mismatch) {
    const auto list = [](const std::vector<core::KeyCheck>& checks) {
        std::string out;
        for (const auto& c : checks) out += (out.empty() ? "" : ", ") + core::short_check(c);
        return out;
    };
    const std::string recorded = list(mismatch.recorded());
    const std::string database = store::database_label(database_url);
    const std::string offered = list(mismatch.offered());
    if (!mismatch.other_installation())
        return KeyProblem(
            KeyProblem::Kind::outdated, platform::utf8_of(key_file), database, recorded, offered,
            "the key file " + platform::utf8_of(key_file) + " lacks key " +
                std::to_string(mismatch.missing().key_id) + " of the database " + database +
                ", which a key rotation moved to (the database uses " + recorded +
                "; this file holds " + offered +
                "): replace it with the current key file from the computer where tokendesk-cli "
                "key rotate ran, or with tokendesk-cli key restore from the newest key backup. "
                "Nothing was written.");
    return KeyProblem(
        KeyProblem::Kind::mismatch, platform::utf8_of(key_file), database, recorded, offered,
        "the key file " + platform::utf8_of(key_file) + " is not the key of the database " +
            database + " (the database was initialised with " + recorded + "; this file holds " +
            offered + "): " + kWhereKeyFiles + ". Nothing was written.");
}

}  // namespace td::runtime
