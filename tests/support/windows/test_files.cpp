#include "test_files.h"

#include <windows.h>
// After windows.h.
#include <aclapi.h>

#include <memory>

namespace td::test {
namespace {

struct LocalFreer {
    void operator()(void* p) const { LocalFree(p); }
};

}  // namespace

void let_everyone_read(const std::filesystem::path& path) {
    PACL old_dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr,
                              nullptr, &old_dacl, nullptr, &sd) != ERROR_SUCCESS)
        return;
    std::unique_ptr<void, LocalFreer> free_sd(sd);
    EXPLICIT_ACCESSW everyone{};
    everyone.grfAccessPermissions = GENERIC_READ;
    everyone.grfAccessMode = GRANT_ACCESS;
    everyone.grfInheritance = NO_INHERITANCE;
    everyone.Trustee.TrusteeForm = TRUSTEE_IS_NAME;
    everyone.Trustee.TrusteeType = TRUSTEE_IS_WELL_KNOWN_GROUP;
    everyone.Trustee.ptstrName = const_cast<wchar_t*>(L"EVERYONE");
    PACL new_dacl = nullptr;
    if (SetEntriesInAclW(1, &everyone, old_dacl, &new_dacl) != ERROR_SUCCESS) return;
    std::unique_ptr<void, LocalFreer> free_dacl(new_dacl);
    SetNamedSecurityInfoW(const_cast<wchar_t*>(path.c_str()), SE_FILE_OBJECT,
                          DACL_SECURITY_INFORMATION, nullptr, nullptr, new_dacl, nullptr);
}

bool only_owner_may_use(const std::filesystem::path& path) {
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT,
                              OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner,
                              nullptr, &dacl, nullptr, &sd) != ERROR_SUCCESS)
        return false;
    std::unique_ptr<void, LocalFreer> free_sd(sd);
    if (!dacl) return false;
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (!GetAce(dacl, i, &ace)) return false;
        const auto* header = static_cast<ACE_HEADER*>(ace);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE) continue;
        PSID sid = &static_cast<ACCESS_ALLOWED_ACE*>(ace)->SidStart;
        const bool ours = EqualSid(sid, owner) || IsWellKnownSid(sid, WinLocalSystemSid) ||
                          IsWellKnownSid(sid, WinBuiltinAdministratorsSid);
        if (!ours) return false;
    }
    return true;
}

}  // namespace td::test
