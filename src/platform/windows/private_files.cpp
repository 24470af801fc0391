// Windows implementation of td/platform/private_files.h. "Owner only" is a protected access
// list (nothing inherited from the folder) that allows the user who creates the file and
// SYSTEM; a file replaced keeps the access list it had (ReplaceFileW), as an administrator may
// have widened it on purpose.
#include "td/platform/private_files.h"

#include <windows.h>
// After windows.h.
#include <aclapi.h>
#include <sddl.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <system_error>

#include "bounded_read.h"
#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"
#include "wide.h"

namespace td::platform {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void fail(const fs::path& path, const std::string& what, DWORD err) {
    throw core::Fault("cannot " + what + " " + utf8_of(path) + ": " + windows::error_text(err));
}

class Handle {
  public:
    explicit Handle(HANDLE h) : h_(h) {}
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { close(); }
    HANDLE get() const { return h_; }
    bool valid() const { return h_ != INVALID_HANDLE_VALUE && h_ != nullptr; }
    bool close() {
        if (!valid()) return true;
        const BOOL ok = CloseHandle(h_);
        h_ = INVALID_HANDLE_VALUE;
        return ok != 0;
    }

  private:
    HANDLE h_;
};

struct LocalFreer {
    void operator()(void* p) const { LocalFree(p); }
};

// The SID of the user this process runs as, as an SDDL string ("S-1-5-21-…").
std::wstring current_user_sid() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        throw core::Fault("cannot read this process's user: " +
                          windows::error_text(GetLastError()));
    Handle owned(token);
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<unsigned char> buffer(size);
    if (!GetTokenInformation(token, TokenUser, buffer.data(), size, &size))
        throw core::Fault("cannot read this process's user: " +
                          windows::error_text(GetLastError()));
    wchar_t* text = nullptr;
    if (!ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid, &text))
        throw core::Fault("cannot read this process's user: " +
                          windows::error_text(GetLastError()));
    std::wstring sid(text);
    LocalFree(text);
    return sid;
}

// Security attributes that give the user and SYSTEM full access and nobody else any, with
// nothing inherited from the folder.
class OwnerOnly {
  public:
    OwnerOnly() {
        const std::wstring sddl = L"D:P(A;;FA;;;" + current_user_sid() + L")(A;;FA;;;SY)";
        PSECURITY_DESCRIPTOR sd = nullptr;
        if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1,
                                                                  &sd, nullptr))
            throw core::Fault("cannot build an owner-only access list: " +
                              windows::error_text(GetLastError()));
        sd_.reset(sd);
        attributes_.nLength = sizeof attributes_;
        attributes_.lpSecurityDescriptor = sd;
        attributes_.bInheritHandle = FALSE;
    }
    SECURITY_ATTRIBUTES* get() { return &attributes_; }

  private:
    std::unique_ptr<void, LocalFreer> sd_;
    SECURITY_ATTRIBUTES attributes_{};
};

// A new file, never over anything there (a file or a link): CREATE_NEW does not follow a link
// it finds in the way.
HANDLE create_new(const fs::path& path, SECURITY_ATTRIBUTES* access) {
    return CreateFileW(path.c_str(), GENERIC_WRITE, 0, access, CREATE_NEW,
                       FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
}

DWORD write_all(HANDLE h, std::span<const std::uint8_t> bytes) {
    while (!bytes.empty()) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size(), 1u << 30));
        DWORD written = 0;
        if (!WriteFile(h, bytes.data(), chunk, &written, nullptr)) return GetLastError();
        if (written == 0) return ERROR_WRITE_FAULT;
        bytes = bytes.subspan(written);
    }
    return ERROR_SUCCESS;
}

std::wstring unique_suffix() {
    static std::atomic<unsigned> counter{0};
    return std::to_wstring(GetCurrentProcessId()) + L"-" + std::to_wstring(GetTickCount64()) +
           L"-" + std::to_wstring(++counter);
}

bool is_well_known_reader(PSID sid, PSID owner) {
    if (owner && EqualSid(sid, owner)) return true;
    for (WELL_KNOWN_SID_TYPE type :
         {WinLocalSystemSid, WinBuiltinAdministratorsSid, WinCreatorOwnerRightsSid}) {
        if (IsWellKnownSid(sid, type)) return true;
    }
    return false;
}

