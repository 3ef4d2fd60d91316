// Reporting periods: arithmetic, labels and parsing (the grammar is in phrase.cpp).

#include "campaign/calendar/period.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "campaign/calendar/phrase.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/regex.hpp"

namespace campaign::calendar {
namespace {

// Periods of `frequency` in one year (school year: one; semesters: two).
int periods_per_year(Frequency frequency) {
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
  return 1;
}

// Months in one period of a calendar `frequency` (not semesters, of unequal length).
int months_per_period(Frequency frequency) {
  return 12 / periods_per_year(frequency);
}

// The months a period covers: the first as months since January of year 0, and how many.
struct Span {
  long first = 0;
  int months = 1;
  long last() const { return first + months - 1; }
};

Span span_of(const Period& p) {
  const long january = p.year * 12L;
  switch (p.frequency) {
    case Frequency::school_year:
      return {january + p.start - 1, 12};
    case Frequency::semester:
      return p.index == 1 ? Span{january + p.start - 1, kFirstSemesterMonths}
                          : Span{january + p.start - 1 + kFirstSemesterMonths, 12 - kFirstSemesterMonths};
    default: {
      const int months = months_per_period(p.frequency);
      return {january + (p.index - 1) * months, months};
    }
  }
}

int month_of(long months) {
  return static_cast<int>(months % 12) + 1;
}

int year_of(long months) {
  return static_cast<int>(months / 12);
}

// Words and numbers of `text`, lower case, joined by single spaces ('-' counts as a space);
// nullopt if the text holds other punctuation.
std::optional<std::string> canonical_words(std::string_view text) {
  std::optional<std::vector<detail::Token>> tokens = detail::tokenize(text);
  if (!tokens) return std::nullopt;
  std::string out;
  for (const detail::Token& token : *tokens) {
    if (token.kind == detail::Token::Kind::separator) {
      if (token.text != "-") return std::nullopt;
      continue;
    }
    if (!out.empty()) out.push_back(' ');
    out += token.text;
  }
  return out;
}

// Removes `prefix` (followed by a space) from the front of `text` if it is there.
void strip_prefix(std::string& text, std::string_view prefix) {
  if (text.size() > prefix.size() && text.compare(0, prefix.size(), prefix) == 0 && text[prefix.size()] == ' ') {
    text.erase(0, prefix.size() + 1);
  }
}

}  // namespace

std::span<const FrequencyWords> frequency_words() {
  static constexpr FrequencyWords kWords[] = {
      {"month", Frequency::month},
      {"monthly", Frequency::month},
      {"tháng", Frequency::month},
      {"quarter", Frequency::quarter},
      {"quarterly", Frequency::quarter},
      {"quý", Frequency::quarter},
      {"qúy", Frequency::quarter},
      {"half year", Frequency::half_year},
      {"half yearly", Frequency::half_year},
      {"6 tháng", Frequency::half_year},
      {"sáu tháng", Frequency::half_year},
      {"nửa năm", Frequency::half_year},
      {"year", Frequency::year},
      {"yearly", Frequency::year},
      {"annually", Frequency::year},
      {"annual", Frequency::year},
      {"năm", Frequency::year},
      {"school year", Frequency::school_year},
      {"năm học", Frequency::school_year},
      {"theo năm học", Frequency::school_year},
      {"semester", Frequency::semester},
      {"học kỳ", Frequency::semester},
      {"học kì", Frequency::semester},
      {"theo học kỳ", Frequency::semester},
      {"theo học kì", Frequency::semester},
      {"mỗi học kỳ", Frequency::semester},
  };
  return kWords;
}

std::span<const IrregularWords> irregular_words() {
  static constexpr IrregularWords kWords[] = {
      {"on request", Irregular::on_request},     {"ad hoc", Irregular::on_request},
      {"đột xuất", Irregular::on_request},       {"theo yêu cầu", Irregular::on_request},
      {"khi có yêu cầu", Irregular::on_request}, {"unstated", Irregular::unstated},
      {"periodic", Irregular::unstated},         {"định kỳ", Irregular::unstated},
      {"định kì", Irregular::unstated},
  };
  return kWords;
}

std::optional<Irregular> parse_irregular(std::string_view text) {
  std::optional<std::string> words = canonical_words(text);
  if (!words) return std::nullopt;
  for (std::string_view prefix : frequency_prefixes()) strip_prefix(*words, prefix);
  for (const auto& [name, irregular] : irregular_words())
    if (*words == name) return irregular;
  return std::nullopt;
}

std::string_view irregular_name(Irregular irregular) {
  return irregular == Irregular::on_request ? "on-request" : "unstated";
}

std::span<const std::string_view> frequency_prefixes() {
  static constexpr std::string_view kPrefixes[] = {"báo cáo", "định kỳ", "định kì", "hàng", "hằng"};
  return kPrefixes;
}

std::optional<Frequency> parse_frequency(std::string_view text) {
  std::optional<std::string> words = canonical_words(text);
  if (!words) return std::nullopt;
  for (std::string_view prefix : frequency_prefixes()) strip_prefix(*words, prefix);
  for (const auto& [name, frequency] : frequency_words()) {
    if (*words == name) return frequency;
  }
  return std::nullopt;
}

std::string frequency_pattern() {
  // Between two words one or more spaces or '-'; between a number and a word ("6tháng") none
  // is needed, as tokens end where letters and digits meet.
  auto words = [](std::string_view text) {
    std::string out;
    for (std::size_t start = 0; start <= text.size();) {
      const std::size_t space = std::min(text.find(' ', start), text.size());
      if (start > 0) {
        const auto digit = [&](std::size_t at) {
          return at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]));
        };
        out += digit(start - 2) || digit(start) ? "[ \\u002D]*" : "[ \\u002D]+";
      }
      out += text::regex_either_case(text.substr(start, space - start));
      start = space + 1;
    }
    return out;
  };
  std::string pattern = "^";
  for (std::string_view prefix : frequency_prefixes()) pattern += fmt::format("(?:{}[ \\u002D]+)?", words(prefix));
  std::vector<std::string> names;
  for (const auto& w : frequency_words()) names.push_back(words(w.words));
  for (const auto& w : irregular_words()) names.push_back(words(w.words));
  return fmt::format("{}(?:{})$", pattern, fmt::join(names, "|"));
}

