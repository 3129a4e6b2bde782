// Internal: runs a function over a stream of items on several threads and
// hands the results to a sink in input order. At most 8 × jobs items are in
// flight, so a feed of any length streams in bounded memory; fewer (2 ×
// jobs) left a worker idle behind one long document that held up delivery.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace claimcheck::detail {

template <class In, class Out>
class OrderedPool {
 public:
  using Work = std::function<Out(In)>;
  using Sink = std::function<void(Out)>;

  OrderedPool(std::size_t jobs, Work work, Sink sink)
      : work_(std::move(work)),
        sink_(std::move(sink)),
        limit_(kItemsPerJob * std::max<std::size_t>(jobs, 1)) {
    if (jobs <= 1) return;  // run inline: no threads at all
    for (std::size_t i = 0; i < jobs; ++i) workers_.emplace_back([this] { run(); });
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;
  ~OrderedPool() { finish(); }

  /// Queues one item; blocks while too many are in flight.
  void push(In item) {
    if (workers_.empty()) {
      sink_(work_(std::move(item)));
      return;
    }
    std::unique_lock lock(mutex_);
    room_.wait(lock, [this] { return in_flight_ < limit_; });
    ++in_flight_;
    queue_.emplace_back(next_in_++, std::move(item));
    ready_.notify_one();
  }

  /// Waits for every queued item and delivers the remaining results.
  void finish() {
    {
      std::lock_guard lock(mutex_);
      if (done_) return;
      done_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
  }

 private:
  void run() {
    while (true) {
      std::pair<std::size_t, In> task;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return done_ || !queue_.empty(); });
        if (queue_.empty()) return;
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      Out result = work_(std::move(task.second));
      std::unique_lock lock(mutex_);
      finished_.emplace(task.first, std::move(result));
      // Deliver in order; one thread at a time holds `delivering_`.
      if (delivering_) continue;
      delivering_ = true;
      while (!finished_.empty() && finished_.begin()->first == next_out_) {
        Out out = std::move(finished_.begin()->second);
        finished_.erase(finished_.begin());
        ++next_out_;
        --in_flight_;
        lock.unlock();
        sink_(std::move(out));
        room_.notify_one();
        lock.lock();
      }
      delivering_ = false;
    }
  }

  static constexpr std::size_t kItemsPerJob = 8;
  Work work_;
  Sink sink_;
  std::size_t limit_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::pair<std::size_t, In>> queue_;
  std::map<std::size_t, Out> finished_;
  std::size_t next_in_ = 0, next_out_ = 0, in_flight_ = 0;
  bool done_ = false, delivering_ = false;
};

}  // namespace claimcheck::detail
