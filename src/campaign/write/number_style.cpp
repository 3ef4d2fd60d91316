// Numbers as Vietnamese official tables write them (--number-style vi): "14.714.669.968",
// "20,33%" (see table.hpp). Issue 15, item 6.
#include <string>
#include <string_view>

#include "campaign/write/table.hpp"

namespace campaign::write {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "14714669968" → "14.714.669.968"; fewer than 4 digits unchanged.
std::string grouped(std::string_view digits, char mark) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += mark;
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string group_number(std::string_view number, char grouping, char decimal) {
  std::size_t start = number.find_first_of("0123456789");
  if (start == std::string_view::npos) return std::string(number);
  std::size_t end = start;
  while (end < number.size() && is_digit(number[end])) ++end;
  std::string out(number.substr(0, start));
  out +=
      grouping ? grouped(number.substr(start, end - start), grouping) : std::string(number.substr(start, end - start));
  if (end < number.size() && number[end] == '.') {
    out += decimal;
    ++end;
  }
  out += number.substr(end);
  return out;
}

std::string styled_number(std::string_view text, NumberStyle style) {
  if (style == NumberStyle::plain) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_digit(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end + 1 < text.size() && text[end] == '.' && is_digit(text[end + 1])) {
      ++end;
      while (end < text.size() && is_digit(text[end])) ++end;
    }
    out += group_number(text.substr(i, end - i), '.', ',');
    i = end;
  }
  return out;
}

void apply_number_style(Table& table, NumberStyle style) {
  if (style == NumberStyle::plain) return;
  table.group_thousands = true;
  for (auto& row : table.rows)
    for (auto& cell : row)
      if (cell.number_text) cell.text = styled_number(cell.text, style);
}

}  // namespace campaign::write
