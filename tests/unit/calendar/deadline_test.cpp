// Tests of campaign/calendar/deadline.hpp. The shared cases (deadline-phrases.tsv, a copy of
// /work/shared/cases/deadline-phrases.tsv) are checked row by row; more variants follow.

#include "campaign/calendar/deadline.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "../text/icu_regex.hpp"
#include "printing.hpp"

using campaign::calendar::DeadlineResult;
using campaign::calendar::format_iso;
using campaign::calendar::parse_deadline;

namespace {

struct Row {
  int line = 0;
  std::string phrase;
  std::string expected;  // ISO date or "error"
};

// Rows of a TSV file "phrase<TAB>expected"; '#' lines and blank lines are skipped.
std::vector<Row> read_rows(const std::string& path) {
  std::ifstream in(path);
  std::vector<Row> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      rows.push_back(Row{number, line, "<no tab>"});
      continue;
    }
    rows.push_back(Row{number, line.substr(0, tab), line.substr(tab + 1)});
  }
  return rows;
}

// "2024-07-31", or "error" when the result carries an error (and no date).
std::string outcome(const DeadlineResult& result) {
  if (result.due && result.error.empty()) return format_iso(*result.due);
  if (!result.due && !result.error.empty()) return "error";
  return "inconsistent result";
}

// Checks that `phrase` resolves to the ISO date `expected`.
void check_due(const std::string& phrase, const std::string& expected) {
  const DeadlineResult result = parse_deadline(phrase);
  CAPTURE(phrase, result.error);
  CHECK(outcome(result) == expected);
}

// Checks that `phrase` is rejected with a message that quotes it and contains `fragment`.
void check_error(const std::string& phrase, const std::string& fragment) {
  const DeadlineResult result = parse_deadline(phrase);
  CAPTURE(phrase, result.error);
  CHECK_FALSE(result.due.has_value());
  CHECK_THAT(result.error, Catch::Contains("'" + phrase + "'"));
  CHECK_THAT(result.error, Catch::Contains(fragment));
}

}  // namespace

TEST_CASE("deadline phrases of the shared cases file", "[calendar][deadline]") {
  const std::vector<Row> rows =
      read_rows(std::string(CAMPAIGN_SOURCE_DIR) + "/tests/unit/calendar/deadline-phrases.tsv");
  REQUIRE(rows.size() >= 33);
  for (const Row& row : rows) {
    const DeadlineResult result = parse_deadline(row.phrase);
    CAPTURE(row.line, row.phrase, row.expected, result.error);
    if (row.expected == "error") {
      CHECK_FALSE(result.due.has_value());
      CHECK_FALSE(result.error.empty());
      CHECK_THAT(result.error, Catch::Contains(row.phrase));
    } else {
      CHECK(outcome(result) == row.expected);
    }
  }
}

TEST_CASE("deadline errors say what is wrong", "[calendar][deadline]") {
  CHECK(parse_deadline("31/02/2024").error == "'31/02/2024' is not a real date: February 2024 has 29 days");
  CHECK(parse_deadline("29/02/2023").error == "'29/02/2023' is not a real date: February 2023 has 28 days");
  CHECK(parse_deadline("2024-13").error == "'2024-13': month 13 is not between 1 and 12");
  CHECK(parse_deadline("13/2024").error == "'13/2024': month 13 is not between 1 and 12");
  CHECK(parse_deadline("quý V/2024").error == "'quý V/2024': quarter must be I–IV or 1–4");
  CHECK(parse_deadline("tháng 7").error == "'tháng 7': no year; write it as 'tháng 7/2024'");
  CHECK(parse_deadline("xyz").error ==
        "cannot read 'xyz' as a deadline; write a date like 31/07/2024 or a phrase like "
        "'trong tháng 7/2024' (see docs/format.md)");
  check_error("07/08", "ambiguous, no year");
  check_error("15/12", "no year");
  check_error("quý III", "no year; write it as 'quý III/2024'");
  check_error("6 tháng đầu năm", "no year");
  check_error("ngày 15 tháng 12", "no year");
  check_error("năm", "no year");
  check_error("quý 5/2024", "quarter must be I–IV or 1–4");
  check_error("quý 0/2024", "quarter must be I–IV or 1–4");
  check_error("Q5/2024", "quarter must be I–IV or 1–4");
  check_error("H3/2024", "half year must be 1 or 2");
  check_error("31/13/2024", "month 13 is not between 1 and 12");
  check_error("tháng 0/2024", "month 0 is not between 1 and 12");
  check_error("00/07/2024", "is not a real date: there is no day 0");
  check_error("31/04/2024", "is not a real date: April 2024 has 30 days");
  check_error("2024-02-30", "is not a real date: February 2024 has 29 days");
  check_error("31/07/24", "two-digit year '24'");
  check_error("31/07/1899", "year 1899 is not between 1900 and 2200");
  check_error("2201", "year 2201 is not between 1900 and 2200");
  check_error("năm 1800", "year 1800 is not between 1900 and 2200");
  check_error("tháng 7/2300", "year 2300 is not between 1900 and 2200");
}

