// Contract update (契約内容変更): a wrong company name, kana, representative, address or phone
// is corrected through entry and approval like every other procedure (rule 1).
#include "desk_fixture.h"
#include "td/core/contract_change.h"

using namespace td::test;

namespace {

std::string refusal_code(const auto& outcome) {
    return outcome ? "ok" : outcome.refusal().code;
}

ContractUpdateRequest update(ContractFields fields, std::string login = {}) {
    ContractUpdateRequest r;
    r.contract_number = "1000001";
    r.login_id = std::move(login);
    r.fields = std::move(fields);
    r.form.seal_checked = true;
    r.form.identity_checked = true;
    return r;
}

}  // namespace

TEST_F(DeskTest, ContractUpdateTakesEffectOnlyWhenApprovedByAnotherManager) {
    ContractFields f;
    f.company_name = "株式会社テスト商事ホールディングス";
    f.address = "東京都千代田区丸の内1-1";
    auto in = applications.apply_contract_update(teller, update(f));
    ASSERT_TRUE(in) << in.refusal().code;
    const auto& app = in.value().application;
    EXPECT_EQ(app.kind, ApplicationKind::contract_update);
    EXPECT_EQ(app.login_id, "master1");  // recorded under the contract's master user
    ASSERT_EQ(app.contract_changes.size(), 2u);
    EXPECT_EQ(app.contract_changes[0],
              (FieldChange{"company", "株式会社テスト商事", "株式会社テスト商事ホールディングス"}));
    EXPECT_EQ(app.contract_changes[1].field, "address");
    // Nothing changes before approval.
    EXPECT_EQ(store.state().contracts.at("1000001").company_name, "株式会社テスト商事");
    EXPECT_EQ(refusal_code(applications.approve(teller, app.id)), "role_not_allowed");
    auto approved = applications.approve(manager, app.id);
    ASSERT_TRUE(approved);
    const Contract& now = store.state().contracts.at("1000001");
    EXPECT_EQ(now.company_name, "株式会社テスト商事ホールディングス");
    EXPECT_EQ(now.address, "東京都千代田区丸の内1-1");
    EXPECT_EQ(now.company_kana, "カブシキガイシャテストショウジ");  // untouched
    const auto& events = store.state().audit.at("001");
    EXPECT_EQ(events.back().action, "application_approved");
    EXPECT_EQ(events[events.size() - 2].action, "contract_updated");
    EXPECT_EQ(events[events.size() - 2].detail,
              "application=" + std::to_string(app.id) + " changed=company,address");
}

TEST_F(DeskTest, MakerCannotApproveTheirOwnContractUpdate) {
    ContractFields f;
    f.phone = "03-9999-0000";
    auto in = applications.apply_contract_update(manager, update(f));
    ASSERT_TRUE(in);
    EXPECT_EQ(refusal_code(applications.approve(manager, in.value().application.id)),
              "maker_is_checker");
}

TEST_F(DeskTest, ContractUpdateChecksEachFieldByTheContractsOwnRules) {
    const auto with = [&](auto set) {
        ContractFields f;
        set(f);
        return refusal_code(applications.apply_contract_update(teller, update(f)));
    };
    EXPECT_EQ(with([](ContractFields& f) { f.company_name = "株式会社😀"; }),
              "character_not_allowed");
    EXPECT_EQ(with([](ContractFields& f) { f.company_name = "　"; }), "required");
    EXPECT_EQ(with([](ContractFields& f) { f.address = ""; }), "required");
    EXPECT_EQ(with([](ContractFields& f) { f.company_kana = "かぶしき"; }), "ok");  // made katakana
    EXPECT_EQ(with([](ContractFields& f) { f.phone = "1234"; }), "phone_format");
    EXPECT_EQ(with([](ContractFields& f) { f.postal_code = "１００-０００２"; }),
              "full_width_digits");
    EXPECT_EQ(with([](ContractFields& f) { f.representative_name = "山田\u200B太郎"; }),
              "character_not_allowed");
}

TEST_F(DeskTest, ContractUpdateThatChangesNothingIsRefused) {
    ContractFields f;
    f.company_name = "株式会社テスト商事";
    EXPECT_EQ(refusal_code(applications.apply_contract_update(teller, update(f))), "no_change");
    EXPECT_EQ(refusal_code(applications.apply_contract_update(teller, update({}))), "no_change");
}

TEST_F(DeskTest, ContractUpdateThroughAUserOfAnotherContractIsRefused) {
    ASSERT_TRUE(customers.add_contract(teller, {"2000001", "別会社", "ベツガイシャ", "", "",
                                                "100-0001", "東京都", "", "001"}));
    add_user("other1", "master", "other1@docomo.ne.jp", "2000001");
    ContractFields f;
    f.phone = "03-9999-0000";
    EXPECT_EQ(refusal_code(applications.apply_contract_update(teller, update(f, "other1"))),
              "different_contract");
    auto through_gen = applications.apply_contract_update(teller, update(f, "gen1"));
    ASSERT_TRUE(through_gen);
    EXPECT_EQ(through_gen.value().application.login_id, "gen1");
}

TEST_F(DeskTest, ContractChangedSinceEntryIsRefusedAtApproval) {
    ContractFields f;
    f.company_name = "株式会社テスト商事（訂正）";
    auto in = applications.apply_contract_update(teller, update(f));
    ASSERT_TRUE(in);
    store.state().contracts.at("1000001").company_name = "株式会社別の名前";
    auto r = applications.approve(manager, in.value().application.id);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().code, "contract_changed_since_entry");
    EXPECT_EQ(r.refusal().field, "company");
    EXPECT_EQ(store.state().contracts.at("1000001").company_name, "株式会社別の名前");
}

TEST_F(DeskTest, RejectedContractUpdateChangesNothing) {
    ContractFields f;
    f.address = "大阪府大阪市北区1-1";
    auto in = applications.apply_contract_update(teller, update(f));
    ASSERT_TRUE(in);
    ASSERT_TRUE(applications.reject(manager, in.value().application.id, "書面の記載と相違"));
    EXPECT_EQ(store.state().contracts.at("1000001").address, "東京都千代田区千代田1-1");
}

TEST(ContractChange, EncodedAndDecodedUnchanged) {
    const std::vector<FieldChange> changes{{"company", "旧社名", "新社名"},
                                           {"phone", "", "03-1234-5678"},
                                           {"representative", "山田 太郎", ""}};
    EXPECT_EQ(decode_changes(encode_changes(changes)), changes);
    EXPECT_TRUE(decode_changes("").empty());
}