std::string account_name(PSID sid) {
    wchar_t name[256], domain[256];
    DWORD name_size = 256, domain_size = 256;
    SID_NAME_USE use;
    if (LookupAccountSidW(nullptr, sid, name, &name_size, domain, &domain_size, &use))
        return windows::to_utf8(domain_size ? std::wstring(domain) + L"\\" + name : name);
    wchar_t* text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text)) return "another account";
    std::string out = windows::to_utf8(text);
    LocalFree(text);
    return out;
}

// Refuses a file whose access list lets an account other than its owner, SYSTEM or the
// Administrators read it (or has no access list at all, which lets everyone).
void check_only_owner_reads(HANDLE h) {
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    const DWORD err =
        GetSecurityInfo(h, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                        &owner, nullptr, &dacl, nullptr, &sd);
    if (err != ERROR_SUCCESS)
        throw core::Fault("cannot read its access list: " + windows::error_text(err));
    std::unique_ptr<void, LocalFreer> free_sd(sd);
    const std::string fix =
        "; allow its owner only (icacls FILE /inheritance:r /grant:r %USERNAME%:F)";
    if (!dacl) throw core::Fault("it has no access list, so everyone may read it" + fix);
    constexpr ACCESS_MASK kRead = FILE_READ_DATA | GENERIC_READ | GENERIC_ALL;
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (!GetAce(dacl, i, &ace)) continue;
        const auto* header = static_cast<ACE_HEADER*>(ace);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE || (header->AceFlags & INHERIT_ONLY_ACE))
            continue;
        const auto* allowed = static_cast<ACCESS_ALLOWED_ACE*>(ace);
        PSID sid = const_cast<DWORD*>(&allowed->SidStart);
        if ((allowed->Mask & kRead) && !is_well_known_reader(sid, owner))
            throw core::Fault("its access list lets " + account_name(sid) + " read it" + fix);
    }
}

}  // namespace

void replace_file(const fs::path& target, std::span<const std::uint8_t> bytes, Readers readers) {
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(L".");
    const fs::path temp = dir / (L"." + target.filename().native() + L"." + unique_suffix());
    OwnerOnly access;
    // Everyone's file takes the folder's inherited access list (no descriptor of its own).
    Handle h(create_new(temp, readers == Readers::owner ? access.get() : nullptr));
    if (!h.valid()) fail(target, "create a temporary file beside", GetLastError());
    auto fail_removing = [&](const std::string& what, DWORD err) {
        h.close();
        DeleteFileW(temp.c_str());
        fail(target, what, err);
    };
    if (const DWORD err = write_all(h.get(), bytes)) fail_removing("write", err);
    if (!FlushFileBuffers(h.get())) fail_removing("flush", GetLastError());
    if (!h.close()) fail_removing("write", GetLastError());
    // ReplaceFileW keeps the replaced file's access list; a new target gets the temporary
    // file's owner-only one.
    if (GetFileAttributesW(target.c_str()) != INVALID_FILE_ATTRIBUTES) {
        if (ReplaceFileW(target.c_str(), temp.c_str(), nullptr, REPLACEFILE_IGNORE_MERGE_ERRORS,
                         nullptr, nullptr))
            return;
    }
    if (!MoveFileExW(temp.c_str(), target.c_str(),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        fail_removing("replace", GetLastError());
}

void replace_file(const fs::path& target, std::string_view text, Readers readers) {
    replace_file(target,
                 std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()),
                 readers);
}

bool create_private_file(const fs::path& path) {
    OwnerOnly access;
    Handle h(create_new(path, access.get()));
    if (!h.valid()) {
        const DWORD err = GetLastError();
        if (err == ERROR_FILE_EXISTS || err == ERROR_ALREADY_EXISTS) return false;
        fail(path, "create", err);
    }
    return true;
}

void write_new_private_file(const fs::path& path, std::span<const std::uint8_t> bytes,
                            Flush flush) {
    OwnerOnly access;
    Handle h(create_new(path, access.get()));
    if (!h.valid()) fail(path, "create", GetLastError());
    auto fail_removing = [&](const std::string& what, DWORD err) {
        h.close();
        DeleteFileW(path.c_str());
        fail(path, what, err);
    };
    if (const DWORD err = write_all(h.get(), bytes)) fail_removing("write", err);
    if (flush == Flush::yes && !FlushFileBuffers(h.get())) fail_removing("flush", GetLastError());
    if (!h.close()) fail_removing("write", GetLastError());
}

std::optional<core::SecretBytes> read_private_file(const fs::path& path, std::size_t max_size) {
    Handle h(CreateFileW(path.c_str(), GENERIC_READ | READ_CONTROL, FILE_SHARE_READ, nullptr,
                         OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!h.valid()) {
        const DWORD err = GetLastError();
        if (err == ERROR_FILE_NOT_FOUND || err == ERROR_PATH_NOT_FOUND) return std::nullopt;
        throw core::Fault("cannot open: " + windows::error_text(err));
    }
    if (GetFileType(h.get()) != FILE_TYPE_DISK) throw core::Fault("not a regular file");
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(h.get(), &info))
        throw core::Fault("cannot inspect: " + windows::error_text(GetLastError()));
    if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) throw core::Fault("not a regular file");
    check_only_owner_reads(h.get());
    return detail::read_at_most(max_size, [&](std::span<std::uint8_t> into) {
        DWORD got = 0;
        if (!ReadFile(h.get(), into.data(), static_cast<DWORD>(into.size()), &got, nullptr))
            throw core::Fault("cannot read: " + windows::error_text(GetLastError()));
        return static_cast<std::size_t>(got);
    });
}

