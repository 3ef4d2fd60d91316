// JSON output of check-deadlines (keys documented in docs/check-deadlines.md).

#include "campaign/write/deadlines_json.hpp"

#include <nlohmann/json.hpp>

namespace campaign::write {
namespace {

using json = nlohmann::ordered_json;
using schedule::Kind;
using schedule::Obligation;

json date_or_null(bool present, const calendar::Date& date) {
  return present ? json(calendar::format_iso(date)) : json(nullptr);
}

json text_or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

std::string_view kind_key(Kind kind) {
  switch (kind) {
    case Kind::one_off: return "one-off";
    case Kind::report: return "report";
    case Kind::ongoing: return "ongoing";
  }
  return "";
}

// Fields naming the task and the body of an obligation.
void put_task_and_body(json& j, const DeadlinesView& view, const Obligation& o) {
  const schedule::TaskRef& ref = view.schedule->tasks[o.task];
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
}

json obligation_json(const DeadlinesView& view, const schedule::Item& item) {
  const Obligation& o = item.obligation;
  const model::Task& task = *view.schedule->tasks[o.task].task;
  const bool report = o.kind == Kind::report;
  json j;
  put_task_and_body(j, view, o);
  j["due"] = date_or_null(o.kind != Kind::ongoing, o.due);
  j["due_written"] = o.kind == Kind::one_off && task.due ? json(task.due->phrase) : json(nullptr);
  j["due_text"] = due_text(view, o);
  j["every"] = report ? json(calendar::frequency_name(task.report->every)) : json(nullptr);
  j["period"] = report ? json(o.period.label()) : json(nullptr);
  j["period_vn"] = report ? json(o.period.label_vn()) : json(nullptr);
  j["period_start"] = date_or_null(report, o.period.first_day());
  j["period_end"] = date_or_null(report, o.period.last_day());
  const std::string via = report ? task.report->via : std::string();
  j["via"] = text_or_null(via);
  j["via_name"] = via.empty() ? json(nullptr) : json(schedule::body_name(*view.model, via));
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
  return j;
}

json missing_json(const DeadlinesView& view, const schedule::MissingReport& report) {
  const schedule::TaskRef& ref = view.schedule->tasks[report.task];
  const std::string& via = ref.task->report ? ref.task->report->via : std::string();
  json bodies = json::array();
  for (const Obligation& o : report.bodies) {
    bodies.push_back({{"body", schedule::body_id(*view.model, o)}, {"body_label", schedule::body_label(*view.model, o)}});
  }
  return {{"document", ref.document->number}, {"task", ref.task->id},  {"task_key", ref.key()},
          {"period", report.period.label()},   {"period_vn", report.period.label_vn()},
          {"due", calendar::format_iso(report.due)},
          {"via", text_or_null(via)},
          {"via_name", via.empty() ? json(nullptr) : json(schedule::body_name(*view.model, via))},
          {"count", report.bodies.size()},    {"bodies", bodies}};
}

json counts_json(const schedule::Counts& c) {
  const std::optional<double> share = c.share_on_time();
  return {{"done_on_time", c.done_on_time}, {"done_late", c.done_late}, {"not_yet_due", c.not_yet_due},
          {"overdue", c.overdue},           {"total", c.total()},       {"share_on_time", share ? json(*share) : json(nullptr)}};
}

json rows_json(const std::vector<schedule::StatRow>& rows, std::string_view key) {
  json out = json::array();
  for (const schedule::StatRow& row : rows) {
    json j = {{std::string(key), row.key}, {"label", row.label}};
    j.update(counts_json(row.counts));
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

void write_deadlines_json(std::ostream& out, const DeadlinesView& view) {
  json root;
  root["format"] = "campaign/check-deadlines/1";
  root["as_of"] = calendar::format_iso(view.as_of);
  root["within"] = view.within;
  json obligations = json::array();
  for (const schedule::Item& item : view.items) obligations.push_back(obligation_json(view, item));
  root["obligations"] = std::move(obligations);
  json missing = json::array();
  for (const schedule::MissingReport& report : view.missing) missing.push_back(missing_json(view, report));
  root["missing"] = std::move(missing);
  root["summary"] = {{"bodies", rows_json(view.statistics.bodies, "body")},
                     {"documents", rows_json(view.statistics.documents, "document")},
                     {"total", counts_json(view.statistics.total)}};
  out << root.dump(2) << '\n';
}

}  // namespace campaign::write
