// Tests of calendar/phrase_window.cpp through parse_deadline: windows, parts of a period,
// "dự kiến" and deadlines tied to an event (issue 15, item 4; conventions in docs/format.md).

#include <catch2/catch.hpp>
#include <string>

#include "campaign/calendar/deadline.hpp"

using campaign::calendar::DeadlineNature;
using campaign::calendar::DeadlineResult;
using campaign::calendar::format_iso;
using campaign::calendar::parse_deadline;

namespace {

std::string due(const DeadlineResult& r) {
  return r.due ? format_iso(*r.due) : "none: " + r.error;
}

}  // namespace

TEST_CASE("Windows keep their first day and are due on their last", "[calendar][phrase_window]") {
  const DeadlineResult r = parse_deadline("Từ ngày 20/7/2020 đến hết ngày 25/7/2020");
  CHECK(due(r) == "2020-07-25");
  REQUIRE(r.start);
  CHECK(format_iso(*r.start) == "2020-07-20");
  CHECK(r.nature == DeadlineNature::due);
  CHECK(due(parse_deadline("từ 01/8/2020 đến 15/8/2020")) == "2020-08-15");
  CHECK(due(parse_deadline("từ tháng 8/2020 đến hết tháng 9/2020")) == "2020-09-30");
  const DeadlineResult backwards = parse_deadline("Từ ngày 25/7/2020 đến hết ngày 20/7/2020");
  CHECK_FALSE(backwards.due);
  CHECK(backwards.error ==
        "'Từ ngày 25/7/2020 đến hết ngày 20/7/2020': the window ends before it starts; write the earlier date after "
        "'từ'");
  CHECK_FALSE(parse_deadline("từ ngày 20/7/2020").due);
}

TEST_CASE("Parts of a month, quarter and year", "[calendar][phrase_window]") {
  CHECK(due(parse_deadline("kết thúc vào 30/11/2022")) == "2022-11-30");
  CHECK(due(parse_deadline("đầu tháng 8/2024")) == "2024-08-10");
  CHECK(due(parse_deadline("giữa tháng 8/2024")) == "2024-08-20");
  CHECK(due(parse_deadline("cuối tháng 8/2024")) == "2024-08-31");
  CHECK(due(parse_deadline("cuối tháng 2/2024")) == "2024-02-29");
  CHECK(due(parse_deadline("đầu quý III/2024")) == "2024-07-31");
  CHECK(due(parse_deadline("giữa quý III/2024")) == "2024-08-31");
  CHECK(due(parse_deadline("cuối quý III/2024")) == "2024-09-30");
  CHECK(due(parse_deadline("đầu năm 2024")) == "2024-03-31");
  CHECK(due(parse_deadline("giữa năm 2024")) == "2024-06-30");
  CHECK(due(parse_deadline("cuối năm 2024")) == "2024-12-31");
  CHECK(due(parse_deadline("hoàn thành trước cuối năm 2024")) == "2024-12-30");
  CHECK(parse_deadline("cuối 15/8/2024").error ==
        "'cuối 15/8/2024': đầu, giữa and cuối go with a month, a quarter or a year (e.g. 'cuối tháng 8/2024')");
  CHECK(parse_deadline("cuối tháng 13/2024").error == "'cuối tháng 13/2024': month 13 is not between 1 and 12");
  CHECK_FALSE(parse_deadline("cuối tháng 8").due);
}

TEST_CASE("dự kiến: a planned date", "[calendar][phrase_window]") {
  for (const char* phrase : {"dự kiến tháng 10/2020", "Dự kiến: 31/10/2020", "tháng 10/2020 (dự kiến)",
                             "hoàn thành dự kiến trong tháng 10/2020"}) {
    INFO(phrase);
    const DeadlineResult r = parse_deadline(phrase);
    CHECK(due(r) == "2020-10-31");
    CHECK(r.nature == DeadlineNature::planned);
  }
  CHECK(parse_deadline("tháng 10/2020").nature == DeadlineNature::due);
  CHECK_FALSE(parse_deadline("dự kiến").due);
}

TEST_CASE("Deadlines tied to an event: no date, no error, never guessed", "[calendar][phrase_window]") {
  for (const char* phrase : {"ngay sau đại hội", "sau khi có kết quả kiểm tra", "trước khi đoàn đến làm việc",
                             "trước ngày 10 của tháng liền kề trước tháng đoàn đến làm việc",
                             "trong vòng 15 ngày sau hội nghị", "kể từ khi nhận được văn bản"}) {
    INFO(phrase);
    const DeadlineResult r = parse_deadline(phrase);
    CHECK_FALSE(r.due);
    CHECK(r.error.empty());
    CHECK(r.nature == DeadlineNature::tied);
  }
  // Not tied: a typo without tone marks stays an error, and so does a date without its year.
  CHECK(parse_deadline("ngay hom sau").nature == DeadlineNature::tied);
  CHECK_FALSE(parse_deadline("truoc ngay 15/12/2024").error.empty());
  CHECK(parse_deadline("trước ngày 15/12").error == "'trước ngày 15/12': no year; write it as '15/12/2024'");
}
