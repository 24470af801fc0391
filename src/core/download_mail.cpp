#include "download_mail.h"

namespace td::core::detail {

OutgoingMail download_mail(const Policy& policy, const Branch& branch, const Token& token,
                           TimePoint now) {
    OutgoingMail m;
    m.login_id = token.login_id;
    m.service_id = token.service_id;
    m.to = token.mobile_email;
    m.subject = "【" + policy.bank_name + "】ワンタイムパスワードアプリのダウンロードのご案内";
    m.body = policy.bank_name +
             "をご利用いただき、ありがとうございます。\n"
             "\n"
             "インターネットバンキングでワンタイムパスワードのトークンを発行いたしました。\n"
             "下記のURLから、ワンタイムパスワードアプリをダウンロードしてください。\n"
             "\n" +
             policy.app_download_url +
             "\n"
             "\n"
             "ダウンロードしたアプリを起動し、インターネットバンキングの画面に表示された"
             "サービスID・ユーザIDと、お客さまが設定された利用開始パスワードで初期設定を"
             "行ってください。\n"
             "\n"
             "※ 既にアプリをお使いの場合は、ダウンロードせずにアプリの「トークン追加」から"
             "追加してください。\n"
             "※ アプリのダウンロードにかかる通信料・接続料はお客さまのご負担となります。\n"
             "※ 当組合から、メールや電話で利用開始パスワードやワンタイムパスワードを"
             "お尋ねすることはありません。\n"
             "※ お心当たりのない場合は、お取引店までご連絡ください。\n"
             "※ このメールは送信専用です。ご返信いただいてもお答えできません。\n"
             "\n" +
             policy.bank_name + "　" + branch.name + "\n" + "電話 " + branch.phone + "\n";
    m.queued_at = now;
    m.next_attempt_at = now;
    return m;
}

}  // namespace td::core::detail
