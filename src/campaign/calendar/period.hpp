#pragma once
// Reporting periods (months, quarters, half years, years) and when recurring reports fall due.
// Notices ask for reports "định kỳ hàng quý" (every quarter) and submissions name the period
// they cover, e.g. "quý III/2024"; see docs/format.md for the accepted spellings.

#include <compare>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "campaign/calendar/date.hpp"

namespace campaign::calendar {

/// How often a recurring report is due (`report.every` of a task): calendar periods, or the
/// school year (năm học) and its two semesters (học kỳ I, II) of education plans.
enum class Frequency { month, quarter, half_year, year, school_year, semester };

/// First month of a school year unless the registry says otherwise (`school_year_start`): the
/// Ministry of Education (Bộ GD&ĐT) sets each year's calendar by its yearly decision on the
/// "khung kế hoạch thời gian năm học"; school years start in September by convention.
inline constexpr int kSchoolYearStart = 9;

/// Months of semester I (học kỳ I) by convention: from the school year's first month, five
/// (September to January); semester II is the other seven (February to August), so that the
/// two semesters cover the whole school year (docs/format.md, "School years and semesters").
inline constexpr int kFirstSemesterMonths = 5;

/// The words of one frequency as clerks write it, after the prefixes (frequency_prefixes):
/// "quarter", "quarterly", "quý", "6 tháng", … One word per space; a '-' reads as a space.
struct FrequencyWords {
  std::string_view words;
  Frequency frequency;
};

/// A report's `every` that gives no period, so that no due date follows from it: on request
/// (báo cáo đột xuất, theo yêu cầu: never overdue) or periodic with the period not stated
/// ("báo cáo định kỳ" alone: no date until the period is written, never guessed).
enum class Irregular { on_request, unstated };

/// The words of one Irregular as clerks write it, after frequency_prefixes(), like FrequencyWords.
struct IrregularWords {
  std::string_view words;
  Irregular irregular;
};

/// Every spelling parse_irregular reads, lower case, NFC: "on request", "ad hoc", "đột xuất",
/// "theo yêu cầu", "khi có yêu cầu" (on request); "unstated", "định kỳ", "định kì", "periodic"
/// (unstated).
std::span<const IrregularWords> irregular_words();

/// Reads an Irregular as parse_frequency reads a frequency ("báo cáo đột xuất", "on-request",
/// "Theo yêu cầu", "báo cáo định kỳ"); nullopt for anything else.
std::optional<Irregular> parse_irregular(std::string_view text);

/// What a report's `every` says: how often, or that it gives no period.
using Every = std::variant<Frequency, Irregular>;

/// Canonical key of `irregular`: "on-request", "unstated".
std::string_view irregular_name(Irregular irregular);

/// Every spelling parse_frequency reads, lower case, NFC: the one list behind `report.every`,
/// its JSON Schema pattern and docs/format.md.
std::span<const FrequencyWords> frequency_words();

/// What parse_frequency drops in front of the words, each at most once and in this order:
/// "báo cáo", "định kỳ", "định kì", "hàng", "hằng" ("báo cáo định kỳ hàng quý" is a quarter).
std::span<const std::string_view> frequency_prefixes();

/// The spellings messages and docs show, all read by parse_frequency: the English keys (as
/// frequency_name gives them), then the usual Vietnamese ones.
/// The keys of Irregular follow (read by parse_irregular), with their Vietnamese words.
inline constexpr std::string_view kFrequencySpellings[] = {
    "month",      "quarter",  "half-year", "year",     "school-year", "semester", "on-request", "unstated",
    "hàng tháng", "hàng quý", "6 tháng",   "hàng năm", "năm học",     "học kỳ",   "đột xuất",   "theo yêu cầu"};

/// Reads a frequency: frequency_words() with any of frequency_prefixes() in front, any case,
/// NFC or NFD, words separated by spaces or '-' ("half-year", "Hằng Quý", "định kỳ hàng
/// tháng"). nullopt for anything else.
std::optional<Frequency> parse_frequency(std::string_view text);

/// A regular expression (ECMA-262 and Python `re`) matching the texts parse_frequency reads
/// when written in NFC with single words between spaces or '-' and nothing around them (it
/// also reads NFD text, parentheses around it and a final '.'), and those parse_irregular
/// reads; for the JSON Schema export of `report.every`.
std::string frequency_pattern();

/// Canonical English key of `frequency`: "month", "quarter", "half-year", "year", "school-year",
/// "semester".
std::string_view frequency_name(Frequency frequency);

/// One period of a frequency: e.g. {quarter, 2024, 3} is Q3/2024 (1 July..30 September 2024);
/// {school_year, 2024, 1} is năm học 2024–2025, {semester, 2024, 2} học kỳ II of it.
struct Period {
  Frequency frequency = Frequency::month;
  int year = 1970;  ///< for a school year or semester: the year the school year starts in
  int index = 1;    ///< month 1..12, quarter 1..4, half 1..2, semester 1..2; always 1 for a (school) year
  /// First month (1..12) of the school year: school_year and semester only. Not part of the
  /// period's identity (== and <=> ignore it): it only places the period in the calendar.
  int start = kSchoolYearStart;