void create_private_directories(const fs::path& path) {
    OwnerOnly access;
    fs::path walked;
    for (const auto& part : path) {
        walked /= part;
        // A drive or the root ("C:", "\") exists; creating it fails harmlessly.
        if (!CreateDirectoryW(walked.c_str(), access.get())) {
            const DWORD err = GetLastError();
            if (err != ERROR_ALREADY_EXISTS && err != ERROR_ACCESS_DENIED &&
                err != ERROR_INVALID_NAME)
                fail(walked, "create the directory", err);
        }
    }
    std::error_code ec;
    if (!fs::is_directory(path, ec)) fail(path, "use the directory", ERROR_DIRECTORY);
}

fs::path user_temp_directory(std::string_view name) {
    // %TEMP% is the user's own (under the profile); our folder in it is made owner-only.
    wchar_t base[MAX_PATH + 1];
    const DWORD n = GetTempPathW(MAX_PATH + 1, base);
    if (n == 0 || n > MAX_PATH)
        throw core::Fault("cannot find the temporary folder: " +
                          windows::error_text(GetLastError()));
    const fs::path dir = fs::path(std::wstring(base, n)) / windows::to_wide(name);
    OwnerOnly access;
    if (!CreateDirectoryW(dir.c_str(), access.get()) && GetLastError() != ERROR_ALREADY_EXISTS)
        fail(dir, "create the directory", GetLastError());
    const DWORD attributes = GetFileAttributesW(dir.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || !(attributes & FILE_ATTRIBUTE_DIRECTORY) ||
        (attributes & FILE_ATTRIBUTE_REPARSE_POINT))
        throw core::Fault("the temporary directory " + utf8_of(dir) +
                          " is a link or not a directory; remove it");
    return dir;
}

PrivateTempDir::PrivateTempDir(const fs::path& parent, std::string_view prefix) {
    OwnerOnly access;
    for (int attempt = 0; attempt < 100; ++attempt) {
        fs::path candidate = parent / (windows::to_wide(prefix) + unique_suffix());
        if (CreateDirectoryW(candidate.c_str(), access.get())) {
            path_ = std::move(candidate);
            return;
        }
        if (GetLastError() != ERROR_ALREADY_EXISTS)
            fail(parent, "create a temporary directory under", GetLastError());
    }
    fail(parent, "create a temporary directory under", ERROR_ALREADY_EXISTS);
}

}  // namespace td::platform
