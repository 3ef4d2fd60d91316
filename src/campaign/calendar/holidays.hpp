#pragma once
// Days off in Vietnam and working-day arithmetic, for the calendar of public servants (cán bộ,
// công chức, viên chức: Saturday and Sunday are the weekly rest days).
//
// Rules (docs/calendar.md):
// - Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1: 1/1; Tết Âm lịch, 5 days; Giỗ Tổ
//   Hùng Vương, 10/3 lunar; 30/4; 1/5; Quốc khánh, 2/9 and one adjacent day. Khoản 3: the Prime
//   Minister fixes the Tết days and the Quốc khánh day each year, so they are data (YearDecisions);
//   for a year without a decision they take a documented default, marked DayOffStatus::assumed.
// - Điều 111 khoản 3: a holiday on the weekly rest day gives the next working day off (nghỉ bù).
// - Each year's decisions may swap a working day off against a Saturday worked (làm bù) and add
//   local days off.
// - Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147 (counting starts the day after) and Điều 148
//   khoản 5 (a period whose last day is a day off ends on the next working day).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "campaign/calendar/date.hpp"

namespace campaign::calendar {

/// ISO weekday of `date`: 1 = Monday (Thứ Hai) .. 6 = Saturday (Thứ Bảy), 7 = Sunday (Chủ nhật).
int iso_weekday(const Date& date);

/// True on Saturday and Sunday, the weekly rest days of public servants.
bool is_weekend(const Date& date);

/// Why a day is off.
enum class DayOffKind {
  holiday,  ///< ngày nghỉ lễ, tết of Điều 112 khoản 1 BLLĐ 2019
  in_lieu,  ///< nghỉ bù: a holiday fell on the weekly rest day (Điều 111 khoản 3)
  swapped,  ///< a working day given off by a decision, made up on a Saturday (làm bù)
  local,    ///< a day off decided locally (a province, a body)
};

/// How sure a day off is.
enum class DayOffStatus {
  in_force,  ///< fixed by the law or by the year's decision
  assumed,   ///< a computed default for a day the Prime Minister has not fixed (yet) for that year
  proposed,  ///< announced or proposed, not in force: listed, but not a day off
};

/// One day off, with why and on what authority.
struct DayOff {
  Date date;
  DayOffKind kind = DayOffKind::holiday;
  std::string reason;  ///< Vietnamese: "Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "nghỉ bù Giỗ Tổ Hùng Vương"
  std::string source;  ///< the rule or the deciding document, e.g. "8662/VPCP-KGVX (03/11/2023)"
  DayOffStatus status = DayOffStatus::in_force;

  bool operator==(const DayOff&) const = default;
};

/// A Saturday or Sunday made a working day by a decision (làm bù).
struct MakeUpDay {
  Date date;
  std::string reason;  ///< e.g. "làm bù cho thứ Hai 29/04/2024"
  std::string source;

  bool operator==(const MakeUpDay&) const = default;
};

/// What the decisions of one solar year set (the days-off file, docs/calendar.md).
struct YearDecisions {
  int year = 0;
  std::vector<Date> tet;                ///< the 5 statutory Tết days chosen; empty: not decided
  std::string tet_source;               ///< the document that chose them
  std::optional<Date> national_day;     ///< the day beside 2/9 chosen (1/9 or 3/9); nullopt: not decided
  std::string national_day_source;      ///< the document that chose it
  std::vector<DayOff> days_off;         ///< swapped and local days off, and proposed ones
  std::vector<MakeUpDay> make_up_days;  ///< làm bù

  bool operator==(const YearDecisions&) const = default;
};

/// The days off of public servants, year by year: computed from the law (Điều 111, 112), with the
/// decisions given for some years. Built once, then read-only (safe to share between threads).
/// Lunar holidays are known for the years kLunarFirstYear..kLunarLastYear only (lunar.hpp);
/// covers() tells whether a year is complete.
class Calendar {
 public:
  /// The calendar of every year, with the `given` decisions for the years they name (at most one per
  /// year; a later one for the same year replaces an earlier one).
  explicit Calendar(std::vector<YearDecisions> given = {});

  /// True when the holidays of `year` are known (kLunarFirstYear..kLunarLastYear); for other
  /// years the calendar knows no day off, only weekends.
  bool covers(int year) const;

