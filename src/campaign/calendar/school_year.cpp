// School years and semesters as written in submissions and results (parse_school_period).

#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "campaign/calendar/period.hpp"
#include "campaign/calendar/phrase.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::calendar {
namespace {

using detail::Token;

// Cursor over the tokens of a school period.
class Cursor {
 public:
  explicit Cursor(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  bool at_end() const { return pos_ == tokens_.size(); }
  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }

  bool word(std::string_view w) {
    const Token* t = peek();
    if (t == nullptr || t->kind != Token::Kind::word || t->text != w) return false;
    ++pos_;
    return true;
  }

  bool words(std::string_view first, std::string_view second) {
    const std::size_t at = pos_;
    if (word(first) && word(second)) return true;
    pos_ = at;
    return false;
  }

  bool separator(char c) {
    const Token* t = peek();
    if (t == nullptr || t->kind != Token::Kind::separator || t->text.size() != 1 || t->text[0] != c) return false;
    ++pos_;
    return true;
  }

  std::optional<Token> number() {
    const Token* t = peek();
    if (t == nullptr || t->kind != Token::Kind::number) return std::nullopt;
    ++pos_;
    return *t;
  }

 private:
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

// "năm học", "school year" (and "nh", "sy" glued to the year).
bool school_year_words(Cursor& c) {
  return c.words("năm", "học") || c.words("school", "year") || c.word("sy") || c.word("nh");
}

// The semester's number after its head: 1, 2, I, II; 0 when none.
int semester_number(Cursor& c) {
  if (c.word("i")) return 1;
  if (c.word("ii")) return 2;
  if (const std::optional<Token> n = c.number())
    return n->value == 1 || n->value == 2 ? static_cast<int>(n->value) : -1;
  return 0;
}

// The head of a semester and its number: "học kỳ I", "HK1", "HKII", "S2", "semester 1"; 0 when
// the text starts otherwise, -1 when the number is missing or not 1 or 2.
int semester_head(Cursor& c) {
  if (c.word("hki")) return 1;
  if (c.word("hkii")) return 2;
  if (c.words("học", "kỳ") || c.words("học", "kì") || c.word("hk") || c.word("s") || c.word("semester")) {
    const int n = semester_number(c);
    return n == 0 ? -1 : n;
  }
  return 0;
}

}  // namespace

std::optional<PeriodResult> parse_school_period(std::string_view text) {
  std::optional<std::vector<Token>> tokens = detail::tokenize(text);
  if (!tokens || tokens->empty()) return std::nullopt;
  Cursor c(std::move(*tokens));
  const std::string unreadable = i18n::trf(
      "cannot read '{}' as a school period; write a school year like 'năm học 2024-2025' (SY2024-2025) or a "
      "semester like 'học kỳ I năm học 2024-2025' (HK1/2024-2025, S1/2024-2025)",
      text);
  const int semester = semester_head(c);
  if (semester == 0 && !school_year_words(c)) return std::nullopt;
  if (semester < 0) return PeriodResult{std::nullopt, unreadable};
  if (semester > 0) {
    if (!c.separator('/')) c.separator(',');
    school_year_words(c);
  }
  const std::optional<Token> first = c.number();
  const bool dash = c.separator('-') || c.separator('/');
  const std::optional<Token> second = c.number();
  if (!first || !dash || !second || !c.at_end()) return PeriodResult{std::nullopt, unreadable};
  if (std::optional<std::string> problem = detail::year_problem(*first))
    return PeriodResult{std::nullopt, fmt::format("'{}': {}", text, *problem)};
  if (second->value != first->value + 1) {
    return PeriodResult{std::nullopt, i18n::trf("'{}': a school year runs from one year into the next, e.g. "
                                                "2024-2025, not {}-{}",
                                                text, first->text, second->text)};
  }
  const int year = static_cast<int>(first->value);
  if (semester > 0) return PeriodResult{Period{Frequency::semester, year, semester, kSchoolYearStart}, ""};
  return PeriodResult{Period{Frequency::school_year, year, 1, kSchoolYearStart}, ""};
}

}  // namespace campaign::calendar
