#include "td/core/monthly_report.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "step.h"
#include "td/core/document_terms.h"
#include "td/core/validation.h"

namespace td::core {
namespace {

constexpr std::array<ApplicationKind, 7> kKinds{
    ApplicationKind::software_token, ApplicationKind::hardware_token, ApplicationKind::unlock,
    ApplicationKind::revoke,         ApplicationKind::misuse_report,  ApplicationKind::contract_update,
    ApplicationKind::contract_close};

bool within(TimePoint t, const MonthlyReport& r) {
    return t >= r.from && t < r.until;
}

bool decided_within(const Application& a, const MonthlyReport& r) {
    return a.decided_at && within(*a.decided_at, r);
}

bool live_at(const Token& t, TimePoint end) {
    return t.issued_at < end && (!t.ended_at || *t.ended_at >= end);
}

// A token's branch: its application's (`apps`: every application's branch, read once), else
// its user's contract's home branch (a token without an application is rare).
std::string branch_of(Transaction& tx, const Token& t,
                      const std::map<std::int64_t, std::string>& apps) {
    if (const auto it = apps.find(t.application_id); it != apps.end()) return it->second;
    const auto user = tx.users().find(t.login_id);
    if (!user) return {};
    const auto contract = tx.contracts().find(user->contract_number);
    return contract ? contract->branch_code : std::string{};
}

BranchMonth branch_month(Transaction& tx, const Branch& branch, const MonthlyReport& r) {
    BranchMonth out;
    out.branch = branch;
    ApplicationFilter filter;
    filter.branch_code = branch.code;
    filter.active_from = r.from;
    filter.active_until = r.until;
    const auto apps = tx.applications().list(filter);
    for (const auto kind : kKinds) {
        ProcedureFigures f;
        f.kind = kind;
        std::vector<std::chrono::seconds> waits;
        for (const auto& a : apps) {
            if (a.kind != kind) continue;
            if (within(a.entered_at, r)) ++f.entered;
            if (!decided_within(a, r)) continue;
            switch (a.state) {
                case ApplicationState::approved:
                    ++f.approved;
                    waits.push_back(std::chrono::duration_cast<std::chrono::seconds>(
                        *a.decided_at - a.entered_at));
                    break;
                case ApplicationState::rejected:
                    ++f.rejected;
                    break;
                case ApplicationState::cancelled:
                    ++f.cancelled;
                    break;
                case ApplicationState::entered:
                    break;
            }
        }
        f.median_to_approval = percentile(waits, 50);
        f.p90_to_approval = percentile(waits, 90);
        out.procedures.push_back(f);
    }
    for (const auto& a : apps) {
        if (a.kind == ApplicationKind::misuse_report && within(a.entered_at, r)) ++out.misuse_reports;
        if (a.state != ApplicationState::approved || !decided_within(a, r)) continue;
        if (a.kind == ApplicationKind::hardware_token) ++out.hardware_issued;
        if (a.kind == ApplicationKind::unlock) ++out.unlocks;
        if (a.kind == ApplicationKind::revoke && a.revoke_reason) {
            const auto token = tx.tokens().find(a.token_id);
            if (!token || token->kind != TokenKind::hardware) continue;
            if (*a.revoke_reason == RevokeReason::returned) ++out.hardware_returned;
            if (*a.revoke_reason == RevokeReason::lost || *a.revoke_reason == RevokeReason::stolen)
                ++out.hardware_lost;
        }
    }
    out.unlocks += tx.audit().count_actions({branch.code}, "online_unlock", r.from, r.until);
    out.locks = tx.audit().count_actions(branch_chains(branch.code), "otp_locked", r.from, r.until);
    return out;
}

void count_tokens_in_use(Transaction& tx, MonthlyReport& r) {
    std::map<std::string, BranchMonth*> by_code;
    for (auto& b : r.branches) by_code[b.branch.code] = &b;
    std::map<std::int64_t, std::string> apps;
    for (const auto& a : tx.applications().list({})) apps.emplace(a.id, a.branch_code);
    for (const auto& t : tx.tokens().all()) {
        if (!live_at(t, r.until)) continue;
        const auto it = by_code.find(branch_of(tx, t, apps));
        if (it == by_code.end()) continue;
        ++(t.kind == TokenKind::software ? it->second->software_in_use
                                          : it->second->hardware_in_use);
    }
}

std::string minutes(const std::optional<std::chrono::seconds>& s) {
    if (!s) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", double(s->count()) / 60.0);
    return buf;
}

std::string dash_if_empty(const std::string& s) {
    return s.empty() ? "—" : s;
}

std::string month_text(const MonthlyReport& r) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", r.year, r.month);
    return buf;
}

struct Figure {
    std::string section, item, value;
};

std::vector<Figure> other_figures(const BranchMonth& b, Language lang);

// Every figure of the branch, the procedures' first.
std::vector<Figure> figures(const BranchMonth& b, Language lang) {
    std::vector<Figure> out;
    for (const auto& p : b.procedures) {
        const std::string name = procedure_name(p.kind, lang);
        out.push_back({name, pick(lang, "受付", "entered"), std::to_string(p.entered)});
        out.push_back({name, pick(lang, "承認", "approved"), std::to_string(p.approved)});
        out.push_back({name, pick(lang, "却下", "rejected"), std::to_string(p.rejected)});
        out.push_back({name, pick(lang, "取消", "cancelled"), std::to_string(p.cancelled)});
        out.push_back({name, pick(lang, "承認までの時間 中央値（分）", "minutes to approval, median"),
                       minutes(p.median_to_approval)});
        out.push_back({name, pick(lang, "承認までの時間 90パーセンタイル（分）",
                                  "minutes to approval, 90th percentile"),
                       minutes(p.p90_to_approval)});
    }
    const auto others = other_figures(b, lang);
    out.insert(out.end(), others.begin(), others.end());
    return out;
}

// The branch's figures that are not a procedure's: locks, key fobs, tokens in use.
std::vector<Figure> other_figures(const BranchMonth& b, Language lang) {
    std::vector<Figure> out;
    const std::string otp = pick(lang, "ワンタイムパスワード", "one-time passwords");
    out.push_back({otp, pick(lang, "利用停止（ロック）", "locks"), std::to_string(b.locks)});
    out.push_back({otp, pick(lang, "利用停止解除", "unlocks"), std::to_string(b.unlocks)});
    out.push_back({otp, pick(lang, "偽造・不正使用の届出", "misuse reports"),
                   std::to_string(b.misuse_reports)});
    const std::string hw = pick(lang, "ハードウェアトークン", "hardware tokens");
    out.push_back({hw, pick(lang, "発行", "issued"), std::to_string(b.hardware_issued)});
    out.push_back({hw, pick(lang, "返却", "returned"), std::to_string(b.hardware_returned)});
    out.push_back({hw, pick(lang, "紛失・盗難", "lost or stolen"), std::to_string(b.hardware_lost)});
    const std::string use = pick(lang, "月末の利用中トークン", "tokens in use at the month's end");
    out.push_back({use, pick(lang, "ソフトウェア", "software"), std::to_string(b.software_in_use)});
    out.push_back({use, pick(lang, "ハードウェア", "hardware"), std::to_string(b.hardware_in_use)});
    return out;
}

}  // namespace

