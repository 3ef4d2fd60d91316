// Tests of the lunar and counted-day deadline phrases (calendar/phrase_lunar.cpp,
// calendar/phrase_working.cpp; conventions in docs/calendar.md).

#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "campaign/calendar/deadline.hpp"
#include "campaign/calendar/lunar.hpp"
#include "printing.hpp"

using campaign::calendar::Date;
using campaign::calendar::DeadlineResult;
using campaign::calendar::format_iso;
using campaign::calendar::format_vn_with_lunar;
using campaign::calendar::parse_deadline;

namespace {

// The due date of `phrase` as YYYY-MM-DD, or "error: <message>".
std::string due(const std::string& phrase, std::optional<Date> anchor = std::nullopt) {
  const DeadlineResult result = parse_deadline(phrase, anchor);
  if (!result.due) return "error: " + result.error;
  return format_iso(*result.due);
}

void check_error(const std::string& phrase, const std::string& fragment, std::optional<Date> anchor = std::nullopt) {
  const DeadlineResult result = parse_deadline(phrase, anchor);
  CAPTURE(phrase);
  CHECK_FALSE(result.due);
  CHECK_THAT(result.error, Catch::Contains(fragment));
}

}  // namespace

TEST_CASE("Tết: 'trước Tết X' is the day before mùng 1 tháng Giêng", "[calendar][deadline][lunar]") {
  CHECK(due("trước Tết Nguyên đán (Nhâm Dần) 2022") == "2022-01-31");
  CHECK(format_vn_with_lunar(*parse_deadline("trước Tết Nguyên đán (Nhâm Dần) 2022").due) ==
        "31/01/2022 (29 tháng Chạp Tân Sửu)");
  CHECK(due("trước Tết Nguyên đán Nhâm Dần 2022") == "2022-01-31");
  CHECK(due("hoàn thành trước Tết Nguyên đán 2022") == "2022-01-31");
  CHECK(due("trước Tết Giáp Thìn năm 2024") == "2024-02-09");
  CHECK(due("Tết Nguyên đán 2025") == "2025-01-29");
  CHECK(due("trước tết âm lịch 2025") == "2025-01-28");
  CHECK(due("TRƯỚC TẾT 2025") == "2025-01-28");
  CHECK(due("Tết Dương lịch 2025") == "2025-01-01");
  CHECK(parse_deadline("trước Tết 2025").lunar);
  CHECK_FALSE(parse_deadline("trước Tết 2025").working_days);
}

TEST_CASE("'sau Tết X' is the first working day after the Tết break", "[calendar][deadline][lunar]") {
  // Law alone: 27/01-31/01/2025 off, then the weekend: Monday 03/02/2025.
  CHECK(due("sau Tết Nguyên đán 2025") == "2025-02-03");
  // 2024: mùng 1 is 10/02 (Sat); off 08-14/02 with nghỉ bù: Thursday 15/02/2024.
  CHECK(due("sau Tết 2024") == "2024-02-15");
  const DeadlineResult after = parse_deadline("sau Tết 2025");
  REQUIRE(after.working_days);
  CHECK(after.working_days->from == Date{2025, 1, 29});
  CHECK(after.working_days->count == 1);
}

TEST_CASE("lunar days: rằm, mùng, D/M âm lịch", "[calendar][deadline][lunar]") {
  CHECK(due("rằm tháng Giêng 2025") == "2025-02-12");
  CHECK(due("trước rằm tháng Giêng năm 2025") == "2025-02-11");
  CHECK(due("mùng 1 Tết 2025") == "2025-01-29");
  CHECK(due("mồng 3 Tết Ất Tỵ") == "error: '" + std::string("mồng 3 Tết Ất Tỵ") +
                                       "': no year; write the lunar year, e.g. 'mồng 3 Tết Ất Tỵ 2025'");
  CHECK(due("ngày 10/3 âm lịch 2025") == "2025-04-07");
  CHECK(due("ngày 10 tháng 3 âm lịch năm 2025") == "2025-04-07");
  CHECK(due("10/3/2025 âm lịch") == "2025-04-07");
  CHECK(due("mùng 10 tháng 3 năm 2025") == "2025-04-07");
  CHECK(due("15 tháng Chạp âm lịch 2024") == "2025-01-14");
  CHECK(due("mùng 5 tháng 2 nhuận âm lịch 2023") == "2023-03-26");
  CHECK(parse_deadline("ngày 10/3 âm lịch 2025").lunar);
  // Solar forms are not taken for lunar ones.
  CHECK(due("ngày 10 tháng 3 năm 2025") == "2025-03-10");
  CHECK_FALSE(parse_deadline("ngày 10 tháng 3 năm 2025").lunar);
}

