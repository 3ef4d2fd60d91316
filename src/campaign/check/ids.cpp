#include <fmt/format.h>

#include <unordered_map>

#include "campaign/calendar/date.hpp"
#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::check {
namespace {

// The message of an id defined twice, for one kind of record: first defined in the same file,
// or in another file (marked; translated where used).
struct Twice {
  const char* same_file;
  const char* other_file;
};
constexpr Twice kBodyTwice{N_("body '{}' is defined twice (first on line {})"),
                           N_("body '{}' is defined twice (first on line {} of another file)")};
constexpr Twice kUnitTwice{N_("unit '{}' is defined twice (first on line {})"),
                           N_("unit '{}' is defined twice (first on line {} of another file)")};
constexpr Twice kDocumentTwice{N_("document '{}' is defined twice (first on line {})"),
                               N_("document '{}' is defined twice (first on line {} of another file)")};
constexpr Twice kTaskTwice{N_("task '{}' is defined twice (first on line {})"),
                           N_("task '{}' is defined twice (first on line {} of another file)")};
constexpr Twice kIndicatorTwice{N_("indicator '{}' is defined twice (first on line {})"),
                                N_("indicator '{}' is defined twice (first on line {} of another file)")};

// Reports every id seen twice, pointing at the second with a note on the first.
class UniqueIds {
 public:
  UniqueIds(diag::Sink& sink, const Twice& what) : sink_(sink), what_(what) {}
  void add(const std::string& id, diag::Position pos) {
    auto [it, inserted] = first_.emplace(id, pos);
    if (inserted) return;
    sink_.add({diag::Severity::error,
               std::string(diag::kDuplicateId),
               pos,
               i18n::trf(it->second.file == pos.file ? what_.same_file : what_.other_file, id, it->second.line),
               {{it->second, i18n::trf("'{}' first defined here", id)}}});
  }

 private:
  diag::Sink& sink_;
  const Twice& what_;
  std::unordered_map<std::string, diag::Position> first_;
};

}  // namespace

void unique_ids(const model::Model& model, diag::Sink& sink) {
  UniqueIds bodies(sink, kBodyTwice), units(sink, kUnitTwice), documents(sink, kDocumentTwice);
  for (const auto& b : model.bodies) bodies.add(b.id, b.position);
  for (const auto& u : model.units) units.add(u.id, u.position);
  for (const auto& d : model.documents) documents.add(d.number, d.number_position);
  for (const model::Document* d : documents_read(model)) {
    UniqueIds tasks(sink, kTaskTwice), indicators(sink, kIndicatorTwice);
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
              i18n::trf(first.file == e.position.file
                            ? N_("event '{}' is dated twice: {} here, {} on line {}; keep the date that stands (a "
                                 "postponement replaces the first) and delete the other")
                            : N_("event '{}' is dated twice: {} here, {} on line {} of another file; keep the date "
                                 "that stands (a postponement replaces the first) and delete the other"),
                        e.id, calendar::format_vn(*e.date), calendar::format_vn(*it->second->date), first.line),
              {{first, i18n::trf("'{}' first dated here", e.id)}}});
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
        sink.error(
            std::string(diag::kDirectiveNumbering), dir.position,
            dir.number < expected
                ? i18n::trf("directive number {} repeats or goes back (after {}); number directives 1, 2, 3… "
                            "in order",
                            dir.number, expected - 1)
                : i18n::trf("directive number {} skips {}; number directives 1, 2, 3… in order", dir.number, expected));
      }
      expected = dir.number + 1;
    }
  }
}

}  // namespace campaign::check
