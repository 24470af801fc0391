#include "runtime_pool.h"

namespace td::server {

RuntimePool::RuntimePool(Factory factory, int size) : factory_(std::move(factory)) {
    for (int i = 0; i < size; ++i) free_.push_back(factory_());
}

RuntimePool::Lease RuntimePool::borrow() {
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [this] { return !free_.empty(); });
    auto runtime = std::move(free_.back());
    free_.pop_back();
    lock.unlock();
    if (!runtime) {
        try {
            runtime = factory_();
        } catch (...) {
            give_back(nullptr);
            throw;
        }
    }
    return Lease(*this, std::move(runtime));
}

void RuntimePool::give_back(std::unique_ptr<runtime::Runtime> runtime) {
    {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(runtime));
    }
    freed_.notify_one();
}

}  // namespace td::server
