// --lenient: locating errors in the model and dropping what holds them.

#include "campaign/schedule/lenient.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "campaign/diag/codes.hpp"

namespace campaign::schedule {
namespace {

// Kinds of model elements an error can lie in (Skipped::What, with documents whose header is
// broken told apart: they never joined the model, so nothing is removed for them).
enum class What {
  document,
  incomplete_document,
  directive,
  task,
  submission,
  completion,
  body,
  unit,
  indicator,
  result
};

// A model element that starts at `position`; indexes say which one.
struct Element {
  diag::Position position;
  What what = What::body;
  std::size_t document = 0, directive = 0, task = 0, record = 0;
};

std::vector<Element> elements_of(const model::Model& model) {
  std::vector<Element> all;
  for (std::size_t i = 0; i < model.bodies.size(); ++i)
    all.push_back({model.bodies[i].position, What::body, 0, 0, 0, i});
  for (std::size_t i = 0; i < model.units.size(); ++i) all.push_back({model.units[i].position, What::unit, 0, 0, 0, i});
  for (std::size_t i = 0; i < model.results.size(); ++i)
    all.push_back({model.results[i].position, What::result, 0, 0, 0, i});
  for (std::size_t d = 0; d < model.documents.size(); ++d) {
    const model::Document& doc = model.documents[d];
    all.push_back({doc.position, What::document, d});
    for (std::size_t i = 0; i < doc.indicators.size(); ++i)
      all.push_back({doc.indicators[i].position, What::indicator, d, 0, 0, i});
    for (std::size_t r = 0; r < doc.directives.size(); ++r) {
      all.push_back({doc.directives[r].position, What::directive, d, r});
      for (std::size_t t = 0; t < doc.directives[r].tasks.size(); ++t)
        all.push_back({doc.directives[r].tasks[t].position, What::task, d, r, t});
    }
  }
  // Documents with a broken header never joined the model; errors in them are theirs.
  for (std::size_t d = 0; d < model.incomplete_documents.size(); ++d)
    all.push_back({model.incomplete_documents[d].position, What::incomplete_document, d});
  for (std::size_t i = 0; i < model.submissions.size(); ++i)
    all.push_back({model.submissions[i].position, What::submission, 0, 0, 0, i});
  for (std::size_t i = 0; i < model.completions.size(); ++i)
    all.push_back({model.completions[i].position, What::completion, 0, 0, 0, i});
  std::stable_sort(all.begin(), all.end(), [](const Element& a, const Element& b) { return a.position < b.position; });
  return all;
}

// The innermost element holding `at`, or nullptr.
const Element* holder(const std::vector<Element>& elements, const diag::Position& at) {
  auto it = std::upper_bound(elements.begin(), elements.end(), at,
                             [](const diag::Position& p, const Element& e) { return p < e.position; });
  if (it == elements.begin()) return nullptr;
  --it;
  return it->position.file == at.file && it->position.line > 0 ? &*it : nullptr;
}

// The name of an element as outputs show it: "127-TB/BCĐ", "127-TB/BCĐ mục 3",
// "127-TB/BCĐ#3.1", "ubnd-huyen", "127-TB/BCĐ#1" for an indicator or a result; empty for
// submissions and completions.
std::string name_of(const model::Model& model, const Element& e) {
  switch (e.what) {
    case What::document:
      return model.documents[e.document].number;
    case What::incomplete_document:
      return model.incomplete_documents[e.document].number;
    case What::directive:
      return fmt::format("{} mục {}", model.documents[e.document].number,
                         model.documents[e.document].directives[e.directive].number);
    case What::task:
      return fmt::format("{}#{}", model.documents[e.document].number,
                         model.documents[e.document].directives[e.directive].tasks[e.task].id);
    case What::body:
      return model.bodies[e.record].id;
    case What::unit:
      return model.units[e.record].id;
    case What::indicator:
      return fmt::format("{}#{}", model.documents[e.document].number,
                         model.documents[e.document].indicators[e.record].id);
    case What::result:
      return model.results[e.record].indicator;
    case What::submission:
    case What::completion:
      break;
  }
  return {};
}

Skipped::What skipped_what(What what) {
  switch (what) {
    case What::document:
    case What::incomplete_document:
      return Skipped::What::document;
    case What::directive:
      return Skipped::What::directive;
    case What::task:
      return Skipped::What::task;
    case What::submission:
      return Skipped::What::submission;
    case What::completion:
      return Skipped::What::completion;
    case What::body:
      return Skipped::What::body;
    case What::unit:
      return Skipped::What::unit;
    case What::indicator:
      return Skipped::What::indicator;
    case What::result:
      return Skipped::What::result;
  }
  return Skipped::What::file;
}

// Elements an error removes from the model; errors in the others are only listed.
bool dropped(What what) {
  return what == What::document || what == What::directive || what == What::task || what == What::submission ||
         what == What::completion;
}

// Erases the elements of `v` whose index is in `drop`.
template <typename T>
void erase_indexes(std::vector<T>& v, const std::vector<std::size_t>& drop) {
  for (auto it = drop.rbegin(); it != drop.rend(); ++it) v.erase(v.begin() + static_cast<std::ptrdiff_t>(*it));
}

}  // namespace

std::vector<Skipped> drop_broken(model::Model& model, const diag::Sink& diagnostics) {
  const std::vector<Element> elements = elements_of(model);
  using Key = std::tuple<What, std::size_t, std::size_t, std::size_t, std::size_t>;
  std::map<Key, Skipped> broken;   // the elements to drop, with their first error
  std::map<Key, Skipped> undated;  // tasks whose deadline could not be read
  std::map<Key, Skipped> listed;   // elements holding errors that are only listed
  std::vector<Skipped> unplaced;   // errors in no element (a file that is not YAML…)
  for (const diag::Diagnostic& d : diagnostics.sorted()) {
    if (d.severity != diag::Severity::error) continue;
    const Element* e = holder(elements, d.position);
    if (!e) {
      unplaced.push_back({Skipped::What::file, {}, d.position, d.code, d.message, {}});
      continue;
    }
    const Key key{e->what, e->document, e->directive, e->task, e->record};
    Skipped skipped{skipped_what(e->what), name_of(model, *e), e->position, d.code, d.message, {}};
    if (e->what == What::task && d.code == diag::kBadDeadline) {
      skipped.what = Skipped::What::deadline;
      undated.try_emplace(key, std::move(skipped));
    } else {
      (dropped(e->what) ? broken : listed).try_emplace(key, std::move(skipped));
    }
  }
  std::vector<Skipped> out;
  std::map<std::size_t, std::vector<std::size_t>> drop_directives;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> drop_tasks;
  std::vector<std::size_t> drop_documents, drop_submissions, drop_completions;
  for (auto& [key, skipped] : broken) {
    const auto [what, d, r, t, i] = key;
    if (what == What::document) drop_documents.push_back(d);
    if (what == What::directive) drop_directives[d].push_back(r);
    if (what == What::task) drop_tasks[{d, r}].push_back(t);
    if (what == What::submission) drop_submissions.push_back(i);
    if (what == What::completion) drop_completions.push_back(i);
    out.push_back(std::move(skipped));
  }
  for (auto& [key, skipped] : undated)
    if (!broken.count(key)) out.push_back(std::move(skipped));
  for (auto& [key, skipped] : listed) out.push_back(std::move(skipped));
  out.insert(out.end(), unplaced.begin(), unplaced.end());
  std::stable_sort(out.begin(), out.end(), [](const Skipped& a, const Skipped& b) { return a.position < b.position; });
  // Innermost first, so that indexes of outer vectors stay valid.
  for (auto& [dr, tasks] : drop_tasks) erase_indexes(model.documents[dr.first].directives[dr.second].tasks, tasks);
  for (auto& [d, directives] : drop_directives) erase_indexes(model.documents[d].directives, directives);
  erase_indexes(model.documents, drop_documents);
  erase_indexes(model.submissions, drop_submissions);
  erase_indexes(model.completions, drop_completions);
  return out;
}

}  // namespace campaign::schedule
