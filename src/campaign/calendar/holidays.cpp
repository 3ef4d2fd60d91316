// Days off of public servants in Vietnam (BLLĐ 2019 Điều 111, 112; each year's decisions) and
// working-day arithmetic (BLDS 2015 Điều 147, 148). Rules and sources: docs/calendar.md.

#include "campaign/calendar/holidays.hpp"

#include <algorithm>
#include <utility>

#include "campaign/calendar/lunar.hpp"

namespace campaign::calendar {
namespace {

constexpr const char* kDefault = "; ngày mặc định, chưa có quyết định của Thủ tướng cho năm này";

DayOff holiday(const Date& date, const char* reason, std::string source, DayOffStatus status = DayOffStatus::in_force) {
  return DayOff{date, DayOffKind::holiday, reason, std::move(source), status};
}

// The 5 Tết days of lunar year `year`: decided, or by default the last two days of the old
// year and mùng 1–3 (the choice of 2024 and 2025; with Điều 111 khoản 3 it also gives the days
// off of 2026, whose decision chose 29 Chạp and mùng 1–4).
// Before 2013 (4 days) by default the last day of the old year and mùng 1–3.
void add_tet(int year, const YearDecisions* decisions, std::vector<DayOff>& out) {
  if (decisions != nullptr && !decisions->tet.empty()) {
    for (const Date& date : decisions->tet) out.push_back(holiday(date, "Tết Nguyên đán", decisions->tet_source));
    return;
  }
  const std::optional<Date> first = tet(year);
  if (!first) return;
  const HolidayLaw law = holiday_law(year);
  for (long offset = law.tet_days == 5 ? -2 : -1; offset <= 2; ++offset) {
    out.push_back(holiday(add_days(*first, offset), "Tết Nguyên đán", std::string(law.holidays) + kDefault,
                          DayOffStatus::assumed));
  }
}

// 2/9 and the adjacent day: decided, or by default 1/9 (the choice of 2025 and 2026; in 2024
// 1/9 was a Sunday and 3/9 was chosen, which Điều 111 khoản 3 also gives from 1/9).
void add_national_day(int year, const YearDecisions* decisions, std::vector<DayOff>& out) {
  const HolidayLaw law = holiday_law(year);
  out.push_back(holiday(Date{year, 9, 2}, "Quốc khánh", law.holidays));
  if (!law.national_adjacent) return;  // 2/9 alone before 2021
  if (decisions != nullptr && decisions->national_day) {
    out.push_back(holiday(*decisions->national_day, "Quốc khánh", decisions->national_day_source));
  } else {
    out.push_back(holiday(Date{year, 9, 1}, "Quốc khánh", std::string(law.holidays) + kDefault, DayOffStatus::assumed));
  }
}

}  // namespace

HolidayLaw holiday_law(int year) {
  if (year >= 2021)
    return {"Bộ luật Lao động 2019, Điều 112", "Bộ luật Lao động 2019, Điều 111 khoản 3", 5, true, true};
  if (year >= 2013)
    return {"Bộ luật Lao động 2012, Điều 115", "Bộ luật Lao động 2012, Điều 110 khoản 3", 5, true, false};
  return {"Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73", "Bộ luật Lao động 1994, Điều 73 khoản 2", 4, year >= 2007,
          false};
}

int iso_weekday(const Date& date) {
  const long days = to_days(date);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((days + 3) % 7 + 7) % 7) + 1;
}

bool is_weekend(const Date& date) {
  return iso_weekday(date) >= 6;
}

std::vector<DayOff> statutory_holidays(int year, const YearDecisions* decisions) {
  std::vector<DayOff> out;
  const HolidayLaw law = holiday_law(year);
  out.push_back(holiday(Date{year, 1, 1}, "Tết Dương lịch", law.holidays));
  add_tet(year, decisions, out);
  if (const std::optional<Date> gio_to = from_lunar(LunarDate{10, 3, year, false}); gio_to && law.gio_to) {
    out.push_back(holiday(*gio_to, "Giỗ Tổ Hùng Vương", law.holidays));
  }
  out.push_back(holiday(Date{year, 4, 30}, "Ngày Chiến thắng", law.holidays));
  out.push_back(holiday(Date{year, 5, 1}, "Ngày Quốc tế lao động", law.holidays));
  add_national_day(year, decisions, out);
  std::stable_sort(out.begin(), out.end(), [](const DayOff& a, const DayOff& b) { return a.date < b.date; });
  return out;
}

