#include "statement_counter.h"

#include <string>

#include "td/store/round_trips.h"

namespace td::store {
namespace {

thread_local std::uint64_t t_statements = 0;

class CountingLogger final : public soci::logger_impl {
  public:
    void start_query(const std::string& query) override {
        ++t_statements;
        last_ = query;
    }
    std::string get_last_query() const override { return last_; }

  private:
    logger_impl* do_clone() const override { return new CountingLogger; }
    std::string last_;
};

}  // namespace

std::uint64_t statements_sent_by_this_thread() {
    return t_statements;
}

void count_statements(soci::session& sql) {
    sql.set_logger(soci::logger(new CountingLogger));
}

}  // namespace td::store
