// Every route the server answers and every status it answers with is in docs/openapi.yaml.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "server_fixture.h"

namespace td::test {
namespace {

// path -> method -> statuses, read from the document's own layout (two spaces a level).
struct Contract {
    std::map<std::string, std::map<std::string, std::set<std::string>>> operations;
    std::set<std::string> generic;
};

std::size_t indent_of(const std::string& line) {
    return line.find_first_not_of(' ');
}

std::string key_of(const std::string& line) {
    std::string key = line.substr(indent_of(line));
    key = key.substr(0, key.find(':', key.front() == '\'' ? 1 : 0));
    if (key.size() >= 2 && key.front() == '\'') key = key.substr(1, key.size() - 2);
    return key;
}

Contract read_contract() {
    std::ifstream in(TD_OPENAPI_FILE);
    Contract c;
    std::string line, path, method;
    bool in_paths = false, in_responses = false;
    std::size_t responses_indent = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line.find_first_not_of(' ') == std::string::npos) continue;
        const std::size_t indent = indent_of(line);
        if (line.rfind("x-tokendesk-generic-responses:", 0) == 0) {
            for (std::size_t at = line.find('\''); at != std::string::npos;
                 at = line.find('\'', line.find('\'', at + 1) + 1))
                c.generic.insert(line.substr(at + 1, 3));
        }
        if (indent == 0) {
            in_paths = line.rfind("paths:", 0) == 0;
            continue;
        }
        if (!in_paths) continue;
        if (indent == 2) {
            path = key_of(line);
            in_responses = false;
        } else if (indent == 4) {
            method = key_of(line);
            in_responses = false;
        } else if (indent == 6) {
            in_responses = key_of(line) == "responses";
            responses_indent = 8;
        } else if (in_responses && indent == responses_indent) {
            c.operations[path][method].insert(key_of(line));
        }
    }
    return c;
}

std::string route_template(const std::string& target) {
    // The host's routes with a login ID in them.
    const std::string prefix = "/v1/users/";
    if (target.rfind(prefix, 0) != 0) return target;
    const auto rest = target.find('/', prefix.size());
    return prefix + "{login_id}" + (rest == std::string::npos ? "" : target.substr(rest));
}

class ContractTest : public ServerTest {
  protected:
    Contract contract = read_contract();
    std::set<std::string> unseen_operations() const {
        std::set<std::string> all;
        for (const auto& [path, methods] : contract.operations)
            for (const auto& [method, statuses] : methods)
                for (const auto& status : statuses) all.insert(method + " " + path + " " + status);
        return all;
    }
    void check(const std::string& method, const std::string& target, const Reply& reply) {
        const std::string status = std::to_string(reply.status);
        const std::string path = route_template(target.substr(0, target.find('?')));
        std::string lower = method;
        for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const auto p = contract.operations.find(path);
        const bool documented = (p != contract.operations.end() && p->second.count(lower) &&
                                 p->second.at(lower).count(status)) ||
                                contract.generic.count(status);
        EXPECT_TRUE(documented) << method << " " << path << " answered " << status
                                << ", which docs/openapi.yaml does not list";
        seen.insert(lower + " " + path + " " + status);
    }
    std::set<std::string> seen;
};

TEST_F(ContractTest, TheDocumentIsReadable) {
    EXPECT_EQ(contract.operations.size(), 10u);
    EXPECT_TRUE(contract.operations["/v1/otp/verify"]["post"].count("200"));
    EXPECT_TRUE(contract.generic.count("405"));
}

