#pragma once
// One database connection (a runtime: store, key, clock) per worker: a request borrows one for
// its step and gives it back. Runtimes are not thread-safe; the pool is.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "td/runtime/runtime.h"

namespace td::server {

class RuntimePool {
  public:
    using Factory = std::function<std::unique_ptr<runtime::Runtime>()>;
    // Opens `size` runtimes now: a database that cannot be opened stops the start.
    RuntimePool(Factory factory, int size);

    class Lease {
      public:
        Lease(RuntimePool& pool, std::unique_ptr<runtime::Runtime> runtime)
            : pool_(pool), runtime_(std::move(runtime)) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease() { pool_.give_back(std::move(runtime_)); }
        runtime::Runtime& operator*() { return *runtime_; }
        runtime::Runtime* operator->() { return runtime_.get(); }
        // After a database failure: the connection is closed, and opened anew for the next
        // request that borrows its place.
        void discard() { runtime_.reset(); }

      private:
        RuntimePool& pool_;
        std::unique_ptr<runtime::Runtime> runtime_;
    };

    // Waits for a free runtime; throws what opening one throws when its place had been
    // discarded and the database is still out of reach (the place stays free).
    Lease borrow();

  private:
    void give_back(std::unique_ptr<runtime::Runtime> runtime);
    std::mutex mutex_;
    std::condition_variable freed_;
    Factory factory_;
    std::vector<std::unique_ptr<runtime::Runtime>> free_;  // null: a place to open anew
};

}  // namespace td::server
