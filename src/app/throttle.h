#pragma once
// Login throttling: too many failed attempts per account or per client address lock that key
// for a while (security baseline §2).

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "domain/timestamp.h"

namespace passend::app {

/// Counts failures per key in a sliding window.
class Throttle {
 public:
  /// At most `max_failures` failures per key within `window`.
  Throttle(int max_failures, std::chrono::seconds window)
      : max_failures_(max_failures), window_(window) {}

  /// Reserves an attempt for `key` at `now`, counted as a failure until Release: false when
  /// the limit is reached. Check and count are one step, so parallel attempts cannot slip
  /// past the limit while a slow password check runs.
  bool TryAcquire(const std::string& key, domain::Timestamp now);
  /// Takes back one reserved attempt (it succeeded).
  void Release(const std::string& key);
  /// Forgets `key`'s failures (after a successful login).
  void Reset(const std::string& key);

 private:
  void Prune(std::deque<domain::Timestamp>& failures, domain::Timestamp now) const;

  int max_failures_;
  std::chrono::seconds window_;
  std::mutex mutex_;
  std::map<std::string, std::deque<domain::Timestamp>> failures_;
};

}  // namespace passend::app