TEST_CASE("unreadable deadline phrases", "[calendar][deadline]") {
  for (const std::string phrase : {"", "   ", "xyz", "trước", "ngày", "7", "31/07/2024 xyz", "tháng 7/2024/2025",
                                   "31/07-2024", "2024-07-31-01", "31@07@2024", "ngày 7/2024", "quý", "quý A/2024",
                                   "7 tháng đầu năm 2024", "123/07/2024", "hoàn thành", "tháng bảy 2024"}) {
    check_error(phrase, "as a deadline; write a date like 31/07/2024");
  }
  // Ill-formed UTF-8 is rejected, not a crash.
  CHECK_FALSE(parse_deadline("31/07/2024\xC3").due.has_value());
  CHECK_FALSE(parse_deadline("\xFF").error.empty());
}

TEST_CASE("deadline variants beyond the shared cases", "[calendar][deadline]") {
  SECTION("spaces and case") {
    check_due("  trong   tháng 7/2024  ", "2024-07-31");
    check_due("TRONG THÁNG 7/2024", "2024-07-31");
    check_due("tHáNg 7/2024", "2024-07-31");
    check_due("tháng 7 / 2024", "2024-07-31");
    check_due("tháng7/2024", "2024-07-31");
    check_due("\t31/07/2024\n", "2024-07-31");
    check_due("trong\xC2\xA0tháng 7/2024\xC2\xA0", "2024-07-31");  // no-break spaces
  }
  SECTION("decomposed (NFD) Vietnamese") {
    check_due("trong tha\xCC\x81ng 7/2024", "2024-07-31");
    check_due("qu\xC3\xBD III/2024", "2024-09-30");
    check_due("quy\xCC\x81 III/2024", "2024-09-30");
    check_due("6 tha\xCC\x81ng cuo\xCC\x82\xCC\x81i na\xCC\x86m 2024", "2024-12-31");
    check_due("cha\xCC\x82\xCC\xA3m nha\xCC\x82\xCC\x81t nga\xCC\x80y 15/12/2024", "2024-12-15");
    check_due(std::string("tr\xC6\xB0o\xCC\x9B\xCC\x81") + "c nga\xCC\x80y 15/12/2024", "2024-12-14");
  }
  SECTION("day first, always") {
    check_due("5/7/2024", "2024-07-05");
    check_due("12/1/2025", "2025-01-12");
    check_due("1/12/2025", "2025-12-01");
    check_due("31.07.2024", "2024-07-31");
    check_due("31-07-2024", "2024-07-31");
    check_due("2024/07/31", "2024-07-31");
    check_due("2024-7-1", "2024-07-01");
    check_due("29/02/2024", "2024-02-29");
    check_due("ngày 31/12/2024", "2024-12-31");
    check_due("ngày 15 tháng 12 năm 2024", "2024-12-15");
  }
  SECTION("months") {
    check_due("tháng 07/2024", "2024-07-31");
    check_due("tháng 7 năm 2024", "2024-07-31");
    check_due("tháng 7-2024", "2024-07-31");
    check_due("7/2024", "2024-07-31");
    check_due("tháng 12/2024", "2024-12-31");
    check_due("2024-02", "2024-02-29");
  }
  SECTION("quarters, halves and years") {
    check_due("q4/2024", "2024-12-31");
    check_due("Quý iv/2024", "2024-12-31");
    check_due("quý IV năm 2024", "2024-12-31");
    check_due("quý II/2024", "2024-06-30");
    check_due("qúy II/2024", "2024-06-30");  // old-style accent placement
    check_due("quý 1/2025", "2025-03-31");
    check_due("H1/2024", "2024-06-30");
    check_due("h2/2024", "2024-12-31");
    check_due("6 tháng cuối năm 2025", "2025-12-31");
    check_due("6 tháng đầu năm 2023", "2023-06-30");
    check_due("\xC3\xB0ến hết 6 tháng \xC3\xB0ầu năm 2024", "2024-06-30");  // ð for đ
    check_due("1900", "1900-12-31");
    check_due("năm 2200", "2200-12-31");
  }
  SECTION("before, at the latest, until") {
    check_due("trước ngày 01/01/2025", "2024-12-31");
    check_due("trước ngày 01/03/2023", "2023-02-28");
    check_due("trước 15/12/2024", "2024-12-14");
    check_due("trước tháng 7/2024", "2024-06-30");
    check_due("trước quý III/2024", "2024-06-30");
    check_due("chậm nhất là ngày 15/12/2024", "2024-12-15");
    check_due("chậm nhất trong tháng 8/2024", "2024-08-31");
    check_due("Chậm nhất vào ngày 31/5/2025", "2025-05-31");
    check_due("đến hết ngày 31/12/2024", "2024-12-31");
    check_due("đến ngày 20/12/2024", "2024-12-20");
    check_due("vào ngày 15/12/2024", "2024-12-15");
  }
  SECTION("prefixes and punctuation from notices") {
    check_due("hoàn thành trong tháng 7/2024", "2024-07-31");
    check_due("(hoàn thành trong tháng 7/2024)", "2024-07-31");
    check_due("Hoàn thành trước ngày 15/12/2024.", "2024-12-14");
    check_due("Hạn chót: 31/07/2024", "2024-07-31");
    check_due("hạn chót 31/07/2024", "2024-07-31");
    check_due("hạn: 15/12/2024", "2024-12-15");
    check_due("thời hạn 2024-07-31", "2024-07-31");
    check_due("trong tháng 7/2024;", "2024-07-31");
  }
}