Calendar::Calendar(std::vector<YearDecisions> given) {
  for (YearDecisions& d : given) decisions_[d.year] = std::move(d);
  for (int number = kLunarFirstYear; number <= kLunarLastYear; ++number) years_[number];
  // Each day is filed under its own year: a decision for one year may set a day of another
  // (a swap for 1/1 on 31/12 of the year before).
  const auto year_at = [this](const Date& date) -> Year* {
    const auto found = years_.find(date.year);
    return found == years_.end() ? nullptr : &found->second;
  };
  std::vector<DayOff> holidays;
  for (int number = kLunarFirstYear; number <= kLunarLastYear; ++number) {
    for (DayOff& h : statutory_holidays(number, decisions(number))) holidays.push_back(std::move(h));
  }
  for (const DayOff& h : holidays) {
    if (Year* year = year_at(h.date)) year->days_off.emplace(h.date, h);
  }
  for (const auto& [number, d] : decisions_) {
    for (const DayOff& day : d.days_off) {
      Year* year = year_at(day.date);
      if (year == nullptr) continue;
      if (day.status == DayOffStatus::proposed) {
        year->proposed.push_back(day);
      } else {
        year->days_off.emplace(day.date, day);  // a holiday on the same day stays
      }
    }
    for (const MakeUpDay& day : d.make_up_days) {
      if (Year* year = year_at(day.date)) year->make_up_days.emplace(day.date, day);
    }
  }
  // Điều 111 khoản 3: each holiday on a Saturday or Sunday gives the next day that is neither
  // a weekend day nor already off; in date order, so two weekend holidays take two days.
  for (const DayOff& h : holidays) {
    if (!is_weekend(h.date)) continue;
    Date day = add_days(h.date, 1);
    while (is_weekend(day) || this->day_off(day)) day = add_days(day, 1);
    if (Year* year = year_at(day)) {
      year->days_off.emplace(
          day, DayOff{day, DayOffKind::in_lieu, "nghỉ bù " + h.reason, holiday_law(h.date.year).in_lieu, h.status});
    }
  }
}

const Calendar::Year& Calendar::year_of(int year) const {
  const auto found = years_.find(year);
  return found == years_.end() ? outside_ : found->second;
}

bool Calendar::covers(int year) const {
  return years_.count(year) != 0;
}

std::vector<DayOff> Calendar::days_off(int year) const {
  std::vector<DayOff> out;
  for (const auto& [date, day] : year_of(year).days_off) out.push_back(day);
  return out;
}

std::vector<DayOff> Calendar::proposed_days_off(int year) const {
  return year_of(year).proposed;
}

std::optional<DayOff> Calendar::day_off(const Date& date) const {
  const Year& year = year_of(date.year);
  const auto found = year.days_off.find(date);
  if (found == year.days_off.end()) return std::nullopt;
  return found->second;
}

std::optional<MakeUpDay> Calendar::make_up_day(const Date& date) const {
  const Year& year = year_of(date.year);
  const auto found = year.make_up_days.find(date);
  if (found == year.make_up_days.end()) return std::nullopt;
  return found->second;
}

const YearDecisions* Calendar::decisions(int year) const {
  const auto found = decisions_.find(year);
  return found == decisions_.end() ? nullptr : &found->second;
}

bool is_working_day(const Date& date, const Calendar& calendar) {
  if (calendar.make_up_day(date)) return true;
  return !is_weekend(date) && !calendar.day_off(date);
}

Date next_working_day(const Date& date, const Calendar& calendar) {
  Date day = add_days(date, 1);
  while (!is_working_day(day, calendar)) day = add_days(day, 1);
  return day;
}

Date add_working_days(const Date& date, int n, const Calendar& calendar) {
  Date day = date;
  for (int counted = 0; counted < n; ++counted) day = next_working_day(day, calendar);
  return day;
}

const Calendar& statutory_calendar() {
  static const Calendar calendar;
  return calendar;
}

Date end_of_period(const Date& last_day, const Calendar& calendar) {
  return is_working_day(last_day, calendar) ? last_day : next_working_day(last_day, calendar);
}

}  // namespace campaign::calendar
