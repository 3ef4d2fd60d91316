// Tokenizer and reader for the dates and periods written in notices (see phrase.hpp).

#include "campaign/calendar/phrase.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <utility>

#include "campaign/calendar/phrase_window.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::calendar::detail {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;
constexpr std::string_view kSeparators = "/-.:,;()";

bool is_dash(UChar32 c) {
  return (c >= 0x2012 && c <= 0x2015) || c == 0x2212;
}

bool is_letter(UChar32 c) {
  const auto category = static_cast<UCharCategory>(u_charType(c));
  return u_isalpha(c) || category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK;
}

// Appends code point `c` to the word being built, starting a new word token if needed.
void add_letter(std::vector<Token>& tokens, bool& in_word, UChar32 c) {
  if (!in_word) tokens.push_back(Token{Token::Kind::word, "", 0});
  in_word = true;
  if (c == 0x00F0) c = 0x0111;  // ð (eth) typed for đ
  std::uint8_t buffer[4];
  std::int32_t length = 0;
  const auto code_point = static_cast<std::uint32_t>(c);  // a letter: never negative
  U8_APPEND_UNSAFE(buffer, length, code_point);
  tokens.back().text.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

void add_digit(std::vector<Token>& tokens, bool& in_number, char digit) {
  if (!in_number) tokens.push_back(Token{Token::Kind::number, "", 0});
  in_number = true;
  Token& token = tokens.back();
  token.text.push_back(digit);
  token.value = token.value >= 99'999'999 ? 999'999'999 : token.value * 10 + (digit - '0');
}

bool is_separator(const Token& token, std::string_view which) {
  return token.kind == Token::Kind::separator && which.find(token.text[0]) != std::string_view::npos;
}

void strip_wrapping(std::vector<Token>& tokens) {
  if (!tokens.empty() && is_separator(tokens.back(), ".,;")) tokens.pop_back();
  if (tokens.size() >= 2 && is_separator(tokens.front(), "(") && is_separator(tokens.back(), ")")) {
    tokens.pop_back();
    tokens.erase(tokens.begin());
  }
}

bool four_digits(const Token& token) {
  return token.text.size() == 4;
}
bool short_number(const Token& token) {
  return token.text.size() <= 2;
}

constexpr std::array<std::string_view, 5> kRoman = {"", "i", "ii", "iii", "iv"};
constexpr std::array<std::string_view, 5> kRomanUpper = {"", "I", "II", "III", "IV"};

// Quarter written as a number or a Roman numeral: its value (possibly out of 1..4), or -1
// when the token is neither.
long quarter_value(const Token& token) {
  if (token.kind == Token::Kind::number) return short_number(token) ? token.value : -1;
  if (token.kind != Token::Kind::word) return -1;
  for (std::size_t i = 1; i < kRoman.size(); ++i) {
    if (token.text == kRoman[i]) return static_cast<long>(i);
  }
  const bool roman = token.text.find_first_not_of("ivxlcdm") == std::string::npos;
  return roman ? 0 : -1;  // a Roman numeral, just not a quarter (e.g. "V")
}

std::string month_problem(const Token& month) {
  return i18n::trf("month {} is not between 1 and 12", month.text);
}

}  // namespace

std::optional<std::string> year_problem(const Token& year) {
  if (year.text.size() == 2) {
    return i18n::trf("two-digit year '{0}'; write the year with four digits, e.g. 20{0}", year.text);
  }
  if (year.value < kMinYear || year.value > kMaxYear) {
    return i18n::trf("year {} is not between {} and {}", year.text, kMinYear, kMaxYear);
  }
  return std::nullopt;
}

std::optional<std::vector<Token>> tokenize(std::string_view phrase) {
  const std::string lower = text::to_lower(phrase);
  const auto* s = reinterpret_cast<const std::uint8_t*>(lower.data());
  const auto length = static_cast<std::int64_t>(lower.size());
  std::vector<Token> tokens;
  bool in_word = false;
  bool in_number = false;
  for (std::int64_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= '0' && c <= '9') {
      in_word = false;
      add_digit(tokens, in_number, static_cast<char>(c));
      continue;
    }
    in_number = false;
    if (c >= 0 && is_letter(c)) {
      add_letter(tokens, in_word, c);
      continue;
    }
    in_word = false;
    if (c >= 0 && u_charType(c) == U_FORMAT_CHAR) continue;  // ZWSP, BOM, soft hyphen
    if (c >= 0 && u_isUWhiteSpace(c)) continue;
    if (c >= 0 && (is_dash(c) || (c < 0x80 && kSeparators.find(static_cast<char>(c)) != std::string_view::npos))) {
      tokens.push_back(Token{Token::Kind::separator, std::string(1, is_dash(c) ? '-' : char(c)), 0});
      continue;
    }
    return std::nullopt;
  }
  strip_wrapping(tokens);
  return tokens;
}

