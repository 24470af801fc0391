// Every route over real TLS, as the internet-banking host calls it.
#include <gtest/gtest.h>

#include "server_fixture.h"

namespace td::test {
namespace {

using nlohmann::json;

json verify(HttpsClient& c, const std::string& login, const std::string& otp,
            int expected_status = 200) {
    auto r = c.post("/v1/otp/verify", {{"login_id", login}, {"otp", otp}, {"purpose", "login"}});
    EXPECT_EQ(r.status, expected_status) << r.body;
    return r.json();
}

TEST_F(ServerTest, InitialSetupThenACodeIsAcceptedOnce) {
    const std::string secret = set_up_token(master_token);
    ASSERT_FALSE(secret.empty());
    auto c = host();
    EXPECT_EQ(verify(c, "master1", code(secret))["result"], "accept");
    EXPECT_EQ(verify(c, "master1", code(secret))["result"], "reject");
    EXPECT_EQ(verify(c, "master1", code(secret, 2))["result"],
              "reject");  // beyond the drift window
}

TEST_F(ServerTest, UnknownUsersUsersWithoutAUsableTokenAndWrongCodesAllReject) {
    auto c = host();
    EXPECT_EQ(verify(c, "nobody", "123456")["result"], "reject");
    EXPECT_EQ(verify(c, "gen1", "123456")["result"], "reject");  // issued, not set up
    set_up_token(master_token);
    EXPECT_EQ(verify(c, "master1", "000000")["result"], "reject");
    EXPECT_EQ(verify(c, "master1", "12")["result"], "reject");
}

TEST_F(ServerTest, WrongCodesLockTheUserAsAtTheCounter) {
    const std::string secret = set_up_token(master_token);
    auto c = host();
    for (int i = 0; i < 5; ++i) EXPECT_EQ(verify(c, "master1", "000000")["result"], "reject");
    EXPECT_EQ(verify(c, "master1", code(secret))["result"], "locked");
    auto user = c.get("/v1/users/master1");
    EXPECT_EQ(user.status, 200);
    EXPECT_EQ(user.json()["otp_state"], "locked");
    EXPECT_EQ(user.json()["fail_count"], 5);
}

TEST_F(ServerTest, ActivationRefusalsAreProblemsWithTheCoreCode) {
    auto c = host();
    auto wrong = c.post("/v1/activations", {{"service_id", master_token.service_id},
                                            {"token_user_id", master_token.token_user_id},
                                            {"start_password", "0000"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(wrong.headers["Content-Type"], "application/problem+json");
    EXPECT_EQ(wrong.json()["code"], "wrong_start_password");
    EXPECT_EQ(wrong.json()["field"], "start_password");
    EXPECT_EQ(wrong.json()["type"], "urn:tokendesk:error:wrong_start_password");
    EXPECT_EQ(wrong.json()["args"]["remaining"], "4");
    EXPECT_FALSE(wrong.json()["title_ja"].get<std::string>().empty());
    auto other = c.post("/v1/activations", {{"service_id", "OTHER01"},
                                            {"token_user_id", master_token.token_user_id},
                                            {"start_password", "4321"}});
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.json()["code"], "unknown_token");
}

TEST_F(ServerTest, UserStatusHasNoSecret) {
    const std::string secret = set_up_token(master_token);
    auto c = host();
    ASSERT_EQ(verify(c, "master1", code(secret))["result"], "accept");
    auto r = c.get("/v1/users/master1");
    ASSERT_EQ(r.status, 200);
    const json j = r.json();
    EXPECT_EQ(j["kind"], "master");
    EXPECT_EQ(j["token"]["kind"], "software");
    EXPECT_EQ(j["token"]["state"], "active");
    EXPECT_EQ(j["last_accepted_at"], "2026-11-26T10:00:00+09:00");
    EXPECT_TRUE(j["earliest_issue_at"].is_null());
    EXPECT_EQ(r.body.find(secret), std::string::npos);
    EXPECT_EQ(r.body.find("seed"), std::string::npos);
    EXPECT_EQ(c.get("/v1/users/nobody").status, 404);
}

TEST_F(ServerTest, TheMasterUnlocksAGeneralUserAndRevokesOnline) {
    const std::string master_secret = set_up_token(master_token);
    set_up_token(general_token);
    auto c = host();
    for (int i = 0; i < 5; ++i) verify(c, "gen1", "000000");
    auto wrong =
        c.post("/v1/users/gen1/unlock", {{"master_login_id", "master1"}, {"master_otp", "000000"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(wrong.json()["code"], "otp_rejected");
    auto unlocked = c.post("/v1/users/gen1/unlock",
                           {{"master_login_id", "master1"}, {"master_otp", code(master_secret)}});
    ASSERT_EQ(unlocked.status, 200) << unlocked.body;
    EXPECT_EQ(unlocked.json()["otp_state"], "active");
    auto revoked = c.post("/v1/users/gen1/token/revoke", {{"master_login_id", "master1"},
                                                          {"master_otp", code(master_secret, 1)},
                                                          {"reason", "機種変更"}});
    ASSERT_EQ(revoked.status, 200) << revoked.body;
    EXPECT_EQ(revoked.json()["token"]["state"], "revoked");
    EXPECT_EQ(revoked.json()["earliest_issue_at"], "2026-11-26T10:30:00+09:00");
    auto master_unlock = c.post("/v1/users/master1/unlock",
                                {{"master_login_id", "master1"}, {"master_otp", "123456"}});
    EXPECT_EQ(master_unlock.json()["code"], "master_unlock_at_branch");
}

TEST_F(ServerTest, BadRequestsAreRefusedNamingTheProblem) {
    auto c = host();
    auto not_json = c.request("POST", "/v1/otp/verify", "{not json");
    EXPECT_EQ(not_json.status, 400);
    EXPECT_EQ(not_json.json()["code"], "bad_json");
    auto missing = c.post("/v1/otp/verify", {{"login_id", "master1"}, {"purpose", "login"}});
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json()["code"], "missing_field");
    EXPECT_EQ(missing.json()["field"], "otp");
    auto wrong_type =
        c.post("/v1/otp/verify", {{"login_id", "master1"}, {"otp", 123456}, {"purpose", "login"}});
    EXPECT_EQ(wrong_type.status, 400);
    EXPECT_EQ(wrong_type.json()["code"], "wrong_type");
    auto purpose = c.post("/v1/otp/verify",
                          {{"login_id", "master1"}, {"otp", "123456"}, {"purpose", "payment"}});
    EXPECT_EQ(purpose.status, 422);
    EXPECT_EQ(purpose.json()["field"], "purpose");
    auto form = c.request("POST", "/v1/otp/verify", "login_id=master1", "text/plain");
    EXPECT_EQ(form.status, 415);
    auto unknown = c.get("/v1/nothing");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json()["code"], "not_found");
    auto method = c.get("/v1/otp/verify");
    EXPECT_EQ(method.status, 405);
    EXPECT_EQ(method.headers["Allow"], "POST");
    EXPECT_TRUE(c.still_open());
}

TEST_F(ServerTest, ABodyOver16KBIs413) {
    auto c = host();
    const std::string huge = "{\"login_id\": \"" + std::string(17 * 1024, 'a') + "\"}";
    auto r = c.request("POST", "/v1/otp/verify", huge);
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.json()["code"], "body_too_large");
}

TEST_F(ServerTest, HealthMetricsAndTheContract) {
    auto c = host();
    auto health = c.get("/v1/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json()["database"], "reachable");
    verify(c, "nobody", "123456");
    auto metrics = c.get("/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_NE(metrics.body.find("tokendesk_requests_total{route=\"/v1/otp/"
                                "verify\",status=\"200\",result=\"reject\"} 1"),
              std::string::npos)
        << metrics.body;
    EXPECT_NE(metrics.body.find("tokendesk_open_connections 1"), std::string::npos);
    EXPECT_NE(metrics.body.find("tokendesk_request_duration_seconds_bucket"), std::string::npos);
    auto contract = c.get("/v1/openapi.yaml");
    EXPECT_EQ(contract.status, 200);
    EXPECT_EQ(contract.body.rfind("openapi: 3.1", 0), 0u);
}

TEST_F(ServerTest, TheAccessLogHasOneLinePerRequestAndNoCodeOrPassword) {
    const std::string secret = set_up_token(master_token);
    auto c = host();
    const std::string otp = code(secret);
    verify(c, "master1", otp);
    const auto log = access_log();
    ASSERT_EQ(log.size(), 2u);
    for (const auto& line : log) {
        const json j = json::parse(line);
        EXPECT_EQ(j["host"], "ib-host");
        EXPECT_EQ(line.find(otp), std::string::npos) << line;
        EXPECT_EQ(line.find(master_token.start_password), std::string::npos) << line;
        EXPECT_EQ(line.find(secret), std::string::npos) << line;
    }
    EXPECT_EQ(json::parse(log[1])["route"], "/v1/otp/verify");
    EXPECT_EQ(json::parse(log[1])["result"], "accept");
}

}  // namespace
}  // namespace td::test

namespace td::test {
namespace {

TEST_F(ServerTest, ARetryWithTheSameIdempotencyKeyGetsTheFirstAnswer) {
    auto c = host();
    const std::string body = nlohmann::json{{"service_id", master_token.service_id},
                                            {"token_user_id", master_token.token_user_id},
                                            {"start_password", master_token.start_password}}
                                 .dump();
    const std::map<std::string, std::string> key = {{"Idempotency-Key", "setup-7f3a"}};
    auto first = c.request("POST", "/v1/activations", body, "application/json", key);
    ASSERT_EQ(first.status, 200) << first.body;
    // The answer was lost on the way: the host sends it again, to another server perhaps.
    auto again = host().request("POST", "/v1/activations", body, "application/json", key);
    EXPECT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.json()["secret_base32"], first.json()["secret_base32"]);
    EXPECT_EQ(again.headers["Idempotent-Replayed"], "true");
    // Without the key, the same request is what it is: a second setup, refused.
    auto plain = c.request("POST", "/v1/activations", body);
    EXPECT_EQ(plain.json()["code"], "token_not_awaiting_setup");
    // The key with another request: refused, naming the header.
    auto other = c.request("POST", "/v1/activations", "{}", "application/json", key);
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(other.json()["code"], "idempotency_key_reused");
    auto bad = c.request("POST", "/v1/activations", body, "application/json",
                         {{"Idempotency-Key", "has space"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json()["code"], "idempotency_key_format");
}

TEST_F(ServerTest, ARetriedVerificationIsNotCountedTwice) {
    const std::string secret = set_up_token(master_token);
    auto c = host();
    const std::string wrong =
        nlohmann::json{{"login_id", "master1"}, {"otp", "000000"}, {"purpose", "login"}}.dump();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(c.request("POST", "/v1/otp/verify", wrong, "application/json",
                            {{"Idempotency-Key", "verify-1"}})
                      .json()["result"],
                  "reject");
    EXPECT_EQ(c.get("/v1/users/master1").json()["fail_count"], 1);
}

}  // namespace
}  // namespace td::test

namespace td::test {
namespace {

TEST_F(ServerTest, TheEventFeedFollowsTheCounterAndTheHost) {
    const std::string secret = set_up_token(master_token);
    auto c = host();
    auto all = c.get("/v1/events");
    ASSERT_EQ(all.status, 200) << all.body;
    const auto events = all.json()["events"];
    // The fixture issued two tokens at the counter; the host set one up.
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0]["type"], "issued");
    EXPECT_EQ(events[0]["login_id"], "master1");
    EXPECT_EQ(events[0]["token_kind"], "software");
    EXPECT_EQ(events[2]["type"], "activated");
    EXPECT_EQ(events[2]["at"], "2026-11-26T10:00:00+09:00");
    const std::string cursor = all.json()["next_cursor"];
    EXPECT_EQ(cursor, events[2]["cursor"]);
    EXPECT_TRUE(c.get("/v1/events?after=" + cursor).json()["events"].empty());
    for (int i = 0; i < 5; ++i)
        c.post("/v1/otp/verify",
               {{"login_id", "master1"}, {"otp", "000000"}, {"purpose", "login"}});
    auto next = c.get("/v1/events?after=" + cursor + "&limit=10");
    ASSERT_EQ(next.json()["events"].size(), 1u);
    EXPECT_EQ(next.json()["events"][0]["type"], "locked");
    EXPECT_TRUE(next.json()["events"][0]["token_kind"].is_null());
    auto page = c.get("/v1/events?limit=2");
    EXPECT_EQ(page.json()["events"].size(), 2u);
    EXPECT_EQ(c.get("/v1/events?after=abc").json()["code"], "cursor_format");
    EXPECT_EQ(c.get("/v1/events?limit=0").json()["code"], "number_range");
    EXPECT_EQ(c.get("/v1/events?limit=1001").status, 422);
}

}  // namespace
}  // namespace td::test
