// Runs independent jobs on a few threads: job i goes to thread i % threads, so each thread's
// share is fixed in advance and results land in caller-owned slots in input order.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace issuegraph {

// Calls work(i) for every i in [0, count). The first exception thrown by a job is rethrown
// here after all threads have finished.
inline void parallel_for(std::size_t count, int threads, const std::function<void(std::size_t)>& work) {
  std::size_t n = threads < 1 ? 1 : static_cast<std::size_t>(threads);
  if (n == 1 || count < 2) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  if (n > count) n = count;
  std::vector<std::exception_ptr> errors(n);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < n; ++t) {
    pool.emplace_back([&, t] {
      try {
        for (std::size_t i = t; i < count; i += n) work(i);
      } catch (...) {
        errors[t] = std::current_exception();
      }
    });
  }
  for (auto& thread : pool) thread.join();
  for (auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

}  // namespace issuegraph
