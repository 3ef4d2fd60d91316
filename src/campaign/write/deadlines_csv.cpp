// check-deadlines as one CSV table (see deadlines_report.hpp): the Vietnamese words for people,
// and beside them codes, numbers and ISO dates for spreadsheets.

#include <fmt/format.h>

#include "campaign/text/unicode.hpp"
#include "campaign/write/deadlines_report.hpp"

namespace campaign::write {
namespace {

using schedule::Item;
using schedule::Status;

Cell text(std::string s) {
  Cell cell;
  cell.text = std::move(s);
  return cell;
}

Cell count(long n) {
  Cell cell = text(std::to_string(n));
  cell.number = static_cast<double>(n);
  return cell;
}

// A bare dd/mm/yyyy (a report's due date) as running text: "ngày 30/09/2024".
std::string dated(const std::string& s) {
  const bool bare =
      s.size() == 10 && s[2] == '/' && s[5] == '/' && s.find_first_not_of("0123456789/") == std::string::npos;
  return bare ? "ngày " + s : s;
}

// The days the status text shows: past due, late, left; none for done on time, ongoing, no date.
Cell days_of(const Item& item) {
  switch (item.status) {
    case Status::overdue:
    case Status::due_soon:
    case Status::upcoming:
    case Status::due_today:
      return count(item.days);
    case Status::done:
      return item.late ? count(item.days) : text("");
    default:
      return text("");
  }
}

Table obligations(const DeadlinesView& view) {
  Table t = obligations_table(view, Language::vietnamese);
  // Tình trạng, Mã tình trạng, Số ngày, Ngày hoàn thành, Thời hạn, Hạn, Kỳ báo cáo, …
  t.columns.insert(t.columns.begin() + 1,
                   {Column{"Mã tình trạng"}, Column{"Số ngày (quá hạn, muộn hoặc còn lại)", Align::right},
                    Column{"Ngày hoàn thành (YYYY-MM-DD)"}});
  t.columns.insert(t.columns.begin() + 5, Column{"Hạn (YYYY-MM-DD)"});
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const Item& item = view.report->items[r];
    auto& row = t.rows[r];
    const schedule::Kind kind = item.obligation.kind;
    const bool dated_item = kind != schedule::Kind::ongoing && kind != schedule::Kind::undated &&
                            kind != schedule::Kind::on_request && kind != schedule::Kind::unstated;
    row[1].text = dated(row[1].text);
    row.insert(row.begin() + 1, {text(std::string(schedule::status_key(item.status))), days_of(item),
                                 text(item.status == Status::done ? calendar::format_iso(item.done_on) : "")});
    row.insert(row.begin() + 5, text(dated_item ? calendar::format_iso(item.obligation.due) : ""));
  }
  return t;
}

Table missing(const DeadlinesView& view) {
  Table t = missing_table(view, Language::vietnamese, false);
  // Nhiệm vụ, Kỳ báo cáo, Thời hạn, Hạn, Số ngày quá hạn, Gửi qua, Cơ quan, đơn vị chưa gửi báo cáo.
  t.columns.insert(t.columns.begin() + 3, {Column{"Hạn (YYYY-MM-DD)"}, Column{"Số ngày quá hạn", Align::right}});
  std::size_t r = 0;
  for (const schedule::MissingReport& report : view.report->missing) {
    for (std::size_t b = 0; b < report.bodies.size(); ++b, ++r) {
      auto& row = t.rows[r];
      row[2].text = dated(row[2].text);
      row.insert(row.begin() + 3, {text(calendar::format_iso(report.due)),
                                   count(calendar::days_between(report.due, view.report->as_of))});
    }
  }
  return t;
}

Table summary(const DeadlinesView& view) {
  Table out;
  for (const auto by : {StatsBy::body, StatsBy::document}) {
    Table t = statistics_table(view, by, Language::vietnamese);
    if (out.columns.empty()) {
      out.columns = t.columns;
      out.columns[0].heading = "Tên";
      out.columns.insert(out.columns.begin(), Column{"Theo"});
    }
    const bool last = by == StatsBy::document;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const bool total = r + 1 == t.rows.size();
      if (total && !last) continue;
      std::vector<Cell> row = t.rows[r];
      if (total) row[0].text = "";
      row.insert(row.begin(), text(total ? "Tổng cộng" : by == StatsBy::body ? "Cơ quan, đơn vị" : "Văn bản"));
      out.rows.push_back(std::move(row));
    }
  }
  return out;
}

// What --lenient skipped, one row each, in the table's own columns: the effect in the first
// ("Lỗi dữ liệu: bỏ qua"), the code "skipped" in `code` (when the table has a code column),
// what was skipped in `what` and the place and error in `error` (the same column as `what`:
// "what (place: error)").
void add_skipped(Table& t, const DeadlinesView& view, std::optional<std::size_t> code, std::size_t what,
                 std::size_t error) {
  for (const schedule::Skipped& s : view.skipped) {
    std::vector<Cell> row(t.columns.size());
    row.front().text = "Lỗi dữ liệu: " + skipped_effect(s, Language::vietnamese);
    if (code) row[*code].text = "skipped";
    const std::string place =
        fmt::format("{}:{}: {} [{}]", text::escape_controls(s.file), s.position.line, s.message, s.code);
    const std::string thing = skipped_what(s, Language::vietnamese);
    if (what == error) {
      row[what].text = fmt::format("{} ({})", thing, place);
    } else {
      row[what].text = thing;
      row[error].text = place;
    }
    t.rows.push_back(std::move(row));
  }
}

}  // namespace

Table deadlines_csv_table(const DeadlinesView& view, const DeadlinesLayout& layout) {
  Table out;
  if (layout.summary) {
    out = summary(view);
    add_skipped(out, view, std::nullopt, 1, 1);
  } else if (layout.missing) {
    out = missing(view);
    add_skipped(out, view, std::nullopt, out.columns.size() - 1, out.columns.size() - 1);
  } else {
    out = obligations(view);
    add_skipped(out, view, 1, out.columns.size() - 2, out.columns.size() - 1);
  }
  return out;
}

}  // namespace campaign::write
