// Tests of campaign/calendar/period.hpp: period arithmetic, labels, parsing and the due
// dates of recurring reports.

#include "campaign/calendar/period.hpp"

#include <unicode/locid.h>

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "../text/icu_regex.hpp"
#include "printing.hpp"

using namespace campaign::calendar;

namespace {

constexpr Frequency kAll[] = {Frequency::month, Frequency::quarter, Frequency::half_year, Frequency::year};

// `text` in upper case (ICU, root locale).
std::string upper(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

int count_per_year(Frequency frequency) {
  switch (frequency) {
    case Frequency::month:
      return 12;
    case Frequency::quarter:
      return 4;
    case Frequency::half_year:
    case Frequency::semester:
      return 2;
    case Frequency::year:
    case Frequency::school_year:
      return 1;
  }
  return 0;
}

// The period `text` parses to, or nullopt (with the error in the test log).
std::optional<Period> parsed(const std::string& text) {
  const PeriodResult result = parse_period(text);
  INFO(text << " -> " << result.error);
  CHECK(result.period.has_value() == result.error.empty());
  return result.period;
}

const Period q3_2024{Frequency::quarter, 2024, 3};

}  // namespace

TEST_CASE("quarters: days and due dates", "[calendar][period]") {
  CHECK(q3_2024.first_day() == Date{2024, 7, 1});
  CHECK(q3_2024.last_day() == Date{2024, 9, 30});
  CHECK(q3_2024.first_month() == 7);
  CHECK(q3_2024.last_month() == 9);
  CHECK(report_due_date(q3_2024, std::nullopt, DueMonth::last) == Date{2024, 9, 30});
  CHECK(report_due_date(q3_2024, std::nullopt, DueMonth::next) == Date{2024, 9, 30});
  CHECK(report_due_date(q3_2024, 5, DueMonth::next) == Date{2024, 10, 5});
  CHECK(report_due_date(q3_2024, 5, DueMonth::last) == Date{2024, 9, 5});
  const Period q4_2024{Frequency::quarter, 2024, 4};
  CHECK(q4_2024.last_day() == Date{2024, 12, 31});
  CHECK(report_due_date(q4_2024, 5, DueMonth::next) == Date{2025, 1, 5});
  const Period q1_2024{Frequency::quarter, 2024, 1};
  CHECK(q1_2024.first_day() == Date{2024, 1, 1});
  CHECK(q1_2024.last_day() == Date{2024, 3, 31});
}

TEST_CASE("the shared case report-next-month: quarterly, day 5 of the next month", "[calendar][period]") {
  const auto due = [](int year, int quarter) {
    return report_due_date(Period{Frequency::quarter, year, quarter}, 5, DueMonth::next);
  };
  CHECK(due(2024, 2) == Date{2024, 7, 5});
  CHECK(due(2024, 3) == Date{2024, 10, 5});
  CHECK(due(2024, 4) == Date{2025, 1, 5});
  CHECK(due(2025, 1) == Date{2025, 4, 5});
}

TEST_CASE("months: leap February and clamped due days", "[calendar][period]") {
  const Period feb_2024{Frequency::month, 2024, 2};
  CHECK(feb_2024.first_day() == Date{2024, 2, 1});
  CHECK(feb_2024.last_day() == Date{2024, 2, 29});
  CHECK(Period{Frequency::month, 2023, 2}.last_day() == Date{2023, 2, 28});
  CHECK(report_due_date(feb_2024, std::nullopt, DueMonth::last) == Date{2024, 2, 29});
  CHECK(report_due_date(feb_2024, 31, DueMonth::last) == Date{2024, 2, 29});
  CHECK(report_due_date(Period{Frequency::month, 2024, 1}, 31, DueMonth::next) == Date{2024, 2, 29});
  CHECK(report_due_date(Period{Frequency::month, 2024, 12}, 10, DueMonth::next) == Date{2025, 1, 10});
  // Day 31 of a quarter ending in June is 30 June.
  CHECK(report_due_date(Period{Frequency::quarter, 2024, 2}, 31, DueMonth::last) == Date{2024, 6, 30});
  CHECK(report_due_date(feb_2024, 0, DueMonth::last) == Date{2024, 2, 1});
  CHECK(report_due_date(feb_2024, -4, DueMonth::next) == Date{2024, 3, 1});
}

TEST_CASE("half years and years", "[calendar][period]") {
  const Period h1{Frequency::half_year, 2024, 1};
  const Period h2{Frequency::half_year, 2024, 2};
  CHECK(h1.first_day() == Date{2024, 1, 1});
  CHECK(h1.last_day() == Date{2024, 6, 30});
  CHECK(h2.first_day() == Date{2024, 7, 1});
  CHECK(h2.last_day() == Date{2024, 12, 31});
  CHECK(report_due_date(h1, 15, DueMonth::next) == Date{2024, 7, 15});
  CHECK(report_due_date(h2, 15, DueMonth::next) == Date{2025, 1, 15});
  CHECK(report_due_date(h2, 20, DueMonth::last) == Date{2024, 12, 20});
  const Period y{Frequency::year, 2024, 1};
  CHECK(y.first_day() == Date{2024, 1, 1});
  CHECK(y.last_day() == Date{2024, 12, 31});
  CHECK(report_due_date(y, std::nullopt, DueMonth::last) == Date{2024, 12, 31});
  CHECK(report_due_date(y, 10, DueMonth::next) == Date{2025, 1, 10});
  CHECK(report_due_date(y, 10, DueMonth::last) == Date{2024, 12, 10});
}

TEST_CASE("next and previous cross year boundaries", "[calendar][period]") {
  CHECK(Period{Frequency::month, 2024, 12}.next() == Period{Frequency::month, 2025, 1});
  CHECK(Period{Frequency::month, 2025, 1}.previous() == Period{Frequency::month, 2024, 12});
  CHECK(Period{Frequency::month, 2024, 7}.next() == Period{Frequency::month, 2024, 8});
  CHECK(Period{Frequency::quarter, 2024, 4}.next() == Period{Frequency::quarter, 2025, 1});
  CHECK(Period{Frequency::quarter, 2025, 1}.previous() == Period{Frequency::quarter, 2024, 4});
  CHECK(q3_2024.next() == Period{Frequency::quarter, 2024, 4});
  CHECK(q3_2024.previous() == Period{Frequency::quarter, 2024, 2});
  CHECK(Period{Frequency::half_year, 2024, 2}.next() == Period{Frequency::half_year, 2025, 1});
  CHECK(Period{Frequency::half_year, 2025, 1}.previous() == Period{Frequency::half_year, 2024, 2});
  CHECK(Period{Frequency::year, 2024, 1}.next() == Period{Frequency::year, 2025, 1});
  CHECK(Period{Frequency::year, 2024, 1}.previous() == Period{Frequency::year, 2023, 1});
  // Consecutive periods tile the calendar: each starts the day after the previous ends.
  for (Frequency frequency : kAll) {
    Period period{frequency, 2023, 1};
    for (int i = 0; i < 30; ++i) {
      const Period following = period.next();
      CAPTURE(period, following);
      CHECK(add_days(period.last_day(), 1) == following.first_day());
      CHECK(following.previous() == period);
      CHECK(period < following);
      period = following;
    }
  }
}

TEST_CASE("period_containing", "[calendar][period]") {
  const Date mid_august{2024, 8, 15};
  CHECK(period_containing(Frequency::month, mid_august) == Period{Frequency::month, 2024, 8});
  CHECK(period_containing(Frequency::quarter, mid_august) == q3_2024);
  CHECK(period_containing(Frequency::half_year, mid_august) == Period{Frequency::half_year, 2024, 2});
  CHECK(period_containing(Frequency::year, mid_august) == Period{Frequency::year, 2024, 1});
  CHECK(period_containing(Frequency::quarter, Date{2024, 1, 1}) == Period{Frequency::quarter, 2024, 1});
  CHECK(period_containing(Frequency::quarter, Date{2024, 12, 31}) == Period{Frequency::quarter, 2024, 4});
  CHECK(period_containing(Frequency::half_year, Date{2024, 6, 30}) == Period{Frequency::half_year, 2024, 1});
  int outside = 0;
  for (Frequency frequency : kAll) {
    for (Date day{2024, 1, 1}; day <= Date{2024, 12, 31}; day = add_days(day, 1)) {
      const Period period = period_containing(frequency, day);
      if (day < period.first_day() || period.last_day() < day) ++outside;
    }
  }
  CHECK(outside == 0);
}

TEST_CASE("labels", "[calendar][period]") {
  CHECK(Period{Frequency::month, 2024, 7}.label() == "07/2024");
  CHECK(Period{Frequency::month, 2024, 7}.label_vn() == "tháng 7/2024");
  CHECK(Period{Frequency::month, 2024, 12}.label() == "12/2024");
  CHECK(q3_2024.label() == "Q3/2024");
  CHECK(q3_2024.label_vn() == "quý III/2024");
  CHECK(Period{Frequency::quarter, 2024, 4}.label_vn() == "quý IV/2024");
  CHECK(Period{Frequency::half_year, 2024, 1}.label() == "H1/2024");
  CHECK(Period{Frequency::half_year, 2024, 1}.label_vn() == "6 tháng đầu năm 2024");
  CHECK(Period{Frequency::half_year, 2024, 2}.label_vn() == "6 tháng cuối năm 2024");
  CHECK(Period{Frequency::year, 2024, 1}.label() == "2024");
  CHECK(Period{Frequency::year, 2024, 1}.label_vn() == "năm 2024");
}

TEST_CASE("parse_period reads back both labels of every period", "[calendar][period]") {
  for (Frequency frequency : kAll) {
    for (int year = 2023; year <= 2025; ++year) {
      for (int index = 1; index <= count_per_year(frequency); ++index) {
        const Period period{frequency, year, index};
        CAPTURE(period);
        CHECK(parsed(period.label()) == period);
        CHECK(parsed(period.label_vn()) == period);
      }
    }
  }
}

TEST_CASE("parse_period accepts the usual spellings", "[calendar][period]") {
  CHECK(parsed("Q3/2024") == q3_2024);
  CHECK(parsed("q3/2024") == q3_2024);
  CHECK(parsed("quý III/2024") == q3_2024);
  CHECK(parsed("QUÝ III/2024") == q3_2024);
  CHECK(parsed("quý 3/2024") == q3_2024);
  CHECK(parsed("quý III năm 2024") == q3_2024);
  CHECK(parsed("  quý   III / 2024 ") == q3_2024);
  CHECK(parsed("quy\xCC\x81 III/2024") == q3_2024);  // NFD
  const Period july{Frequency::month, 2024, 7};
  CHECK(parsed("07/2024") == july);
  CHECK(parsed("7/2024") == july);
  CHECK(parsed("2024-07") == july);
  CHECK(parsed("tháng 7/2024") == july);
  CHECK(parsed("Tháng 07/2024") == july);
  CHECK(parsed("tháng 7 năm 2024") == july);
  CHECK(parsed("H1/2024") == Period{Frequency::half_year, 2024, 1});
  CHECK(parsed("6 tháng cuối năm 2024") == Period{Frequency::half_year, 2024, 2});
  CHECK(parsed("2024") == Period{Frequency::year, 2024, 1});
  CHECK(parsed("năm 2024") == Period{Frequency::year, 2024, 1});
}

TEST_CASE("parse_period errors quote the text and say what is wrong", "[calendar][period]") {
  const auto error_of = [](const std::string& text) {
    const PeriodResult result = parse_period(text);
    CHECK_FALSE(result.period.has_value());
    return result.error;
  };
  CHECK(error_of("quý V/2024") == "'quý V/2024': quarter must be I–IV or 1–4");
  CHECK(error_of("tháng 13/2024") == "'tháng 13/2024': month 13 is not between 1 and 12");
  CHECK(error_of("2024-13") == "'2024-13': month 13 is not between 1 and 12");
  CHECK(error_of("Q3") == "'Q3': no year; write it as 'quý III/2024'");
  CHECK(error_of("H3/2024") == "'H3/2024': half year must be 1 or 2 (H1 or H2)");
  CHECK(error_of("năm 1850") == "'năm 1850': year 1850 is not between 1900 and 2200");
  CHECK_THAT(error_of("31/07/2024"), Catch::StartsWith("'31/07/2024' is a single day"));
  CHECK_THAT(error_of("xyz"), Catch::StartsWith("cannot read 'xyz' as a period;"));
  CHECK_THAT(error_of(""), Catch::StartsWith("cannot read '' as a period;"));
  CHECK_THAT(error_of("trong tháng 7/2024"), Catch::StartsWith("cannot read"));
  CHECK_THAT(error_of("Q3/2024 x"), Catch::StartsWith("cannot read"));
}

TEST_CASE("parse_frequency and frequency_name", "[calendar][period]") {
  struct Case {
    const char* text;
    Frequency expected;
  };
  const std::vector<Case> cases = {
      {"month", Frequency::month},
      {"monthly", Frequency::month},
      {"hàng tháng", Frequency::month},
      {"hằng tháng", Frequency::month},
      {"Định kỳ hàng tháng", Frequency::month},
      {"quarter", Frequency::quarter},
      {"Quarterly", Frequency::quarter},
      {"hàng quý", Frequency::quarter},
      {"định kỳ hàng quý", Frequency::quarter},
      {"báo cáo định kỳ hàng quý", Frequency::quarter},
      {"ĐỊNH KỲ HÀNG QUÝ", Frequency::quarter},
      {"  định   kỳ  hàng quý ", Frequency::quarter},
      {"\xC4\x91i\xCC\xA3nh ky\xCC\x80 ha\xCC\x80ng quy\xCC\x81", Frequency::quarter},  // NFD
      {"half-year", Frequency::half_year},
      {"half year", Frequency::half_year},
      {"half-yearly", Frequency::half_year},
      {"6 tháng", Frequency::half_year},
      {"định kỳ 6 tháng", Frequency::half_year},
      {"year", Frequency::year},
      {"yearly", Frequency::year},
      {"annually", Frequency::year},
      {"hàng năm", Frequency::year},
      {"hằng năm", Frequency::year},
      {"định kỳ hàng năm", Frequency::year},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(parse_frequency(c.text) == c.expected);
  }
  for (const char* text :
       {"", "weekly", "hàng tuần", "quarter 2", "7 tháng", "hàng", "định kỳ", "quý III/2024", "month!"}) {
    CAPTURE(text);
    CHECK(parse_frequency(text) == std::nullopt);
  }
  CHECK(frequency_name(Frequency::month) == "month");
  CHECK(frequency_name(Frequency::quarter) == "quarter");
  CHECK(frequency_name(Frequency::half_year) == "half-year");
  CHECK(frequency_name(Frequency::year) == "year");
  for (Frequency frequency : kAll) {
    CHECK(parse_frequency(frequency_name(frequency)) == frequency);
  }
}

TEST_CASE("periods order by frequency, then in time", "[calendar][period]") {
  CHECK(Period{Frequency::quarter, 2024, 3} < Period{Frequency::quarter, 2024, 4});
  CHECK(Period{Frequency::quarter, 2024, 4} < Period{Frequency::quarter, 2025, 1});
  CHECK(Period{Frequency::month, 2025, 1} < Period{Frequency::quarter, 2024, 1});
}

TEST_CASE("frequency_pattern matches the spellings parse_frequency and parse_irregular read, and no others",
          "[calendar][period]") {
  const std::string pattern = frequency_pattern();
  auto accepted = [&](const std::string& text) {
    const bool matches = campaign::test::regex_search(pattern, text);
    if (matches) CHECK((parse_frequency(text) || parse_irregular(text)));  // never more than the loader reads
    return matches;
  };
  // Every word, behind every ordered choice of prefixes, in three letter cases.
  const auto prefixes = frequency_prefixes();
  for (const FrequencyWords& w : frequency_words()) {
    for (unsigned choice = 0; choice < (1u << prefixes.size()); ++choice) {
      std::string text;
      for (std::size_t i = 0; i < prefixes.size(); ++i)
        if (choice & (1u << i)) text += std::string(prefixes[i]) + " ";
      text += w.words;
      for (const std::string& written : {text, upper(text), "  " + text + " "}) {
        CAPTURE(written);
        CHECK(parse_frequency(written) == w.frequency);
      }
      CAPTURE(text);
      CHECK(accepted(text));
      CHECK(accepted(upper(text)));
    }
  }
  for (std::string_view spelling : kFrequencySpellings) {
    CAPTURE(spelling);
    CHECK(accepted(std::string(spelling)));
    CHECK((parse_frequency(spelling) || parse_irregular(spelling)));
  }
  for (const auto& w : irregular_words()) {  // reports with no period: on request, period not stated
    CAPTURE(w.words);
    CHECK(accepted(std::string(w.words)));
    CHECK(accepted("báo cáo " + std::string(w.words)));
  }
  for (const char* text : {"half-year", "Half-Yearly", "6tháng", "định-kỳ-hàng-quý", "Báo cáo  định kỳ hàng quý"}) {
    CAPTURE(text);
    CHECK(accepted(text));
  }
  for (const char* text : {"", "weekly", "hàng tuần", "quarter 2", "7 tháng", "hàng", "quý III/2024", "month!",
                           "hàng hàng quý", "quý định kỳ", "dinh ky hang quy", "x month", "yêu cầu", "đột"}) {
    CAPTURE(text);
    CHECK_FALSE(campaign::test::regex_search(pattern, text));
  }
}

TEST_CASE("parse_irregular: reports on request and periodic ones with no period stated", "[calendar][period]") {
  for (const char* text : {"on-request", "on request", "On Request", "ad hoc", "đột xuất", "báo cáo đột xuất",
                           "Theo yêu cầu", "khi có yêu cầu", "báo cáo khi có yêu cầu"}) {
    CAPTURE(text);
    CHECK(parse_irregular(text) == Irregular::on_request);
    CHECK(parse_frequency(text) == std::nullopt);
  }
  for (const char* text : {"unstated", "periodic", "định kỳ", "định kì", "báo cáo định kỳ", "Báo cáo Định Kỳ"}) {
    CAPTURE(text);
    CHECK(parse_irregular(text) == Irregular::unstated);
    CHECK(parse_frequency(text) == std::nullopt);
  }
  for (const char* text : {"", "quarter", "định kỳ hàng quý", "yêu cầu", "hàng đột xuất theo", "request"}) {
    CAPTURE(text);
    CHECK(parse_irregular(text) == std::nullopt);
  }
  CHECK(irregular_name(Irregular::on_request) == "on-request");
  CHECK(irregular_name(Irregular::unstated) == "unstated");
  CHECK(parse_irregular(irregular_name(Irregular::on_request)) == Irregular::on_request);
  CHECK(parse_irregular(irregular_name(Irregular::unstated)) == Irregular::unstated);
}