  /// First day of the period (e.g. Q3/2024 -> 2024-07-01).
  Date first_day() const;
  /// Last day of the period (e.g. Q3/2024 -> 2024-09-30, 02/2024 -> 2024-02-29).
  Date last_day() const;
  /// The period right after this one, of the same frequency (Q4/2024 -> Q1/2025).
  Period next() const;
  /// The period right before this one, of the same frequency (01/2025 -> 12/2024).
  Period previous() const;
  /// First month (1..12) of the period.
  int first_month() const;
  /// Last month (1..12) of the period.
  int last_month() const;
  /// Year of the period's last month (differs from `year` for a school year).
  int last_year() const;
  /// Canonical label: "07/2024", "Q3/2024", "H1/2024", "2024", "SY2024-2025", "S1/2024-2025".
  std::string label() const;
  /// Vietnamese label: "tháng 7/2024", "quý III/2024", "6 tháng đầu năm 2024", "năm 2024",
  /// "năm học 2024–2025", "học kỳ I năm học 2024–2025".
  std::string label_vn() const;

  /// Same frequency, year and index (`start` aside).
  bool operator==(const Period& other) const {
    return frequency == other.frequency && year == other.year && index == other.index;
  }
  /// Orders by frequency, then chronologically within one frequency (`start` aside).
  std::strong_ordering operator<=>(const Period& other) const {
    if (auto c = frequency <=> other.frequency; c != 0) return c;
    if (auto c = year <=> other.year; c != 0) return c;
    return index <=> other.index;
  }
};

/// The period of `frequency` that contains `date` (e.g. quarter of 2024-08-15 -> Q3/2024);
/// `school_start` is the first month of a school year (school_year and semester only).
Period period_containing(Frequency frequency, const Date& date, int school_start = kSchoolYearStart);

/// Result of parse_period: `period` set, or `error` a message in English that quotes the text
/// and says what is wrong.
struct PeriodResult {
  std::optional<Period> period;
  std::string error;
};

/// Parses a period as written in submissions and results: "Q3/2024", "quý III/2024",
/// "quý 3/2024", "quý III năm 2024", "07/2024", "2024-07", "tháng 7/2024", "tháng 7 năm 2024",
/// "H1/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "2024", "năm 2024", and school
/// periods (parse_school_period). Any case, extra spaces, NFC or NFD; years must be 1900..2200.
/// A single day is an error. A school period has `start` kSchoolYearStart: the caller sets the
/// registry's.
PeriodResult parse_period(std::string_view text);

/// Reads a school year or semester: "năm học 2024-2025", "SY2024-2025", "school year 2024–2025";
/// "học kỳ I năm học 2024-2025", "học kỳ 2/2024-2025", "HK1/2024-2025", "HKII 2024-2025",
/// "S1/2024-2025", "semester 2 2024-2025" (any dash; the second year the first plus one).
/// nullopt when the text is no school period; an error when it names one wrongly.
std::optional<PeriodResult> parse_school_period(std::string_view text);

/// Which month the `day` of a recurring report refers to: `month: last` (the default, the
/// period's last month) or `month: next` (the month after the period).
enum class DueMonth { last, next };

/// When the report for `period` is due (school periods alike). Without `day`: the period's last day. With day N and
/// DueMonth::last: day N of the period's last month; with DueMonth::next: day N of the month
/// after the period. N beyond the month's length is clamped to its last day (day 31 of a
/// quarter ending in June -> 30 June); N below 1 is taken as 1.
Date report_due_date(const Period& period, std::optional<int> day, DueMonth month);

}  // namespace campaign::calendar
