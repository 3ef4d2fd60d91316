// check-deadlines --format md: the report grouped as the DOCX one is (issue 13): each task once
// (number, label, text), then a table of its bodies; the missing reports by period and task.

#include <fmt/format.h>

#include <algorithm>

#include "campaign/text/unicode.hpp"
#include "campaign/write/deadlines_groups.hpp"
#include "campaign/write/deadlines_report.hpp"
#include "campaign/write/docx_tables.hpp"
#include "campaign/write/territory_wording.hpp"

namespace campaign::write {
namespace {

// `s` escaped for Markdown and for the HTML a Markdown renderer makes of it: the ASCII
// punctuation that can start markup is backslash-escaped (CommonMark §2.4), a newline is
// <br>, control characters are shown as escapes.
std::string escape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch == '\n') {
      out += "<br>";
      continue;
    }
    if (ch == '\r') continue;
    if (std::string_view("\\`*_[]<>|#~&!").find(ch) != std::string_view::npos) out += '\\';
    out += ch;
  }
  return text::escape_controls(out);
}

// A pipe table whose separator row gives each column dashes in proportion to its contents
// (column_weights), right-aligned columns marked; every cell escaped.
void table(std::ostream& out, const Table& t) {
  const std::vector<double> weights = column_weights(t);
  out << '|';
  for (const Column& c : t.columns) out << ' ' << escape(c.heading) << " |";
  out << "\n|";
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const auto dashes = static_cast<std::size_t>(std::max(3.0, weights[c] / 2));
    out << std::string(dashes, '-') << (t.columns[c].align == Align::right ? ":|" : "-|");
  }
  out << '\n';
  for (const auto& row : t.rows) {
    out << '|';
    for (const Cell& cell : row) out << ' ' << escape(cell.text) << " |";
    out << '\n';
  }
}

Cell cell(std::string text) {
  Cell c;
  c.text = std::move(text);
  return c;
}

void heading(std::ostream& out, const std::string& text) {
  out << "**" << escape(text) << "**\n\n";
}

std::string task_title(const DeadlinesView& view, std::uint32_t task) {
  const schedule::TaskRef& ref = view.report->schedule.tasks[task];
  return fmt::format("Nhiệm vụ {} ({}): {}", ref.task->id, ref.document->number, task_label(*ref.task));
}

void list(std::ostream& out, const DeadlinesView& view) {
  for (const TaskGroup& group : group_by_task(*view.report)) {
    const model::Task& task = *view.report->schedule.tasks[group.task].task;
    out << "#### " << escape(task_title(view, group.task)) << "\n\n";
    if (task_label(task) != task.text) out << escape(task.text) << "\n\n";
    if (!task.coordinating.empty()) out << escape(coordinating_note(view, task, Language::vietnamese)) << "\n\n";
    Table t;
    t.columns = {{"STT", Align::right}, {"Cơ quan, đơn vị"}, {"Kỳ báo cáo"}, {"Thời hạn"}, {"Tình trạng"}};
    int stt = 0;
    for (const schedule::Item* item : group.items) {
      const schedule::Obligation& o = item->obligation;
      t.rows.push_back({cell(std::to_string(++stt)), cell(carried_body_label(*view.model, o, Language::vietnamese)),
                        cell(period_text(view, o, Language::vietnamese)), cell(due_text(view, o)),
                        cell(status_with_cancellation(view, *item, Language::vietnamese))});
    }
    table(out, t);
    out << "\n";
  }
}

void missing(std::ostream& out, const DeadlinesView& view) {
  for (const PeriodGroup& period : missing_by_period(*view.report)) {
    out << "#### " << escape(period.once ? std::string("Báo cáo một lần") : "Kỳ báo cáo " + period.label_vn())
        << "\n\n";
    for (const schedule::MissingReport* m : period.reports) {
      out << "*" << escape(fmt::format("{} — hạn {}", task_title(view, m->task), calendar::format_vn(m->due)))
          << "*\n\n";
      const model::Task& task = *view.report->schedule.tasks[m->task].task;
      const std::string via =
          task.report && !task.report->via.empty() ? schedule::body_name(*view.model, task.report->via) : "";
      const long days = calendar::days_between(m->due, view.report->as_of);
      Table t;
      t.columns = {{"STT", Align::right}, {"Cơ quan, đơn vị chưa gửi báo cáo"}, {"Gửi qua"}, {"Quá hạn"}};
      int stt = 0;
      for (const schedule::Obligation& o : m->bodies)
        t.rows.push_back({cell(std::to_string(++stt)), cell(carried_body_label(*view.model, o, Language::vietnamese)),
                          cell(via), cell(fmt::format("{} ngày", days))});
      table(out, t);
      out << "\n";
    }
  }
}

}  // namespace

void write_deadlines_markdown(std::ostream& out, const DeadlinesView& view, const DeadlinesLayout& layout) {
  const std::string date = calendar::format_vn(view.report->as_of);
  if (!view.skipped.empty())
    out << "**"
        << escape(fmt::format("CHƯA ĐẦY ĐỦ: bỏ qua {} phần bị lỗi của dữ liệu đầu vào (liệt kê ở cuối); chạy 'campaign "
                              "validate' để xem chi tiết",
                              view.skipped.size()))
        << "**\n\n";
  for (const model::Document* d : view.report->schedule.not_yet_issued)
    out << escape(fmt::format("Chưa tính: {} ban hành ngày {}, sau ngày {}", d->number, calendar::format_vn(*d->issued),
                              date))
        << "  \n";
  if (!view.report->schedule.not_yet_issued.empty()) out << "\n";
  if (layout.summary) {
    heading(out, "Kết quả thực hiện nhiệm vụ theo cơ quan, đơn vị (tính đến ngày " + date + ")");
    table(out, statistics_table(view, StatsBy::body, Language::vietnamese));
    out << "\n";
    heading(out, "Kết quả thực hiện nhiệm vụ theo văn bản (tính đến ngày " + date + ")");
    table(out, statistics_table(view, StatsBy::document, Language::vietnamese));
    if (const int returned = view.report->statistics.total.returned; returned > 0)
      out << fmt::format("\nTrong đó {} báo cáo chưa đạt yêu cầu, chưa được tính là đã nộp.\n", returned);
    if (const int cancelled = view.report->statistics.total.cancelled; cancelled > 0)
      out << fmt::format("\nKhông tính {} nghĩa vụ của nhiệm vụ đã bãi bỏ hoặc được thay thế.\n", cancelled);
  } else {
    if (!layout.missing) {
      heading(out, "Tình hình thực hiện nhiệm vụ (tính đến ngày " + date + ")");
      list(out, view);
    }
    if (!view.report->missing.empty() || layout.missing) {
      heading(out, "Danh sách cơ quan, đơn vị chưa gửi báo cáo (tính đến ngày " + date + ")");
      if (view.report->missing.empty()) out << "Không có.\n\n";
      missing(out, view);
    }
  }
  if (view.skipped.empty()) return;
  if (layout.summary) out << "\n";
  heading(out, "Phần dữ liệu bị bỏ qua do có lỗi (--lenient)");
  table(out, skipped_table(view, Language::vietnamese));
}

}  // namespace campaign::write
