// iCalendar output of check-deadlines, built with libical.

#include "campaign/write/deadlines_ics.hpp"

#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <utility>

#include "campaign/schedule/dates.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/deadlines_groups.hpp"

namespace campaign::write {
namespace {

using schedule::Kind;
using schedule::Obligation;
using schedule::Status;

struct CalendarDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

icaltimetype ical_date(const calendar::Date& date) {
  icaltimetype t = icaltime_null_date();
  t.year = date.year;
  t.month = date.month;
  t.day = date.day;
  t.is_date = 1;
  return t;
}

// "hàng quý" …: the frequency as notices write it.
std::string_view frequency_vn(calendar::Frequency f) {
  switch (f) {
    case calendar::Frequency::month:
      return "hàng tháng";
    case calendar::Frequency::quarter:
      return "hàng quý";
    case calendar::Frequency::half_year:
      return "6 tháng";
    case calendar::Frequency::year:
      return "hàng năm";
    case calendar::Frequency::school_year:
      return "hằng năm học";
    case calendar::Frequency::semester:
      return "theo học kỳ";
  }
  return "";
}

std::string description(const DeadlinesView& view, const schedule::TaskRef& ref, const std::string& bodies) {
  std::string text = ref.task->text;
  text += "\n\nNhiệm vụ: " + ref.key();
  text += "\nCơ quan, đơn vị thực hiện: " + bodies;
  if (ref.task->report && !ref.task->report->via.empty())
    text += "\nGửi qua: " + schedule::body_name(*view.model, ref.task->report->via);
  if (ref.task->report && !ref.task->report->to.empty())
    text += "\nGửi về: " + schedule::body_name(*view.model, ref.task->report->to);
  if (ref.task->due) text += "\nThời hạn: " + ref.task->due->phrase;
  if (ref.task->report && ref.task->report->once) text += "\nHạn báo cáo: " + ref.task->report->once->phrase;
  return text;
}

// DTSTAMP: the as-of date at 00:00:00Z, so that the same input gives the same bytes.
icaltimetype stamp_of(const calendar::Date& date) {
  icaltimetype dtstamp = icaltime_from_timet_with_zone(0, 0, icaltimezone_get_utc_timezone());
  dtstamp.year = date.year;
  dtstamp.month = date.month;
  dtstamp.day = date.day;
  return dtstamp;
}

icalcomponent* new_event(const std::string& uid, const calendar::Date& stamp, const calendar::Date& start,
                         const std::string& summary, const std::string& text) {
  icalcomponent* event = icalcomponent_new_vevent();
  icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp_of(stamp)));
  icalcomponent_add_property(event, icalproperty_new_dtstart(ical_date(start)));
  icalcomponent_add_property(event, icalproperty_new_dtend(ical_date(calendar::add_days(start, 1))));
  icalcomponent_add_property(event, icalproperty_new_summary(summary.c_str()));
  icalcomponent_add_property(event, icalproperty_new_description(text.c_str()));
  icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  return event;
}

// "PREFIX: LABEL (127-TB/BCĐ#3.1) – BODIES": the kind first, then what the task is, then who owes it.
std::string summary(std::string_view prefix, const schedule::TaskRef& ref, std::string_view bodies) {
  return fmt::format("{}: {} ({}) – {}", prefix, summary_label(*ref.task), ref.key(), bodies);
}

std::string join(const std::vector<std::string>& labels) {
  std::string joined;
  for (const std::string& label : labels) joined += (joined.empty() ? "" : "; ") + label;
  return joined;
}

// A display alarm `days` before the event's start (RFC 5545 §3.6.6: ACTION, TRIGGER and
// DESCRIPTION); none for 0.
void add_alarm(icalcomponent* event, int days, const std::string& title) {
  if (days <= 0) return;
  icaltriggertype trigger{};
  trigger.time = icaltime_null_time();
  trigger.duration = icaldurationtype_null_duration();
  trigger.duration.is_neg = 1;
  trigger.duration.days = static_cast<unsigned int>(days);
  icalcomponent* alarm = icalcomponent_new_valarm();
  icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
  icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
  const std::string text = fmt::format("Còn {} ngày – {}", days, title);
  icalcomponent_add_property(alarm, icalproperty_new_description(text.c_str()));
  icalcomponent_add_component(event, alarm);
}

