#include "td/core/document_service.h"

#include <map>

#include "step.h"
#include "td/core/customer_service.h"
#include "td/core/letter_builder.h"
#include "td/core/reissue_rule.h"
#include "td/core/validation.h"

namespace td::core {

using detail::audit;
using detail::run_step;

namespace {

struct Target {
    std::string key;
    std::int64_t application_id = 0;
};

LetterSetting setting(Transaction& tx, Language lang, TimePoint now) {
    const Policy p = detail::load_policy(tx);
    return {lang, p.letter_date_style == "seireki" ? DateStyle::seireki : DateStyle::wareki, now};
}

Check may_print_for(const Actor& actor, const std::string& branch_code) {
    if (actor.role == Role::admin) return std::nullopt;
    if (actor.branch_code != branch_code)
        return refuse("wrong_branch", "as").with("branch", branch_code);
    return std::nullopt;
}

struct Customer {
    Branch branch;
    Contract contract;
    User user;
};

Customer customer_of(Transaction& tx, const std::string& login_id) {
    const auto user = tx.users().find(login_id);
    if (!user) throw Fault("missing user " + login_id);
    const auto contract = tx.contracts().find(user->contract_number);
    if (!contract) throw Fault("user " + login_id + " has no contract");
    const auto branch = tx.branches().find(contract->branch_code);
    if (!branch) throw Fault("contract " + contract->number + " has no branch");
    return {*branch, *contract, *user};
}

// The notice of one approved application, before 外字 substitution.
Outcome<DocumentModel> notice_model(Transaction& tx, const Application& app,
                                    const LetterSetting& s) {
    if (app.state != ApplicationState::approved)
        return refuse("application_not_approved", "application_id")
            .with("state", std::string(to_string(app.state)));
    const Customer c = customer_of(tx, app.login_id);
    const std::optional<Token> token =
        app.token_id ? tx.tokens().find(app.token_id) : std::optional<Token>{};
    std::optional<TimePoint> earliest;
    if (app.kind == ApplicationKind::revoke && token && token->ended_at)
        earliest = earliest_reissue(*token->ended_at);
    return completion_notice_model(s, c.branch, c.contract, c.user, app, token, earliest);
}

}  // namespace

std::optional<std::string> form_template_for(const std::string& type) {
    if (type == "token-application") return std::string(kFormTokenApplication);
    if (type == "unlock") return std::string(kFormUnlock);
    if (type == "revoke") return std::string(kFormRevoke);
    if (type == "misuse-report") return std::string(kFormMisuseReport);
    return std::nullopt;
}

namespace {

// Substitutes, renders, publishes and records: the common tail of every print, in this order.
// The counts are taken first, inside the step's transaction: the print record's row stays
// locked until the commit, so two PCs printing the same document take turns and each gets a
// count of its own, known before the document is drawn (it is the model's `print_count`).
// Nothing of this is visible to anyone before the commit, which comes after the sink has put
// the whole PDF in place; when rendering or publishing fails or a batch is cancelled, the
// transaction rolls back and no print was recorded. The audit events come last: they lock the
// branch's chain head, which must not wait on a render or a disk.
Outcome<PrintedDocument> print(Context& ctx, DocumentRenderer& renderer, DocumentSink& sink,
                               Transaction& tx, const Actor& actor, const std::string& chain,
                               std::vector<DocumentModel> docs, const std::vector<Target>& targets,
                               const PdfMetadata& meta, const RenderProgress& progress) {
    auto subs = substitute_unprintable(docs, renderer);
    if (!subs) return subs.refusal();
    PrintedDocument out;
    out.substitutions = subs.value();
    out.documents = docs.size();
    const std::string document = docs.empty() ? std::string{} : docs.front().template_name;
    std::vector<std::int64_t> counts;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const auto& t = targets[i];
        counts.push_back(
            tx.prints()
                .record(document, t.key, t.application_id, actor.staff_id, meta.created)
                .count);
        // One target per document, or one (the journal, a form) for them all.
        if (i < docs.size()) docs[i].fields["print_count"] = std::to_string(counts.back());
    }
    const std::vector<std::uint8_t> pdf = renderer.render(docs, meta, progress);
    sink.publish(pdf);
    out.bytes = pdf.size();
    for (std::size_t i = 0; i < targets.size(); ++i) {
        out.print_count = counts[i];
        std::string detail = "document=" + document + " count=" + std::to_string(counts[i]);
        if (!out.substitutions.empty())
            detail += " substitutes=" + describe_substitutions(out.substitutions);
        audit(ctx, tx, chain, actor.staff_id,
              counts[i] == 1 ? "document_printed" : "document_reprinted", targets[i].key, detail);
    }
    return out;
}

// "A-12 (company U+1F600), A-15 (address U+202E)" for a refusal's message.
Refusal all_unprintable(const std::vector<SkippedDocument>& skipped) {
    std::string list;
    for (const auto& s : skipped)
        list += (list.empty() ? "" : ", ") + s.reference + " (" + s.refusal.field + " " +
                s.refusal.arg("code_point") + ")";
    return refuse("notices_unprintable", "application_id")
        .with("count", std::to_string(skipped.size()))
        .with("skipped", list);
}

}  // namespace