TEST_F(ContractTest, EveryAnswerOfEveryRouteIsInTheContract) {
    const std::string secret = set_up_token(master_token);
    approve_online_issuance("gen2");
    const std::string online = R"({"mobile_email":"g2@au.com","start_password":"2468"})";
    auto c = host();
    auto unpinned = as(tls().unpinned);
    struct Call {
        HttpsClient* client;
        std::string method, target, body, content_type;
    };
    // The master's codes of three steps in turn (each is accepted once, later steps only).
    const std::string verify_ok =
        R"({"login_id":"master1","otp":")" + code(secret, -1) + R"(","purpose":"login"})";
    const std::string gen1_wrong = R"({"login_id":"gen1","otp":"000000","purpose":"login"})";
    const std::vector<Call> calls = {
        {&c, "POST", "/v1/otp/verify", verify_ok, "application/json"},
        {&c, "POST", "/v1/otp/verify", "{", "application/json"},
        {&c, "POST", "/v1/otp/verify", R"({"login_id":"m","otp":"1","purpose":"x"})",
         "application/json"},
        {&c, "POST", "/v1/otp/verify", "x", "text/plain"},
        {&unpinned, "POST", "/v1/otp/verify", verify_ok, "application/json"},
        {&c, "GET", "/v1/otp/verify", "", ""},
        {&c, "POST", "/v1/activations",
         R"({"service_id":"SEIKYO01","token_user_id":")" + general_token.token_user_id +
             R"(","start_password":")" + general_token.start_password + "\"}",
         "application/json"},
        {&c, "POST", "/v1/activations",
         R"({"service_id":"SEIKYO01","token_user_id":"1","start_password":"1234"})",
         "application/json"},
        {&c, "POST", "/v1/activations",
         R"({"service_id":"X","token_user_id":")" + master_token.token_user_id +
             R"(","start_password":"1234"})",
         "application/json"},
        {&c, "POST", "/v1/activations", "{}", "application/json"},
        {&c, "POST", "/v1/activations", "{}", "text/plain"},
        {&c, "POST", "/v1/otp/verify", gen1_wrong, "application/json"},
        {&c, "POST", "/v1/otp/verify", gen1_wrong, "application/json"},
        {&c, "POST", "/v1/otp/verify", gen1_wrong, "application/json"},
        {&c, "POST", "/v1/otp/verify", gen1_wrong, "application/json"},
        {&c, "POST", "/v1/otp/verify", gen1_wrong, "application/json"},
        {&unpinned, "POST", "/v1/activations", "{}", "application/json"},
        {&c, "GET", "/v1/users/master1", "", ""},
        {&c, "GET", "/v1/users/nobody", "", ""},
        {&unpinned, "GET", "/v1/users/master1", "", ""},
        {&c, "POST", "/v1/users/gen1/unlock",
         R"({"master_login_id":"master1","master_otp":"000000"})", "application/json"},
        {&c, "POST", "/v1/users/gen1/unlock",
         R"({"master_login_id":"master1","master_otp":")" + code(secret, 0) + "\"}",
         "application/json"},
        {&c, "POST", "/v1/users/nobody/unlock",
         R"({"master_login_id":"master1","master_otp":"000000"})", "application/json"},
        {&c, "POST", "/v1/users/gen1/unlock", "[]", "application/json"},
        {&c, "POST", "/v1/users/gen1/unlock", "{}", "text/plain"},
        {&unpinned, "POST", "/v1/users/gen1/unlock", "{}", "application/json"},
        {&c, "POST", "/v1/users/master1/token/revoke",
         R"({"master_login_id":"master1","master_otp":")" + code(secret, 1) +
             R"(","reason":"lost"})",
         "application/json"},
        {&c, "POST", "/v1/users/master1/token/revoke",
         R"({"master_login_id":"master1","master_otp":"000000","reason":"lost"})",
         "application/json"},
        {&c, "POST", "/v1/users/nobody/token/revoke",
         R"({"master_login_id":"master1","master_otp":"000000","reason":"lost"})",
         "application/json"},
        {&c, "POST", "/v1/users/gen1/token/revoke", "{}", "application/json"},
        {&c, "POST", "/v1/users/gen1/token/revoke", "{}", "text/plain"},
        {&unpinned, "POST", "/v1/users/gen1/token/revoke", "{}", "application/json"},
        {&c, "POST", "/v1/users/gen2/software-token", online, "application/json"},
        {&c, "POST", "/v1/users/gen2/software-token", online, "application/json"},
        {&c, "POST", "/v1/users/nobody/software-token", online, "application/json"},
        {&c, "POST", "/v1/users/gen2/software-token", "{}", "application/json"},
        {&c, "POST", "/v1/users/gen2/software-token", online, "text/plain"},
        {&unpinned, "POST", "/v1/users/gen2/software-token", online, "application/json"},
        {&c, "GET", "/v1/events?after=0&limit=10", "", ""},
        {&c, "GET", "/v1/events?after=x", "", ""},
        {&unpinned, "GET", "/v1/events", "", ""},
        {&c, "GET", "/v1/health", "", ""},
        {&c, "GET", "/metrics", "", ""},
        {&c, "GET", "/v1/openapi.yaml", "", ""},
        {&c, "GET", "/v1/no-such-thing", "", ""},
        {&c, "DELETE", "/v1/users/gen1", "", ""},
    };
    for (const auto& call : calls) {
        const Reply r =
            call.client->request(call.method, call.target, call.body, call.content_type);
        check(call.method, call.target, r);
    }
    // 503 (the database out of reach) is the outage test's, 429 the rate tests'.
    // Everything documented was answered once.
    std::set<std::string> missing;
    for (const auto& op : unseen_operations())
        if (!seen.count(op) && op.find(" 503") == std::string::npos &&
            op.find(" 429") == std::string::npos)
            missing.insert(op);
    for (const auto& op : missing) ADD_FAILURE() << "documented but never answered: " << op;
}

}  // namespace
}  // namespace td::test
