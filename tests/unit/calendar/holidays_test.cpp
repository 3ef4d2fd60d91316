// Tests of campaign/calendar/holidays.hpp: the statutory holidays (BLLĐ 2019 Điều 112), nghỉ bù
// (Điều 111 khoản 3), the days off announced for public servants in 2024-2026 (source:
// /work/shared/reference/holidays.md §2, which names the deciding documents: VPCP 8662/VPCP-KGVX,
// 2450/VPCP-KGVX, 8726/VPCP-KGVX, 12729/VPCP-KGVX, Thông báo 5015/TB-LĐTBXH and 9441/TB-BNV),
// working-day counting (BLDS 2015 Điều 147) and the end of a period (Điều 148 khoản 5).

#include "campaign/calendar/holidays.hpp"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "decisions_2024_2026.hpp"
#include "printing.hpp"

using namespace campaign::calendar;
using campaign::calendar::test::decisions_2024_2026;

namespace {

struct Range {
  Date first;
  Date last;
};

// The announced year: breaks (whole continuous days off, weekends included) and make-up
// Saturdays (làm bù), as holidays.md §2 lists them.
struct Announced {
  int year;
  std::vector<Range> breaks;
  std::vector<Date> make_up;
};

const std::vector<Announced> kAnnounced = {
    {2024,
     {{{2024, 1, 1}, {2024, 1, 1}},
      {{2024, 2, 8}, {2024, 2, 14}},
      {{2024, 4, 18}, {2024, 4, 18}},
      {{2024, 4, 27}, {2024, 5, 1}},
      {{2024, 8, 31}, {2024, 9, 3}}},
     {{2024, 5, 4}}},
    {2025,
     {{{2025, 1, 1}, {2025, 1, 1}},
      {{2025, 1, 25}, {2025, 2, 2}},
      {{2025, 4, 5}, {2025, 4, 7}},
      {{2025, 4, 30}, {2025, 5, 4}},
      {{2025, 8, 30}, {2025, 9, 2}}},
     {{2025, 4, 26}}},
    {2026,
     {{{2026, 1, 1}, {2026, 1, 4}},
      {{2026, 2, 14}, {2026, 2, 22}},
      {{2026, 4, 25}, {2026, 4, 27}},
      {{2026, 4, 30}, {2026, 5, 3}},
      {{2026, 8, 29}, {2026, 9, 2}}},
     {{2026, 1, 10}, {2026, 8, 22}}},
};

// Whether public servants work on `date` by the announcement: not in a break, and a weekday or
// a make-up Saturday.
bool announced_working(const Announced& year, const Date& date) {
  for (const Range& r : year.breaks) {
    if (date >= r.first && date <= r.last) return false;
  }
  for (const Date& d : year.make_up) {
    if (d == date) return true;
  }
  return !is_weekend(date);
}

std::vector<Date> dates_of(const std::vector<DayOff>& days) {
  std::vector<Date> out;
  for (const DayOff& d : days) out.push_back(d.date);
  return out;
}

}  // namespace

TEST_CASE("iso_weekday and is_weekend", "[calendar][holidays]") {
  CHECK(iso_weekday(Date{1970, 1, 1}) == 4);   // Thursday
  CHECK(iso_weekday(Date{2024, 2, 10}) == 6);  // Saturday, Tết Giáp Thìn
  CHECK(iso_weekday(Date{2026, 4, 26}) == 7);  // Sunday, Giỗ Tổ 2026
  CHECK(iso_weekday(Date{1900, 1, 1}) == 1);   // Monday
  CHECK(is_weekend(Date{2025, 8, 30}));
  CHECK_FALSE(is_weekend(Date{2025, 9, 1}));
}

TEST_CASE("the statutory holidays of Điều 112 with the default Tết and Quốc khánh days", "[calendar][holidays]") {
  const std::vector<DayOff> days = statutory_holidays(2027);
  const std::vector<Date> expected = {{2027, 1, 1}, {2027, 2, 4}, {2027, 2, 5},  {2027, 2, 6},
                                      {2027, 2, 7}, {2027, 2, 8}, {2027, 4, 16}, {2027, 4, 30},
                                      {2027, 5, 1}, {2027, 9, 1}, {2027, 9, 2}};
  CHECK(dates_of(days) == expected);  // 11 days; Tết Đinh Mùi is Sat 06/02/2027
  CHECK(days[0].reason == "Tết Dương lịch");
  CHECK(days[1].reason == "Tết Nguyên đán");
  CHECK(days[1].status == DayOffStatus::assumed);
  CHECK(days[6].reason == "Giỗ Tổ Hùng Vương");
  CHECK(days[6].status == DayOffStatus::in_force);
  CHECK(days[7].reason == "Ngày Chiến thắng");
  CHECK(days[8].reason == "Ngày Quốc tế lao động");
  CHECK(days[9].reason == "Quốc khánh");
  CHECK(days[9].status == DayOffStatus::assumed);  // 1/9: the adjacent day is the Prime Minister's choice
  CHECK(days[10].status == DayOffStatus::in_force);
  CHECK(days[10].source == "Bộ luật Lao động 2019, Điều 112");
}

