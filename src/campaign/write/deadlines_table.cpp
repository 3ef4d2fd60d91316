// Tables of check-deadlines for the shared Table writers.

#include "campaign/write/deadlines_table.hpp"

#include <fmt/format.h>

#include "campaign/text/unicode.hpp"

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

std::string period_text(const Obligation& o, Language language) {
  if (o.kind != Kind::report) return "";
  return language == Language::english ? o.period.label() : o.period.label_vn();
}

}  // namespace

std::string status_text(const Item& item, Language language) {
  return language == Language::english ? status_english(item) : status_vietnamese(item);
}

std::string due_text(const DeadlinesView& view, const Obligation& o) {
  if (o.kind == Kind::ongoing) return "–";
  if (o.kind == Kind::undated) return task_of(view, o).due->phrase + " → ?";
  const std::string date = calendar::format_vn(o.due);
  const model::Task& task = task_of(view, o);
  if (o.kind == Kind::report || !task.due || task.due->phrase == date) return date;
  return task.due->phrase + " → " + date;
}

RowSource obligation_rows(const DeadlinesView& view, Language language) {
  RowSource table;
  const bool en = language == Language::english;
  table.columns = {{en ? "Status" : "Tình trạng"},
                   {en ? "Due" : "Thời hạn"},
                   {en ? "Period" : "Kỳ báo cáo"},
                   {en ? "Body" : "Cơ quan, đơn vị"},
                   {en ? "Via" : "Gửi qua"},
                   {en ? "Task" : "Nhiệm vụ"},
                   {en ? "Text" : "Nội dung", Align::left, 0, true}};
  table.count = view.report->items.size();
  table.row = [&view, language](std::size_t i) -> std::vector<Cell> {
    const Item& item = view.report->items[i];
    const Obligation& o = item.obligation;
    return {text_cell(status_text(item, language), style_of(item)),
            text_cell(due_text(view, o)),
            text_cell(period_text(o, language)),
            text_cell(schedule::body_label(*view.model, o)),
            text_cell(via_of(view, o)),
            text_cell(view.report->schedule.tasks[o.task].key()),
            text_cell(task_of(view, o).text)};
  };
  return table;
}

Table obligations_table(const DeadlinesView& view, Language language) {
  return obligation_rows(view, language).table();
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
      table.rows.push_back(
          {text_cell(show ? view.report->schedule.tasks[report.task].key() : ""),
           text_cell(show ? period_text(o, language) : ""), text_cell(show ? calendar::format_vn(report.due) : ""),
           text_cell(show ? via_of(view, o) : ""), text_cell(schedule::body_label(*view.model, o), "missing")});
      first = false;
    }
  }
  return table;
}

std::string skipped_what(const schedule::Skipped& s, Language language) {
  using What = schedule::Skipped::What;
  const bool en = language == Language::english;
  auto named = [&](std::string_view en_word, std::string_view vi_word) {
    return fmt::format("{}{}{}", en ? en_word : vi_word, s.name.empty() ? "" : " ", s.name);
  };
  switch (s.what) {
    case What::document:
      return named("document", "văn bản");
    case What::directive:
      return en ? "directive " + s.name : s.name;
    case What::task:
      return named("task", "nhiệm vụ");
    case What::submission:
      return en ? "submission" : "báo cáo đã nhận";
    case What::completion:
      return en ? "completion" : "nhiệm vụ đã hoàn thành";
    case What::deadline:
      return named("deadline of task", "thời hạn của nhiệm vụ");
    case What::body:
      return named("body", "cơ quan, đơn vị");
    case What::unit:
      return named("unit", "đơn vị hành chính");
    case What::indicator:
      return named("indicator", "chỉ tiêu");
    case What::result:
      return named("result", "kết quả");
    case What::file:
      break;
  }
  return en ? "file" : "tệp";
}

std::string skipped_effect(const schedule::Skipped& s, Language language) {
  using What = schedule::Skipped::What;
  const bool en = language == Language::english;
  switch (s.what) {
    case What::deadline:
      return en ? "listed without a date" : "vẫn liệt kê, không có hạn";
    case What::body:
    case What::unit:
    case What::indicator:
    case What::result:
      return en ? "read in part" : "chỉ đọc được một phần";
    case What::file:
      return en ? "not read" : "không đọc được";
    default:
      return en ? "left out" : "bỏ qua";
  }
}

Table skipped_table(const DeadlinesView& view, Language language) {
  Table table;
  const bool en = language == Language::english;
  table.columns = {{en ? "Place" : "Vị trí"},
                   {en ? "What" : "Nội dung"},
                   {en ? "Effect" : "Xử lý"},
                   {en ? "Error" : "Lỗi", Align::left, 0, true}};
  for (const schedule::Skipped& s : view.skipped)
    table.rows.push_back({text_cell(fmt::format("{}:{}", text::escape_controls(s.file), s.position.line)),
                          text_cell(skipped_what(s, language)), text_cell(skipped_effect(s, language)),
                          text_cell(fmt::format("{} [{}]", s.message, s.code))});
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