TEST_CASE("parse_date reads ISO and day-first dates, never month-first", "[calendar][date]") {
  using campaign::calendar::DateShape;
  using campaign::calendar::parse_date;
  CHECK(parse_date("2024-07-11").date == campaign::calendar::Date{2024, 7, 11});
  CHECK(parse_date("11/07/2024").date == campaign::calendar::Date{2024, 7, 11});
  CHECK(parse_date("5/7/2024").date == campaign::calendar::Date{2024, 7, 5});
  auto invalid = parse_date("31/02/2024");
  CHECK_FALSE(invalid.date.has_value());
  CHECK(invalid.shape == DateShape::day_first);
  for (const char* bad : {"", "2024", "07/2024", "11/07/24", "11/07/2024/1", "+5/7/2024", "a/b/cdef", "111/7/2024"}) {
    INFO(bad);
    CHECK(parse_date(bad).shape == DateShape::none);
    CHECK_FALSE(parse_date(bad).date.has_value());
    CHECK(parse_date(bad).error.find("is not a date") != std::string::npos);
  }
  CHECK(invalid.error == "'31/02/2024' is not a real date: February 2024 has 29 days");
  auto typo = parse_date("0224-07-01");  // a year typed short: refused like a deadline's
  CHECK(typo.shape == DateShape::iso);
  CHECK_FALSE(typo.date.has_value());
  CHECK(typo.error.find("not between 1900 and 2200") != std::string::npos);
  CHECK(parse_date("2024-02-30").error == "'2024-02-30' is not a real date: February 2024 has 29 days");
}

TEST_CASE("parse_date reads day-first dates with '/', '.' or '-', as deadlines do", "[calendar][date]") {
  using campaign::calendar::parse_date;
  for (const char* text : {"11/07/2024", "11.07.2024", "11-07-2024", "2024-07-11"}) {
    CAPTURE(text);
    REQUIRE(parse_date(text).date.has_value());
    CHECK(campaign::calendar::format_iso(*parse_date(text).date) == "2024-07-11");
  }
  CHECK_FALSE(parse_date("11.07/2024").date.has_value());
  CHECK_FALSE(parse_date("31.02.2024").date.has_value());
}

TEST_CASE("kDatePattern matches exactly the shapes parse_date reads", "[calendar][date]") {
  using campaign::calendar::DateShape;
  using campaign::calendar::kDatePattern;
  using campaign::calendar::parse_date;
  for (const char* text :
       {"2024-07-11", "11/07/2024", "5/7/2024",    "31/02/2024",   "0224-07-01", "2024-13-45", "",
        "2024",       "07/2024",    "11/07/24",    "11/07/2024/1", "+5/7/2024",  "a/b/cdef",   "111/7/2024",
        "2024-7-11",  "2024/07/11", " 2024-07-11", "11-07-2024",   "١١/٠٧/٢٠٢٤", "11.07.2024", "1.7.2024",
        "11.07/2024", "11-07.2024", "11..2024",    "11.07.24"}) {
    CAPTURE(text);
    CHECK(campaign::test::regex_search(kDatePattern, text) == (parse_date(text).shape != DateShape::none));
  }
}

TEST_CASE("a count of days that passes 2200 is refused, not a date past the range", "[calendar][deadline]") {
  const DeadlineResult r = parse_deadline("trong 462 ngày làm việc kể từ ngày 22/04/2200");
  CHECK_FALSE(r.due);
  CHECK(r.error.find("outside the years campaign reads (1900–2200)") != std::string::npos);
  // The same count from an earlier year still resolves.
  CHECK(parse_deadline("trong 462 ngày làm việc kể từ ngày 22/04/2100").due);
}