TEST_CASE("nghỉ bù: a holiday on a weekend gives the next working day (Điều 111 khoản 3)", "[calendar][holidays]") {
  const Calendar calendar;
  // Giỗ Tổ 2026 is Sunday 26/04: Monday 27/04 is off in lieu.
  const std::optional<DayOff> monday = calendar.day_off(Date{2026, 4, 27});
  REQUIRE(monday);
  CHECK(monday->kind == DayOffKind::in_lieu);
  CHECK(monday->reason == "nghỉ bù Giỗ Tổ Hùng Vương");
  CHECK(monday->source == "Bộ luật Lao động 2019, Điều 111 khoản 3");
  // Tết 2027 (default days Thu 04/02 - Mon 08/02, with Sat 06 and Sun 07): Tue 09 and Wed 10 off.
  CHECK(calendar.day_off(Date{2027, 2, 9})->kind == DayOffKind::in_lieu);
  CHECK(calendar.day_off(Date{2027, 2, 10})->kind == DayOffKind::in_lieu);
  CHECK(calendar.day_off(Date{2027, 2, 10})->status == DayOffStatus::assumed);
  CHECK_FALSE(calendar.day_off(Date{2027, 2, 11}));
}

TEST_CASE("2024-2026: every day as the Government announced it", "[calendar][holidays]") {
  const Calendar calendar(decisions_2024_2026());
  for (const Announced& year : kAnnounced) {
    for (Date date{year.year, 1, 1}; date.year == year.year; date = add_days(date, 1)) {
      CAPTURE(date);
      CHECK(is_working_day(date, calendar) == announced_working(year, date));
    }
    for (const DayOff& day : calendar.days_off(year.year)) {
      CAPTURE(day.date, day.reason);
      CHECK(day.status == DayOffStatus::in_force);
      CHECK_FALSE(day.reason.empty());
      CHECK_FALSE(day.source.empty());
    }
  }
  CHECK(calendar.day_off(Date{2024, 2, 8})->reason == "Tết Nguyên đán");
  CHECK(calendar.day_off(Date{2024, 2, 13})->reason == "nghỉ bù Tết Nguyên đán");
  CHECK(calendar.day_off(Date{2024, 4, 29})->kind == DayOffKind::swapped);
  CHECK(calendar.day_off(Date{2024, 9, 3})->source == "8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH (22/11/2023)");
  CHECK(calendar.make_up_day(Date{2024, 5, 4})->reason == "làm bù cho thứ Hai 29/04/2024");
  CHECK(calendar.days_off(2025).size() == 12);  // 11 statutory days and the swapped 02/05; no nghỉ bù
}

TEST_CASE("the defaults alone give the announced 2024-2026 days off, swaps aside", "[calendar][holidays]") {
  // Without decisions: Tết = the last two days of the old year and mùng 1-3, Quốc khánh = 1/9 and
  // 2/9, with nghỉ bù. What only a decision can give: the swapped days and make-up Saturdays.
  const Calendar defaults;
  const std::vector<Date> swapped = {{2024, 4, 29}, {2025, 5, 2}, {2026, 1, 2}, {2026, 8, 31}};
  for (const Announced& year : kAnnounced) {
    for (Date date{year.year, 1, 1}; date.year == year.year; date = add_days(date, 1)) {
      bool expected = announced_working(year, date);
      for (const Date& d : swapped) expected = expected || d == date;
      for (const Date& d : year.make_up) expected = expected && d != date;
      CAPTURE(date);
      CHECK(is_working_day(date, defaults) == expected);
    }
  }
}

TEST_CASE("proposed days are listed, not taken off", "[calendar][holidays]") {
  const Calendar calendar(decisions_2024_2026());
  const std::vector<DayOff> proposed = calendar.proposed_days_off(2026);
  REQUIRE(proposed.size() == 1);
  CHECK(proposed[0].date == Date{2026, 11, 24});
  CHECK(proposed[0].reason == "Ngày Văn hóa Việt Nam");
  CHECK(is_working_day(Date{2026, 11, 24}, calendar));
  CHECK(calendar.proposed_days_off(2025).empty());
}

