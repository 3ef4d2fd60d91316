// check-deadlines in text, Markdown and CSV (see deadlines_report.hpp).

#include "campaign/write/deadlines_report.hpp"

#include <fmt/format.h>

#include <array>

#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

using schedule::Status;

// The status as the headline counts it: "overdue" / "quá hạn".
std::string_view status_name(Status status, Language language) {
  if (language == Language::english) return schedule::status_key(status);
  switch (status) {
    case Status::done:
      return "đã hoàn thành";
    case Status::overdue:
      return "quá hạn";
    case Status::due_today:
      return "đến hạn hôm nay";
    case Status::due_soon:
      return "sắp đến hạn";
    case Status::upcoming:
      return "chưa đến hạn";
    case Status::ongoing:
      return "thường xuyên";
    case Status::no_date:
      return "chưa xác định được hạn";
    case Status::cancelled:
      return "không còn thực hiện";
    case Status::planned:
      return "dự kiến";
    case Status::event:
      return "sự kiện";
    case Status::on_request:
      return "theo yêu cầu";
  }
  return schedule::status_key(status);
}

// "As of 05/10/2024 (due soon: within 7 days): 27 shown, 9 done, 5 overdue, …".
std::string headline(const DeadlinesView& view, Language language) {
  std::array<int, schedule::kStatusCount> counts{};
  for (const schedule::Item& item : view.report->items) ++counts[static_cast<std::size_t>(item.status)];
  const std::string date = calendar::format_vn(view.report->as_of);
  std::string line = language == Language::english
                         ? fmt::format("As of {} (due soon: within {} days): {} shown", date, view.report->within,
                                       view.report->items.size())
                         : fmt::format("Tính đến ngày {} (sắp đến hạn: trong {} ngày): {} mục", date,
                                       view.report->within, view.report->items.size());
  for (std::size_t s = 0; s < counts.size(); ++s)
    if (counts[s] > 0) line += fmt::format(", {} {}", counts[s], status_name(static_cast<Status>(s), language));
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
  const Language language = layout.language;
  const bool en = language == Language::english;
  const std::string date = calendar::format_vn(view.report->as_of);
  const int width = layout.style.width;
  if (!view.skipped.empty()) write_wrapped(out, incomplete_line(view, language), width);
  if (layout.summary) {
    out << (en ? "Statistics by body as of " : "Thống kê theo cơ quan, đơn vị, tính đến ngày ") << date << "\n";
    write_not_yet_issued(out, view, language, "\n");
    out << "\n";
    write_text(out, statistics_table(view, StatsBy::body, language), layout.style);
    out << (en ? "\nStatistics by document\n\n" : "\nThống kê theo văn bản\n\n");
    write_text(out, statistics_table(view, StatsBy::document, language), layout.style);
    if (const int returned = view.report->statistics.total.returned; returned > 0) {
      out << '\n';
      write_wrapped(out,
                    en ? fmt::format("Of these, {} report{} returned as not acceptable (chưa đạt yêu cầu), still open",
                                     returned, returned == 1 ? " was" : "s were")
                       : fmt::format("Trong đó {} báo cáo bị trả lại do chưa đạt yêu cầu, vẫn còn phải nộp", returned),
                    width);
    }
    if (const int cancelled = view.report->statistics.total.cancelled; cancelled > 0)
      out << (en ? fmt::format("\nNot counted: {} obligation{} of cancelled or superseded tasks\n", cancelled,
                               cancelled == 1 ? "" : "s")
                 : fmt::format("\nKhông tính: {} nghĩa vụ của các nhiệm vụ đã hủy hoặc được thay thế\n", cancelled));
  } else {
    if (!layout.missing) write_wrapped(out, headline(view, language), width);
    write_not_yet_issued(out, view, language, "\n");
    if (!view.report->items.empty() && !layout.missing) {
      out << "\n";
      write_text(out, obligations_text_table(view, language), layout.style);
    }
    std::size_t missing = 0;
    for (const auto& report : view.report->missing) missing += report.bodies.size();
    if (missing > 0) {  // the heading wrapped to the width like the table under it
      if (!layout.missing) out << '\n';
      write_wrapped(
          out,
          en ? fmt::format("Missing reports: {} due and not received as of {}", missing, date)
             : fmt::format("Báo cáo còn thiếu: {} báo cáo đã đến hạn mà chưa nhận, tính đến ngày {}", missing, date),
          width);
      out << '\n';
      write_text(out, missing_table(view, language, true), layout.style);
    } else if (layout.missing) {
      write_wrapped(out, (en ? "Missing reports: none as of " : "Báo cáo còn thiếu: không có, tính đến ngày ") + date,
                    width);
    }
  }
  if (view.skipped.empty()) return;
  out << (en ? fmt::format("\nSkipped by --lenient: {}\n\n", view.skipped.size())
             : fmt::format("\nPhần bị bỏ qua (--lenient): {}\n\n", view.skipped.size()));
  write_text(out, skipped_table(view, language), layout.style);
}

}  // namespace campaign::write
