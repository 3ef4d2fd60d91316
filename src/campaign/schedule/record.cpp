// Checking a record before `campaign record` writes it (issue 14, item 2).

#include "campaign/schedule/record.hpp"

#include <algorithm>

#include "campaign/calendar/deadline.hpp"
#include "campaign/model/names.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::schedule {
namespace {

// The task a request names, once found.
struct Found {
  const model::Document* document = nullptr;
  const model::Task* task = nullptr;
  std::string key;  // "DOCUMENT#TASK" as the model spells it
};

RecordCheck refused(Refusal refusal, std::string detail = {}) {
  RecordCheck check;
  check.refusal = refusal;
  check.detail = std::move(detail);
  return check;
}

std::string joined(const std::vector<std::string>& items, std::size_t at_most = 12) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < at_most; ++i) out += (i == 0 ? "" : ", ") + items[i];
  if (items.size() > at_most) out += ", …";
  return out;
}

// Finds the task of "DOCUMENT#TASK"; a refusal when there is none.
std::optional<RecordCheck> find_task(const model::Model& model, std::string_view text, const Date& today, Found& out) {
  const std::size_t hash = text.find('#');
  if (hash == std::string_view::npos || hash == 0 || hash + 1 == text.size()) return refused(Refusal::task_shape);
  const std::string_view number = text.substr(0, hash);
  const std::string_view id = text.substr(hash + 1);
  out.document = model::resolve_document(model, number);
  if (out.document == nullptr) return refused(Refusal::no_document, model::suggest_document(model, number));
  if (out.document->issued && today < *out.document->issued)  // undated (a draft): nothing to compare
    return refused(Refusal::not_issued, calendar::format_iso(*out.document->issued));
  std::vector<std::string> ids;
  for (const model::Directive& directive : out.document->directives)
    for (const model::Task& task : directive.tasks) {
      if (task.id == id) out.task = &task;
      ids.push_back(task.id);
    }
  if (out.task == nullptr) return refused(Refusal::no_task, joined(ids, 40));
  out.key = out.document->number + "#" + out.task->id;
  return std::nullopt;
}

// The body and unit `text` names, or a refusal.
std::optional<RecordCheck> find_body(const model::Model& model, std::string_view text, std::uint32_t& body,
                                     std::uint32_t& unit) {
  const model::BodyResolution found = model::resolve_body(model, text);
  if (found.matches.empty()) return refused(Refusal::no_body, model::suggest_body(model, text));
  if (!found.unique()) {
    std::vector<std::string> ids;
    for (const model::BodyMatch& m : found.matches) ids.push_back(model::match_id(model, m));
    return refused(Refusal::ambiguous_body, joined(ids));
  }
  body = static_cast<std::uint32_t>(found.matches.front().body);
  unit = found.matches.front().unit ? static_cast<std::uint32_t>(*found.matches.front().unit) : kNone;
  return std::nullopt;
}

// The index of the task keyed `key` in `schedule`, or kNone.
std::uint32_t task_index(const Schedule& schedule, const std::string& key) {
  for (std::size_t i = 0; i < schedule.tasks.size(); ++i)
    if (schedule.tasks[i].key() == key) return static_cast<std::uint32_t>(i);
  return kNone;
}

bool is_one_off(Kind kind) {
  return kind == Kind::one_off || kind == Kind::undated;
}

// True when `o` is what a record of `kind` for (body, unit) covers; kNone body: any body.
bool covers(const Obligation& o, RecordKind kind, std::uint32_t body, std::uint32_t unit,
            const std::optional<Period>& period) {
  const bool report = o.kind == Kind::report || o.kind == Kind::report_once || o.kind == Kind::on_request;
  if (kind == RecordKind::submission ? !report : !is_one_off(o.kind)) return false;
  if (body != kNone && (o.body != body || o.unit != unit)) return false;
  return !period || o.period == *period;
}

// Days of look-ahead that bring `period`'s due date into an expansion as of `today`.
int window_for(const std::optional<Period>& period, const Date& today) {
  if (!period) return 0;
  return static_cast<int>(std::max(0L, calendar::days_between(today, period->last_day()) + 62));
}

