// Printed documents: conventions, 外字, and every print recorded.
#include "td/core/document_service.h"

#include "desk_fixture.h"
#include "fake_document_sink.h"
#include "fake_renderer.h"

using namespace td::test;

namespace {
std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}
}  // namespace

class DocumentTest : public DeskTest {
  protected:
    FakeRenderer renderer;
    FakeDocumentSink sink;
    DocumentService documents{ctx, renderer, sink};

    std::int64_t approved_token_application(const std::string& login = "master1") {
        auto in = applications.apply_software_token(teller, {login, "24681357", false, {}});
        applications.approve(manager, in.value().application.id);
        return in.value().application.id;
    }
    const std::map<std::string, std::string>& fields() { return renderer.rendered.at(0).fields; }
};

TEST_F(DocumentTest, NoticeAddressesTheRepresentativeWithSama) {
    const auto id = approved_token_application();
    ASSERT_TRUE(documents.completion_notice(teller, id, Language::ja));
    EXPECT_EQ(fields().at("postal"), "〒100-0001");
    EXPECT_EQ(fields().at("company"), "株式会社テスト商事");
    EXPECT_EQ(fields().at("addressee"), "代表取締役 山田 太郎 様");
    EXPECT_EQ(fields().at("date"), "令和８年１１月２６日");
    EXPECT_EQ(fields().at("procedure"), "software_token");
    EXPECT_EQ(
        fields().at("reference"),
        "001-20261126-" + std::string(6 - std::to_string(id).size(), '0') + std::to_string(id));
    EXPECT_EQ(fields().at("token_user_id").size(), 10u);
    EXPECT_EQ(fields().at("service_id"), "SEIKYO01");
}

TEST_F(DocumentTest, CompanyWithoutANamedPersonGetsOnchu) {
    ASSERT_TRUE(
        customers.add_contract(teller, {"2000001", "有限会社みどり", "ユウゲンガイシャミドリ", "",
                                        "", "1500001", "東京都渋谷区", "", "001"}));
    add_user("midori1", "master", "midori@docomo.ne.jp", "2000001");
    const auto id = approved_token_application("midori1");
    ASSERT_TRUE(documents.completion_notice(teller, id, Language::ja));
    EXPECT_EQ(fields().at("company"), "有限会社みどり 御中");
    EXPECT_EQ(fields().at("addressee"), "");
}

TEST_F(DocumentTest, SeirekiBySetting) {
    ASSERT_TRUE(policy.set(admin, "letter_date_style", "seireki"));
    ASSERT_TRUE(documents.completion_notice(teller, approved_token_application(), Language::ja));
    EXPECT_EQ(fields().at("date"), "2026年11月26日");
}

TEST_F(DocumentTest, EnglishVariant) {
    ASSERT_TRUE(documents.completion_notice(teller, approved_token_application(), Language::en));
    EXPECT_EQ(renderer.rendered.at(0).language, Language::en);
    EXPECT_EQ(fields().at("date"), "26 November 2026");
    EXPECT_EQ(fields().at("addressee"), "山田 太郎, 代表取締役");
}

TEST_F(DocumentTest, NoSecretOnAnyDocument) {
    const auto id = approved_token_application();
    documents.completion_notice(teller, id, Language::ja);
    auto notice = renderer.rendered;
    documents.activation_letter(teller, id, Language::ja);
    for (const auto& doc : {notice.at(0), renderer.rendered.at(0)})
        for (const auto& [k, v] : doc.fields) EXPECT_EQ(v.find("24681357"), std::string::npos) << k;
}

TEST_F(DocumentTest, RevokeNoticeSaysWhenANewTokenCanBeIssued) {
    issue_token("master1");
    clock.set(japan(2026, 11, 26, 21, 0));
    auto rv = applications.apply_revoke(teller, {"master1", "lost", {}});
    ASSERT_TRUE(applications.approve(manager, rv.value().application.id));
    ASSERT_TRUE(documents.completion_notice(teller, rv.value().application.id, Language::ja));
    EXPECT_EQ(fields().at("earliest_issue_at"), "令和８年１１月２７日 ８時１０分");
    EXPECT_EQ(fields().at("revoke_reason"), "紛失");
}