Outcome<PrintedDocument> DocumentService::completion_notice(const Actor& actor, std::int64_t id,
                                                            Language lang) {
    return run_step<PrintedDocument>(ctx_.store, [&](Transaction& tx) -> Outcome<PrintedDocument> {
        const auto app = tx.applications().find(id);
        if (!app) return refuse("unknown_application", "application_id");
        if (auto bad = may_print_for(actor, app->branch_code)) return *bad;
        const TimePoint now = ctx_.clock.now();
        auto model = notice_model(tx, *app, setting(tx, lang, now));
        if (!model) return model.refusal();
        return print(ctx_, renderer_, sink_, tx, actor, app->branch_code, {model.value()},
                     {{"application:" + std::to_string(id), id}},
                     {"お手続き完了のお知らせ " + reference_number(*app), kCompletionNotice, now},
                     {});
    });
}

Outcome<std::vector<Substitution>> DocumentService::preview_notice_substitutes(const Actor& actor,
                                                                               std::int64_t id,
                                                                               Language lang) {
    std::optional<Outcome<std::vector<Substitution>>> result;
    ctx_.store.run([&](Transaction& tx) {
        const auto app = tx.applications().find(id);
        if (!app) {
            result.emplace(refuse("unknown_application", "application_id"));
        } else if (auto bad = may_print_for(actor, app->branch_code)) {
            result.emplace(*bad);
        } else {
            auto model = notice_model(tx, *app, setting(tx, lang, ctx_.clock.now()));
            if (!model) {
                result.emplace(model.refusal());
            } else {
                std::vector<DocumentModel> docs{model.value()};
                result.emplace(substitute_unprintable(docs, renderer_));
            }
        }
        return false;
    });
    return std::move(*result);
}

Outcome<PrintedDocument> DocumentService::activation_letter(const Actor& actor, std::int64_t id,
                                                            Language lang) {
    return run_step<PrintedDocument>(ctx_.store, [&](Transaction& tx) -> Outcome<PrintedDocument> {
        const auto app = tx.applications().find(id);
        if (!app) return refuse("unknown_application", "application_id");
        if (auto bad = may_print_for(actor, app->branch_code)) return *bad;
        if (app->kind != ApplicationKind::software_token ||
            app->state != ApplicationState::approved || app->token_id == 0)
            return refuse("not_an_issued_software_token", "application_id");
        const auto token = tx.tokens().find(app->token_id);
        if (!token) throw Fault("application " + std::to_string(id) + " names a missing token");
        const Customer c = customer_of(tx, app->login_id);
        const TimePoint now = ctx_.clock.now();
        auto doc = activation_letter_model(setting(tx, lang, now), c.branch, c.contract, c.user,
                                           *app, *token);
        return print(ctx_, renderer_, sink_, tx, actor, app->branch_code, {doc},
                     {{"application:" + std::to_string(id), id}},
                     {"初期設定のご案内 " + reference_number(*app), kActivationLetter, now}, {});
    });
}

Outcome<PrintedDocument> DocumentService::written_form(const Actor& actor, const std::string& type,
                                                       const std::string& login_id, Language lang) {
    const auto template_name = form_template_for(type);
    if (!template_name)
        return refuse("invalid_choice", "type")
            .with("choices", "token-application|unlock|revoke|misuse-report");
    if (!login_id.empty())
        if (auto bad = check_login_id("login_id", login_id)) return *bad;
    return run_step<PrintedDocument>(ctx_.store, [&](Transaction& tx) -> Outcome<PrintedDocument> {
        FormParties parties;
        std::string target = "blank:" + actor.branch_code;
        if (login_id.empty()) {
            const auto branch = tx.branches().find(actor.branch_code);
            if (!branch) throw Fault("staff " + actor.staff_id + " has no branch");
            parties.branch = *branch;
        } else {
            if (!tx.users().find(login_id)) return refuse("unknown_login_id", "login_id");
            Customer c = customer_of(tx, login_id);
            if (auto bad = may_print_for(actor, c.branch.code)) return *bad;
            parties = {c.branch, c.contract, c.user};
            target = "user:" + login_id;
        }
        const TimePoint now = ctx_.clock.now();
        auto doc = written_form_model(*template_name, setting(tx, lang, now), parties);
        return print(ctx_, renderer_, sink_, tx, actor, parties.branch.code, {doc}, {{target, 0}},
                     {"書面 " + type, *template_name, now}, {});
    });
}

