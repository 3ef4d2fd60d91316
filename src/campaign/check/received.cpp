// What was received, checked against the tasks it answers (notice 127-TB/BCĐ, directive 2:
// the list of bodies that have not reported is only as good as the submissions recorded).
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"

namespace campaign::check {
namespace {

using std::string;

// The task "DOCUMENT#TASK" names, or nullptr (unresolved references are E013 already).
const model::Task* find_task(const model::Model& model, const string& ref) {
  auto hash = ref.find('#');
  if (hash == string::npos) return nullptr;
  const model::Document* doc = find_document_read(model, ref.substr(0, hash));
  if (!doc) return nullptr;
  for (const auto& d : doc->directives)
    for (const auto& t : d.tasks)
      if (t.id == ref.substr(hash + 1)) return &t;
  return nullptr;
}

void check_submission(const model::Model& model, const model::Submission& s, const model::Task& task,
                      diag::Sink& sink) {
  const string base = s.body.substr(0, s.body.find('@'));
  const model::Body* body = model.find_body(base);
  if (body && body->per_unit && s.body.find('@') == string::npos) {
    sink.error(string(diag::kUnknownReference), s.body_position,
               fmt::format("'{}' is one body in each unit; name the unit, e.g. '{}@{}', or the report counts for "
                           "nobody",
                           s.body, s.body, model.units.empty() ? "UNIT" : model.units.front().id));
    return;
  }
  if (!task.report) {
    sink.warning(string(diag::kReceivedMismatch), s.position,
                 fmt::format("task {} is not a recurring report; record it under 'completions:' with its date",
                             s.task));
    return;
  }
  if (body && std::find(task.responsible.begin(), task.responsible.end(), base) == task.responsible.end())
    sink.warning(string(diag::kReceivedMismatch), s.body_position,
                 fmt::format("'{}' is not responsible for task {} (its bodies: {})", base, s.task,
                             fmt::join(task.responsible, ", ")));
  if (s.received < s.period.first_day())
    sink.warning(string(diag::kReceivedMismatch), s.position,
                 fmt::format("received {} is before the period {} begins ({}); check the date or the period",
                             calendar::format_vn(s.received), s.period.label(),
                             calendar::format_vn(s.period.first_day())));
}

}  // namespace

void received_records(const model::Model& model, diag::Sink& sink) {
  std::set<std::tuple<string, string, calendar::Period>> submitted;
  for (const auto& s : model.submissions) {
    if (!submitted.emplace(s.task, s.body, s.period).second)
      sink.warning(string(diag::kReceivedMismatch), s.position,
                   fmt::format("{} for {} from {} is recorded twice; the earliest date counts", s.period.label(),
                               s.task, s.body));
    if (const model::Task* task = find_task(model, s.task)) check_submission(model, s, *task, sink);
  }
  std::set<string> completed;
  for (const auto& c : model.completions) {
    if (!completed.insert(c.task).second)
      sink.warning(string(diag::kReceivedMismatch), c.position,
                   fmt::format("task {} is completed twice; the earliest date counts", c.task));
    const model::Task* task = find_task(model, c.task);
    if (task && task->report)
      sink.warning(string(diag::kReceivedMismatch), c.position,
                   fmt::format("task {} is a recurring report; record each period under 'submissions:'", c.task));
  }
}

}  // namespace campaign::check
