#include "app/throttle.h"

namespace passend::app {

void Throttle::Prune(std::deque<domain::Timestamp>& failures, domain::Timestamp now) const {
  while (!failures.empty() && now - failures.front() >= window_) failures.pop_front();
}

bool Throttle::Blocked(const std::string& key, domain::Timestamp now) {
  std::lock_guard lock(mutex_);
  auto it = failures_.find(key);
  if (it == failures_.end()) return false;
  Prune(it->second, now);
  if (it->second.empty()) {
    failures_.erase(it);
    return false;
  }
  return static_cast<int>(it->second.size()) >= max_failures_;
}

void Throttle::Fail(const std::string& key, domain::Timestamp now) {
  std::lock_guard lock(mutex_);
  auto& failures = failures_[key];
  Prune(failures, now);
  failures.push_back(now);
}

void Throttle::Reset(const std::string& key) {
  std::lock_guard lock(mutex_);
  failures_.erase(key);
}

}  // namespace passend::app