  /// The days off of solar `year` other than ordinary weekends, in date order: holidays (of
  /// Điều 112, at UTC+7), nghỉ bù (Điều 111 khoản 3), swapped and local days; without the
  /// proposed ones.
  std::vector<DayOff> days_off(int year) const;

  /// Days off of `year` that are proposed and not in force (DayOffStatus::proposed).
  std::vector<DayOff> proposed_days_off(int year) const;

  /// The day off on `date` (not counting ordinary weekends), if any; proposed days are not.
  std::optional<DayOff> day_off(const Date& date) const;

  /// The make-up working day (làm bù) on `date`, if any.
  std::optional<MakeUpDay> make_up_day(const Date& date) const;

  /// The decisions given for `year`, or nullptr.
  const YearDecisions* decisions(int year) const;

 private:
  struct Year {
    std::map<Date, DayOff> days_off;
    std::vector<DayOff> proposed;
    std::map<Date, MakeUpDay> make_up_days;
  };
  const Year& year_of(int year) const;

  std::map<int, YearDecisions> decisions_;
  std::map<int, Year> years_;  // precomputed for kLunarFirstYear..kLunarLastYear
  Year outside_;               // for the years outside that range: empty
};

/// The labour code whose public holidays a year follows, and what it sets:
/// - from 2021: Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 — Tết 5 days, Giỗ Tổ, and 2/9
///   with one adjacent day; weekend holidays give days in lieu by Điều 111 khoản 3;
/// - 2013–2020 (in force from 01/5/2013): Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 — Tết
///   5 days, Giỗ Tổ, 2/9 alone; days in lieu by Điều 110 khoản 3;
/// - before 2013: Bộ luật Lao động 1994, Điều 73 (as amended in 2007, which added Giỗ Tổ Hùng
///   Vương from 2007) — Tết 4 days; days in lieu by Điều 73 khoản 2. Years before 2013 are
///   computed by this rule for reference only (docs/calendar.md).
struct HolidayLaw {
  const char* holidays;    ///< the article that lists the holidays
  const char* in_lieu;     ///< the article that gives a day in lieu of a weekend holiday
  int tet_days;            ///< 5, or 4 before 2013
  bool gio_to;             ///< Giỗ Tổ Hùng Vương is a day off (from 2007)
  bool national_adjacent;  ///< a second Quốc khánh day beside 2/9 (from 2021)
};

/// The law of `year` (see HolidayLaw).
HolidayLaw holiday_law(int year);

/// The statutory holidays of `year` under Điều 112 khoản 1 alone, with `decisions` for the days
/// the Prime Minister fixes (nullptr: defaults, DayOffStatus::assumed): Tết = the last two days
/// of the old lunar year and mùng 1–3; Quốc khánh = 2/9 and 1/9. With Điều 111 khoản 3 these
/// defaults give the days off announced for 2024, 2025 and 2026 (swaps aside); docs/calendar.md.
std::vector<DayOff> statutory_holidays(int year, const YearDecisions* decisions = nullptr);

/// A period counted in working days: it ends on the `count`-th working day after `from`
/// (add_working_days).
struct WorkingDays {
  Date from;
  int count = 0;

  bool operator==(const WorkingDays&) const = default;
};

/// The calendar of the law alone (no year's decisions: defaults for Tết and Quốc khánh), built
/// once on first use; safe to share between threads.
const Calendar& statutory_calendar();

/// True when `date` is a working day: a make-up Saturday (làm bù), or a weekday that is no day
/// off of `calendar`.
bool is_working_day(const Date& date, const Calendar& calendar);

/// The first working day after `date` (strictly after).
Date next_working_day(const Date& date, const Calendar& calendar);

/// The date `n` working days after `date`: "trong vòng 05 ngày làm việc kể từ ngày 11/07/2024"
/// counts from the day after the stated day (BLDS 2015 Điều 147 khoản 2) and ends on the 5th
/// working day. `n` <= 0 gives `date`.
Date add_working_days(const Date& date, int n, const Calendar& calendar);

/// When a period whose last day is `last_day` ends: that day if it is a working day, else the
/// next working day (BLDS 2015 Điều 148 khoản 5), e.g. Sat 27/04/2024 -> Thu 02/05/2024.
Date end_of_period(const Date& last_day, const Calendar& calendar);

}  // namespace campaign::calendar