TEST_CASE("Điều 148 khoản 5: a period ending on a day off ends on the next working day", "[calendar][holidays]") {
  const Calendar calendar(decisions_2024_2026());
  CHECK(end_of_period(Date{2024, 2, 10}, calendar) == Date{2024, 2, 15});  // Tết Giáp Thìn
  CHECK(end_of_period(Date{2024, 4, 27}, calendar) == Date{2024, 5, 2});   // 29/04 swapped, 30/4, 1/5
  CHECK(end_of_period(Date{2025, 8, 30}, calendar) == Date{2025, 9, 3});   // 1/9, 2/9
  CHECK(end_of_period(Date{2025, 4, 30}, calendar) == Date{2025, 5, 5});   // 30/4, 1/5, 2/5 swapped, weekend
  CHECK(end_of_period(Date{2025, 1, 25}, calendar) == Date{2025, 2, 3});   // Tết Ất Tỵ
  CHECK(end_of_period(Date{2026, 2, 14}, calendar) == Date{2026, 2, 23});  // Tết Bính Ngọ
  CHECK(end_of_period(Date{2026, 8, 29}, calendar) == Date{2026, 9, 3});   // 31/8 swapped, 1/9, 2/9
  CHECK(end_of_period(Date{2021, 5, 30}, calendar) == Date{2021, 5, 31});  // holidays.md §3: Sunday
  CHECK(end_of_period(Date{2024, 7, 26}, calendar) == Date{2024, 7, 26});  // a Friday: no shift
  CHECK(end_of_period(Date{2024, 5, 4}, calendar) == Date{2024, 5, 4});    // a make-up Saturday is worked
  // "trong vòng 15 ngày kể từ ngày 11/7/2024": day 1 = 12/7, the 15th = Fri 26/07/2024 (holidays.md §3).
  CHECK(end_of_period(add_days(Date{2024, 7, 11}, 15), calendar) == Date{2024, 7, 26});
}

TEST_CASE("counting working days (Điều 147: from the day after)", "[calendar][holidays]") {
  const Calendar calendar(decisions_2024_2026());
  // "trong vòng 05 ngày làm việc kể từ ngày 11/07/2024" (Thu): Fri 12, Mon 15 .. Thu 18.
  CHECK(add_working_days(Date{2024, 7, 11}, 5, calendar) == Date{2024, 7, 18});
  // From Tue 06/02/2024: Wed 07, then Tết (08-14), Thu 15, Fri 16, Mon 19, Tue 20.
  CHECK(add_working_days(Date{2024, 2, 6}, 5, calendar) == Date{2024, 2, 20});
  // From Fri 26/04/2024: 27/04-01/05 off; Thu 02, Fri 03 and the make-up Saturday 04/05.
  CHECK(add_working_days(Date{2024, 4, 26}, 3, calendar) == Date{2024, 5, 4});
  // From Fri 25/04/2025: Sat 26 (làm bù), Mon 28, Tue 29, then 30/4-4/5 off, Mon 05 .. Tue 13/05.
  CHECK(add_working_days(Date{2025, 4, 25}, 10, calendar) == Date{2025, 5, 13});
  // From Thu 28/08/2025: Fri 29, then 30/8-2/9 off, Wed 03/09.
  CHECK(add_working_days(Date{2025, 8, 28}, 2, calendar) == Date{2025, 9, 3});
  CHECK(add_working_days(Date{2024, 7, 11}, 0, calendar) == Date{2024, 7, 11});
  CHECK(next_working_day(Date{2024, 2, 7}, calendar) == Date{2024, 2, 15});
  CHECK(next_working_day(Date{2024, 5, 3}, calendar) == Date{2024, 5, 4});
}

TEST_CASE("the years a calendar covers", "[calendar][holidays]") {
  const Calendar calendar(decisions_2024_2026());
  CHECK(calendar.covers(1900));
  CHECK(calendar.covers(2199));
  CHECK_FALSE(calendar.covers(2200));
  CHECK(calendar.days_off(2200).empty());  // not known: covers() says so
  CHECK(calendar.decisions(2025) != nullptr);
  CHECK(calendar.decisions(2027) == nullptr);
  CHECK(calendar.days_off(2027).size() == 14);  // 11 statutory days, nghỉ bù 09-10/02 (Tết) and 03/05 (1/5)
}

