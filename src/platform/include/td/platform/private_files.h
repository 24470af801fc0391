#pragma once
// The file primitives that keep customer documents, databases, key files and settings private
// and whole. One interface for every client; one implementation per platform (posix/,
// windows/; CMake picks the folder), so no caller tests a platform macro.
// Every function throws core::Fault with the path and the system's reason when it fails.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "td/core/secret_bytes.h"

namespace td::platform {

// Puts `bytes` at `target` whole and durably, or leaves `target` as it was: a new temporary file
// beside it (created exclusively, never through a link), written, flushed to disk, renamed over
// `target`, and the directory flushed. Any failure removes the temporary file.
// Readers::owner: a new file is readable by its owner only; a file replaced keeps the owner's and
// group's rights it had (an administrator may widen a group on purpose) and never keeps rights
// for others. Readers::everyone (the machine-wide tokendesk.conf, which every teller's program
// reads): a new file is readable by every user of the computer and writable by its owner (POSIX
// 0644; on Windows the folder's inherited access list, ProgramData's: Users read); a file
// replaced keeps its rights.
enum class Readers { owner, everyone };
void replace_file(const std::filesystem::path& target, std::span<const std::uint8_t> bytes,
                  Readers readers = Readers::owner);
void replace_file(const std::filesystem::path& target, std::string_view text,
                  Readers readers = Readers::owner);

// Creates `path` empty and readable by its owner only, unless something (even a dangling link)
// is already there; true when it created the file.
bool create_private_file(const std::filesystem::path& path);

// Creates `path` exclusively (never through a link, never over an existing file) with `bytes`,
// readable by its owner only. `flushed`: on disk before it returns (a key file); a file that
// is only passed along (a font subset) need not wait for that. A failure removes the file.
enum class Flush { no, yes };
void write_new_private_file(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                            Flush flush = Flush::no);

// Reads a secret file (a key file) of at most `max_size` bytes; nullopt when it does not exist.
// Refused (core::Fault saying what to change) when it is not a regular file, is longer, or
// anyone but its owner may read it: POSIX rights beyond the owner's (chmod 600); on Windows an
// access-control entry that lets another account than the owner, SYSTEM or Administrators read
// it (icacls). The message does not name the path: the caller does.
std::optional<core::SecretBytes> read_private_file(const std::filesystem::path& path,
                                                   std::size_t max_size);

// Creates the directories of `path` that are missing, readable by their owner only.
void create_private_directories(const std::filesystem::path& path);

// This user's private directory for `name`'s temporary files: in the per-user runtime
// directory when the session has one, else under the system's temporary directory with the
// user's id in its name. Created with owner-only rights when missing; refused when it is a
// link, not a directory or not the user's own, and its rights narrowed to the owner when wider.
std::filesystem::path user_temp_directory(std::string_view name);

// A new directory with a unique name under `parent`, readable by its owner only, removed with
// everything in it when the object goes.
class PrivateTempDir {
  public:
    PrivateTempDir(const std::filesystem::path& parent, std::string_view prefix);
    ~PrivateTempDir();
    PrivateTempDir(const PrivateTempDir&) = delete;
    PrivateTempDir& operator=(const PrivateTempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

// Removes the directories under `parent` whose names start with `prefix` and that nobody has
// changed for `age` (leftovers of a program that did not end cleanly).
void remove_stale_directories(const std::filesystem::path& parent, std::string_view prefix,
                              std::chrono::seconds age);

}  // namespace td::platform
