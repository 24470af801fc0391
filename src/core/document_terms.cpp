#include "td/core/document_terms.h"

namespace td::core {
std::string pick(Language lang, const char* ja, const char* en) {
    return lang == Language::ja ? ja : en;
}

std::string procedure_name(ApplicationKind kind, Language lang) {
    switch (kind) {
        case ApplicationKind::software_token:
            return pick(lang, "ソフトウェアトークンの発行", "Issue of a software token");
        case ApplicationKind::hardware_token:
            return pick(lang, "ハードウェアトークンの発行", "Issue of a hardware token");
        case ApplicationKind::unlock:
            return pick(lang, "ワンタイムパスワードの利用停止解除", "Unlock of one-time passwords");
        case ApplicationKind::revoke:
            return pick(lang, "トークンの失効", "Revocation of a token");
        case ApplicationKind::misuse_report:
            return pick(lang, "偽造・不正使用の届出", "Report of forgery or misuse");
        case ApplicationKind::contract_update:
            return pick(lang, "ご契約内容の変更", "Change of contract details");
        case ApplicationKind::contract_close:
            return pick(lang, "ご契約の解約", "Closing of the contract");
    }
    return {};
}

std::string user_kind_name(UserKind kind, Language lang) {
    return kind == UserKind::master ? pick(lang, "マスターユーザ", "master user")
                                    : pick(lang, "一般ユーザ", "general user");
}

std::string revoke_reason_name(RevokeReason reason, Language lang) {
    switch (reason) {
        case RevokeReason::lost:
            return pick(lang, "紛失", "lost");
        case RevokeReason::stolen:
            return pick(lang, "盗難", "stolen");
        case RevokeReason::broken:
            return pick(lang, "故障・破損", "broken");
        case RevokeReason::model_change:
            return pick(lang, "機種変更", "change of phone");
        case RevokeReason::app_deleted:
            return pick(lang, "アプリ・トークンの削除", "app or token deleted");
        case RevokeReason::returned:
            return pick(lang, "返却", "returned");
    }
    return {};
}

std::string application_state_name(ApplicationState state, Language lang) {
    switch (state) {
        case ApplicationState::entered:
            return pick(lang, "検印待ち", "awaiting approval");
        case ApplicationState::approved:
            return pick(lang, "承認済", "approved");
        case ApplicationState::rejected:
            return pick(lang, "差戻し", "rejected");
        case ApplicationState::cancelled:
            return pick(lang, "取消", "cancelled");
    }
    return {};
}

}  // namespace td::core