Outcome<PrintedDocument> DocumentService::journal(const Actor& actor,
                                                  const std::string& branch_code,
                                                  const std::string& date, Language lang) {
    if (auto bad = check_branch_code("branch", branch_code)) return *bad;
    if (auto bad = check_date("date", date)) return *bad;
    if (actor.role == Role::teller)
        return refuse("role_not_allowed", "as").with("role", "manager|admin");
    return run_step<PrintedDocument>(ctx_.store, [&](Transaction& tx) -> Outcome<PrintedDocument> {
        const auto branch = tx.branches().find(branch_code);
        if (!branch) return refuse("unknown_branch", "branch");
        if (auto bad = may_print_for(actor, branch_code)) return *bad;
        const auto day = *parse_date(date);
        const TimePoint start = from_japan(
            {int(day.year()), int(unsigned(day.month())), int(unsigned(day.day())), 0, 0, 0});
        const TimePoint end = start + std::chrono::days{1};
        ApplicationFilter f;
        f.branch_code = branch_code;
        f.active_from = start;
        f.active_until = end;
        // Names from the staff records, each looked up once; a journal names people.
        std::map<std::string, StaffName> names;
        auto name_of = [&](const std::string& id) -> const StaffName& {
            auto it = names.find(id);
            if (it == names.end()) {
                const auto staff = tx.staff().find(id);
                it = names.emplace(id, StaffName{id, staff ? staff->name : std::string{}}).first;
            }
            return it->second;
        };
        JournalDay journal;
        for (const auto& app : tx.applications().list(f)) {
            const auto contract = tx.contracts().find(app.contract_number);
            journal.entries.push_back(
                {app, contract ? contract->company_name : std::string{}, name_of(app.maker_id),
                 app.checker_id.empty() ? std::optional<StaffName>{} : name_of(app.checker_id)});
        }
        // The branch's staff sign in on the branch's own chain.
        for (const auto& e : tx.audit().events_of({branch_code}, sign_in_actions(), start, end))
            journal.sign_ins.push_back({e.at, name_of(e.actor), e.action, e.detail});
        std::vector<std::string> chains = branch_chains(branch_code);
        chains.push_back(kSystemChain);
        for (const std::string& chain : chains)
            if (auto head = tx.audit().head_before(chain, end))
                journal.heads.emplace_back(chain, *head);
        const TimePoint now = ctx_.clock.now();
        auto doc =
            journal_model(setting(tx, lang, now), *branch, day, journal, name_of(actor.staff_id));
        return print(ctx_, renderer_, sink_, tx, actor, branch_code, {doc},
                     {{"journal:" + branch_code + ":" + date, 0}},
                     {"取扱記録 " + branch_code + " " + date, kBranchJournal, now}, {});
    });
}

Outcome<PrintedDocument> DocumentService::pending_notices(const Actor& actor, Language lang,
                                                          const RenderProgress& progress) {
    if (actor.role == Role::admin)
        return refuse("role_not_allowed", "as").with("role", "teller|manager");
    return run_step<PrintedDocument>(ctx_.store, [&](Transaction& tx) -> Outcome<PrintedDocument> {
        ApplicationFilter f;
        f.state = ApplicationState::approved;
        f.branch_code = actor.branch_code;
        f.not_printed_as = kCompletionNotice;
        const TimePoint now = ctx_.clock.now();
        const LetterSetting s = setting(tx, lang, now);
        std::vector<DocumentModel> docs;
        std::vector<Target> targets;
        std::vector<SkippedDocument> skipped;
        for (const auto& app : tx.applications().list(f)) {
            auto model = notice_model(tx, app, s);
            if (!model) return model.refusal();
            // One record that cannot be printed must not hold back the others: it is named
            // and left out (and stays unprinted, so the next batch tries it again).
            std::vector<DocumentModel> one{model.value()};
            if (auto unprintable = substitute_unprintable(one, renderer_); !unprintable) {
                skipped.push_back({app.id, reference_number(app), unprintable.refusal()});
                continue;
            }
            docs.push_back(std::move(model.value()));
            targets.push_back({"application:" + std::to_string(app.id), app.id});
        }
        if (docs.empty() && skipped.empty()) return refuse("nothing_to_print");
        if (docs.empty()) return all_unprintable(skipped);
        auto printed =
            print(ctx_, renderer_, sink_, tx, actor, actor.branch_code, std::move(docs), targets,
                  {"お手続き完了のお知らせ（一括）", kCompletionNotice, now}, progress);
        if (printed) printed.value().skipped = std::move(skipped);
        return printed;
    });
}

}  // namespace td::core
