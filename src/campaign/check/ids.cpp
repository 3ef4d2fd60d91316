#include <fmt/format.h>

#include <unordered_map>

#include "campaign/calendar/date.hpp"
#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"

namespace campaign::check {
namespace {

// Reports every id seen twice, pointing at the second with a note on the first.
class UniqueIds {
 public:
  UniqueIds(diag::Sink& sink, std::string_view what) : sink_(sink), what_(what) {}
  void add(const std::string& id, diag::Position pos) {
    auto [it, inserted] = first_.emplace(id, pos);
    if (inserted) return;
    sink_.add({diag::Severity::error,
               std::string(diag::kDuplicateId),
               pos,
               fmt::format("{} '{}' is defined twice (first on line {}{})", what_, id, it->second.line,
                           it->second.file == pos.file ? "" : " of another file"),
               {{it->second, fmt::format("'{}' first defined here", id)}}});
  }

 private:
  diag::Sink& sink_;
  std::string_view what_;
  std::unordered_map<std::string, diag::Position> first_;
};

}  // namespace

void unique_ids(const model::Model& model, diag::Sink& sink) {
  UniqueIds bodies(sink, "body"), units(sink, "unit"), documents(sink, "document");
  for (const auto& b : model.bodies) bodies.add(b.id, b.position);
  for (const auto& u : model.units) units.add(u.id, u.position);
  for (const auto& d : model.documents) documents.add(d.number, d.number_position);
  for (const model::Document* d : documents_read(model)) {
    UniqueIds tasks(sink, "task"), indicators(sink, "indicator");
    for (const auto& dir : d->directives)
      for (const auto& t : dir.tasks) tasks.add(t.id, t.position);
    for (const auto& i : d->indicators) indicators.add(i.id, i.position);
  }
  // An event may be listed before its date is known and dated in a later file (`events`), but
  // two dates for one event would make the answer depend on the order of the files.
  std::unordered_map<std::string, const model::Event*> dated;
  for (const model::Event& e : model.events) {
    if (!e.date) continue;
    const auto [it, inserted] = dated.emplace(e.id, &e);
    if (inserted || *it->second->date == *e.date) continue;
    const diag::Position& first = it->second->position;
    sink.add({diag::Severity::error,
              std::string(diag::kDuplicateId),
              e.position,
              fmt::format("event '{}' is dated twice: {} here, {} on line {}{}; keep the date that stands (a "
                          "postponement replaces the first) and delete the other",
                          e.id, calendar::format_vn(*e.date), calendar::format_vn(*it->second->date), first.line,
                          first.file == e.position.file ? "" : " of another file"),
              {{first, fmt::format("'{}' first dated here", e.id)}}});
  }
}

void directive_numbering(const model::Model& model, diag::Sink& sink) {
  for (const model::Document* doc : documents_read(model)) {
    const model::Document& d = *doc;
    // Start at the first number read: a file may hold an excerpt (only directive 6, say); an
    // unreadable number (0, reported already) neither starts nor breaks the count.
    int expected = 0;
    for (const auto& dir : d.directives) {
      if (dir.number == 0) continue;
      if (expected == 0) expected = dir.number;
      if (dir.number != expected) {
        std::string what = dir.number < expected ? fmt::format("repeats or goes back (after {})", expected - 1)
                                                 : fmt::format("skips {}", expected);
        sink.error(std::string(diag::kDirectiveNumbering), dir.position,
                   fmt::format("directive number {} {}; number directives 1, 2, 3… in order", dir.number, what));
      }
      expected = dir.number + 1;
    }
  }
}

}  // namespace campaign::check
