#include "td/core/names.h"

#include <array>
#include <utility>

namespace td::core {
namespace {

// One table per enum: the single place where a spelling is defined.
template <class E, std::size_t N>
using Table = std::array<std::pair<E, std::string_view>, N>;

constexpr Table<Role, 3> kRoles{
    {{Role::teller, "teller"}, {Role::manager, "manager"}, {Role::admin, "admin"}}};
constexpr Table<UserKind, 2> kUserKinds{
    {{UserKind::master, "master"}, {UserKind::general, "general"}}};
constexpr Table<OtpState, 2> kOtpStates{
    {{OtpState::active, "active"}, {OtpState::locked, "locked"}}};
constexpr Table<TokenKind, 2> kTokenKinds{
    {{TokenKind::software, "software"}, {TokenKind::hardware, "hardware"}}};
constexpr Table<TokenState, 5> kTokenStates{{{TokenState::issued, "issued"},
                                             {TokenState::active, "active"},
                                             {TokenState::revoked, "revoked"},
                                             {TokenState::stopped, "stopped"},
                                             {TokenState::voided, "void"}}};
constexpr Table<OtpMode, 2> kOtpModes{{{OtpMode::totp, "totp"}, {OtpMode::hotp, "hotp"}}};
constexpr Table<HashAlgorithm, 3> kAlgorithms{{{HashAlgorithm::sha1, "sha1"},
                                               {HashAlgorithm::sha256, "sha256"},
                                               {HashAlgorithm::sha512, "sha512"}}};
constexpr Table<ApplicationKind, 7> kAppKinds{
    {{ApplicationKind::software_token, "software_token"},
     {ApplicationKind::hardware_token, "hardware_token"},
     {ApplicationKind::unlock, "unlock"},
     {ApplicationKind::revoke, "revoke"},
     {ApplicationKind::misuse_report, "misuse_report"},
     {ApplicationKind::contract_update, "contract_update"},
     {ApplicationKind::contract_close, "contract_close"}}};
constexpr Table<ApplicationState, 4> kAppStates{{{ApplicationState::entered, "entered"},
                                                 {ApplicationState::approved, "approved"},
                                                 {ApplicationState::rejected, "rejected"},
                                                 {ApplicationState::cancelled, "cancelled"}}};
constexpr Table<VisitorRole, 2> kVisitorRoles{
    {{VisitorRole::principal, "principal"}, {VisitorRole::agent, "agent"}}};
constexpr Table<RevokeReason, 6> kRevokeReasons{{{RevokeReason::lost, "lost"},
                                                 {RevokeReason::stolen, "stolen"},
                                                 {RevokeReason::broken, "broken"},
                                                 {RevokeReason::model_change, "model_change"},
                                                 {RevokeReason::app_deleted, "app_deleted"},
                                                 {RevokeReason::returned, "returned"}}};
constexpr Table<DeviceState, 5> kDeviceStates{{{DeviceState::in_stock, "in_stock"},
                                               {DeviceState::assigned, "assigned"},
                                               {DeviceState::lost, "lost"},
                                               {DeviceState::retired, "retired"},
                                               {DeviceState::pending, "pending"}}};
constexpr Table<AdminChangeKind, 11> kAdminChangeKinds{
    {{AdminChangeKind::branch_add, "branch_add"},
     {AdminChangeKind::staff_add, "staff_add"},
     {AdminChangeKind::staff_role, "staff_role"},
     {AdminChangeKind::staff_disable, "staff_disable"},
     {AdminChangeKind::staff_enable, "staff_enable"},
     {AdminChangeKind::staff_password_reset, "staff_password_reset"},
     {AdminChangeKind::policy_set, "policy_set"},
     {AdminChangeKind::stock_import, "stock_import"},
     {AdminChangeKind::stock_transfer, "stock_transfer"},
     {AdminChangeKind::stock_retire, "stock_retire"},
     {AdminChangeKind::retention_purge, "retention_purge"}}};
constexpr Table<AdminChangeState, 3> kAdminChangeStates{
    {{AdminChangeState::pending, "pending"},
     {AdminChangeState::approved, "approved"},
     {AdminChangeState::rejected, "rejected"}}};

template <class E, std::size_t N>
std::string_view name_in(const Table<E, N>& table, E v) {
    for (const auto& [e, s] : table)
        if (e == v) return s;
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> value_in(const Table<E, N>& table, std::string_view s) {
    for (const auto& [e, name] : table)
        if (name == s) return e;
    return std::nullopt;
}

}  // namespace

#define TD_ENUM_NAMES(Type, table)                             \
    std::string_view to_string(Type v) {                       \
        return name_in(table, v);                              \
    }                                                          \
    template <>                                                \
    std::optional<Type> parse_enum<Type>(std::string_view s) { \
        return value_in(table, s);                             \
    }

TD_ENUM_NAMES(Role, kRoles)
TD_ENUM_NAMES(UserKind, kUserKinds)
TD_ENUM_NAMES(OtpState, kOtpStates)
TD_ENUM_NAMES(TokenKind, kTokenKinds)
TD_ENUM_NAMES(TokenState, kTokenStates)
TD_ENUM_NAMES(OtpMode, kOtpModes)
TD_ENUM_NAMES(HashAlgorithm, kAlgorithms)
TD_ENUM_NAMES(ApplicationKind, kAppKinds)
TD_ENUM_NAMES(DeviceState, kDeviceStates)
TD_ENUM_NAMES(ApplicationState, kAppStates)
TD_ENUM_NAMES(VisitorRole, kVisitorRoles)
TD_ENUM_NAMES(RevokeReason, kRevokeReasons)
TD_ENUM_NAMES(AdminChangeKind, kAdminChangeKinds)
TD_ENUM_NAMES(AdminChangeState, kAdminChangeStates)

#undef TD_ENUM_NAMES

}  // namespace td::core
