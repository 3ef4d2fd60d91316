// `campaign calendar YEAR` as a table and as JSON (see calendar_table.hpp).

#include "campaign/write/calendar_table.hpp"

#include <fmt/format.h>

#include <array>
#include <nlohmann/json.hpp>

#include "campaign/calendar/lunar.hpp"
#include "campaign/write/json_format.hpp"

namespace campaign::write {
namespace {

using calendar::DayOffKind;
using calendar::DayOffStatus;

std::string_view weekday(const calendar::Date& date, Language language) {
  static constexpr std::array<std::string_view, 8> kVi = {"",        "Thứ Hai", "Thứ Ba",  "Thứ Tư",
                                                          "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
  static constexpr std::array<std::string_view, 8> kEn = {"",         "Monday", "Tuesday",  "Wednesday",
                                                          "Thursday", "Friday", "Saturday", "Sunday"};
  const auto day = static_cast<std::size_t>(calendar::iso_weekday(date));
  return language == Language::english ? kEn[day] : kVi[day];
}

std::string_view kind_key(DayOffKind kind) {
  switch (kind) {
    case DayOffKind::holiday:
      return "holiday";
    case DayOffKind::in_lieu:
      return "in-lieu";
    case DayOffKind::swapped:
      return "swapped";
    case DayOffKind::local:
      return "local";
  }
  return "";
}

std::string_view kind_text(DayOffKind kind, Language language) {
  const bool en = language == Language::english;
  switch (kind) {
    case DayOffKind::holiday:
      return en ? "public holiday" : "nghỉ lễ, tết";
    case DayOffKind::in_lieu:
      return en ? "day off in lieu" : "nghỉ bù";
    case DayOffKind::swapped:
      return en ? "swapped" : "nghỉ hoán đổi";
    case DayOffKind::local:
      return en ? "local" : "nghỉ địa phương";
  }
  return "";
}

std::string_view status_key(DayOffStatus status) {
  switch (status) {
    case DayOffStatus::in_force:
      return "in-force";
    case DayOffStatus::assumed:
      return "assumed";
    case DayOffStatus::proposed:
      return "proposed";
  }
  return "";
}

std::string_view status_text(DayOffStatus status, Language language) {
  const bool en = language == Language::english;
  switch (status) {
    case DayOffStatus::in_force:
      return en ? "in force" : "đã có quy định";
    case DayOffStatus::assumed:
      return en ? "assumed (no decision given)" : "mặc định (chưa có quyết định)";
    case DayOffStatus::proposed:
      return en ? "proposed, not a day off" : "đề xuất, chưa nghỉ";
  }
  return "";
}

Cell text_cell(std::string text) {
  Cell cell;
  cell.text = std::move(text);
  return cell;
}

std::string lunar_text(const calendar::Date& date) {
  const std::optional<calendar::LunarDate> lunar = calendar::to_lunar(date);
  return lunar ? calendar::format_lunar(*lunar) : std::string("–");
}

std::string break_text(const Break& b) {
  const long days = calendar::days_between(b.first, b.last) + 1;
  if (days == 1) return calendar::format_vn(b.first);
  return fmt::format("{}–{} ({})", calendar::format_vn(b.first), calendar::format_vn(b.last), days);
}

}  // namespace

std::vector<Break> breaks_of(int year, const calendar::Calendar& calendar) {
  std::vector<Break> out;
  for (const calendar::DayOff& day : calendar.days_off(year)) {
    if (!out.empty() && day.date <= out.back().last) continue;
    calendar::Date first = day.date;
    calendar::Date last = day.date;
    while (!calendar::is_working_day(calendar::add_days(first, -1), calendar)) first = calendar::add_days(first, -1);
    while (!calendar::is_working_day(calendar::add_days(last, 1), calendar)) last = calendar::add_days(last, 1);
    out.push_back(Break{first, last});
  }
  return out;
}

Table calendar_table(int year, const calendar::Calendar& calendar, Language language) {
  const bool en = language == Language::english;
  Table table;
  table.title = en ? fmt::format("Days off in {} (public servants; besides Saturdays and Sundays)", year)
                   : fmt::format("Ngày nghỉ năm {} (cán bộ, công chức, viên chức; ngoài thứ Bảy, Chủ nhật)", year);
  table.columns = {{en ? "Date" : "Ngày"},
                   {en ? "Weekday" : "Thứ"},
                   {en ? "Lunar date" : "Âm lịch"},
                   {en ? "Kind" : "Loại"},
                   {en ? "Reason" : "Lý do"},
                   {en ? "Status" : "Tình trạng"},
                   {en ? "Source" : "Căn cứ", Align::left, 0, true}};
  bool assumed = false;
  for (const calendar::DayOff& day : calendar.days_off(year)) {
    assumed = assumed || day.status == DayOffStatus::assumed;
    table.rows.push_back({text_cell(calendar::format_vn(day.date)), text_cell(std::string(weekday(day.date, language))),
                          text_cell(lunar_text(day.date)), text_cell(std::string(kind_text(day.kind, language))),
                          text_cell(day.reason), text_cell(std::string(status_text(day.status, language))),
                          text_cell(day.source)});
  }
  if (!calendar.covers(year)) {
    table.notes.push_back(en ? fmt::format("The holidays of {} are not known (lunar years 1900–2199 only).", year)
                             : fmt::format("Không tính được ngày nghỉ lễ năm {} (chỉ tính năm 1900–2199).", year));
    return table;
  }
  std::string breaks;
  for (const Break& b : breaks_of(year, calendar)) breaks += (breaks.empty() ? "" : "; ") + break_text(b);
  table.notes.push_back((en ? "Breaks (days): " : "Các đợt nghỉ (số ngày): ") + breaks);
  for (calendar::Date date{year, 1, 1}; date.year == year; date = calendar::add_days(date, 1)) {
    if (const std::optional<calendar::MakeUpDay> m = calendar.make_up_day(date))
      table.notes.push_back(fmt::format("{} {} {}: {} ({})", en ? "Make-up working day" : "Ngày làm bù",
                                        weekday(date, language), calendar::format_vn(date), m->reason, m->source));
  }
  for (const calendar::DayOff& day : calendar.proposed_days_off(year))
    table.notes.push_back(fmt::format("{} {}: {} ({})", en ? "Proposed, not a day off:" : "Đề xuất, chưa nghỉ:",
                                      calendar::format_vn(day.date), day.reason, day.source));
  if (assumed)
    table.notes.push_back(en ? "Assumed days: the Prime Minister's choice for this year is not given (a `calendar:` "
                               "entry, docs/calendar.md); the law's default is shown."
                             : "Ngày mặc định: chưa có quyết định của Thủ tướng cho năm này (mục `calendar:`, "
                               "docs/calendar.md); đang tính theo mặc định.");
  return table;
}

void write_calendar_json(std::ostream& out, int year, const calendar::Calendar& calendar) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["format"] = json_format("calendar");
  j["year"] = year;
  j["covered"] = calendar.covers(year);
  auto day_json = [](const calendar::DayOff& day) {
    return ordered_json{{"date", calendar::format_iso(day.date)},
                        {"weekday", weekday(day.date, Language::english)},
                        {"lunar", lunar_text(day.date)},
                        {"kind", kind_key(day.kind)},
                        {"reason", day.reason},
                        {"source", day.source},
                        {"status", status_key(day.status)}};
  };
  j["days_off"] = ordered_json::array();
  for (const calendar::DayOff& day : calendar.days_off(year)) j["days_off"].push_back(day_json(day));
  j["breaks"] = ordered_json::array();
  for (const Break& b : breaks_of(year, calendar))
    j["breaks"].push_back({{"first", calendar::format_iso(b.first)},
                           {"last", calendar::format_iso(b.last)},
                           {"days", calendar::days_between(b.first, b.last) + 1}});
  j["make_up_days"] = ordered_json::array();
  for (calendar::Date date{year, 1, 1}; date.year == year; date = calendar::add_days(date, 1))
    if (const std::optional<calendar::MakeUpDay> m = calendar.make_up_day(date))
      j["make_up_days"].push_back({{"date", calendar::format_iso(date)}, {"reason", m->reason}, {"source", m->source}});
  j["proposed"] = ordered_json::array();
  for (const calendar::DayOff& day : calendar.proposed_days_off(year)) j["proposed"].push_back(day_json(day));
  out << j.dump(2) << '\n';
}

}  // namespace campaign::write