TEST_F(DocumentTest, AnOnlineIssuanceNoticeSaysHowToIssueUntilTheCustomerHasIssued) {
    SoftwareTokenRequest req{"master1", "", false, {}};
    req.online = true;
    const auto id = applications.apply_software_token(teller, req).value().application.id;
    ASSERT_TRUE(applications.approve(manager, id));
    ASSERT_TRUE(documents.completion_notice(teller, id, Language::ja));
    EXPECT_EQ(fields().at("procedure"), "software_token_online");
    EXPECT_EQ(fields().at("service_id"), "");
    EXPECT_EQ(refusal_code(documents.activation_letter(teller, id, Language::ja)),
              "not_an_issued_software_token");
}

TEST_F(DocumentTest, OnlyApprovedApplicationsGetANotice) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    EXPECT_EQ(
        refusal_code(documents.completion_notice(teller, in.value().application.id, Language::ja)),
        "application_not_approved");
    EXPECT_EQ(
        refusal_code(documents.activation_letter(teller, in.value().application.id, Language::ja)),
        "not_an_issued_software_token");
}

TEST_F(DocumentTest, EveryPrintAndReprintIsCounted) {
    const auto id = approved_token_application();
    EXPECT_EQ(documents.completion_notice(teller, id, Language::ja).value().print_count, 1);
    EXPECT_EQ(documents.completion_notice(manager, id, Language::ja).value().print_count, 2);
    const auto& rec =
        store.state().prints.at({"completion_notice", "application:" + std::to_string(id)});
    EXPECT_EQ(rec.count, 2);
    EXPECT_EQ(rec.last_by, "manager");
    const auto& events = store.state().audit.at("001");
    EXPECT_EQ(events[events.size() - 2].action, "document_printed");
    EXPECT_EQ(events.back().action, "document_reprinted");
    EXPECT_NE(events.back().detail.find("count=2"), std::string::npos);
}

TEST_F(DocumentTest, GaijiIsReplacedByItsRegisteredSubstituteAndRecorded) {
    ASSERT_TRUE(customers.add_contract(
        teller, {"3000001", "𠮷田工業株式会社", "ヨシダコウギョウ", "𠮷田 一郎", "代表取締役",
                 "1000001", "東京都", "", "001"}));
    add_user("yoshida1", "master", "yoshida@docomo.ne.jp", "3000001");
    const auto id = approved_token_application("yoshida1");
    auto preview = documents.preview_notice_substitutes(teller, id, Language::ja);
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview.value().size(), 2u);
    auto printed = documents.completion_notice(teller, id, Language::ja);
    ASSERT_TRUE(printed);
    EXPECT_EQ(fields().at("company"), "吉田工業株式会社");
    EXPECT_EQ(fields().at("addressee"), "代表取締役 吉田 一郎 様");
    ASSERT_EQ(printed.value().substitutions.size(), 2u);
    EXPECT_EQ(printed.value().substitutions[0].original, "𠮷");
    EXPECT_EQ(printed.value().substitutions[0].substitute, "吉");
    EXPECT_NE(store.state().audit.at("001").back().detail.find("company: 𠮷 -> 吉"),
              std::string::npos);
}

TEST_F(DocumentTest, GaijiWithoutASubstituteRefusesNamingCharacterAndField) {
    ASSERT_TRUE(
        customers.add_contract(teller, {"3000002", "𩸽水産株式会社", "ホッケスイサン", "北 太郎",
                                        "代表取締役", "1000001", "北海道", "", "001"}));
    add_user("hokke1", "master", "hokke@docomo.ne.jp", "3000002");
    const auto id = approved_token_application("hokke1");
    const auto events_before = store.state().audit.at("001").size();
    auto r = documents.completion_notice(teller, id, Language::ja);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().code, "unprintable_character");
    EXPECT_EQ(r.refusal().field, "company");
    EXPECT_EQ(r.refusal().arg("character"), "𩸽");
    EXPECT_EQ(r.refusal().arg("code_point"), "U+29E3D");
    EXPECT_TRUE(store.state().prints.empty());
    EXPECT_EQ(store.state().audit.at("001").size(), events_before);
}

TEST_F(DocumentTest, PendingNoticesAreBatchedOnceEach) {
    approved_token_application("master1");
    approved_token_application("gen1");
    std::size_t progress_total = 0;
    auto batch =
        documents.pending_notices(teller, Language::ja, [&](std::size_t, std::size_t total) {
            progress_total = total;
            return true;
        });
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch.value().documents, 2u);
    EXPECT_EQ(progress_total, 2u);
    EXPECT_EQ(refusal_code(documents.pending_notices(teller, Language::ja)), "nothing_to_print");
}

