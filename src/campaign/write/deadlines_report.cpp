// check-deadlines in text, Markdown and CSV (see deadlines_report.hpp).

#include "campaign/write/deadlines_report.hpp"

#include <fmt/format.h>

#include <array>

#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

using schedule::Status;

// "As of 05/10/2024 (due soon: within 7 days): 27 shown, 9 done, 5 overdue, …".
std::string headline(const DeadlinesView& view) {
  std::array<int, schedule::kStatusCount> counts{};
  for (const schedule::Item& item : view.report->items) ++counts[static_cast<std::size_t>(item.status)];
  std::string line =
      fmt::format("As of {} (due soon: within {} days): {} shown", calendar::format_vn(view.report->as_of),
                  view.report->within, view.report->items.size());
  for (std::size_t s = 0; s < counts.size(); ++s)
    if (counts[s] > 0) line += fmt::format(", {} {}", counts[s], schedule::status_key(static_cast<Status>(s)));
  return line;
}

// Documents issued after the as-of date owe nothing yet; say which, so that nobody wonders.
void write_not_yet_issued(std::ostream& out, const DeadlinesView& view, Language language, std::string_view end) {
  for (const model::Document* d : view.report->schedule.not_yet_issued) {
    const std::string number = text::escape_controls(d->number);
    if (language == Language::english)
      out << fmt::format("Not counted: {}, issued {}, after {}{}", number, calendar::format_vn(d->issued),
                         calendar::format_vn(view.report->as_of), end);
    else
      out << fmt::format("Chưa tính: {} ban hành ngày {}, sau ngày {}{}", number, calendar::format_vn(d->issued),
                         calendar::format_vn(view.report->as_of), end);
  }
}

std::string incomplete_line(const DeadlinesView& view, Language language) {
  if (language == Language::english)
    return fmt::format(
        "INCOMPLETE: --lenient skipped {} broken part{} of the input (listed at the end); run "
        "'campaign validate' for details",
        view.skipped.size(), view.skipped.size() == 1 ? "" : "s");
  return fmt::format(
      "CHƯA ĐẦY ĐỦ: bỏ qua {} phần bị lỗi của dữ liệu đầu vào (liệt kê ở cuối); chạy 'campaign "
      "validate' để xem chi tiết",
      view.skipped.size());
}

}  // namespace

void write_deadlines_text(std::ostream& out, const DeadlinesView& view, const DeadlinesLayout& layout) {
  const std::string date = calendar::format_vn(view.report->as_of);
  if (!view.skipped.empty()) out << incomplete_line(view, Language::english) << "\n";
  if (layout.summary) {
    out << "Statistics by body as of " << date << "\n";
    write_not_yet_issued(out, view, Language::english, "\n");
    out << "\n";
    write_text(out, statistics_table(view, StatsBy::body, Language::english), layout.style);
    out << "\nStatistics by document\n\n";
    write_text(out, statistics_table(view, StatsBy::document, Language::english), layout.style);
  } else {
    if (!layout.missing) out << headline(view) << "\n";
    write_not_yet_issued(out, view, Language::english, "\n");
    if (!view.report->items.empty() && !layout.missing) {
      out << "\n";
      write_text(out, obligation_rows(view, Language::english), layout.style);
    }
    std::size_t missing = 0;
    for (const auto& report : view.report->missing) missing += report.bodies.size();
    if (missing > 0) {
      out << fmt::format("{}Missing reports: {} due and not received as of {}\n\n", layout.missing ? "" : "\n", missing,
                         date);
      write_text(out, missing_table(view, Language::english, true), layout.style);
    } else if (layout.missing) {
      out << "Missing reports: none as of " << date << "\n";
    }
  }
  if (view.skipped.empty()) return;
  out << fmt::format("\nSkipped by --lenient: {}\n\n", view.skipped.size());
  write_text(out, skipped_table(view, Language::english), layout.style);
}

void write_deadlines_markdown(std::ostream& out, const DeadlinesView& view, const DeadlinesLayout& layout) {
  const std::string date = calendar::format_vn(view.report->as_of);
  if (!view.skipped.empty()) out << "**" << incomplete_line(view, Language::vietnamese) << "**\n\n";
  if (!view.report->schedule.not_yet_issued.empty()) {
    write_not_yet_issued(out, view, Language::vietnamese, "  \n");
    out << "\n";
  }
  if (layout.summary) {
    Table bodies = statistics_table(view, StatsBy::body, Language::vietnamese);
    bodies.title = "Kết quả thực hiện nhiệm vụ theo cơ quan, đơn vị (tính đến ngày " + date + ")";
    write_markdown(out, bodies);
    Table documents = statistics_table(view, StatsBy::document, Language::vietnamese);
    documents.title = "Kết quả thực hiện nhiệm vụ theo văn bản (tính đến ngày " + date + ")";
    out << "\n";
    write_markdown(out, documents);
  } else {
    if (!layout.missing) {
      Table table = obligations_table(view, Language::vietnamese);
      table.title = "Tình hình thực hiện nhiệm vụ (tính đến ngày " + date + ")";
      write_markdown(out, table);
    }
    if (!view.report->missing.empty() || layout.missing) {
      Table missing = missing_table(view, Language::vietnamese, false);
      missing.title = "Danh sách cơ quan, đơn vị chưa gửi báo cáo (tính đến ngày " + date + ")";
      if (!layout.missing) out << "\n";
      write_markdown(out, missing);
    }
  }
  if (view.skipped.empty()) return;
  Table skipped = skipped_table(view, Language::vietnamese);
  skipped.title = "Phần dữ liệu bị bỏ qua do có lỗi (--lenient)";
  out << "\n";
  write_markdown(out, skipped);
}

}  // namespace campaign::write
