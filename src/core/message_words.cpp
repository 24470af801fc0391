// The words of warnings and of the fields refusals name (message_tables.h).
#include "message_tables.h"

namespace td::core::detail {

const std::map<std::string, Text>& warning_texts() {
    static const std::map<std::string, Text> t{
        {"app_token_count_high",
         {"このアプリのトークンが8件以上になります。他行のトークンも上限10件に含まれますのでお客様"
          "にご確認ください。",
          "This app will hold 8 or more tokens; other banks' tokens count toward its limit of 10, "
          "so check with the customer."}},
        {"online_unlock_available",
         {"一般ユーザの利用停止解除は、マスターユーザがインターネットバンキングで行うこともできます"
          "。",
          "A master user can also unlock a general user online."}},
        {"online_revoke_available",
         {"一般ユーザのトークン失効は、マスターユーザがインターネットバンキングで行うこともできます"
          "。",
          "A master user can also revoke a general user's token online."}},
        {"seal_not_checked",
         {"届出印の照合が記録されていません。",
          "The registered seal has not been recorded as checked."}},
        {"identity_not_checked",
         {"本人確認書類の確認が記録されていません。",
          "The identity document has not been recorded as checked."}},
        {"no_token_to_stop",
         {"この利用者には停止するトークンがありません。届出のみ記録します。",
          "This user has no token in use to stop; the report is recorded."}},
    };
    return t;
}

const std::map<std::string, Text>& field_texts() {
    static const std::map<std::string, Text> t{
        {"start_password", {"利用開始パスワード", "usage-start password"}},
        {"mobile_email", {"携帯電話メールアドレス", "mobile e-mail"}},
        {"login_id", {"ログインID", "login ID"}},
        {"purpose", {"用途", "purpose"}},
        {"after", {"after", "after"}},
        {"limit", {"limit", "limit"}},
        {"Idempotency-Key", {"Idempotency-Key", "Idempotency-Key"}},
        {"by", {"操作者のログインID", "acting user's login ID"}},
        {"name", {"氏名", "name"}},
        {"company", {"会社名", "company name"}},
        {"company_kana", {"会社名カナ", "company name (kana)"}},
        {"representative", {"代表者名", "representative"}},
        {"representative_title", {"代表者役職", "representative's title"}},
        {"postal", {"郵便番号", "postal code"}},
        {"address", {"住所", "address"}},
        {"phone", {"電話番号", "phone"}},
        {"branch", {"店番", "branch code"}},
        {"code", {"店番", "branch code"}},
        {"contract", {"契約番号", "contract number"}},
        {"before", {"基準日", "date"}},
        {"number", {"契約番号", "contract number"}},
        {"id", {"職員ID", "staff ID"}},
        {"password", {"パスワード", "password"}},
        {"current_password", {"現在のパスワード", "current password"}},
        {"new_password", {"新しいパスワード", "new password"}},
        {"staff_id", {"職員ID", "staff ID"}},
        {"form_received", {"書面受付日", "form received date"}},
        {"visitor", {"来店者", "visitor"}},
        {"visitor_role", {"来店者区分", "visitor role"}},
        {"memo", {"備考", "memo"}},
        {"details", {"届出内容", "details"}},
        {"reason", {"理由", "reason"}},
        {"otp", {"ワンタイムパスワード", "one-time password"}},
        {"service_id", {"サービスID", "service ID"}},
        {"token_user_id", {"ユーザID", "token user ID"}},
        {"kind", {"区分", "kind"}},
        {"role", {"権限", "role"}},
        {"as", {"職員", "staff"}},
        {"application_id", {"受付番号", "application number"}},
        {"change", {"変更番号", "change number"}},
        {"key", {"設定項目", "policy key"}},
        {"type", {"書面の種類", "form type"}},
        {"query", {"検索文字列", "search text"}},
        {"date", {"日付", "date"}},
        {"value", {"設定値", "policy value"}},
        {"serial", {"シリアル番号", "serial"}},
        {"to", {"移管先の店番", "destination branch"}},
        {"file", {"シードファイル", "seed file"}},
        {"source", {"ファイル名", "file name"}},
        {"manufacturer", {"メーカー", "manufacturer"}},
        {"digits", {"桁数", "digits"}},
        {"period", {"時間間隔", "time step"}},
        {"counter", {"カウンタ", "counter"}},
        {"seed", {"シード", "seed"}},
        {"code1", {"1つ目のワンタイムパスワード", "first code"}},
        {"code2", {"2つ目のワンタイムパスワード", "second code"}},
        {"key_hex", {"復号鍵", "decryption key"}},
        {"passphrase", {"パスフレーズ", "passphrase"}},
        {"database", {"データベース", "database"}},
        {"key_file", {"鍵ファイル", "key file"}},
        {"printer", {"プリンタ", "printer"}},
        {"language", {"表示言語", "language"}},
        {"lock_minutes", {"自動ロックまでの分数", "minutes before the screen locks"}},
    };
    return t;
}

}  // namespace td::core::detail