TEST_F(DocumentTest, BatchNamesAnUnprintableNoticeAndPrintsTheRest) {
    ASSERT_TRUE(
        customers.add_contract(teller, {"3000002", "𩸽水産株式会社", "ホッケスイサン", "北 太郎",
                                        "代表取締役", "1000001", "北海道", "", "001"}));
    add_user("hokke1", "master", "hokke@docomo.ne.jp", "3000002");
    approved_token_application("master1");
    const auto hokke = approved_token_application("hokke1");
    approved_token_application("gen1");
    auto batch = documents.pending_notices(teller, Language::ja);
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch.value().documents, 2u);
    ASSERT_EQ(batch.value().skipped.size(), 1u);
    const auto& skipped = batch.value().skipped.front();
    EXPECT_EQ(skipped.application_id, hokke);
    EXPECT_FALSE(skipped.reference.empty());
    EXPECT_EQ(skipped.refusal.code, "unprintable_character");
    EXPECT_EQ(skipped.refusal.field, "company");
    EXPECT_EQ(skipped.refusal.arg("code_point"), "U+29E3D");
    // Only what was printed is recorded as printed.
    EXPECT_EQ(store.state().prints.size(), 2u);
    for (const auto& [key, record] : store.state().prints)
        EXPECT_NE(key.second, "application:" + std::to_string(hokke));
    // The next batch has only the unprintable one left: refused, naming it.
    auto again = documents.pending_notices(teller, Language::ja);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.refusal().code, "notices_unprintable");
    EXPECT_EQ(again.refusal().arg("count"), "1");
    EXPECT_NE(again.refusal().arg("skipped").find(skipped.reference + " (company U+29E3D)"),
              std::string::npos);
}

TEST_F(DocumentTest, BatchSkipsAnEmojiStoredBeforeEntryChecksRefusedIt) {
    const auto id = approved_token_application("master1");
    // A contract recorded by an earlier version, before entry refused emoji.
    store.state().contracts.at("1000001").company_name = "株式会社テスト😀";
    auto r = documents.pending_notices(teller, Language::ja);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().code, "notices_unprintable");
    EXPECT_NE(r.refusal().arg("skipped").find("company U+1F600"), std::string::npos);
    auto single = documents.completion_notice(teller, id, Language::ja);
    ASSERT_FALSE(single);
    EXPECT_EQ(single.refusal().code, "character_not_allowed");
    EXPECT_EQ(single.refusal().arg("character"), "😀 (U+1F600)");
}

TEST_F(DocumentTest, FormsArePreFilledOrBlank) {
    ASSERT_TRUE(documents.written_form(teller, "unlock", "master1", Language::ja));
    EXPECT_EQ(renderer.rendered.at(0).template_name, "form_unlock");
    EXPECT_EQ(fields().at("login_id"), "master1");
    EXPECT_EQ(fields().at("user_kind"), "マスターユーザ");
    EXPECT_EQ(fields().at("company"),
              "株式会社テスト商事");  // no 様 or 御中 on the customer's own form
    ASSERT_TRUE(documents.written_form(teller, "revoke", "", Language::ja));
    EXPECT_EQ(fields().at("login_id"), "");
    EXPECT_EQ(fields().at("company"), "");
    EXPECT_EQ(fields().at("branch_name"), "本店");
    EXPECT_EQ(refusal_code(documents.written_form(teller, "nonsense", "", Language::ja)),
              "invalid_choice");
}

