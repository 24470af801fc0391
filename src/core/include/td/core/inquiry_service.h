#pragma once
// Looking things up at the counter (照会): search as you type, and the home screen's summary.
// Nothing changes here except the audit trail, which records who looked at whom.
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/outcome.h"

namespace td::core {

struct SearchHit {
    Contract contract;
    std::vector<User> users;
};

struct HomeSummary {
    std::vector<Application> today;              // entered or decided today at the branch
    std::vector<Application> awaiting_approval;  // entered, oldest first
    std::vector<User> locked_masters;            // master users locked out (written unlock)
    std::vector<Application> unprinted_notices;  // approved, completion notice never printed
};

inline constexpr std::size_t kSearchLimit = 50;

class InquiryService {
  public:
    explicit InquiryService(Context ctx) : ctx_(ctx) {}

    // Prefix of a contract number, login ID, company name or kana; at least one character.
    // Any staff may search, among the customers of the branches the policy lets them see
    // (cross_branch_read); the search is recorded against every customer it showed, with the
    // query.
    Outcome<std::vector<SearchHit>> search(const Actor& actor, const std::string& prefix);
    // The actor's branch today (Japan time); recorded against the customers it shows.
    Outcome<HomeSummary> home(const Actor& actor);

  private:
    Context ctx_;
};

}  // namespace td::core
