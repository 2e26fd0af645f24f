#include "app/throttle.h"

namespace passend::app {

void Throttle::Prune(std::deque<domain::Timestamp>& failures, domain::Timestamp now) const {
  while (!failures.empty() && now - failures.front() >= window_) failures.pop_front();
}

bool Throttle::TryAcquire(const std::string& key, domain::Timestamp now) {
  std::lock_guard lock(mutex_);
  auto& failures = failures_[key];
  Prune(failures, now);
  if (static_cast<int>(failures.size()) >= max_failures_) return false;
  failures.push_back(now);
  return true;
}

void Throttle::Release(const std::string& key) {
  std::lock_guard lock(mutex_);
  auto it = failures_.find(key);
  if (it == failures_.end() || it->second.empty()) return;
  it->second.pop_back();
  if (it->second.empty()) failures_.erase(it);
}

void Throttle::Reset(const std::string& key) {
  std::lock_guard lock(mutex_);
  failures_.erase(key);
}

}  // namespace passend::app
