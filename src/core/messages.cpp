#include "td/core/messages.h"

#include <map>

#include "message_tables.h"

namespace td::core {
namespace detail {

const std::map<std::string, Text>& refusal_texts() {
    static const std::map<std::string, Text> t{
        {"required", {"{field}を入力してください。", "{field} is required."}},
        {"invalid_utf8",
         {"{field}に使用できない文字コードが含まれています。", "{field} is not valid UTF-8 text."}},
        {"too_long",
         {"{field}は{max}文字以内で入力してください。",
          "{field} must be at most {max} characters."}},
        {"control_character",
         {"{field}に制御文字（{character}）は使用できません。",
          "{field} must not contain control characters ({character})."}},
        {"character_not_allowed",
         {"{field}に印刷できない文字 {character} "
          "が含まれています（絵文字・書式制御文字・私用領域の文字などは使用できません）。",
          "{field} contains {character}, which cannot be printed (emoji, formatting characters "
          "and private-use characters are not accepted)."}},
        {"full_width_digits",
         {"{field}は半角数字で入力してください（全角数字は使用できません）。",
          "{field} must use half-width digits (full-width digits are not accepted)."}},
        {"digits_length",
         {"{field}は半角数字{min}〜{max}桁で入力してください。",
          "{field} must be {min} to {max} half-width digits."}},
        {"start_password_format",
         {"利用開始パスワードは半角数字4〜8桁で入力してください。",
          "The usage-start password must be 4 to 8 half-width digits."}},
        {"start_password_both",
         {"利用開始パスワードは入力か自動生成のどちらか一方を選んでください。",
          "Give a usage-start password or ask for one to be generated, not both."}},
        {"email_format",
         {"{field}の形式が正しくありません。", "{field} is not a valid e-mail address."}},
        {"email_not_mobile",
         {"{field}"
          "は携帯電話のメールアドレスを入力してください（パソコンのメールアドレスは入力できません："
          "{domain}）。",
          "{field} must be a mobile phone address; PC addresses are not accepted ({domain})."}},
        {"id_format",
         {"{field}に使用できるのは次の半角文字のみです：{allowed}",
          "{field} may contain only these half-width characters: {allowed}"}},
        {"kana_format",
         {"{field}は全角カタカナで入力してください。", "{field} must be written in katakana."}},
        {"phone_format",
         {"{field}の形式が正しくありません（例：03-1234-5678）。",
          "{field} is not a valid phone number (e.g. 03-1234-5678)."}},
        {"postal_code_format",
         {"{field}は「123-4567」の形式で入力してください。", "{field} must look like 123-4567."}},
        {"date_format",
         {"{field}は「YYYY-MM-DD」の形式の正しい日付で入力してください。",
          "{field} must be a real date written YYYY-MM-DD."}},
        {"date_too_early",
         {"{field}は{earliest}以降の日付で入力してください。",
          "{field} cannot be earlier than {earliest}."}},
        {"date_in_future",
         {"{field}に未来の日付は指定できません。", "{field} cannot be in the future."}},
        {"idempotency_key_format",
         {"{field}は1～255文字の半角英数記号で指定してください。",
          "{field} must be 1 to 255 visible ASCII characters."}},
        {"idempotency_key_reused",
         {"この{field}は別の要求に使われています。", "This {field} was used for another request."}},
        {"invalid_choice",
         {"{field}は次のいずれかを指定してください：{choices}",
          "{field} must be one of: {choices}"}},
        {"password_character",
         {"{field}に使用できない文字（制御文字・絵文字・書式制御文字など）が含まれています。",
          "{field} contains a character that cannot be used (a control, emoji or formatting "
          "character)."}},
        {"password_too_short",
         {"パスワードは{min}文字以上にしてください。",
          "The password must be at least {min} characters."}},
        {"password_change_required",
         {"パスワードの変更が必要です（{reason_text}）。新しいパスワードを決めてください。",
          "The password must be changed first ({reason_text}): choose a new one."}},
        {"contract_has_live_token",
         {"利用中のトークンがあるため解約できません（ログインID {login_id}）。先にトークンを失効してください。",
          "The contract cannot be closed while a token is in use (login ID {login_id}): revoke it "
          "first."}},
        {"contract_closed",
         {"この契約は解約済みです（{closed_at}）。手続きは受け付けられません。",
          "The contract was closed ({closed_at}) and takes no procedure."}},
        {"retention_period",
         {"{field}は保存期間（{years}年）を過ぎた日付、{latest}以前を指定してください。",
          "The {field} must be no later than {latest} ({years} years of retention)."}},
        {"nothing_to_purge",
         {"{before}より前に解約・失効したお客様はいません。削除するものはありません。",
          "No customer's contract and tokens ended before {before}: there is nothing to purge."}},
        {"password_mismatch",
         {"{field}が2回の入力で一致しません。", "The two typings of the {field} differ."}},
        {"password_unchanged",
         {"新しいパスワードは現在のパスワードと異なるものにしてください。",
          "The new password must differ from the current one."}},
        {"password_reused",
         {"直近{count}回のパスワードは再使用できません。",
          "None of the last {count} passwords may be used again."}},
        {"sign_in_required",
         {"職員IDとパスワードでログインしてください。", "Sign in with a staff ID and password."}},
        {"sign_in_failed",
         {"職員IDまたはパスワードが正しくありません。", "The staff ID or password is wrong."}},
        {"staff_locked",
         {"職員ID {staff_id} はロックされています。管理者に連絡してください。",
          "The staff account {staff_id} is locked; ask an administrator."}},
        {"role_not_allowed",
         {"この操作は権限（{role}）のある職員のみ行えます。",
          "Only staff with the role {role} may do this."}},
        {"wrong_branch",
         {"この操作は取引店（{branch}）の職員のみ行えます。",
          "Only staff of the home branch {branch} may do this."}},
        {"other_branch_customer",
         {"他店のお客さまの情報は表示できません（運用ルール cross_branch_read "
          "で許可された権限のみ）。",
          "Customers of other branches may be shown only to the roles the policy "
          "cross_branch_read allows."}},
        {"staff_disabled",
         {"職員ID {staff_id} は利用停止されています。管理者に連絡してください。",
          "The staff account {staff_id} is disabled; ask an administrator."}},
        {"admin_change_pending",
         {"{target} には承認待ちの変更（変更番号 {change}、起票者 {by}）があります。"
          "その変更が承認または却下されてから入力してください。",
          "{target} already has a change waiting for approval (change {change}, entered by "
          "{by}); approve or reject it first."}},
        {"admin_change_decided",
         {"この変更は既に処理済みです（状態：{state}、処理者：{by}）。",
          "This change has already been dealt with (state: {state}, by {by})."}},
        {"unknown_admin_change",
         {"その変更番号の管理変更はありません。", "No administrative change has that number."}},
        {"maker_is_checker_admin",
         {"自分で入力した管理変更は承認できません。別の管理者が承認してください。",
          "You cannot approve a change you entered; another administrator must."}},
        {"own_account",
         {"自分自身の権限変更・利用停止はできません。別の管理者が行ってください。",
          "You cannot change the role of, or disable, your own account; another administrator "
          "must."}},
        {"last_admin",
         {"{staff_id} は最後の管理者のため、権限変更・利用停止はできません。"
          "先に別の管理者を登録してください。",
          "{staff_id} is the last active administrator and cannot be demoted or disabled; add "
          "another administrator first."}},
        {"already_disabled",
         {"この職員は既に利用停止されています。", "This member of staff is already disabled."}},
        {"not_disabled",
         {"この職員は利用停止されていません。", "This member of staff is not disabled."}},
        {"no_change",
         {"{field}は既に「{value}」です。", "{field} is already {value}."}},
        {"report_month_format",
         {"対象月はYYYY-MM（例：2026-11）の形で指定してください。",
          "The month must be YYYY-MM (for example 2026-11)."}},
        {"report_month_future",
         {"{month}はまだ始まっていません。", "{month} has not begun yet."}},
        {"cp932_unmappable",
         {"「{character}」（{code_point}）はShift_JIS（CP932）で書けません（{where}）。"
          "UTF-8で出力してください。",
          "{character} ({code_point}) cannot be written in Shift_JIS (CP932) ({where}); write "
          "the file in UTF-8 instead."}},
        {"key_not_next",
         {"鍵 {key} はこのデータベースの次の鍵ではありません（現在の鍵は {database_key}）。",
          "Key {key} is not this database's next key (its current key is {database_key})."}},
        {"key_not_handed_over",
         {"データベースはまだ鍵 {key} に切り替わっていません（現在の鍵は {database_key}）。"
          "tokendesk-cli key rotate をもう一度実行してください。",
          "The database has not been handed over to key {key} yet (its current key is "
          "{database_key}); run tokendesk-cli key rotate again."}},
        {"wrong_passphrase",
         {"パスフレーズが違うか、鍵のバックアップが壊れています。",
          "The passphrase is wrong, or the key backup is damaged."}},
        {"passphrase_mismatch",
         {"確認のために入力したパスフレーズが一致しません。",
          "The passphrase and its confirmation differ."}},
        {"passphrase_too_short",
         {"パスフレーズは{min}文字以上にしてください。",
          "The passphrase must be at least {min} characters."}},
        {"not_key_backup",
         {"{file} は TokenDesk の鍵バックアップではありません。",
          "{file} is not a TokenDesk key backup."}},
        {"key_backup_truncated",
         {"鍵バックアップ {file} は途中で切れています。別のバックアップを使ってください。",
          "The key backup {file} is truncated; use another backup."}},
        {"key_backup_lacks_key",
         {"このバックアップには、データベースが使っている鍵 {key} がありません。",
          "This backup lacks key {key}, which the database uses."}},
        {"key_backup_differs",
         {"バックアップの鍵 {key} は、データベースの鍵 {key} と一致しません。",
          "Key {key} in the backup is not the database's key {key}."}},
        {"key_file_has_more",
         {"鍵ファイル {file} にはバックアップにない鍵 {key} があるため、上書きしません。",
          "The key file {file} holds key {key}, which the backup lacks; it is not overwritten."}},
        {"run_by_hand",
         {"{why}。次のコマンドを実行してください：{command}", "{why}. Run instead: {command}"}},
        {"bootstrap_needs_admin",
         {"最初に登録する職員は管理者（admin）にしてください。",
          "The first member of staff must be an administrator."}},
        {"already_exists",
         {"{field}は既に登録されています（{existing}。英字の大文字・小文字の違いは区別しません）。",
          "{field} is already registered ({existing}; IDs differing only in letter case are the "
          "same ID)."}},
        {"unknown_branch", {"店番が登録されていません。", "No branch has that code."}},
        {"unknown_staff", {"職員IDが登録されていません。", "No staff member has that ID."}},
        {"unknown_contract", {"契約番号が登録されていません。", "No contract has that number."}},
        {"unknown_login_id",
         {"入力された{field}の利用者は登録されていません。",
          "No user is registered with the {field} given."}},
        {"unknown_application", {"受付番号が見つかりません。", "No application has that number."}},
        {"unknown_token",
         {"サービスIDまたはユーザIDが正しくありません。",
          "The service ID or token user ID is wrong."}},
        {"token_user_id_format",
         {"ユーザIDが正しくありません（10桁の半角数字）。",
          "The token user ID is wrong (10 half-width digits)."}},
        {"maker_is_checker",
         {"起票者本人は検印できません。別の役席者が検印してください。",
          "The maker cannot approve or reject their own entry; another manager must."}},
        {"application_not_entered",
         {"この申込は既に処理済みです（状態：{state}、処理者：{by}）。",
          "This application has already been dealt with (state: {state}, by {by})."}},
        {"application_pending",
         {"同じ利用者の同じ手続きが検印待ちです。",
          "The same procedure for this user is already waiting for approval."}},
        {"mobile_email_required",
         {"ソフトウェアトークンの発行には携帯電話メールアドレスの登録が必要です。",
          "A mobile e-mail address is needed before a software token can be issued."}},
        {"software_token_exists",
         {"このログインIDには既にソフトウェアトークンがあります。先に失効してください（1つのログイ"
          "ンIDに1台）。",
          "This login ID already has a software token; revoke it first (one phone per login ID)."}},
        {"app_token_limit",
         {"このアプリのトークンは最大{limit}件です。これ以上追加できません。",
          "The app already holds {limit} tokens, its maximum."}},
        {"reissue_not_yet",
         {"失効後のトークン発行は{earliest_issue_at}以降に可能です。",
          "A new token can be issued from {earliest_issue_at}."}},
        {"user_not_locked", {"この利用者は利用停止中ではありません。", "This user is not locked."}},
        {"user_locked", {"利用者{login_id}は利用停止中です。", "The user {login_id} is locked."}},
        {"online_issuance_not_approved",
         {"この利用者には、承認済みでまだ発行されていないオンライン発行のお申込みがありません。",
          "This user has no approved application for online issuance that is still to be "
          "issued."}},
        {"online_with_start_password",
         {"オンライン発行では窓口で利用開始パスワードを受け付けません（お客さまがインターネットバン"
          "キングで設定します）。",
          "Online issuance takes no usage-start password at the counter (the customer chooses "
          "it in internet banking)."}},
        {"no_live_token",
         {"この利用者には有効なトークンがありません。", "This user has no token in use."}},
        {"revoke_reason_hardware_only",
         {"「返却」はハードウェアトークンのみ選べます。",
          "'returned' applies to hardware tokens only."}},
        {"not_supported",
         {"この手続きはまだ利用できません。", "This procedure is not available yet."}},
        {"token_void",
         {"利用開始パスワードの誤りが規定回数に達したため、このトークンは無効になりました。再度お申"
          "込みください。",
          "Too many wrong usage-start passwords: the token is void. A new application is needed."}},
        {"token_not_awaiting_setup",
         {"このトークンは初期設定できません（状態：{state}）。",
          "This token cannot be set up (state: {state})."}},
        {"wrong_start_password",
         {"利用開始パスワードが正しくありません（残り{remaining}回）。",
          "The usage-start password is wrong ({remaining} attempts left)."}},
        {"not_master",
         {"{field}はマスターユーザではありません。",
          "The user given as {field} is not a master user."}},
        {"different_contract",
         {"{field}は同じ契約の利用者ではありません。",
          "The user given as {field} belongs to another contract."}},
        {"master_unlock_at_branch",
         {"マスターユーザの利用停止解除はお取引店での書面手続きが必要です。",
          "A master user can be unlocked only at the branch, on a written form."}},
        {"application_not_approved",
         {"この申込はまだ承認されていません（状態：{state}）。",
          "This application has not been approved (state: {state})."}},
        {"not_an_issued_software_token",
         {"初期設定のご案内は、承認済のソフトウェアトークンの申込にのみ印刷できます。",
          "An activation letter exists only for an approved software-token application."}},
        {"unprintable_character",
         {"{field}の「{character}」（{code_point}"
          "）は印刷できず、登録された代替文字もありません。外字表に代替文字を登録してください。",
          "The character {character} ({code_point}) in {field} cannot be printed and has no "
          "registered substitute; register one in the substitute table."}},
        {"notices_unprintable",
         {"未印刷の通知書{count}件は、いずれも印刷できない文字を含むため印刷できません：{skipped}"
          "。契約内容の訂正（契約内容変更）のうえ、印刷してください。",
          "None of the {count} notices waiting can be printed; each holds a character that "
          "cannot be printed: {skipped}. Correct the contract (contract update), then print."}},
        {"no_change",
         {"変更する内容がありません（現在の登録内容と同じです）。",
          "Nothing would change: the values are those already registered."}},
        {"contract_without_users",
         {"この契約には利用者が登録されていません。",
          "This contract has no users to record the request under."}},
        {"contract_changed_since_entry",
         {"起票後に{field}が変更されています。内容を確認のうえ、改めて起票してください。",
          "{field} has changed since this correction was entered; enter it again."}},
        {"nothing_to_print",
         {"未印刷の通知書はありません。", "There is nothing waiting to be printed."}},
        {"otp_wrong",
         {"ワンタイムパスワードが正しくありません。", "The one-time password is wrong."}},
        {"otp_replayed",
         {"このワンタイムパスワードは既に使用されています。",
          "This one-time password has already been used."}},
        {"no_active_token",
         {"利用中のトークンがありません（初期設定がお済みでない可能性があります）。",
          "There is no token in use (the initial setup may not be done)."}},
        {"anchor_format",
         {"照合値は監査証跡の先頭値（半角16進数64桁）を入力してください。",
          "The anchor must be an audit chain head: 64 hexadecimal digits."}},
        {"anchor_not_found",
         {"照合値{anchor}は監査証跡のどの記録にも一致しません。印字された値と一字ずつ照らし合わせて"
          "ください。正しく写していれば、その後の記録が削除されています。",
          "The anchor {anchor} matches no event of the audit trail. Compare it character by "
          "character with the printed head; if it was copied right, the events after it have "
          "been deleted."}},
        {"audit_key_missing",
         {"監査証跡に、この鍵ファイルにない鍵で作られた記録があります。鍵の更新後の鍵ファイルで"
          "確認してください。",
          "The audit trail holds events made with a key this key file lacks; check it with the "
          "key file of after the last key rotation."}},
        {"audit_chain_broken",
         {"監査証跡の改ざん、削除または順序の入れ替えを検出しました（{reason}）。",
          "The audit trail has been altered, cut or reordered ({reason})."}},
        {"database_check_failed",
         {"データベースの点検で{count}件の不整合が見つかりました。",
          "The database check found {count} problems."}},
        {"demo_needs_empty_database",
         {"デモは空のデータベースで実行してください（--db sqlite:新しいファイル）。",
          "The demo needs an empty database (--db sqlite:NEW_FILE)."}},
        {"otp_rejected",
         {"ワンタイムパスワードが正しくありません。", "The one-time password was not accepted."}},
        {"policy_value_range",
         {"{key}は{min}〜{max}の整数で指定してください。",
          "{key} must be a whole number from {min} to {max}."}},
        {"policy_domains_format",
         {"{key}はカンマ区切りのドメイン名で指定してください。",
          "{key} must be a comma-separated list of domain names."}},
        {"policy_service_id_format",
         {"{key}は半角英数字16文字以内で指定してください。",
          "{key} must be up to 16 half-width letters and digits."}},
        {"policy_url_format",
         {"{key}は https:// で始まる200文字以内のURLで指定してください。",
          "{key} must be an https:// URL of at most 200 characters."}},
        {"policy_unknown_key",
         {"設定項目「{key}」はありません。", "There is no policy key '{key}'."}},
        // Hardware tokens and the device stock.
        {"device_parameters",
         {"シリアル番号{serial}の{field}が正しくありません（ファイルの内容を確認してください）。",
          "The {field} of serial {serial} is not valid (check the file)."}},
        {"no_devices",
         {"取り込むトークンがファイルにありません。", "The file holds no devices to import."}},
        {"duplicate_serial",
         {"ファイルの中にシリアル番号{serial}が重複しています。何も取り込んでいません。",
          "Serial {serial} appears twice in the file; nothing was imported."}},
        {"serial_in_stock",
         {"シリアル番号{serial}は既に在庫に登録されています。何も取り込んでいません。",
          "Serial {serial} is already in stock; nothing was imported."}},
        {"import_conflict",
         {"同じトークンが同時に取り込まれました。何も取り込んでいません。在庫一覧を確認してください"
          "。",
          "The same devices were being imported at the same moment; nothing was imported. Check "
          "the stock list."}},
        {"unknown_serial",
         {"{field}が在庫に登録されていません。", "No device in stock has that {field}."}},
        {"device_not_in_stock",
         {"このトークンは在庫にありません（状態：{state}）。",
          "This device is not in stock (state: {state})."}},
        {"device_other_branch",
         {"このトークンは他店（{branch}）の在庫です。取引店の在庫から選んでください。",
          "This device is in the stock of branch {branch}; pick one from the home branch's "
          "stock."}},
        {"same_branch",
         {"移管先が現在の保管店と同じです。", "The device is already held by that branch."}},
        {"device_not_retirable",
         {"在庫中または紛失のトークンのみ廃棄できます（状態：{state}）。",
          "Only a device in stock or lost can be retired (state: {state})."}},
        {"hardware_token_exists",
         {"このログインIDには既にハードウェアトークンがあります。先に失効してください。",
          "This login ID already has a hardware token; revoke it first."}},
        {"other_kind_token_exists",
         {"このログインIDには既に別の種類のトークン（{kind}）があります。ソフトウェアとハードウェ"
          "アの併用は設定で認められていません。",
          "This login ID already has a {kind} token; holding both kinds is not allowed by the "
          "policy."}},
        {"device_code_required",
         {"トークン本体に表示されているワンタイムパスワードを入力してください（受け渡しの確認）。",
          "Type the one-time password the device shows now (proof of handover)."}},
        {"device_code_wrong",
         {"シリアル番号{serial}のトークンのワンタイムパスワードと一致しません。お渡しするトークンを"
          "確認してください。",
          "The code does not match device {serial}; check the device being handed over."}},
        {"device_code_not_expected",
         {"ワンタイムパスワードの入力はハードウェアトークンの検印のみです。",
          "A device code is taken only when approving a hardware token."}},
        {"no_live_hardware_token",
         {"この利用者には利用中のハードウェアトークンがありません。",
          "This user has no hardware token in use."}},
        {"resync_hotp_only",
         {"同期の取り直しはカウンタ方式（HOTP）のトークンのみ必要です。",
          "Only counter-based (HOTP) devices need resynchronising."}},
        {"resync_codes_not_found",
         {"連続した2つのワンタイムパスワードが見つかりません。ボタンを続けて2回押した表示を入力し"
          "てください。",
          "No two consecutive codes match; press the button twice and type both codes."}},
        {"key_hex_format",
         {"{field}は16進数32桁（AES-128）、48桁または64桁で入力してください。",
          "The {field} must be 32 (AES-128), 48 or 64 hexadecimal digits."}},
        {"key_or_passphrase",
         {"復号鍵とパスフレーズはどちらか一方を指定してください。",
          "Give the decryption key or the passphrase, not both."}},
        {"file_unreadable", {"ファイル{path}を読めません。", "Cannot read the file {path}."}},
        {"pskc_malformed",
         {"シードファイルの形式が正しくありません（{detail}）。何も取り込んでいません。",
          "The seed file is malformed ({detail}); nothing was imported."}},
        {"pskc_unsupported",
         {"シードファイルに対応していない方式があります（{detail}）。何も取り込んでいません。",
          "The seed file uses something TokenDesk does not support ({detail}); nothing was "
          "imported."}},
        {"pskc_key_needed",
         {"シードファイルは暗号化されています。復号鍵またはパスフレーズを指定してください。",
          "The seed file is encrypted; give its key or passphrase."}},
        {"pskc_wrong_key",
         {"{field}が正しくありません（シードファイルを復号できません）。何も取り込んでいません。",
          "The {field} is wrong (the seed file cannot be decrypted); nothing was imported."}},
        // The settings IT gives every user of a PC (tokendesk-cli config machine, the installer).
        {"settings_database_scheme",
         {"{field}は「sqlite:絶対パス」「postgresql://…」「odbc:…」のいずれかで指定してください。",
          "The {field} must be sqlite:ABSOLUTE_PATH, postgresql://… or odbc:…."}},
        {"settings_path_not_absolute",
         {"{field}はドライブまたはルートから始まる絶対パスで指定してください（利用者ごとに意味が"
          "変わらないように）：{path}",
          "The {field} must be an absolute path, so that it means the same for every user: "
          "{path}"}},
        {"number_range",
         {"{field}は{min}〜{max}の整数で指定してください。",
          "The {field} must be a whole number from {min} to {max}."}},
        {"cursor_format",
         {"{field}はイベント一覧が返したカーソルを指定してください。",
          "The {field} must be a cursor the event feed returned."}},
        {"settings_number_range",
         {"{field}は{min}〜{max}の整数で指定してください。",
          "The {field} must be a whole number from {min} to {max}."}},
        {"pskc_mac_mismatch",
         {"シードファイルの改ざん検知値（MAC）が一致しません（{detail}"
          "）。何も取り込んでいません。ベンダーに確認してください。",
          "The seed file's integrity check (MAC) failed ({detail}); nothing was imported. Ask "
          "the vendor."}},
    };
    return t;
}

}  // namespace detail

namespace {

using detail::field_texts;
using detail::refusal_texts;
using detail::Text;
using detail::warning_texts;


std::string fill(std::string text, const std::string& key, const std::string& value) {
    const std::string placeholder = "{" + key + "}";
    for (auto pos = text.find(placeholder); pos != std::string::npos;
         pos = text.find(placeholder, pos + value.size()))
        text.replace(pos, placeholder.size(), value);
    return text;
}

const char* pick(const Text& t, Language lang) {
    return lang == Language::ja ? t.ja : t.en;
}

}  // namespace

std::string field_label(const std::string& field, Language lang) {
    const auto& t = field_texts();
    const auto it = t.find(field);
    return it == t.end() ? field : pick(it->second, lang);
}

// Words for argument values that are codes: "{reason_text}" beside "{reason}".
std::string value_words(const std::string& key, const std::string& value, Language lang) {
    static const std::map<std::pair<std::string, std::string>, Text> words{
            {{"reason", "first_sign_in"},
             {"初回サインイン", "first sign-in"}},
            {{"reason", "expired"}, {"有効期限切れ", "it has expired"}},
        };
    const auto it = words.find({key, value});
    return it == words.end() ? value : std::string(pick(it->second, lang));
}

std::string message_text(const Refusal& r, Language lang) {
    const auto& t = refusal_texts();
    const auto it = t.find(r.code);
    std::string text = it == t.end() ? r.code : pick(it->second, lang);
    text = fill(text, "field", field_label(r.field, lang));
    for (const auto& [k, v] : r.args) {
        text = fill(text, k + "_text", value_words(k, v, lang));
        text = fill(text, k, v);
    }
    return text;
}

std::string warning_text(const std::string& code, Language lang) {
    const auto& t = warning_texts();
    const auto it = t.find(code);
    return it == t.end() ? code : pick(it->second, lang);
}

}  // namespace td::core