// Whether the body owes the record, and the period; a refusal when not (with the periods due by
// `today`: the expansion's look-ahead and next period are owed, but not "up to now").
std::optional<RecordCheck> check_owed(const model::Model& model, const Schedule& schedule, const Found& found,
                                      RecordKind kind, std::uint32_t body, std::uint32_t unit,
                                      const std::optional<Period>& period, const Date& today) {
  if (schedule.overflow) return refused(Refusal::too_many);
  const std::uint32_t task = task_index(schedule, found.key);
  std::vector<std::string> owing;
  std::vector<Period> periods;
  bool responsible = false;
  for (const Obligation& o : schedule.obligations) {
    if (o.task != task || !covers(o, kind, kNone, kNone, std::nullopt)) continue;
    const std::string id = body_id(model, o);
    if (std::find(owing.begin(), owing.end(), id) == owing.end()) owing.push_back(id);
    if (body == kNone || o.body != body || o.unit != unit) continue;
    responsible = true;
    if (period && o.period == *period) return std::nullopt;
    if (o.kind == Kind::report && !(today < o.due)) periods.push_back(o.period);
  }
  if (body != kNone && !responsible) return refused(Refusal::not_responsible, joined(owing));
  if (period) {
    RecordCheck check = refused(Refusal::period_not_owed);
    check.owed = std::move(periods);
    return check;
  }
  return std::nullopt;
}

// Where an earlier record of the same report or completion is, if one is loaded.
std::optional<diag::Position> earlier(const model::Model& model, const Schedule& schedule, const RecordCheck& check,
                                      RecordKind kind, std::uint32_t body, std::uint32_t unit, bool on_request) {
  if (kind == RecordKind::submission) {
    const model::Submission& s = check.submission;
    // A returned report may come again; reports on request come many times (not twice on one day).
    for (const model::Submission& other : model.submissions)
      if (other.accepted && other.task == s.task && other.body == s.body && other.period == s.period &&
          other.periodless == s.periodless && (!on_request || other.received == s.received))
        return other.position;
    return std::nullopt;
  }
  const model::Completion& c = check.completion;
  std::vector<const model::Completion*> same_task;
  for (const model::Completion& other : model.completions) {
    if (other.task != c.task) continue;
    if (other.body.empty() || other.body == c.body) return other.position;
    same_task.push_back(&other);
  }
  if (!c.body.empty() || same_task.empty()) return std::nullopt;
  // Without a body: a duplicate when every body the task falls on has its own completion.
  const std::uint32_t task = task_index(schedule, c.task);
  for (const Obligation& o : schedule.obligations) {
    if (o.task != task || !covers(o, kind, body, unit, std::nullopt)) continue;
    const std::string id = body_id(model, o);
    if (std::none_of(same_task.begin(), same_task.end(), [&](const model::Completion* d) { return d->body == id; }))
      return std::nullopt;
  }
  return same_task.front()->position;
}

// The statuses, as of today, of the obligations the record covers once it is written.
std::vector<Item> statuses_after(const model::Model& model, const RecordCheck& check, RecordKind kind,
                                 std::uint32_t body, std::uint32_t unit, const std::optional<Period>& period,
                                 const Date& today, const Limits& limits) {
  model::Model with = model;
  add_record(with, check, kind);
  const int window = window_for(period, today);
  const Schedule schedule = expand(with, today, window, limits);
  const std::string& key = kind == RecordKind::submission ? check.submission.task : check.completion.task;
  const std::uint32_t task = task_index(schedule, key);
  std::vector<Item> items;
  for (const Item& item : assess(with, schedule, AssessOptions{today, 7}))
    if (item.obligation.task == task && covers(item.obligation, kind, body, unit, period)) items.push_back(item);
  return items;
}

}  // namespace