std::optional<std::pair<int, int>> parse_month(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const int year = std::stoi(text.substr(0, 4));
    const int month = std::stoi(text.substr(5, 2));
    if (year < 2000 || month < 1 || month > 12) return std::nullopt;
    return std::pair{year, month};
}

std::optional<std::chrono::seconds> percentile(std::vector<std::chrono::seconds> values,
                                               int percent) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least `percent` % of the values at or below it.
    const std::size_t rank = (values.size() * std::size_t(percent) + 99) / 100;
    return values[std::max<std::size_t>(rank, 1) - 1];
}

Outcome<MonthlyReport> MonthlyReportService::monthly(const Actor& actor, const std::string& month,
                                                     const std::optional<std::string>& branch) {
    if (actor.role == Role::teller)
        return refuse("role_not_allowed", "as").with("role", "manager|admin");
    const auto ym = parse_month(month);
    if (!ym) return refuse("report_month_format", "month");
    if (branch)
        if (auto bad = check_branch_code("branch", *branch)) return *bad;
    MonthlyReport r;
    r.year = ym->first;
    r.month = ym->second;
    r.from = from_japan({r.year, r.month, 1, 0, 0, 0});
    r.until = from_japan({r.month == 12 ? r.year + 1 : r.year, r.month == 12 ? 1 : r.month + 1, 1,
                          0, 0, 0});
    r.made_at = ctx_.clock.now();
    r.made_by = actor.staff_id;
    if (r.from > r.made_at) return refuse("report_month_future", "month").with("month", month);
    // A manager sees their own branch; headquarters (an administrator) any or all.
    const std::optional<std::string> only =
        actor.role == Role::admin ? branch : std::optional<std::string>(branch.value_or(actor.branch_code));
    if (actor.role != Role::admin && *only != actor.branch_code)
        return refuse("wrong_branch", "branch").with("branch", *only);
    return detail::run_step<MonthlyReport>(ctx_.store, [&](Transaction& tx) -> Outcome<MonthlyReport> {
        if (only) {
            const auto b = tx.branches().find(*only);
            if (!b) return refuse("unknown_branch", "branch");
            r.branches.push_back(branch_month(tx, *b, r));
        } else {
            for (const auto& b : tx.branches().all()) r.branches.push_back(branch_month(tx, b, r));
        }
        count_tokens_in_use(tx, r);
        detail::audit(ctx_, tx, only ? *only : std::string(kSystemChain), actor.staff_id,
                      "monthly_report_made", "month:" + month,
                      "branches=" + std::to_string(r.branches.size()));
        return r;
    });
}

