#include "sample_documents.h"

#include <cstdio>

namespace td::reports::samples {
namespace {

using core::Language;

bool ja(Language lang) {
    return lang == Language::ja;
}

void common(core::DocumentModel& doc, Language lang) {
    doc.language = lang;
    auto& f = doc.fields;
    f["date"] = ja(lang) ? "令和８年１１月２６日" : "26 November 2026";
    f["reference"] = "001-20261124-000012";
    f["postal"] = ja(lang) ? "〒100-0005" : "100-0005";
    f["address"] = ja(lang) ? "東京都千代田区丸の内二丁目2番2号 さくらビル5階"
                            : "Sakura Building 5F, 2-2-2 Marunouchi, Chiyoda-ku, Tokyo";
    f["company"] = ja(lang) ? "株式会社さくら商事" : "Sakura Shoji Co., Ltd.";
    f["addressee"] = ja(lang) ? "代表取締役 桜井 太郎 様" : "Taro Sakurai, President";
    f["branch_name"] = ja(lang) ? "本店営業部" : "Head Office";
    f["branch_address"] =
        ja(lang) ? "東京都千代田区丸の内一丁目1番1号" : "1-1-1 Marunouchi, Chiyoda-ku, Tokyo";
    f["branch_phone"] = "03-1234-5678";
    f["contract_number"] = "1000001";
    f["login_id"] = "sakura01";
    f["user_name"] = ja(lang) ? "桜井 太郎" : "Taro Sakurai";
    f["user_kind"] = ja(lang) ? "マスターユーザ" : "master user";
}

}  // namespace

core::DocumentModel completion_notice(Language lang, const std::string& procedure) {
    core::DocumentModel doc;
    doc.template_name = core::kCompletionNotice;
    common(doc, lang);
    auto& f = doc.fields;
    f["procedure"] = procedure;
    f["received_date"] = ja(lang) ? "令和８年１１月２４日" : "24 November 2026";
    f["approved_date"] = ja(lang) ? "令和８年１１月２６日" : "26 November 2026";
    f["service_id"] = "";
    f["token_user_id"] = "";
    f["revoke_reason"] = "";
    f["earliest_issue_at"] = "";
    f["details"] = "";
    if (procedure == "software_token" || procedure == "hardware_token") {
        f["procedure_name"] =
            procedure == "software_token"
                ? (ja(lang) ? "ソフトウェアトークンの発行" : "Issue of a software token")
                : (ja(lang) ? "ハードウェアトークンの発行" : "Issue of a hardware token");
        f["service_id"] = "SEIKYO01";
        f["token_user_id"] = "4929105732";
    } else if (procedure == "unlock") {
        f["procedure_name"] =
            ja(lang) ? "ワンタイムパスワードの利用停止解除" : "Unlock of one-time passwords";
    } else if (procedure == "revoke") {
        f["procedure_name"] = ja(lang) ? "トークンの失効" : "Revocation of a token";
        f["revoke_reason"] = ja(lang) ? "機種変更" : "change of phone";
        f["earliest_issue_at"] =
            ja(lang) ? "令和８年１１月２７日 ８時１０分" : "27 November 2026, 8:10";
    } else {
        f["procedure_name"] = ja(lang) ? "偽造・不正使用の届出" : "Report of forgery or misuse";
        f["details"] =
            ja(lang) ? "令和８年１１月２３日、身に覚えのない振込承認の通知メールを受信した。"
                       "スマートフォンを紛失した直後であり、第三者による使用のおそれがある。"
                     : "On 23 November 2026 we received a notice of a transfer approval we did "
                       "not make, just after a smartphone was lost.";
    }
    return doc;
}

core::DocumentModel activation_letter(Language lang) {
    core::DocumentModel doc;
    doc.template_name = core::kActivationLetter;
    common(doc, lang);
    doc.fields["service_id"] = "SEIKYO01";
    doc.fields["token_user_id"] = "4929105732";
    doc.fields["mobile_email"] = "t-sakurai@docomo.example.jp";
    return doc;
}

core::DocumentModel form(const std::string& template_name, Language lang, bool blank) {
    core::DocumentModel doc;
    doc.template_name = template_name;
    common(doc, lang);
    auto& f = doc.fields;
    f["reference"] = "";
    f["mobile_email"] = "t-sakurai@docomo.example.jp";
    f["revoke_reason"] = "";
    f["details"] = "";
    if (blank) {
        for (const char* k :
             {"date", "postal", "address", "company", "addressee", "contract_number", "login_id",
              "user_name", "user_kind", "mobile_email"})
            f[k] = "";
    }
    return doc;
}

core::DocumentModel journal(Language lang, int procedures) {
    core::DocumentModel doc;
    doc.template_name = core::kBranchJournal;
    doc.language = lang;
    auto& f = doc.fields;
    f["branch_name"] = ja(lang) ? "本店営業部" : "Head Office";
    f["branch_code"] = "001";
    f["date"] = ja(lang) ? "令和８年１１月２６日" : "26 November 2026";
    f["printed_at"] = ja(lang) ? "令和８年１１月２６日 １７時０５分" : "26 November 2026, 17:05";
    f["printed_by"] = ja(lang) ? "山田 花子（M001）" : "山田 花子 (M001)";
    const char* names_ja[] = {"ソフトウェアトークンの発行", "ワンタイムパスワードの利用停止解除",
                              "トークンの失効", "偽造・不正使用の届出"};
    const char* names_en[] = {"Issue of a software token", "Unlock of one-time passwords",
                              "Revocation of a token", "Report of forgery or misuse"};
    const char* companies[] = {"株式会社さくら商事", "有限会社みどり工務店",
                               "医療法人社団あおば会 あおばクリニック", "合同会社ひかり物流"};
    auto& rows = doc.tables["procedures"];
    for (int i = 0; i < procedures; ++i) {
        char ref[32], at[16], done[16], login[16];
        std::snprintf(ref, sizeof ref, "001-20261126-%06d", 31 + i);
        std::snprintf(at, sizeof at, "%02d:%02d", 9 + (i * 7) / 60, (i * 7) % 60);
        std::snprintf(done, sizeof done, "%02d:%02d", 9 + (i * 7 + 25) / 60, (i * 7 + 25) % 60);
        std::snprintf(login, sizeof login, "user%03d", 100 + i);
        const bool pending = i % 9 == 8;
        rows.push_back({{"reference", ref},
                        {"entered_at", at},
                        {"procedure_name", ja(lang) ? names_ja[i % 4] : names_en[i % 4]},
                        {"login_id", login},
                        {"company", ja(lang) ? companies[i % 4] : "Sakura Shoji Co., Ltd."},
                        // As core fills them: the name (as the staff record has it, in
                        // either language) over the staff ID.
                        {"maker", "長谷川 美智子\nT014"},
                        {"checker", pending ? "" : "山田 花子\nM001"},
                        {"state_name", pending ? (ja(lang) ? "検印待ち" : "awaiting approval")
                                               : (ja(lang) ? "承認済" : "approved")},
                        {"decided_at", pending ? "" : done}});
    }
    doc.tables["chain_heads"] = {
        {{"chain", "001"},
         {"seq", "4187"},
         {"head", "9f2c4e71a03b58d6e1f7c2a94b0d36e58a1c7f40b29e63d15c8a7f04e2b91d3c"}},
        {{"chain", "system"},
         {"seq", "212"},
         {"head", "3b7e0a94c1d25f86e7a3b09c4d1e62f85a7c03b94e1d26f8a5c70b3e9d41a26f"}}};
    return doc;
}

core::DocumentModel monthly_report(Language lang) {
    core::DocumentModel doc;
    doc.template_name = core::kMonthlyReport;
    doc.language = lang;
    doc.fields = {{"month", "2026-11"},      {"year", "2026"},         {"month_number", "11"},
                  {"branch_code", "001"},    {"branch_name", "本店営業部"},
                  {"made_at", "2026-12-01 09:00"}, {"made_by", "A001"}};
    const char* procedures[] = {"ソフトウェアトークンの発行", "ハードウェアトークンの発行",
                                "ワンタイムパスワードの利用停止解除", "トークンの失効",
                                "偽造・不正使用の届出", "ご契約内容の変更"};
    int n = 0;
    for (const char* p : procedures) {
        ++n;
        doc.tables["procedures"].push_back({{"procedure", p},
                                            {"entered", std::to_string(40 + n)},
                                            {"approved", std::to_string(37 + n)},
                                            {"rejected", std::to_string(n % 3)},
                                            {"cancelled", std::to_string(n % 2)},
                                            {"median", n == 5 ? "" : "12.5"},
                                            {"p90", n == 5 ? "" : "48.0"}});
    }
    const std::pair<const char*, const char*> figures[] = {
        {"ワンタイムパスワード", "利用停止（ロック）"}, {"ワンタイムパスワード", "利用停止解除"},
        {"ハードウェアトークン", "発行"},               {"ハードウェアトークン", "紛失・盗難"},
        {"月末の利用中トークン", "ソフトウェア"},       {"月末の利用中トークン", "ハードウェア"}};
    for (const auto& [section, item] : figures)
        doc.tables["figures"].push_back({{"section", section}, {"item", item}, {"value", "1234"}});
    return doc;
}

std::vector<core::DocumentModel> every_template(Language lang) {
    std::vector<core::DocumentModel> docs;
    for (const char* p : {"software_token", "hardware_token", "unlock", "revoke", "misuse_report"})
        docs.push_back(completion_notice(lang, p));
    docs.push_back(activation_letter(lang));
    for (const char* t : {core::kFormTokenApplication, core::kFormUnlock, core::kFormRevoke,
                          core::kFormMisuseReport})
        docs.push_back(form(t, lang, false));
    docs.push_back(journal(lang, 12));
    docs.push_back(monthly_report(lang));
    return docs;
}

core::PdfMetadata metadata(const std::string& title) {
    core::PdfMetadata m;
    m.title = title;
    m.subject = "TokenDesk";
    // 2026-11-26 10:05:00 JST, fixed: documents carry the caller's time, never the clock's.
    m.created = core::TimePoint{std::chrono::seconds{1795655100}};
    return m;
}

}  // namespace td::reports::samples