RecordField refusal_field(Refusal refusal) {
  switch (refusal) {
    case Refusal::body_missing:
    case Refusal::no_body:
    case Refusal::ambiguous_body:
    case Refusal::not_responsible:
      return RecordField::body;
    case Refusal::period_missing:
    case Refusal::bad_period:
    case Refusal::period_not_needed:
    case Refusal::period_not_owed:
      return RecordField::period;
    case Refusal::bad_date:
    case Refusal::after_today:
    case Refusal::before_issue:
    case Refusal::before_period:
      return RecordField::date;
    default:
      return RecordField::task;
  }
}

RecordCheck check_record(const model::Model& model, const RecordRequest& request, const Date& today,
                         const Limits& limits) {
  const bool submission = request.kind == RecordKind::submission;
  Found found;
  if (auto refusal = find_task(model, request.task, today, found)) return *refusal;
  if (submission && !found.task->report) return refused(Refusal::no_report);
  if (!submission && !found.task->due) return refused(Refusal::no_completion);
  std::uint32_t body = kNone;
  std::uint32_t unit = kNone;
  if (submission && request.body.empty()) return refused(Refusal::body_missing);
  if (!request.body.empty())
    if (auto refusal = find_body(model, request.body, body, unit)) return *refusal;
  std::optional<Period> period;
  const model::ReportTiming timing = submission ? found.task->report->timing : model::ReportTiming::periodic;
  const bool periodless = timing == model::ReportTiming::once || timing == model::ReportTiming::on_request;
  if (periodless && !request.period.empty() && text::to_lower(request.period) != "once")  // "once", "ONCE"
    return refused(Refusal::period_not_needed, timing == model::ReportTiming::once ? "once" : "on-request");
  if (submission && !periodless) {
    if (request.period.empty()) return refused(Refusal::period_missing);
    calendar::PeriodResult parsed = calendar::parse_period(request.period);
    if (!parsed.period) return refused(Refusal::bad_period, parsed.error);
    period = parsed.period;
    period->start = model.school_year_start.value_or(calendar::kSchoolYearStart);  // school periods only
  }
  const calendar::DateResult date = calendar::parse_date(request.date);
  if (!date.date) return refused(Refusal::bad_date, request.date.empty() ? "" : date.error);
  if (today < *date.date) return refused(Refusal::after_today, calendar::format_iso(*date.date));
  // A day and month swapped (10/01/2024 for 1 October) or a wrong year would otherwise read as
  // "on time": nothing is done before it is assigned, nor reported before its period begins.
  if (found.document->issued && *date.date < *found.document->issued)
    return refused(Refusal::before_issue, calendar::format_iso(*found.document->issued));
  if (period && *date.date < period->first_day())
    return refused(Refusal::before_period, calendar::format_iso(period->first_day()));

  const Schedule schedule = expand(model, today, window_for(period, today), limits);
  if (auto refusal = check_owed(model, schedule, found, request.kind, body, unit, period, today)) return *refusal;

  RecordCheck check;
  const std::string id =
      body == kNone ? "" : body_id(model, Obligation{0, body, unit, Kind::one_off, OffReason::none, 0, {}, {}, kNone});
  if (submission)
    check.submission = model::Submission{found.key,
                                         id,
                                         period.value_or(Period{}),
                                         *date.date,
                                         {},
                                         {},
                                         {},
                                         request.number,
                                         request.reason,
                                         request.reason.empty(),
                                         periodless};
  else
    check.completion = model::Completion{found.key, *date.date, id, {}, {}, {}};
  if (auto first =
          earlier(model, schedule, check, request.kind, body, unit, timing == model::ReportTiming::on_request)) {
    RecordCheck duplicate = refused(Refusal::duplicate);
    duplicate.first = *first;
    return duplicate;
  }
  check.statuses = statuses_after(model, check, request.kind, body, unit, period, today, limits);
  return check;
}

void add_record(model::Model& model, const RecordCheck& check, RecordKind kind) {
  if (kind == RecordKind::submission)
    model.submissions.push_back(check.submission);
  else
    model.completions.push_back(check.completion);
}

}  // namespace campaign::schedule