Date When::first() const {
  return day ? *day : period->first_day();
}

Date When::last() const {
  return day ? *day : period->last_day();
}

Reader::Reader(std::vector<Token> tokens, std::string_view original)
    : tokens_(std::move(tokens)), original_(original) {}

bool Reader::word(std::string_view word) {
  const Token* next = peek();
  if (next == nullptr || next->kind != Token::Kind::word || next->text != word) return false;
  ++pos_;
  return true;
}

bool Reader::words(std::initializer_list<std::string_view> words) {
  const std::size_t start = pos_;
  for (std::string_view w : words) {
    if (!word(w)) {
      pos_ = start;
      return false;
    }
  }
  return true;
}

bool Reader::separator(char c) {
  const Token* next = peek();
  if (next == nullptr || !is_separator(*next, std::string_view(&c, 1))) return false;
  ++pos_;
  return true;
}

std::optional<Token> Reader::number() {
  const Token* next = peek();
  if (next == nullptr || next->kind != Token::Kind::number) return std::nullopt;
  ++pos_;
  return *next;
}

// The year after a month, quarter or half: "/2024", "-2024", ".2024" or "năm 2024".
Reader::Tail Reader::year_tail(Token& year) {
  if (at_end()) return Tail::missing;
  if (separator('/') || separator('-') || separator('.') || word("năm")) {
    if (at_end()) return Tail::missing;
    if (auto n = number()) {
      year = *n;
      return Tail::found;
    }
  }
  return Tail::bad;
}

ReadResult Reader::invalid(std::string_view reason) const {
  return ReadResult{ReadResult::Status::invalid, {}, fmt::format("'{}': {}", original_, reason)};
}

ReadResult Reader::no_year(std::string_view example) const {
  return invalid(i18n::trf("no year; write it as '{}'", example));
}

ReadResult Reader::make_day(const Token& year, const Token& month, const Token& day) const {
  if (month.value < 1 || month.value > 12) return invalid(month_problem(month));
  if (auto problem = year_problem(year)) return invalid(*problem);
  const int y = static_cast<int>(year.value);
  const int m = static_cast<int>(month.value);
  if (auto date = make_date(y, m, static_cast<int>(day.value))) {
    return ReadResult{ReadResult::Status::ok, When{date, std::nullopt, 0, false}, ""};
  }
  if (day.value < 1)
    return ReadResult{
        ReadResult::Status::invalid, {}, i18n::trf("'{}' is not a real date: there is no day 0", original_)};
  return ReadResult{
      ReadResult::Status::invalid,
      {},
      i18n::trf("'{}' is not a real date: {} {} has {} days", original_, month_name(m), y, days_in_month(y, m))};
}

ReadResult Reader::make_period(Frequency frequency, const Token& year, long index) const {
  if (auto problem = year_problem(year)) return invalid(*problem);
  const Period period{frequency, static_cast<int>(year.value), static_cast<int>(index)};
  return ReadResult{ReadResult::Status::ok, When{std::nullopt, period, 0, false}, ""};
}

ReadResult Reader::read_when() {
  if (ReadResult counted = read_counted_days(); counted.status != ReadResult::Status::unrecognized) return counted;
  if (ReadResult lunar = read_lunar(); lunar.status != ReadResult::Status::unrecognized) return lunar;
  if (word("ngày")) {
    const Token* next = peek();
    if (next == nullptr || next->kind != Token::Kind::number) return {};
    ReadResult result = read_number_led();
    if (result.status == ReadResult::Status::ok && !result.when.day) return {};
    return result;
  }
  if (auto part = read_part_word(*this)) return read_part_of_period(*this, *part, original_);
  if (word("tháng")) return read_month_keyword();
  if (word("quý") || word("qúy") || word("q")) return read_quarter_keyword();
  if (word("h")) return read_half_keyword();
  if (word("năm")) return read_year_keyword();
  const Token* next = peek();
  if (next != nullptr && next->kind == Token::Kind::number) return read_number_led();
  return {};
}

