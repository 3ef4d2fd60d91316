// JSON output of check-deadlines (keys documented in docs/check-deadlines.md).

#include "campaign/write/deadlines_json.hpp"

#include <nlohmann/json.hpp>

#include "campaign/calendar/lunar.hpp"
#include "campaign/model/territory.hpp"
#include "campaign/write/json_format.hpp"
#include "campaign/write/territory_wording.hpp"

namespace campaign::write {
namespace {

using json = nlohmann::ordered_json;
using schedule::Kind;
using schedule::Obligation;

json date_or_null(bool present, const calendar::Date& date) {
  return present ? json(calendar::format_iso(date)) : json(nullptr);
}

json text_or_null(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

std::string_view kind_key(Kind kind) {
  switch (kind) {
    case Kind::one_off:
      return "one-off";
    case Kind::report:
      return "report";
    case Kind::ongoing:
      return "ongoing";
    case Kind::undated:
      return "undated";
    case Kind::planned:
      return "planned";
    case Kind::event:
      return "event";
    case Kind::report_once:
      return "report-once";
    case Kind::on_request:
      return "on-request";
    case Kind::unstated:
      return "unstated";
  }
  return "";
}

// Fields naming the task and the body of an obligation.
void put_task_and_body(json& j, const DeadlinesView& view, const Obligation& o) {
  const schedule::TaskRef& ref = view.report->schedule.tasks[o.task];
  const model::Model& model = *view.model;
  j["document"] = ref.document->number;
  j["directive"] = ref.directive->number;
  j["task"] = ref.task->id;
  j["task_key"] = ref.key();
  j["text"] = ref.task->text;
  j["kind"] = kind_key(o.kind);
  j["body"] = schedule::body_id(model, o);
  j["body_id"] = model.bodies[o.body].id;
  j["body_name"] = model.bodies[o.body].name;
  j["unit"] = o.unit == schedule::kNone ? json(nullptr) : json(model.units[o.unit].id);
  j["unit_name"] = o.unit == schedule::kNone ? json(nullptr) : json(model.units[o.unit].name);
  j["body_label"] = schedule::body_label(model, o);
  if (!ref.task->coordinating.empty()) {
    json coordinating = json::array();
    for (const std::string& id : ref.task->coordinating)
      coordinating.push_back({{"body", id}, {"body_label", schedule::unit_body_name(model, id)}});
    j["coordinating"] = std::move(coordinating);
  }
  if (const model::UnitChange* c = schedule::transfer_of(model, o)) {  // only then: older outputs unchanged
    json carried;
    carried["former_unit"] = model.units[o.former].id;
    carried["former_unit_name"] = model.units[o.former].name;
    carried["change"] = model::to_string(c->kind);
    carried["effective"] = calendar::format_iso(*c->effective);
    carried["by"] = text_or_null(c->by);
    carried["label"] = carried_body_label(model, o, Language::english);
    carried["label_vn"] = carried_body_label(model, o, Language::vietnamese);
    j["carried_from"] = carried;
  }
}

json obligation_json(const DeadlinesView& view, const schedule::Item& item) {
  const Obligation& o = item.obligation;
  const model::Task& task = *view.report->schedule.tasks[o.task].task;
  const bool report = o.kind == Kind::report;
  const bool once = o.kind == Kind::report_once;
  const bool reported = report || once || o.kind == Kind::on_request || o.kind == Kind::unstated;
  json j;
  put_task_and_body(j, view, o);
  const bool dated = o.kind == Kind::one_off || report || once || o.kind == Kind::planned || o.kind == Kind::event;
  j["due"] = date_or_null(dated, o.due);
  const model::Deadline* written = once                 ? &*task.report->once
                                   : report || reported ? nullptr
                                   : task.due           ? &*task.due
                                   : task.on            ? &*task.on
                                                        : nullptr;
  j["due_written"] = written ? json(written->phrase) : json(nullptr);
  if (written && written->start) j["due_start"] = calendar::format_iso(*written->start);  // a window
  if (written && written->nature == calendar::DeadlineNature::tied) {  // no fixed date: waits for an event
    j["no_fixed_date"] = true;
    if (!written->after.empty()) j["after"] = written->after;
  }
  j["due_text"] = due_text(view, o);
  if (o.moved != 0) {  // only when deadline_rule moved it: outputs without the rule keep their keys
    j["due_as_written"] = calendar::format_iso(o.written());
    j["due_moved_because"] = off_reason_text(o.off, Language::english);
  }
  if (o.kind == Kind::one_off && task.due && task.due->lunar) {
    if (const std::optional<calendar::LunarDate> lunar = calendar::to_lunar(o.written()))
      j["due_lunar"] = calendar::format_lunar(*lunar);
  }
  j["every"] = report                       ? json(calendar::frequency_name(task.report->every))
               : o.kind == Kind::on_request ? json(calendar::irregular_name(calendar::Irregular::on_request))
               : o.kind == Kind::unstated   ? json(calendar::irregular_name(calendar::Irregular::unstated))
               : once                       ? json("once")
                                            : json(nullptr);
  j["period"] = report ? json(o.period.label()) : json(nullptr);
  j["period_vn"] = report ? json(o.period.label_vn()) : json(nullptr);
  j["period_start"] = date_or_null(report, o.period.first_day());
  j["period_end"] = date_or_null(report, o.period.last_day());
  const std::string via = reported ? task.report->via : std::string();
  j["via"] = text_or_null(via);
  j["via_name"] = via.empty() ? json(nullptr) : json(schedule::body_name(*view.model, via));
  if (reported && !task.report->to.empty()) {  // only then: older outputs keep their keys
    j["to"] = task.report->to;
    j["to_name"] = schedule::body_name(*view.model, task.report->to);
  }
  if (!report && reported) {
    j["period_text"] = period_text(view, o, Language::english);
    j["period_text_vn"] = period_text(view, o, Language::vietnamese);
  }
  j["status"] = schedule::status_key(item.status);
  j["status_text"] = status_text(item, Language::english);
  j["status_vn"] = status_text(item, Language::vietnamese);
  j["done_on"] = date_or_null(item.status == schedule::Status::done, item.done_on);
  j["late"] = item.late;
  j["days_late"] = item.late ? item.days : 0;
  j["days_overdue"] = item.status == schedule::Status::overdue ? item.days : 0;
  const bool ahead = item.status == schedule::Status::due_soon || item.status == schedule::Status::upcoming ||
                     item.status == schedule::Status::due_today;
  j["days_left"] = ahead ? json(item.days) : json(nullptr);
  if (item.status == schedule::Status::on_request) {  // the reports received so far, never judged
    j["received_count"] = item.days;
    j["last_received"] = date_or_null(item.days > 0, item.done_on);
  }
  // The life of a deadline (issue 14, item 3): keys present only when they apply.
  if (o.kind == Kind::one_off && task.extended_to && task.due && task.due->date)
    j["extended_from"] = calendar::format_iso(*task.due->date);
  if (item.status == schedule::Status::cancelled && task.cancelled)
    j["cancelled"] = {{"by", task.cancelled->by}, {"replaced_by", text_or_null(task.cancelled->replaced_by)}};
  if (item.returned())
    j["returned"] = {{"received", calendar::format_iso(item.returned_by->received)},
                     {"reason", item.returned_by->reason},
                     {"number", text_or_null(item.returned_by->number)}};
  return j;
}

json missing_json(const DeadlinesView& view, const schedule::MissingReport& report) {
  const schedule::TaskRef& ref = view.report->schedule.tasks[report.task];
  const std::string& via = ref.task->report ? ref.task->report->via : std::string();
  json bodies = json::array();
  for (const Obligation& o : report.bodies) {
    bodies.push_back(
        {{"body", schedule::body_id(*view.model, o)}, {"body_label", schedule::body_label(*view.model, o)}});
  }
  return {{"document", ref.document->number},
          {"task", ref.task->id},
          {"task_key", ref.key()},
          {"period", report.once ? json(nullptr) : json(report.period.label())},
          {"period_vn", report.once ? json(nullptr) : json(report.period.label_vn())},
          {"once", report.once},
          {"due", calendar::format_iso(report.due)},
          {"via", text_or_null(via)},
          {"via_name", via.empty() ? json(nullptr) : json(schedule::body_name(*view.model, via))},
          {"count", report.bodies.size()},
          {"bodies", bodies}};
}

json counts_json(const schedule::Counts& c) {
  const std::optional<double> share = c.share_on_time();
  return {{"done_on_time", c.done_on_time},
          {"done_late", c.done_late},
          {"not_yet_due", c.not_yet_due},
          {"overdue", c.overdue},
          {"no_date", c.no_date},
          {"total", c.total()},
          {"share_on_time", share ? json(*share) : json(nullptr)}};
}

// counts_json, with "returned" when some report was returned as not acceptable (of the four),
// and "cancelled" when some obligations are no longer owed (apart from the four).
json counts_with_returned(const schedule::Counts& c) {
  json j = counts_json(c);
  if (c.returned > 0) j["returned"] = c.returned;
  if (c.cancelled > 0) j["cancelled"] = c.cancelled;
  return j;
}

json rows_json(const std::vector<schedule::StatRow>& rows, std::string_view key) {
  json out = json::array();
  for (const schedule::StatRow& row : rows) {
    json j = {{std::string(key), row.key}, {"label", row.label}};
    j.update(counts_with_returned(row.counts));
    out.push_back(std::move(j));
  }
  return out;
}

// `value` as dump(2) writes it at nesting depth `depth` (each line but the first indented).
void write_nested(std::ostream& out, const json& value, int depth) {
  const std::string text = value.dump(2);
  const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    out.write(text.data() + start, static_cast<std::streamsize>(nl + 1 - start));
    out << indent;
    start = nl + 1;
  }
  out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
}

// "key": [ ... ] inside the root object, one element built and written at a time, so that
// memory does not grow with the output (tens of thousands of obligations at province scale).
template <typename Items, typename ToJson>
void write_array_member(std::ostream& out, std::string_view key, const Items& items, ToJson to_json) {
  out << "  " << json(key).dump() << ": ";
  if (items.empty()) {
    out << "[]";
    return;
  }
  out << "[\n";
  bool first = true;
  for (const auto& item : items) {
    if (!first) out << ",\n";
    first = false;
    out << "    ";
    write_nested(out, to_json(item), 2);
  }
  out << "\n  ]";
}

json skipped_json(const schedule::Skipped& s) {
  return {{"file", s.file},
          {"line", s.position.line},
          {"what", skipped_what(s, Language::english)},
          {"effect", skipped_effect(s, Language::english)},
          {"code", s.code},
          {"message", s.message}};
}

json not_yet_issued_json(const model::Document* d) {
  return {{"document", d->number}, {"issued", calendar::format_iso(*d->issued)}};
}

}  // namespace

void write_deadlines_json(std::ostream& out, const DeadlinesView& view) {
  // The same bytes as building the whole document and dump(2), written as it goes.
  out << "{\n  \"format\": " << json(json_format("check-deadlines")).dump()
      << ",\n  \"as_of\": " << json(calendar::format_iso(view.report->as_of)).dump()
      << ",\n  \"within\": " << json(view.report->within).dump() << ",\n";
  write_array_member(out, "obligations", view.report->items,
                     [&](const schedule::Item& item) { return obligation_json(view, item); });
  out << ",\n";
  write_array_member(out, "missing", view.report->missing,
                     [&](const schedule::MissingReport& report) { return missing_json(view, report); });
  out << ",\n";
  write_array_member(out, "not_yet_issued", view.report->schedule.not_yet_issued, not_yet_issued_json);
  out << ",\n";
  write_array_member(out, "skipped", view.skipped, skipped_json);
  out << ",\n  \"summary\": ";
  write_nested(out,
               json{{"bodies", rows_json(view.report->statistics.bodies, "body")},
                    {"documents", rows_json(view.report->statistics.documents, "document")},
                    {"total", counts_with_returned(view.report->statistics.total)}},
               1);
  out << "\n}\n";
}

}  // namespace campaign::write