TEST_F(DocumentTest, JournalListsTheDayAndEndsWithChainHeads) {
    approved_token_application("master1");
    clock.set(japan(2026, 11, 27, 9, 0));
    store.state().users.at("gen1").otp_state = OtpState::locked;
    applications.apply_unlock(teller, {"gen1", {}});
    EXPECT_EQ(refusal_code(documents.journal(teller, "001", "2026-11-26", Language::ja)),
              "role_not_allowed");
    ASSERT_TRUE(documents.journal(manager, "001", "2026-11-26", Language::ja));
    const auto& doc = renderer.rendered.at(0);
    ASSERT_EQ(doc.tables.at("procedures").size(), 1u);
    EXPECT_EQ(doc.tables.at("procedures")[0].at("state_name"), "承認済");
    // A journal names people: the name from the staff record, and the ID below it.
    EXPECT_EQ(doc.tables.at("procedures")[0].at("maker"), "teller name\nteller");
    EXPECT_EQ(doc.tables.at("procedures")[0].at("checker"), "manager name\nmanager");
    EXPECT_EQ(doc.fields.at("printed_by"), "manager name（manager）");
    ASSERT_FALSE(doc.tables.at("chain_heads").empty());
    EXPECT_EQ(doc.tables.at("chain_heads")[0].at("chain"), "001");
    EXPECT_EQ(doc.fields.at("date"), "令和８年１１月２６日");
}

TEST_F(DocumentTest, JournalLeavesTheCheckerEmptyUntilDecidedAndShowsAnIdWithoutARecord) {
    auto in = applications.apply_software_token(teller, {"master1", "1234", false, {}});
    store.state().staff.erase("teller");  // a record gone: the ID still names who it was
    ASSERT_TRUE(documents.journal(manager, "001", "2026-11-26", Language::en));
    const auto& row = renderer.rendered.at(0).tables.at("procedures").at(0);
    EXPECT_EQ(row.at("maker"), "teller");
    EXPECT_EQ(row.at("checker"), "");
    EXPECT_EQ(renderer.rendered.at(0).fields.at("printed_by"), "manager name (manager)");
}

// Nothing recorded that did not happen: the document exists before its print is recorded.

TEST_F(DocumentTest, APrintIsCommittedOnlyAfterTheDocumentIsPublished) {
    const auto id = approved_token_application();
    const auto events_before = store.state().audit.at("001").size();
    bool looked = false;
    sink.on_publish = [&] {
        looked = true;
        EXPECT_TRUE(store.state().prints.empty());  // committed state while the file is written
        EXPECT_EQ(store.state().audit.at("001").size(), events_before);
    };
    ASSERT_TRUE(documents.completion_notice(teller, id, Language::ja));
    EXPECT_TRUE(looked);
    EXPECT_EQ(sink.published.size(), 1u);
    EXPECT_EQ(store.state().prints.size(), 1u);
}

TEST_F(DocumentTest, APublishThatFailsRecordsNothingAndTheNextPrintIsTheFirst) {
    const auto id = approved_token_application();
    const auto events_before = store.state().audit.at("001").size();
    sink.fail = true;
    EXPECT_THROW(documents.completion_notice(teller, id, Language::ja), Fault);
    EXPECT_TRUE(store.state().prints.empty());
    EXPECT_EQ(store.state().audit.at("001").size(), events_before);
    sink.fail = false;
    auto again = documents.completion_notice(teller, id, Language::ja);
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value().print_count, 1);
    EXPECT_EQ(store.state().audit.at("001").back().action, "document_printed");
}

TEST_F(DocumentTest, ABatchThatFailsToPublishLeavesEveryNoticePending) {
    approved_token_application("master1");
    approved_token_application("gen1");
    sink.fail = true;
    EXPECT_THROW(documents.pending_notices(teller, Language::ja), Fault);
    EXPECT_TRUE(store.state().prints.empty());
    sink.fail = false;
    auto batch = documents.pending_notices(teller, Language::ja);
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch.value().documents, 2u);
}

TEST_F(DocumentTest, ACancelledBatchPublishesNothingAndRecordsNothing) {
    approved_token_application("master1");
    approved_token_application("gen1");
    EXPECT_THROW(documents.pending_notices(teller, Language::ja,
                                           [](std::size_t done, std::size_t) { return done < 2; }),
                 Fault);
    EXPECT_TRUE(sink.published.empty());
    EXPECT_TRUE(store.state().prints.empty());
    ASSERT_TRUE(documents.pending_notices(teller, Language::ja));
    EXPECT_EQ(sink.published.size(), 1u);
}

TEST_F(DocumentTest, ThePrintCountIsDecidedBeforeTheDocumentIsDrawn) {
    const auto id = approved_token_application();
    ASSERT_TRUE(documents.completion_notice(teller, id, Language::ja));
    EXPECT_EQ(fields().at("print_count"), "1");
    ASSERT_TRUE(documents.completion_notice(teller, id, Language::ja));
    EXPECT_EQ(fields().at("print_count"), "2");
}
