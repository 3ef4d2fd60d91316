// Tables of check-deadlines for the shared Table writers.

#include "campaign/write/deadlines_table.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "campaign/calendar/lunar.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/deadlines_groups.hpp"
#include "campaign/write/territory_wording.hpp"

namespace campaign::write {
namespace {

using schedule::Item;
using schedule::Kind;
using schedule::Obligation;
using schedule::Status;

const model::Task& task_of(const DeadlinesView& view, const Obligation& o) {
  return *view.report->schedule.tasks[o.task].task;
}

std::string via_of(const DeadlinesView& view, const Obligation& o) {
  const model::Task& task = task_of(view, o);
  if (!task.report || task.report->via.empty()) return "";
  return schedule::body_name(*view.model, task.report->via);
}

std::string plural(long n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string status_english(const Item& item) {
  switch (item.status) {
    case Status::done:
      if (item.late) return fmt::format("done late {} +{}d", calendar::format_vn(item.done_on), item.days);
      return "done " + calendar::format_vn(item.done_on);
    case Status::overdue:
      return "overdue " + plural(item.days, "day", "days");
    case Status::due_today:
      return "due today";
    case Status::due_soon:
      return "due soon, " + plural(item.days, "day", "days");
    case Status::upcoming:
      return "upcoming, " + plural(item.days, "day", "days");
    case Status::ongoing:
      return "ongoing";
    case Status::no_date:
      return "no date";
    case Status::cancelled:
      return "cancelled";
    case Status::planned:
      return item.days > 0 ? "planned, " + plural(item.days, "day", "days") : "planned";
    case Status::event:
      return item.days > 0 ? "event, in " + plural(item.days, "day", "days") : "event";
    case Status::on_request:
      return item.days > 0
                 ? fmt::format("on request, {} received, last {}", item.days, calendar::format_vn(item.done_on))
                 : "on request";
  }
  return "";
}

std::string status_vietnamese(const Item& item) {
  switch (item.status) {
    case Status::done:
      if (item.late) return fmt::format("Hoàn thành muộn {} ({} ngày)", calendar::format_vn(item.done_on), item.days);
      return "Đã hoàn thành " + calendar::format_vn(item.done_on);
    case Status::overdue:
      return fmt::format("Quá hạn {} ngày", item.days);
    case Status::due_today:
      return "Đến hạn hôm nay";
    case Status::due_soon:
      return fmt::format("Sắp đến hạn (còn {} ngày)", item.days);
    case Status::upcoming:
      return fmt::format("Chưa đến hạn (còn {} ngày)", item.days);
    case Status::ongoing:
      return "Thường xuyên";
    case Status::no_date:
      return "Chưa xác định được hạn";
    case Status::cancelled:
      return "Không còn thực hiện";
    case Status::planned:
      return item.days > 0 ? fmt::format("Dự kiến (còn {} ngày)", item.days) : "Dự kiến";
    case Status::event:
      return item.days > 0 ? fmt::format("Sự kiện (còn {} ngày)", item.days) : "Sự kiện";
    case Status::on_request:
      return item.days > 0 ? fmt::format("Theo yêu cầu (đã nhận {} báo cáo, gần nhất {})", item.days,
                                         calendar::format_vn(item.done_on))
                           : "Theo yêu cầu";
  }
  return "";
}

// The Cell::style the text writer colours by.
std::string style_of(const Item& item) {
  if (item.status == Status::done && item.late) return "late";
  return std::string(schedule::status_key(item.status));
}

Cell text_cell(std::string text, std::string style = {}) {
  Cell cell;
  cell.text = std::move(text);
  cell.style = std::move(style);
  return cell;
}

Cell count_cell(int n) {
  Cell cell;
  cell.text = std::to_string(n);
  cell.number = n;
  return cell;
}

Cell share_cell(const schedule::Counts& counts) {
  const std::optional<double> share = counts.share_on_time();
  if (!share) {
    Cell none = text_cell("–");
    none.no_value = true;
    return none;
  }
  Cell cell;
  cell.text = fmt::format("{:.1f}%", *share);
  cell.number = *share;
  cell.percent = true;
  cell.decimals = 1;
  return cell;
}

std::vector<Cell> stat_row(const std::string& label, const schedule::Counts& c) {
  return {text_cell(label),          count_cell(c.done_on_time), count_cell(c.done_late),
          count_cell(c.not_yet_due), count_cell(c.overdue),      share_cell(c)};
}

// The names of the bodies that coordinate `task`, comma-separated.
std::string coordinating_names(const DeadlinesView& view, const model::Task& task) {
  std::string names;
  for (const std::string& id : task.coordinating) {
    if (!names.empty()) names += ", ";
    names += schedule::unit_body_name(*view.model, id);
  }
  return names;
}

// The task's text, with the bodies that coordinate (phối hợp) after it, which owe nothing.
std::string task_text(const DeadlinesView& view, const Obligation& o, Language language) {
  const model::Task& task = task_of(view, o);
  if (task.coordinating.empty()) return task.text;
  return fmt::format("{} ({}: {})", task.text, language == Language::english ? "coordinating" : "phối hợp",
                     coordinating_names(view, task));
}

// The due date alone: "31/07/2024", "–" for an ongoing task, "?" when there is none.
std::string short_due(const Obligation& o) {
  if (o.kind == Kind::ongoing || o.kind == Kind::on_request || o.kind == Kind::unstated) return "–";
  if (o.kind == Kind::undated) return "?";
  return calendar::format_vn(o.due);
}

}  // namespace

std::string coordinating_note(const DeadlinesView& view, const model::Task& task, Language language) {
  if (task.coordinating.empty()) return "";
  return (language == Language::english ? "Coordinating: " : "Phối hợp: ") + coordinating_names(view, task);
}

std::string status_text(const Item& item, Language language) {
  std::string text = language == Language::english ? status_english(item) : status_vietnamese(item);
  if (!item.returned()) return text;
  const model::Submission& r = *item.returned_by;
  return text +
         (language == Language::english
              ? fmt::format(" (the report received {} was returned, not acceptable: {})",
                            calendar::format_vn(r.received), r.reason)
              : fmt::format(" (báo cáo nhận ngày {} chưa đạt yêu cầu: {})", calendar::format_vn(r.received), r.reason));
}

std::string status_with_cancellation(const DeadlinesView& view, const Item& item, Language language) {
  std::string text = status_text(item, language);
  const model::Task& task = task_of(view, item.obligation);
  if (item.status != Status::cancelled || !task.cancelled) return text;
  const bool en = language == Language::english;
  const model::Cancellation& c = *task.cancelled;
  if (c.replaced_by.empty()) return text + fmt::format(fmt::runtime(en ? " (by {})" : " (bãi bỏ theo {})"), c.by);
  return text +
         fmt::format(fmt::runtime(en ? " (superseded by {}, {})" : " (thay thế bằng {}, {})"), c.replaced_by, c.by);
}

std::string_view off_reason_text(schedule::OffReason reason, Language language) {
  const bool en = language == Language::english;
  switch (reason) {
    case schedule::OffReason::none:
      return "";
    case schedule::OffReason::weekend:
      return en ? "weekend" : "nghỉ cuối tuần";
    case schedule::OffReason::holiday:
      return en ? "public holiday" : "nghỉ lễ";
    case schedule::OffReason::in_lieu:
      return en ? "day off in lieu" : "nghỉ bù";
    case schedule::OffReason::swapped:
      return en ? "swapped day off" : "nghỉ hoán đổi";
    case schedule::OffReason::local:
      return en ? "local day off" : "nghỉ theo quyết định địa phương";
  }
  return "";
}

std::string period_text(const DeadlinesView& view, const Obligation& o, Language language) {
  const bool en = language == Language::english;
  const model::Task& task = task_of(view, o);
  const bool once =
      o.kind == Kind::report_once || (o.kind == Kind::undated && task.report && task.report->once && !task.due);
  std::string text;
  if (o.kind == Kind::report)
    text = en ? o.period.label() : o.period.label_vn();
  else if (once)
    text = en ? "once" : "một lần";
  else if (o.kind == Kind::on_request)
    text = en ? "on request" : "theo yêu cầu";
  else if (o.kind == Kind::unstated)
    text = en ? "periodic (period not stated)" : "định kỳ (chưa rõ kỳ báo cáo)";
  else
    return "";
  if (task.report->to.empty()) return text;
  return text + (en ? ", to " : ", gửi về ") + schedule::body_name(*view.model, task.report->to);
}

std::string due_text(const DeadlinesView& view, const Obligation& o) {
  if (o.kind == Kind::ongoing || o.kind == Kind::on_request || o.kind == Kind::unstated) return "–";
  const model::Task& task = task_of(view, o);
  const model::Deadline* written = o.kind == Kind::report_once ? &*task.report->once
                                   : task.due                  ? &*task.due
                                   : task.on                   ? &*task.on
                                                               : nullptr;
  if (o.kind == Kind::undated) return written ? written->phrase + " → ?" : "?";  // a report without a start
  const bool one_off = o.kind == Kind::one_off || o.kind == Kind::planned || o.kind == Kind::report_once;
  const bool extended = one_off && o.kind != Kind::report_once && task.extended_to && task.due;
  const bool lunar = one_off && written && written->lunar && !extended;
  std::string date = lunar ? calendar::format_vn_with_lunar(o.written()) : calendar::format_vn(o.written());
  if (o.kind != Kind::report && written && written->start && !extended)  // a window: its first day too
    date = calendar::format_vn(*written->start) + "–" + date;
  if (o.moved != 0)
    date += fmt::format(" → {} ({})", calendar::format_vn(o.due), off_reason_text(o.off, Language::vietnamese));
  if (extended) {  // gia hạn: the new date, then the old one
    const std::string old = !task.due->date ? task.due->phrase
                            : task.due->phrase == calendar::format_vn(*task.due->date)
                                ? task.due->phrase
                                : task.due->phrase + " → " + calendar::format_vn(*task.due->date);
    return fmt::format("{} (gia hạn; hạn cũ: {})", date, old);
  }
  if (o.kind == Kind::report || !written || written->phrase == calendar::format_vn(o.written())) return date;
  return written->phrase + " → " + date;
}

Table obligations_table(const DeadlinesView& view, Language language) {
  Table table;
  const bool en = language == Language::english;
  table.columns = {{en ? "Status" : "Tình trạng"},
                   {en ? "Due" : "Thời hạn"},
                   {en ? "Period" : "Kỳ báo cáo"},
                   {en ? "Body" : "Cơ quan, đơn vị"},
                   {en ? "Via" : "Gửi qua"},
                   {en ? "Task" : "Nhiệm vụ"},
                   {en ? "Text" : "Nội dung", Align::left, 0, true}};
  for (const Item& item : view.report->items) {
    const Obligation& o = item.obligation;
    table.rows.push_back({text_cell(status_with_cancellation(view, item, language), style_of(item)),
                          text_cell(due_text(view, o)), text_cell(period_text(view, o, language)),
                          text_cell(carried_body_label(*view.model, o, language)), text_cell(via_of(view, o)),
                          text_cell(view.report->schedule.tasks[o.task].key()),
                          text_cell(task_text(view, o, language))});
  }
  return table;
}

Table obligations_text_table(const DeadlinesView& view, Language language) {
  Table table;
  const bool en = language == Language::english;
  table.columns = {{en ? "Status" : "Tình trạng"},
                   {en ? "Due" : "Thời hạn"},
                   {en ? "Period" : "Kỳ báo cáo"},
                   {en ? "Body" : "Cơ quan, đơn vị"}};
  for (const TaskGroup& group : group_by_task(*view.report)) {
    const schedule::TaskRef& scheduled = view.report->schedule.tasks[group.task];
    const model::Task& task = *scheduled.task;
    const Obligation& first = group.items.front()->obligation;
    Table::Section section{table.rows.size(), {}};
    if (!table.rows.empty()) section.lines.emplace_back();
    const std::string via = via_of(view, first);
    const std::string label = task_label(task);
    section.lines.push_back(
        fmt::format("{} — {}{}", scheduled.key(), label, via.empty() ? "" : (en ? " (via " : " (qua ") + via + ")"));
    if (const std::string text = task_text(view, first, language); text != label) section.lines.push_back("  " + text);
    std::vector<std::string> dues;  // the deadlines as written, where they say more than the date
    for (const Item* item : group.items) {
      const std::string due = due_text(view, item->obligation);
      if (due != short_due(item->obligation) && std::find(dues.begin(), dues.end(), due) == dues.end())
        dues.push_back(due);
    }
    if (!dues.empty())
      section.lines.push_back((en ? "  Due: " : "  Thời hạn: ") + fmt::format("{}", fmt::join(dues, "; ")));
    table.sections.push_back(std::move(section));
    for (const Item* item : group.items) {
      const Obligation& o = item->obligation;
      table.rows.push_back({text_cell(status_with_cancellation(view, *item, language), style_of(*item)),
                            text_cell(short_due(o)), text_cell(period_text(view, o, language)),
                            text_cell(carried_body_label(*view.model, o, language))});
    }
  }
  return table;
}

Table missing_table(const DeadlinesView& view, Language language, bool group) {
  Table table;
  const bool en = language == Language::english;
  table.columns = {{en ? "Task" : "Nhiệm vụ"},
                   {en ? "Period" : "Kỳ báo cáo"},
                   {en ? "Due" : "Thời hạn"},
                   {en ? "Via" : "Gửi qua"},
                   {en ? "Body" : "Cơ quan, đơn vị chưa gửi báo cáo"}};
  for (const schedule::MissingReport& report : view.report->missing) {
    bool first = true;
    for (const Obligation& o : report.bodies) {
      const bool show = first || !group;
      table.rows.push_back({text_cell(show ? view.report->schedule.tasks[report.task].key() : ""),
                            text_cell(show ? period_text(view, o, language) : ""),
                            text_cell(show ? calendar::format_vn(report.due) : ""),
                            text_cell(show ? via_of(view, o) : ""),
                            text_cell(carried_body_label(*view.model, o, language), "missing")});
      first = false;
    }
  }
  return table;
}

Table statistics_table(const DeadlinesView& view, StatsBy by, Language language) {
  Table table;
  const bool en = language == Language::english;
  const bool bodies = by == StatsBy::body;
  table.columns = {{bodies ? (en ? "Body" : "Cơ quan, đơn vị") : (en ? "Document" : "Văn bản")},
                   {en ? "On time" : "Đúng hạn", Align::right},
                   {en ? "Late" : "Muộn", Align::right},
                   {en ? "Not yet due" : "Chưa đến hạn", Align::right},
                   {en ? "Overdue" : "Quá hạn", Align::right},
                   {en ? "On time %" : "Tỷ lệ đúng hạn", Align::right}};
  const auto& rows = bodies ? view.report->statistics.bodies : view.report->statistics.documents;
  for (const schedule::StatRow& row : rows) table.rows.push_back(stat_row(row.label, row.counts));
  table.rows.push_back(stat_row(en ? "Total" : "Tổng cộng", view.report->statistics.total));
  return table;
}

}  // namespace campaign::write