// "31/07/2024", "2024-07-31", "2024-07", "07/2024", "2024", and the forms with "tháng".
ReadResult Reader::read_number_led() {
  const Token first = *number();
  if (word("tháng")) return read_after_number_and_thang(first);
  char sep = 0;
  for (char c : {'/', '-', '.'}) {
    if (sep == 0 && separator(c)) sep = c;
  }
  if (sep == 0) {
    return four_digits(first) ? make_period(Frequency::year, first, 1) : ReadResult{};
  }
  const std::optional<Token> second = number();
  if (!second || !(short_number(*second) || four_digits(*second))) return {};
  if (!separator(sep)) {
    if (four_digits(first) && short_number(*second)) {  // 2024-07
      if (second->value < 1 || second->value > 12) return invalid(month_problem(*second));
      return make_period(Frequency::month, first, second->value);
    }
    if (short_number(first) && four_digits(*second)) {  // 07/2024
      if (first.value < 1 || first.value > 12) return invalid(month_problem(first));
      return make_period(Frequency::month, *second, first.value);
    }
    if (!at_end() || !short_number(first) || !short_number(*second)) return {};
    if (first.value > 12) {
      return no_year(fmt::format("{}/{}/2024", first.text, second->text));
    }
    return invalid(
        i18n::trf("ambiguous, no year; write a full date, day first, like {0}/{1}/2024, or a month "
                  "with a four-digit year like {0}/2024",
                  first.text, second->text));
  }
  const std::optional<Token> third = number();
  if (!third || !short_number(*second)) return {};
  if (four_digits(first) && short_number(*third)) return make_day(first, *second, *third);
  if (short_number(first)) return make_day(*third, *second, first);
  return {};
}

// After "<n> tháng": "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "15 tháng 12 năm 2024".
ReadResult Reader::read_after_number_and_thang(const Token& first) {
  Token year;
  if (word("đầu") || word("cuối")) {
    if (first.value != 6 || first.text.size() != 1) return {};
    const bool second_half = tokens_[pos_ - 1].text == "cuối";
    const std::string example = fmt::format("6 tháng {} năm 2024", second_half ? "cuối" : "đầu");
    switch (year_tail(year)) {
      case Tail::missing:
        return no_year(example);
      case Tail::bad:
        return {};
      case Tail::found:
        return make_period(Frequency::half_year, year, second_half ? 2 : 1);
    }
  }
  const std::optional<Token> month = number();
  if (!month || !short_number(first) || !short_number(*month)) return {};
  switch (year_tail(year)) {
    case Tail::missing:
      if (month->value < 1 || month->value > 12) return invalid(month_problem(*month));
      return no_year(fmt::format("{}/{}/2024", first.text, month->text));
    case Tail::bad:
      return {};
    case Tail::found:
      break;
  }
  return make_day(year, *month, first);
}

// After "tháng": "7/2024", "07-2024", "7 năm 2024".
ReadResult Reader::read_month_keyword() {
  const std::optional<Token> month = number();
  if (!month || !short_number(*month)) return {};
  if (month->value < 1 || month->value > 12) return invalid(month_problem(*month));
  Token year;
  switch (year_tail(year)) {
    case Tail::missing:
      return no_year(fmt::format("tháng {}/2024", month->value));
    case Tail::bad:
      return {};
    case Tail::found:
      break;
  }
  return make_period(Frequency::month, year, month->value);
}

// After "quý" or "Q": "III/2024", "3/2024", "III năm 2024".
ReadResult Reader::read_quarter_keyword() {
  const Token* next = peek();
  const long quarter = next != nullptr ? quarter_value(*next) : -1;
  if (quarter < 0) return {};
  ++pos_;
  if (quarter < 1 || quarter > 4) return invalid(i18n::tr("quarter must be I–IV or 1–4"));
  Token year;
  switch (year_tail(year)) {
    case Tail::missing:
      return no_year(fmt::format("quý {}/2024", kRomanUpper[static_cast<std::size_t>(quarter)]));
    case Tail::bad:
      return {};
    case Tail::found:
      break;
  }
  return make_period(Frequency::quarter, year, quarter);
}

// After "H": "1/2024", "2/2024".
ReadResult Reader::read_half_keyword() {
  const std::optional<Token> half = number();
  if (!half || !short_number(*half)) return {};
  if (half->value < 1 || half->value > 2) return invalid(i18n::tr("half year must be 1 or 2 (H1 or H2)"));
  Token year;
  switch (year_tail(year)) {
    case Tail::missing:
      return no_year(fmt::format("H{}/2024", half->value));
    case Tail::bad:
      return {};
    case Tail::found:
      break;
  }
  return make_period(Frequency::half_year, year, half->value);
}

// After "năm": "2024".
ReadResult Reader::read_year_keyword() {
  if (at_end()) return no_year("năm 2024");
  const std::optional<Token> year = number();
  if (!year) return {};
  return make_period(Frequency::year, *year, 1);
}

std::string_view month_name(int month) {
  // Translated: "February 2024 has 29 days" reads "tháng 2 năm 2024 có 29 ngày" in Vietnamese.
  static constexpr std::array<const char*, 13> kNames = {
      "",         N_("January"), N_("February"),  N_("March"),   N_("April"),    N_("May"),     N_("June"),
      N_("July"), N_("August"),  N_("September"), N_("October"), N_("November"), N_("December")};
  return month >= 1 && month <= 12 ? std::string_view(i18n::tr(kNames[static_cast<std::size_t>(month)])) : "";
}

}  // namespace campaign::calendar::detail