std::vector<std::vector<std::string>> monthly_report_rows(const MonthlyReport& report,
                                                          Language language) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({pick(language, "対象月", "month"), pick(language, "店番", "branch_code"),
                    pick(language, "店名", "branch_name"), pick(language, "区分", "section"),
                    pick(language, "項目", "item"), pick(language, "値", "value")});
    const std::string month = month_text(report);
    for (const auto& b : report.branches)
        for (const auto& f : figures(b, language))
            rows.push_back({month, b.branch.code, b.branch.name, f.section, f.item, f.value});
    return rows;
}

std::vector<DocumentModel> monthly_report_documents(const MonthlyReport& report,
                                                    Language language) {
    std::vector<DocumentModel> docs;
    const auto made = to_japan(report.made_at);
    char made_text[32];
    std::snprintf(made_text, sizeof made_text, "%04d-%02d-%02d %02d:%02d", made.year, made.month,
                  made.day, made.hour, made.minute);
    for (const auto& b : report.branches) {
        DocumentModel d;
        d.template_name = kMonthlyReport;
        d.language = language;
        d.fields = {{"month", month_text(report)},
                    {"year", std::to_string(report.year)},
                    {"month_number", std::to_string(report.month)},
                    {"branch_code", b.branch.code},
                    {"branch_name", b.branch.name},
                    {"made_at", made_text},
                    {"made_by", report.made_by}};
        for (const auto& p : b.procedures)
            d.tables["procedures"].push_back({{"procedure", procedure_name(p.kind, language)},
                                              {"entered", std::to_string(p.entered)},
                                              {"approved", std::to_string(p.approved)},
                                              {"rejected", std::to_string(p.rejected)},
                                              {"cancelled", std::to_string(p.cancelled)},
                                              // A dash on paper where nothing was approved.
                                              {"median", dash_if_empty(minutes(p.median_to_approval))},
                                              {"p90", dash_if_empty(minutes(p.p90_to_approval))}});
        for (const auto& f : other_figures(b, language))
            d.tables["figures"].push_back(
                {{"section", f.section}, {"item", f.item}, {"value", f.value}});
        docs.push_back(std::move(d));
    }
    return docs;
}

}  // namespace td::core
