#include "campaign/diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace campaign::diag {

void Sink::error(std::string code, Position pos, std::string message) {
  add({Severity::error, std::move(code), pos, std::move(message), {}});
}

void Sink::warning(std::string code, Position pos, std::string message) {
  add({Severity::warning, std::move(code), pos, std::move(message), {}});
}

void Sink::note(std::string code, Position pos, std::string message) {
  add({Severity::note, std::move(code), pos, std::move(message), {}});
}

void Sink::add(Diagnostic diagnostic) {
  if (seen_.emplace(diagnostic.position, diagnostic.code, diagnostic.message).second)
    items_.push_back(std::move(diagnostic));
}

void Sink::merge(Sink&& other) {
  for (Diagnostic& d : other.items_) add(std::move(d));
  other.items_.clear();
  other.seen_.clear();
}

std::vector<Diagnostic> Sink::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.position.file, a.position.line, a.position.column) <
           std::tie(b.position.file, b.position.line, b.position.column);
  });
  return out;
}

namespace {
std::size_t count(const std::vector<Diagnostic>& items, Severity severity) {
  return static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(), [&](const auto& d) { return d.severity == severity; }));
}
}  // namespace

std::size_t Sink::error_count() const {
  return count(items_, Severity::error);
}
std::size_t Sink::warning_count() const {
  return count(items_, Severity::warning);
}
std::size_t Sink::note_count() const {
  return count(items_, Severity::note);
}

}  // namespace campaign::diag
