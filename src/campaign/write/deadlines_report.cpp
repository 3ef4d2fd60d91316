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
      out << fmt::format("Not counted: {}, issued {}, after {}{}", number, calendar::format_vn(*d->issued),
                         calendar::format_vn(view.report->as_of), end);
    else
      out << fmt::format("Chưa tính: {} ban hành ngày {}, sau ngày {}{}", number, calendar::format_vn(*d->issued),
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
  const int width = layout.style.width;
  if (!view.skipped.empty()) write_wrapped(out, incomplete_line(view, Language::english), width);
  if (layout.summary) {
    out << "Statistics by body as of " << date << "\n";
    write_not_yet_issued(out, view, Language::english, "\n");
    out << "\n";
    write_text(out, statistics_table(view, StatsBy::body, Language::english), layout.style);
    out << "\nStatistics by document\n\n";
    write_text(out, statistics_table(view, StatsBy::document, Language::english), layout.style);
    if (const int returned = view.report->statistics.total.returned; returned > 0) {
      out << '\n';
      write_wrapped(out,
                    fmt::format("Of these, {} report{} returned as not acceptable (chưa đạt yêu cầu), still open",
                                returned, returned == 1 ? " was" : "s were"),
                    width);
    }
    if (const int cancelled = view.report->statistics.total.cancelled; cancelled > 0)
      out << fmt::format("\nNot counted: {} obligation{} of cancelled or superseded tasks\n", cancelled,
                         cancelled == 1 ? "" : "s");
  } else {
    if (!layout.missing) write_wrapped(out, headline(view), width);
    write_not_yet_issued(out, view, Language::english, "\n");
    if (!view.report->items.empty() && !layout.missing) {
      out << "\n";
      write_text(out, obligations_text_table(view), layout.style);
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

}  // namespace campaign::write