TEST_CASE("year-less lunar phrases count from the document's issue date", "[calendar][deadline][lunar]") {
  const Date issued{2024, 12, 10};
  CHECK(due("mùng 1 Tết", issued) == "2025-01-29");
  CHECK(due("trước Tết", issued) == "2025-01-28");
  CHECK(due("sau Tết", issued) == "2025-02-03");
  CHECK(due("rằm tháng Giêng", issued) == "2025-02-12");
  CHECK(due("ngày 10/3 âm lịch", issued) == "2025-04-07");
  CHECK(due("ngày 10/3 âm lịch", Date{2025, 5, 1}) == "2026-04-26");
  CHECK(due("trước Tết Nhâm Dần", Date{2021, 12, 1}) == "2022-01-31");
  // Without an issue date, the year is asked for.
  check_error("sau Tết", "no year");
  check_error("ngày 10/3 âm lịch", "no year; write the lunar year, e.g. 'ngày 10/3 âm lịch 2025'");
}

TEST_CASE("lunar phrases that name no day are errors that say why", "[calendar][deadline][lunar]") {
  check_error("Tết Nhâm Dần 2023", "the lunar year 2023 is Quý Mão");
  check_error("30 tháng Chạp âm lịch 2024", "tháng Chạp Giáp Thìn has 29 days");
  check_error("mùng 5 tháng 3 nhuận âm lịch 2025", "has no leap month 3");
  check_error("ngày 10/13 âm lịch 2025", "lunar month 13");
  check_error("rằm tháng Giêng 2250", "lunar dates are known for the years 1900–2199 only");
}

TEST_CASE("counted days: 'N ngày làm việc kể từ ngày …' (Điều 147)", "[calendar][deadline][working]") {
  CHECK(due("trong vòng 05 ngày làm việc kể từ ngày 11/07/2024") == "2024-07-18");
  const DeadlineResult counted = parse_deadline("trong vòng 05 ngày làm việc kể từ ngày 11/07/2024");
  REQUIRE(counted.working_days);
  CHECK(counted.working_days->from == Date{2024, 7, 11});
  CHECK(counted.working_days->count == 5);
  // Across 30/4-1/5 (law alone): Mon 28, Tue 29, Fri 02/05, Mon 05, Tue 06.
  CHECK(due("05 ngày làm việc kể từ ngày 25/04/2025") == "2025-05-06");
  // Across Tết 2025 (law alone: 27/01-31/01 off).
  CHECK(due("03 ngày làm việc kể từ ngày 24/01/2025") == "2025-02-05");
  CHECK(due("10 ngày kể từ ngày 11/07/2024") == "2024-07-21");
  CHECK(due("trong thời hạn 15 ngày kể từ ngày ký", Date{2024, 7, 11}) == "2024-07-26");
  CHECK(due("05 ngày làm việc kể từ ngày ký", Date{2024, 7, 11}) == "2024-07-18");
  check_error("05 ngày làm việc kể từ ngày ký", "needs the document's issue date");
  check_error("trong vòng 05 ngày làm việc", "from which day?");
  check_error("trước 05 ngày làm việc kể từ ngày 11/07/2024", "without 'trước'");
  check_error("0 ngày làm việc kể từ ngày 11/07/2024", "between 1 and");
}