std::string_view frequency_name(Frequency frequency) {
  switch (frequency) {
    case Frequency::month:
      return "month";
    case Frequency::quarter:
      return "quarter";
    case Frequency::half_year:
      return "half-year";
    case Frequency::year:
      return "year";
    case Frequency::school_year:
      return "school-year";
    case Frequency::semester:
      return "semester";
  }
  return "";
}

int Period::first_month() const {
  return month_of(span_of(*this).first);
}

int Period::last_month() const {
  return month_of(span_of(*this).last());
}

int Period::last_year() const {
  return year_of(span_of(*this).last());
}

Date Period::first_day() const {
  const long first = span_of(*this).first;
  return Date{year_of(first), month_of(first), 1};
}

Date Period::last_day() const {
  const long last = span_of(*this).last();
  return end_of_month(year_of(last), month_of(last));
}

Period Period::next() const {
  if (index >= periods_per_year(frequency)) return Period{frequency, year + 1, 1, start};
  return Period{frequency, year, index + 1, start};
}

Period Period::previous() const {
  if (index <= 1) return Period{frequency, year - 1, periods_per_year(frequency), start};
  return Period{frequency, year, index - 1, start};
}

std::string Period::label() const {
  switch (frequency) {
    case Frequency::month:
      return fmt::format("{:02}/{}", index, year);
    case Frequency::quarter:
      return fmt::format("Q{}/{}", index, year);
    case Frequency::half_year:
      return fmt::format("H{}/{}", index, year);
    case Frequency::year:
      return fmt::format("{}", year);
    case Frequency::school_year:
      return fmt::format("SY{}-{}", year, year + 1);
    case Frequency::semester:
      return fmt::format("S{}/{}-{}", index, year, year + 1);
  }
  return "";
}

std::string Period::label_vn() const {
  static constexpr std::array<std::string_view, 5> kRoman = {"", "I", "II", "III", "IV"};
  switch (frequency) {
    case Frequency::month:
      return fmt::format("tháng {}/{}", index, year);
    case Frequency::quarter:
      return fmt::format("quý {}/{}", kRoman[static_cast<std::size_t>(std::clamp(index, 0, 4))], year);
    case Frequency::half_year:
      return fmt::format("6 tháng {} năm {}", index == 1 ? "đầu" : "cuối", year);
    case Frequency::year:
      return fmt::format("năm {}", year);
    case Frequency::school_year:
      return fmt::format("năm học {}–{}", year, year + 1);
    case Frequency::semester:
      return fmt::format("học kỳ {} năm học {}–{}", index == 1 ? "I" : "II", year, year + 1);
  }
  return "";
}

Period period_containing(Frequency frequency, const Date& date, int school_start) {
  if (frequency == Frequency::school_year || frequency == Frequency::semester) {
    const long since = date.year * 12L + date.month - school_start;  // months since January of year 0, shifted
    const int in_year = static_cast<int>(since % 12);
    const int index = frequency == Frequency::semester && in_year >= kFirstSemesterMonths ? 2 : 1;
    return Period{frequency, year_of(since), index, school_start};
  }
  return Period{frequency, date.year, (date.month - 1) / months_per_period(frequency) + 1};
}

PeriodResult parse_period(std::string_view text) {
  if (std::optional<PeriodResult> school = parse_school_period(text)) return *school;
  const std::string unreadable = i18n::trf(
      "cannot read '{}' as a period; write a month like 07/2024 or 'tháng 7/2024', a quarter "
      "like Q3/2024 or 'quý III/2024', a half year like H1/2024 or '6 tháng đầu năm 2024', or "
      "a year like 2024 (see docs/format.md)",
      text);
  std::optional<std::vector<detail::Token>> tokens = detail::tokenize(text);
  if (!tokens || tokens->empty()) return {std::nullopt, unreadable};
  detail::Reader reader(std::move(*tokens), text);
  const detail::ReadResult result = reader.read_when();
  if (result.status == detail::ReadResult::Status::invalid) return {std::nullopt, result.error};
  if (result.status == detail::ReadResult::Status::unrecognized || !reader.at_end()) {
    return {std::nullopt, unreadable};
  }
  if (result.when.day) {
    return {std::nullopt, i18n::trf("'{}' is a single day, not a period; write a month like 07/2024, a "
                                    "quarter like Q3/2024, a half year like H1/2024 or a year like 2024",
                                    text)};
  }
  return {result.when.period, ""};
}

Date report_due_date(const Period& period, std::optional<int> day, DueMonth month) {
  if (!day) return period.last_day();
  int year = period.last_year();
  int due_month = period.last_month();
  if (month == DueMonth::next && ++due_month > 12) {
    due_month = 1;
    ++year;
  }
  return Date{year, due_month, std::clamp(*day, 1, days_in_month(year, due_month))};
}

}  // namespace campaign::calendar