// One event per one-off task (a deadline, a planned date "Dự kiến", an event's day "Sự kiện"),
// on its due date (extended_to, if any, and moved by deadline_rule when it applies): the
// bodies that still owe it in the summary, all the bodies shown in the description, each one
// done or cancelled on a line of its own. A task no body shown still owes has no event, or
// with keep_finished one marked done or cancelled, without an alarm.
void add_one_offs(icalcomponent* cal, const DeadlinesView& view, const IcsOptions& options) {
  // (task, a report owed once) -> its items, in order: a task may owe both a deadline and a report
  std::map<std::pair<std::uint32_t, bool>, std::vector<const schedule::Item*>> tasks;
  for (const schedule::Item& item : view.report->items)
    if (const Kind k = item.obligation.kind;
        k == Kind::one_off || k == Kind::planned || k == Kind::event || k == Kind::report_once)
      tasks[{item.obligation.task, k == Kind::report_once}].push_back(&item);
  for (const auto& [key, items] : tasks) {
    const auto [task, once] = key;
    const schedule::TaskRef& ref = view.report->schedule.tasks[task];
    std::vector<std::string> all, owing;
    std::string finished;  // "\nBODY: Đã hoàn thành 10/08/2024" per body done or cancelled
    bool cancelled = false;
    for (const schedule::Item* item : items) {
      all.push_back(schedule::body_label(*view.model, item->obligation));
      if (item->status != Status::done && item->status != Status::cancelled) {
        owing.push_back(all.back());
        continue;
      }
      cancelled = cancelled || item->status == Status::cancelled;
      finished += "\n" + all.back() + ": " + status_with_cancellation(view, *item, Language::vietnamese);
    }
    if (owing.empty() && !options.keep_finished) continue;
    const Kind kind = items.front()->obligation.kind;
    const std::string_view owed = kind == Kind::planned ? "Dự kiến"
                                  : kind == Kind::event ? "Sự kiện"
                                  : once                ? "Hạn báo cáo"
                                                        : "Hạn";
    const std::string_view prefix = !owing.empty() ? owed : cancelled ? "Không còn thực hiện" : "Đã hoàn thành";
    const std::string title = summary(prefix, ref, join(owing.empty() ? all : owing));
    icalcomponent* event =
        new_event(stable_uid(once ? ref.key() + "#report" : ref.key()), view.report->as_of,
                  items.front()->obligation.due, title, description(view, ref, join(all)) + finished);
    if (owing.empty() && cancelled) icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CANCELLED));
    if (!owing.empty()) add_alarm(event, options.alarm_days, title);
    icalcomponent_add_component(cal, event);
  }
}

// The last due date of a report's events from `first`: schedule::last_due_date, or for a task
// cancelled as of the report's date (Task::cancelled) the last one due by its cancellation.
// Only for documents whose dates are not moved (the RRULE gives the dates as written).
std::optional<calendar::Date> last_due(const DeadlinesView& view, const schedule::TaskRef& ref,
                                       const calendar::Period& first, const schedule::DueRule& dates) {
  const model::ReportRule& rule = *ref.task->report;
  const auto cancelled = schedule::cancelled_from(*view.model, *ref.task);
  if (!cancelled || view.report->as_of < *cancelled) {
    const std::optional<schedule::Due> last = schedule::last_due_date(rule, first, dates);
    return last ? std::optional(last->written) : std::nullopt;
  }
  auto due = [&](const calendar::Period& p) { return schedule::due_date(rule, p, dates).written; };
  std::optional<calendar::Date> last;
  for (calendar::Period p = first; !(*cancelled < due(p)); p = p.next()) {
    if (rule.until && *rule.until < p.first_day()) break;
    last = due(p);
  }
  return last ? last : std::optional<calendar::Date>(due(first));
}

// A report's periods as single events, for a document whose due dates move off days off
// (deadline_rule: next-working-day): no RRULE could give the moved dates. One event per period
// the schedule owes (up to the as-of date plus --within, and the next one), none due after a
// cancellation in force (Task::cancelled).
void add_report_periods(icalcomponent* cal, const DeadlinesView& view, const Obligation& first, int alarm_days) {
  const schedule::TaskRef& ref = view.report->schedule.tasks[first.task];
  const std::string id = schedule::body_id(*view.model, first);
  const std::string label = schedule::body_label(*view.model, first);
  const auto cancelled = schedule::cancelled_from(*view.model, *ref.task);
  for (const Obligation& o : view.report->schedule.obligations) {
    if (o.kind != Kind::report || o.task != first.task || o.body != first.body || o.unit != first.unit) continue;
    if (cancelled && !(view.report->as_of < *cancelled) && *cancelled < o.due) continue;  // no longer owed
    const std::string title = summary("Báo cáo " + o.period.label_vn(), ref, label);
    std::string text = description(view, ref, label);
    if (o.moved != 0)
      text += fmt::format("\nHạn theo quy định: {} → {} ({})", calendar::format_vn(o.written()),
                          calendar::format_vn(o.due), off_reason_text(o.off, Language::vietnamese));
    icalcomponent* event =
        new_event(stable_uid(ref.key() + "#" + id + "#" + o.period.label()), view.report->as_of, o.due, title, text);
    add_alarm(event, alarm_days, title);
    icalcomponent_add_component(cal, event);
  }
}

