// What was received, checked against the tasks it answers (notice 127-TB/BCĐ, directive 2:
// the list of bodies that have not reported is only as good as the submissions recorded).
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/schedule/dates.hpp"

namespace campaign::check {
namespace {

using std::string;

// The task "DOCUMENT#TASK" names and its document; task nullptr when unresolved (E013 already).
struct Found {
  const model::Task* task = nullptr;
  const model::Document* document = nullptr;
  bool dated = false;  ///< the document's header is complete, so its issue date is known
};

Found find_task(const model::Model& model, const string& ref) {
  auto hash = ref.find('#');
  if (hash == string::npos) return {};
  const model::Document* doc = find_document_read(model, ref.substr(0, hash));
  if (!doc) return {};
  for (const auto& d : doc->directives)
    for (const auto& t : d.tasks)
      if (t.id == ref.substr(hash + 1)) return {&t, doc, model.find_document(doc->number) == doc};
  return {};
}

// A frequency as messages name it: its English key ("quarter", "half-year") in English, its
// Vietnamese noun (quý, kỳ 6 tháng, học kỳ) in Vietnamese.
string frequency_words(calendar::Frequency frequency) {
  switch (frequency) {
    case calendar::Frequency::month:
      return i18n::tr("month");
    case calendar::Frequency::quarter:
      return i18n::tr("quarter");
    case calendar::Frequency::half_year:
      return i18n::tr("half-year");
    case calendar::Frequency::year:
      return i18n::tr("year");
    case calendar::Frequency::school_year:
      return i18n::tr("school-year");
    case calendar::Frequency::semester:
      return i18n::tr("semester");
  }
  return string(calendar::frequency_name(frequency));
}

// A period as messages name it: its canonical label (Q3/2024, S1/2024-2025) in English, its
// Vietnamese label (quý III/2024, học kỳ I năm học 2024–2025) in Vietnamese.
string period_words(const calendar::Period& period) {
  return i18n::vietnamese() ? period.label_vn() : period.label();
}

// A period the report does not ask for: another frequency, or outside from..until (the same
// rule check-deadlines uses to list what is owed: schedule/obligation.hpp).
void check_period(const model::Model& model, const model::Submission& s, const model::ReportRule& rule,
                  const Found& found, diag::Sink& sink) {
  if (s.period.frequency != rule.every) {
    sink.warning(string(diag::kReceivedMismatch), s.position,
                 i18n::trf("task {0} is reported every {1}, but the period {2} is not a {1}", s.task,
                           frequency_words(rule.every), period_words(s.period)));
    return;
  }
  const calendar::Date due = found.dated
                                 ? schedule::due_date(rule, s.period, schedule::due_rule(model, *found.document)).due
                                 : schedule::due_date(rule, s.period).due;
  const std::optional<calendar::Date> from = rule.from ? rule.from : found.document->issued;  // none: not known
  if (found.dated && from && due < *from)
    sink.warning(string(diag::kReceivedMismatch), s.position,
                 i18n::trf("{} of task {} is not owed: it was due {}, before the task applied ({})",
                           period_words(s.period), s.task, calendar::format_vn(due), calendar::format_vn(*from)));
  else if (rule.until && s.period.first_day() > *rule.until)
    sink.warning(string(diag::kReceivedMismatch), s.position,
                 i18n::trf("{} of task {} is not owed: the report ends on {}", period_words(s.period), s.task,
                           calendar::format_vn(*rule.until)));
}

// True when `id` (ID or ID@UNIT) is among the bodies `task` falls on: its responsible entries
// name the body itself, or the per-unit body of the same unit.
bool responsible_for(const model::Task& task, const string& id) {
  const string base = id.substr(0, id.find('@'));
  return std::any_of(task.responsible.begin(), task.responsible.end(),
                     [&](const string& r) { return r == id || r == base; });
}

// E013 for a per-unit body written without its unit: the record would count for nobody.
// `completion`: the record is a completion, else a report (submission).
bool unit_missing(const model::Model& model, const string& id, diag::Position pos, bool completion, diag::Sink& sink) {
  const model::Body* body = model.find_body(id);
  if (!body || !body->per_unit) return false;
  const string unit = model.units.empty() ? "UNIT" : model.units.front().id;
  sink.error(string(diag::kUnknownReference), pos,
             completion ? i18n::trf("'{0}' is one body in each unit; name the unit, e.g. '{0}@{1}', or the "
                                    "completion counts for nobody",
                                    id, unit)
                        : i18n::trf("'{0}' is one body in each unit; name the unit, e.g. '{0}@{1}', or the report "
                                    "counts for nobody",
                                    id, unit));
  return true;
}

void check_submission(const model::Model& model, const model::Submission& s, const Found& found, diag::Sink& sink) {
  const model::Task& task = *found.task;
  const string base = s.body.substr(0, s.body.find('@'));
  const model::Body* body = model.find_body(base);
  if (unit_missing(model, s.body, s.body_position, false, sink)) return;
  if (!task.report) {
    sink.warning(string(diag::kReceivedMismatch), s.position,
                 i18n::trf("task {} is not a recurring report; record it under 'completions:' with its date", s.task));
    return;
  }
  if (body && !responsible_for(task, s.body))
    sink.warning(string(diag::kReceivedMismatch), s.body_position,
                 i18n::trf("'{}' is not responsible for task {} (its bodies: {})", s.body, s.task,
                           fmt::join(task.responsible, ", ")));
  const bool periodic =
      task.report->timing == model::ReportTiming::periodic || task.report->timing == model::ReportTiming::unstated;
  if (s.periodless != !periodic) {
    sink.error(string(diag::kSubmissionPeriod), s.position,
               periodic ? i18n::trf("task {} is a periodic report; add the `period` this report covers (e.g. "
                                    "`period: Q3/2024`)",
                                    s.task)
               : task.report->timing == model::ReportTiming::once
                   ? i18n::trf("task {} asks for a report once, not one per period; remove `period`", s.task)
                   : i18n::trf("task {} asks for a report on request, not one per period; remove `period`", s.task));
    return;
  }
  if (s.periodless) return;
  if (task.report->timing == model::ReportTiming::unstated) return;  // no period to check it against (W067)
  check_period(model, s, *task.report, found, sink);
  if (s.received < s.period.first_day())
    sink.warning(
        string(diag::kReceivedMismatch), s.position,
        i18n::trf("received {} is before the period {} begins ({}); check the date or the period",
                  calendar::format_vn(s.received), period_words(s.period), calendar::format_vn(s.period.first_day())));
}

// E075: a report returned as not acceptable says why; W006 for a reason on an accepted one.
void check_returned(const model::Submission& s, diag::Sink& sink) {
  if (!s.accepted && s.reason.empty())
    sink.error(string(diag::kReasonMissing), s.position,
               i18n::trf("the report of {} for {} from {} is marked not acceptable (accepted: false) without "
                         "its reason; add `reason: \"…\"` (what is missing or wrong, as written back to the body)",
                         s.periodless ? calendar::format_vn(s.received) : period_words(s.period), s.task, s.body));
  else if (s.accepted && !s.reason.empty())
    sink.warning(string(diag::kReceivedMismatch), s.position,
                 i18n::tr("a `reason` on a report that is not marked `accepted: false` means nothing; add `accepted: "
                          "false` if it was returned (chưa đạt yêu cầu), or remove the reason"));
}

// W066: a cancellation that cannot be applied, or names a replacement that is not loaded.
void check_cancellation(const model::Model& model, const model::Document& doc, const model::Task& task,
                        diag::Sink& sink) {
  const model::Cancellation& c = *task.cancelled;
  if (!c.date && !model.find_document(c.by))
    sink.warning(string(diag::kCancellationUnresolved), c.position,
                 i18n::trf("task {}#{} is cancelled by {}, which is not loaded, and no `date` says from when: the "
                           "cancellation is not applied; load that document or add `date:`",
                           doc.number, task.id, c.by));
  else if (const model::Document* by = model.find_document(c.by); !c.date && by && !by->issued)
    sink.warning(string(diag::kCancellationUnresolved), c.position,
                 i18n::trf("task {}#{} is cancelled by {}, which has no date of issue (W045), and no `date` says "
                           "from when: the cancellation is not applied; add `date:` or the document's `issued`",
                           doc.number, task.id, c.by));
  if (c.replaced_by.empty()) return;
  const Found found = find_task(model, c.replaced_by);
  if (!found.task)
    sink.warning(string(diag::kCancellationUnresolved), c.position,
                 i18n::trf("`replaced_by` '{}' names no loaded task (DOCUMENT#TASK); check it, or load the "
                           "document that holds it",
                           c.replaced_by));
}

}  // namespace

void extensions(const model::Model& model, diag::Sink& sink) {
  for (const model::Document& doc : model.documents)
    for (const model::Directive& directive : doc.directives)
      for (const model::Task& task : directive.tasks) {
        if (task.cancelled) check_cancellation(model, doc, task, sink);
        if (task.report && task.report->timing == model::ReportTiming::unstated)
          sink.warning(string(diag::kReportPeriodUnstated), task.report->position,
                       i18n::trf("task {}#{} asks for a periodic report (báo cáo định kỳ) without saying how often: "
                                 "no due date can be computed until the period is written (e.g. `every: quarter`, "
                                 "`every: month`)",
                                 doc.number, task.id));
        if (!task.extended_to) continue;
        const std::optional<calendar::Date> due = task.due ? task.due->date : std::nullopt;
        if (!task.due)
          sink.warning(string(diag::kExtensionNotLater), task.extended_position,
                       i18n::trf("task {}#{} has no `due` to extend; `extended_to` counts for one-off tasks only "
                                 "(write the deadline as `due`, or remove `extended_to`)",
                                 doc.number, task.id));
        else if (due && !(*due < *task.extended_to))
          sink.warning(string(diag::kExtensionNotLater), task.extended_position,
                       i18n::trf("`extended_to` {0} is not after the deadline it extends ({1}); the task is due on "
                                 "{0} all the same: check the date",
                                 calendar::format_vn(*task.extended_to), calendar::format_vn(*due)));
      }
}

void received_records(const model::Model& model, diag::Sink& sink) {
  std::set<std::tuple<string, string, calendar::Period>> submitted;
  for (const auto& s : model.submissions) {
    check_returned(s, sink);
    const Found found = find_task(model, s.task);
    // Reports on request may come many times; one owed once, or per period, comes once.
    const bool repeats = s.periodless && found.task && found.task->report &&
                         found.task->report->timing == model::ReportTiming::on_request;
    if (s.accepted && !repeats && !submitted.emplace(s.task, s.body, s.period).second)
      sink.warning(string(diag::kReceivedMismatch), s.position,
                   s.periodless
                       ? i18n::trf("the report for {} from {} is recorded more than once; the earliest date counts",
                                   s.task, s.body)
                       : i18n::trf("{} for {} from {} is recorded more than once; the earliest date counts",
                                   period_words(s.period), s.task, s.body));
    if (found.task) check_submission(model, s, found, sink);
  }
  std::set<std::pair<string, string>> completed;
  for (const auto& c : model.completions) {
    if (!completed.emplace(c.task, c.body).second)
      sink.warning(string(diag::kReceivedMismatch), c.position,
                   c.body.empty()
                       ? i18n::trf("task {} is recorded as done more than once; the earliest date counts", c.task)
                       : i18n::trf("task {} is recorded as done by {} more than once; the earliest date "
                                   "counts",
                                   c.task, c.body));
    if (!c.body.empty() && unit_missing(model, c.body, c.body_position, true, sink)) continue;
    const Found found = find_task(model, c.task);
    if (found.task && !c.body.empty() && model.find_body(c.body.substr(0, c.body.find('@'))) &&
        !responsible_for(*found.task, c.body))
      sink.warning(string(diag::kReceivedMismatch), c.body_position,
                   i18n::trf("'{}' is not responsible for task {} (its bodies: {})", c.body, c.task,
                             fmt::join(found.task->responsible, ", ")));
    if (found.task && found.task->report)
      sink.warning(string(diag::kReceivedMismatch), c.position,
                   i18n::trf("task {} is a recurring report; record each period under 'submissions:'", c.task));
    else if (found.task && found.dated && found.document->issued && c.date < *found.document->issued)
      sink.warning(
          string(diag::kReceivedMismatch), c.position,
          i18n::trf("task {} is recorded done on {}, before {} assigned it ({}); check the date", c.task,
                    calendar::format_vn(c.date), found.document->number, calendar::format_vn(*found.document->issued)));
  }
}

}  // namespace campaign::check