// tests/data/calendar-2024-2026.yaml holds the same decisions as decisions_2024_2026.hpp, for the
// loader to read when the format has a `calendar:` section; this reads it directly with
// yaml-cpp, only to check that the two copies agree.
TEST_CASE("tests/data/calendar-2024-2026.yaml agrees with the decisions in code", "[calendar][holidays]") {
  const YAML::Node root = YAML::LoadFile(std::string(CAMPAIGN_SOURCE_DIR) + "/tests/data/calendar-2024-2026.yaml");
  const auto date = [](const YAML::Node& node) { return parse_iso_date(node.as<std::string>()).value(); };
  std::vector<YearDecisions> read;
  for (const YAML::Node& entry : root["calendar"]) {
    YearDecisions d;
    d.year = entry["year"].as<int>();
    for (const YAML::Node& day : entry["tet"]["days"]) d.tet.push_back(date(day));
    d.tet_source = entry["tet"]["source"].as<std::string>();
    d.national_day = date(entry["national_day"]["day"]);
    d.national_day_source = entry["national_day"]["source"].as<std::string>();
    for (const YAML::Node& day : entry["days_off"]) {
      const std::string kind = day["kind"].as<std::string>();
      const std::string status = day["status"] ? day["status"].as<std::string>() : "in-force";
      d.days_off.push_back({date(day["date"]),
                            kind == "swapped" ? DayOffKind::swapped
                            : kind == "local" ? DayOffKind::local
                                              : DayOffKind::holiday,
                            day["reason"].as<std::string>(), day["source"].as<std::string>(),
                            status == "proposed" ? DayOffStatus::proposed : DayOffStatus::in_force});
    }
    for (const YAML::Node& day : entry["make_up_days"]) {
      d.make_up_days.push_back({date(day["date"]), day["reason"].as<std::string>(), day["source"].as<std::string>()});
    }
    read.push_back(std::move(d));
  }
  CHECK(root["format"].as<std::string>() == "campaign/1");
  CHECK(read == decisions_2024_2026());
}

TEST_CASE("a decision may set days of the year before", "[calendar][holidays]") {
  // A made-up decision for 2019 (not the real one): Mon 31/12/2018 off, made up on Sat 05/01/2019.
  YearDecisions d;
  d.year = 2019;
  d.days_off = {
      {{2018, 12, 31}, DayOffKind::swapped, "nghỉ hoán đổi dịp Tết Dương lịch", "ví dụ", DayOffStatus::in_force}};
  d.make_up_days = {{{2019, 1, 5}, "làm bù cho thứ Hai 31/12/2018", "ví dụ"}};
  const Calendar calendar({d});
  CHECK_FALSE(is_working_day(Date{2018, 12, 31}, calendar));
  CHECK(calendar.day_off(Date{2018, 12, 31})->kind == DayOffKind::swapped);
  CHECK(is_working_day(Date{2019, 1, 5}, calendar));
  CHECK(end_of_period(Date{2018, 12, 29}, calendar) == Date{2019, 1, 2});
}

// The law of each year (HolidayLaw): BLLĐ 2019 Điều 112 from 2021, BLLĐ 2012 Điều 115 from 2013,
// BLLĐ 1994 Điều 73 (Giỗ Tổ from 2007) before. A year's holidays follow its own law.
TEST_CASE("holidays follow the labour code in force in that year", "[calendar][holidays]") {
  auto dates_of = [](int year, const std::string& reason) {
    std::vector<Date> out;
    for (const DayOff& d : statutory_holidays(year))
      if (d.reason == reason) out.push_back(d.date);
    return out;
  };
  // 2021: 2/9 and the adjacent day (1/9 by default).
  CHECK(dates_of(2021, "Quốc khánh").size() == 2);
  // 2020: 2/9 alone (BLLĐ 2012 Điều 115): no 1/9 or 3/9.
  REQUIRE(dates_of(2020, "Quốc khánh").size() == 1);
  CHECK(dates_of(2020, "Quốc khánh").front() == Date{2020, 9, 2});
  CHECK(statutory_holidays(2020).front().source.find("Bộ luật Lao động 2012, Điều 115") == 0);
  // 2013: Tết 5 days; 2012: Tết 4 days (BLLĐ 1994 Điều 73), Giỗ Tổ still off (from 2007).
  CHECK(dates_of(2013, "Tết Nguyên đán").size() == 5);
  CHECK(dates_of(2012, "Tết Nguyên đán").size() == 4);
  CHECK(dates_of(2012, "Giỗ Tổ Hùng Vương").size() == 1);
  // 2006: no Giỗ Tổ Hùng Vương yet.
  CHECK(dates_of(2006, "Giỗ Tổ Hùng Vương").empty());
  CHECK(holiday_law(2020).national_adjacent == false);
  CHECK(holiday_law(2021).national_adjacent == true);
  CHECK(std::string(holiday_law(2015).in_lieu) == "Bộ luật Lao động 2012, Điều 110 khoản 3");
}
