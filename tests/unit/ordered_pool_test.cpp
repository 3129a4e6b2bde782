#include "io/ordered_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

namespace claimcheck::detail {
namespace {

TEST(OrderedPool, DeliversResultsInInputOrder) {
  for (const std::size_t jobs : {1u, 2u, 4u}) {
    std::vector<int> out;
    {
      OrderedPool<int, int> pool(
          jobs,
          [](int x) {
            // Uneven work so that later items often finish first.
            if (x % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
            return x * 2;
          },
          [&](int y) { out.push_back(y); });
      for (int i = 0; i < 500; ++i) pool.push(i);
      pool.finish();
    }
    ASSERT_EQ(out.size(), 500u) << jobs;
    for (int i = 0; i < 500; ++i) ASSERT_EQ(out[static_cast<std::size_t>(i)], 2 * i) << jobs;
  }
}

TEST(OrderedPool, BoundsTheItemsInFlight) {
  std::atomic<int> running{0}, peak{0};
  std::size_t delivered = 0;
  OrderedPool<int, int> pool(
      2,
      [&](int x) {
        const int now = ++running;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::microseconds(50));
        --running;
        return x;
      },
      [&](int) { ++delivered; });
  for (int i = 0; i < 200; ++i) pool.push(i);
  pool.finish();
  EXPECT_EQ(delivered, 200u);
  EXPECT_LE(peak.load(), 2);
}

}  // namespace
}  // namespace claimcheck::detail