// One recurring event per report task and body, from its first owed period; single events per
// period when the document's due dates move off days off (add_report_periods).
void add_reports(icalcomponent* cal, const DeadlinesView& view, int alarm_days) {
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> shown;
  for (const schedule::Item& item : view.report->items)
    if (item.obligation.kind == Kind::report && item.status != schedule::Status::cancelled)
      shown.insert({item.obligation.task, item.obligation.body, item.obligation.unit});
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> done;
  for (const Obligation& o : view.report->schedule.obligations) {  // schedule order: first period first
    const auto key = std::tuple{o.task, o.body, o.unit};
    if (o.kind != Kind::report || !shown.count(key) || !done.insert(key).second) continue;
    const schedule::TaskRef& ref = view.report->schedule.tasks[o.task];
    const model::ReportRule& rule = *ref.task->report;
    const schedule::DueRule dates = schedule::due_rule(*view.model, *ref.document);
    if (dates.next_working_day) {
      add_report_periods(cal, view, o, alarm_days);
      continue;
    }
    const std::string id = schedule::body_id(*view.model, o);
    const std::string label = schedule::body_label(*view.model, o);
    const std::string title = summary(fmt::format("Báo cáo {}", frequency_vn(rule.every)), ref, label);
    icalcomponent* event =
        new_event(stable_uid(ref.key() + "#" + id), view.report->as_of, o.due, title, description(view, ref, label));
    const std::string rrule = rule.recurrence().rrule(last_due(view, ref, o.period, dates));
    icalcomponent_add_property(event, icalproperty_new_rrule(icalrecurrencetype_from_string(rrule.c_str())));
    add_alarm(event, alarm_days, title);  // on the master: every occurrence
    icalcomponent_add_component(cal, event);
  }
}

// One to-do without a due date per one-off task whose deadline has no date (RFC 5545 §3.6.2:
// DUE is optional), so that a calendar never loses the task. No alarm: it has no date to be
// relative to.
void add_undated(icalcomponent* cal, const DeadlinesView& view) {
  std::map<std::pair<std::uint32_t, Kind>, std::vector<std::string>> bodies;  // (task, kind) -> bodies
  for (const schedule::Item& item : view.report->items)
    if (const Kind k = item.obligation.kind; k == Kind::undated || k == Kind::on_request || k == Kind::unstated)
      bodies[{item.obligation.task, k}].push_back(schedule::body_label(*view.model, item.obligation));
  for (const auto& [key, labels] : bodies) {
    const auto [task, kind] = key;
    const schedule::TaskRef& ref = view.report->schedule.tasks[task];
    const std::string joined = join(labels);
    const std::string_view what = kind == Kind::on_request ? "Báo cáo theo yêu cầu"
                                  : kind == Kind::unstated ? "Báo cáo định kỳ (chưa rõ kỳ báo cáo)"
                                                           : "Chưa xác định được hạn";
    const std::string_view suffix = kind == Kind::on_request ? "#on-request"
                                    : kind == Kind::unstated ? "#unstated"
                                                             : "#undated";
    icalcomponent* todo = icalcomponent_new_vtodo();
    icalcomponent_add_property(todo, icalproperty_new_uid(stable_uid(ref.key() + std::string(suffix)).c_str()));
    icalcomponent_add_property(todo, icalproperty_new_dtstamp(stamp_of(view.report->as_of)));
    icalcomponent_add_property(todo, icalproperty_new_summary(summary(what, ref, joined).c_str()));
    icalcomponent_add_property(todo, icalproperty_new_description(description(view, ref, joined).c_str()));
    icalcomponent_add_component(cal, todo);
  }
}

}  // namespace

std::string summary_label(const model::Task& task) {
  if (!task.label.empty()) return task.label;
  return text::truncate_at_word(first_sentence(task.text), kSummaryLabelWidth);
}

std::string stable_uid(std::string_view key) {
  std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a 64
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return fmt::format("{:016x}@campaign", hash);
}

void write_deadlines_ics(std::ostream& out, const DeadlinesView& view, const IcsOptions& options) {
  std::unique_ptr<icalcomponent, CalendarDeleter> cal(icalcomponent_new_vcalendar());
  icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//campaign//check-deadlines//VI"));
  icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
  add_one_offs(cal.get(), view, options);
  add_reports(cal.get(), view, options.alarm_days);
  add_undated(cal.get(), view);
  // What --lenient skipped, so that a calendar made from a partial run says it is partial.
  for (const schedule::Skipped& s : view.skipped) {
    const std::string value =
        fmt::format("{}:{}: {}: {} ({} [{}])", text::escape_controls(s.file), s.position.line,
                    skipped_what(s, Language::english), skipped_effect(s, Language::english), s.message, s.code);
    icalproperty* p = icalproperty_new_x(value.c_str());
    icalproperty_set_x_name(p, "X-CAMPAIGN-SKIPPED");
    icalcomponent_add_property(cal.get(), p);
  }
  char* text = icalcomponent_as_ical_string_r(cal.get());
  out << text;
  icalmemory_free_buffer(text);
}

}  // namespace campaign::write
