// --lenient: locating errors in the model and dropping what holds them.

#include "campaign/schedule/lenient.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

namespace campaign::schedule {
namespace {

enum class What { document, incomplete_document, directive, task, submission, completion, other };

// A model element that starts at `position`; indexes say which one.
struct Element {
  diag::Position position;
  What what = What::other;
  std::size_t document = 0, directive = 0, task = 0, record = 0;
};

std::vector<Element> elements_of(const model::Model& model) {
  std::vector<Element> all;
  for (const auto& body : model.bodies) all.push_back({body.position, What::other});
  for (const auto& unit : model.units) all.push_back({unit.position, What::other});
  for (const auto& result : model.results) all.push_back({result.position, What::other});
  for (std::size_t d = 0; d < model.documents.size(); ++d) {
    const model::Document& doc = model.documents[d];
    all.push_back({doc.position, What::document, d});
    for (const auto& indicator : doc.indicators) all.push_back({indicator.position, What::other});
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
  std::stable_sort(all.begin(), all.end(),
                   [](const Element& a, const Element& b) { return a.position < b.position; });
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

std::string describe(const model::Model& model, const Element& e) {
  const auto line = e.position.line;
  switch (e.what) {
    case What::document: return fmt::format("document {}", model.documents[e.document].number);
    case What::incomplete_document: {
      const std::string& number = model.incomplete_documents[e.document].number;
      return number.empty() ? fmt::format("the document at line {}", line) : fmt::format("document {}", number);
    }
    case What::directive:
      return fmt::format("directive {} of {}", model.documents[e.document].directives[e.directive].number,
                         model.documents[e.document].number);
    case What::task:
      return fmt::format("task {}#{}", model.documents[e.document].number,
                         model.documents[e.document].directives[e.directive].tasks[e.task].id);
    case What::submission: return fmt::format("the submission at line {}", line);
    case What::completion: return fmt::format("the completion at line {}", line);
    case What::other: break;
  }
  return {};
}

// Erases the elements of `v` whose index is in `drop`.
template <typename T>
void erase_indexes(std::vector<T>& v, const std::vector<std::size_t>& drop) {
  for (auto it = drop.rbegin(); it != drop.rend(); ++it) v.erase(v.begin() + static_cast<std::ptrdiff_t>(*it));
}

}  // namespace

Dropped drop_broken(model::Model& model, const diag::Sink& diagnostics) {
  Dropped out;
  const std::vector<Element> elements = elements_of(model);
  std::map<std::tuple<What, std::size_t, std::size_t, std::size_t, std::size_t>, std::string> broken;
  for (const diag::Diagnostic& d : diagnostics.sorted()) {
    if (d.severity != diag::Severity::error) continue;
    const Element* e = holder(elements, d.position);
    if (!e) out.unplaced.push_back(d);
    if (!e || e->what == What::other) continue;
    broken.try_emplace({e->what, e->document, e->directive, e->task, e->record},
                       fmt::format("{} ({} [{}])", describe(model, *e), d.message, d.code));
  }
  std::vector<std::string>& said = out.said;
  std::map<std::size_t, std::vector<std::size_t>> drop_directives;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> drop_tasks;
  std::vector<std::size_t> drop_documents, drop_submissions, drop_completions;
  for (const auto& [key, message] : broken) {
    said.push_back(message);
    const auto [what, d, r, t, i] = key;
    if (what == What::document) drop_documents.push_back(d);
    if (what == What::directive) drop_directives[d].push_back(r);
    if (what == What::task) drop_tasks[{d, r}].push_back(t);
    if (what == What::submission) drop_submissions.push_back(i);
    if (what == What::completion) drop_completions.push_back(i);
  }
  // Innermost first, so that indexes of outer vectors stay valid.
  for (auto& [dr, tasks] : drop_tasks) erase_indexes(model.documents[dr.first].directives[dr.second].tasks, tasks);
  for (auto& [d, directives] : drop_directives) erase_indexes(model.documents[d].directives, directives);
  erase_indexes(model.documents, drop_documents);
  erase_indexes(model.submissions, drop_submissions);
  erase_indexes(model.completions, drop_completions);
  return out;
}

}  // namespace campaign::schedule
