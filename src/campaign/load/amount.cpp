// Numbers and amounts of money as Vietnamese documents write them (see amount.hpp).
#include "campaign/load/amount.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

using model::Decimal;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    std::size_t end = s.find(separator, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// The words of an amount: magnitudes in đồng, and the currency words.
std::optional<std::int64_t> magnitude(std::string_view word) {
  if (word == "nghìn" || word == "ngàn") return 1000;
  if (word == "triệu") return 1000000;
  if (word == "tỷ" || word == "tỉ") return 1000000000;
  return std::nullopt;
}

bool currency(std::string_view word) {
  return word == "đồng" || word == "đ" || word == "vnđ" || word == "vnd";
}

// One number of an amount: plain ("5", "1.5"), a decimal comma ("1,5"), or grouped
// ("14.714.669.968"), read by `reading` (read_marks): a number of đồng is whole, one before
// nghìn/triệu/tỷ either ("1.500 triệu": 1,5 triệu or 1500 triệu? ambiguous).
std::optional<Decimal> amount_number(std::string_view word, Reading reading, bool& ambiguous) {
  Marks marks = read_marks(word, reading);
  if (marks.kind == Marks::Kind::ambiguous) {
    ambiguous = true;
    return std::nullopt;
  }
  if (marks.kind != Marks::Kind::plain) return std::nullopt;
  return Decimal::parse(marks.text);
}

// One mark ('.' or ',') after 1–3 digits (not a leading 0: "0.500" is a decimal) and before
// exactly three: "1.500", "12,905".
bool one_group(std::string_view s) {
  std::size_t mark = s.find_first_of(".,");
  if (mark == std::string_view::npos || s.find_first_of(".,", mark + 1) != std::string_view::npos) return false;
  std::string_view head = s.substr(0, mark), tail = s.substr(mark + 1);
  if (!head.empty() && (head.front() == '+' || head.front() == '-')) head.remove_prefix(1);
  return all_digits(head) && head.size() <= 3 && head.front() != '0' && tail.size() == 3 && all_digits(tail);
}

// Digits and marks only, with at least two marks: meant as a grouped number.
bool several_marks(std::string_view s) {
  return s.find_first_not_of("0123456789.,") == std::string_view::npos &&
         std::count_if(s.begin(), s.end(), [](char c) { return c == '.' || c == ','; }) >= 2;
}

// `value` with trailing zero decimals dropped (5.750000000 → 5.75).
Decimal trimmed(Decimal value) {
  while (value.scale > 0 && value.units % 10 == 0) {
    value.units /= 10;
    --value.scale;
  }
  return value;
}

}  // namespace

std::optional<std::int64_t> money_unit(std::string_view unit) {
  std::string u = text::to_lower(text::to_nfc(unit));
  auto first = u.find_first_not_of(' ');
  if (first == std::string::npos) return std::nullopt;
  u = u.substr(first, u.find_last_not_of(' ') - first + 1);
  if (currency(u)) return 1;
  auto space = u.find(' ');
  if (space == std::string::npos || !currency(u.substr(space + 1))) return std::nullopt;
  return magnitude(u.substr(0, space));
}

Reading reading_of(std::string_view unit) {
  if (unit.empty()) return Reading::unknown;
  if (unit == "percent") return Reading::decimal;
  if (unit == "count" || money_unit(unit) == 1) return Reading::whole;
  return Reading::either;
}

Marks read_marks(std::string_view number, Reading reading) {
  if (auto plain = ungrouped(number)) return {Marks::Kind::plain, *plain, false};
  const bool comma = number.find(',') != std::string_view::npos;
  if (one_group(number)) {
    std::string digits;
    for (char c : number)
      if (c != '.' && c != ',') digits += c;
    std::string decimal(number);
    std::replace(decimal.begin(), decimal.end(), ',', '.');
    switch (reading) {
      case Reading::whole:
        return {Marks::Kind::plain, digits, false};
      case Reading::decimal:
        return {Marks::Kind::plain, decimal, comma};
      case Reading::either:
        return {Marks::Kind::ambiguous, std::string(number), false};
      case Reading::unknown:
        return {Marks::Kind::undecided, std::string(number), false};
    }
  }
  if (several_marks(number)) return {Marks::Kind::bad_groups, std::string(number), false};
  std::string s(number);
  const bool decimal_comma = std::count(s.begin(), s.end(), ',') == 1 && s.find('.') == std::string::npos;
  if (decimal_comma) std::replace(s.begin(), s.end(), ',', '.');
  return {Marks::Kind::plain, s, decimal_comma};
}

std::string ambiguous_text(std::string_view what, std::string_view written, std::string_view number) {
  std::string digits, decimal(number);
  for (char c : number)
    if (is_digit(c)) digits += c;
  std::replace(decimal.begin(), decimal.end(), ',', '.');
  if (written == number)
    return i18n::trf(
        "{}: '{}' is ambiguous: a thousands separator or a decimal? Write {} when the mark "
        "separates thousands, or the decimal with a decimal point and another number of "
        "decimals (e.g. {}0)",
        what, written, digits, decimal);
  return i18n::trf(
      "{}: '{}' in '{}' is ambiguous: a thousands separator or a decimal? Write {} when the "
      "mark separates thousands, or the decimal with another number of decimals (e.g. {}0)",
      what, number, written, digits, decimal);
}

std::optional<std::string> ungrouped(std::string_view text) {
  for (char group : {'.', ','}) {
    const char decimal = group == '.' ? ',' : '.';
    std::string_view whole = text, fraction;
    if (auto d = text.find(decimal); d != std::string_view::npos) {
      whole = text.substr(0, d);
      fraction = text.substr(d + 1);
      if (!all_digits(fraction)) continue;
    }
    auto groups = split(whole, group);
    if (groups.size() < 3 || groups.front().size() > 3 || !all_digits(groups.front())) continue;
    if (!std::all_of(groups.begin() + 1, groups.end(), [](auto g) { return g.size() == 3 && all_digits(g); })) continue;
    std::string out;
    for (auto g : groups) out += g;
    if (!fraction.empty()) out += "." + std::string(fraction);
    return out;
  }
  return std::nullopt;
}

Amount read_amount(std::string_view text) {
  std::vector<std::string> words;
  const std::string lowered = text::to_lower(text::to_nfc(text));
  for (auto w : split(lowered, ' '))
    if (!w.empty()) words.emplace_back(w);
  const bool has_money_word = std::any_of(words.begin(), words.end(),
                                          [](const std::string& w) { return currency(w) || magnitude(w).has_value(); });
  Amount out;
  if (!has_money_word) return out;
  out.kind = Amount::Kind::ok;
  std::int64_t last = INT64_MAX;  // magnitudes must decrease: "5 tỷ 750 triệu"
  bool ended = false;             // after "đồng" nothing may follow
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (ended || (currency(words[i]) && i == 0)) return {Amount::Kind::malformed, {}, words[i]};
    if (currency(words[i])) {
      ended = true;
      continue;
    }
    bool ambiguous = false;
    const bool dong = i + 1 < words.size() && currency(words[i + 1]);  // a number of đồng is whole
    auto number = amount_number(words[i], dong ? Reading::whole : Reading::either, ambiguous);
    if (ambiguous) return {Amount::Kind::ambiguous, {}, words[i]};
    if (!number) return {Amount::Kind::malformed, {}, words[i]};
    std::int64_t times = 1;
    if (i + 1 < words.size() && magnitude(words[i + 1])) times = *magnitude(words[++i]);
    if (times >= last) return {Amount::Kind::malformed, {}, words[i]};
    // A number without a magnitude counts đồng and must say so: "2 tỷ 5" is spoken for 2,5 tỷ.
    if (times == 1 && !(i + 1 < words.size() && currency(words[i + 1]))) return {Amount::Kind::malformed, {}, words[i]};
    last = times;
    out.dong = model::add(out.dong, model::multiply(*number, Decimal{times, 0}));
  }
  out.dong = trimmed(out.dong);
  return out;
}

std::optional<Decimal> in_money_unit(const Decimal& dong, std::int64_t per_unit) {
  int extra = 0;
  for (std::int64_t p = per_unit; p > 1; p /= 10) ++extra;
  if (dong.scale + extra > 18) return std::nullopt;
  return trimmed(Decimal{dong.units, dong.scale + extra});
}

namespace {

// One result value written with one mark before three digits ("1.500"), read by the unit of
// its indicator as targets are (read_marks): 1500 in a count, 1.5 in a percentage, else E011.
void settle(model::Value& value, const std::string& who, const model::Indicator& ind, diag::Sink& sink) {
  const std::string written = *value.undecided;
  value.undecided.reset();
  const Marks marks = read_marks(written, reading_of(ind.unit));
  if (marks.kind == Marks::Kind::plain) {
    value.number = Decimal::parse(marks.text);
    if (marks.decimal_comma)
      sink.warning(std::string(diag::kDecimalComma), value.position,
                   i18n::trf("{}: '{}' uses a decimal comma; read as {} (write a decimal point to silence this)", who,
                             written, marks.text));
  } else {
    sink.error(std::string(diag::kBadNumber), value.position, ambiguous_text(who, written, written));
  }
  if (!value.number) value.invalid = true;
}

// One result value written as an amount: in the indicator's money unit, or E060.
void convert(model::Value& value, const std::string& who, const model::Result& r, const model::Indicator& ind,
             diag::Sink& sink) {
  if (value.undecided) settle(value, who, ind, sink);
  if (!value.in_dong || !value.number) return;
  value.in_dong = false;
  auto per_unit = money_unit(ind.unit);
  auto converted = per_unit ? in_money_unit(*value.number, *per_unit) : std::nullopt;
  if (converted) {
    value.number = converted;
    return;
  }
  sink.error(std::string(diag::kAmountUnit), value.position,
             i18n::trf("{} is an amount of money ({} đồng) but the unit of {} is '{}'; write the number in that "
                       "unit, or give the indicator a money unit (đồng, nghìn đồng, triệu đồng, tỷ đồng)",
                       who, value.number->to_string(), r.indicator, ind.unit));
  value.number.reset();
  value.invalid = true;
}

}  // namespace

void convert_result_amounts(model::Model& model, diag::Sink& sink) {
  for (auto& r : model.results) {
    auto hash = r.indicator.find('#');
    const model::Document* doc =
        hash == std::string::npos ? nullptr : model.find_document_read(r.indicator.substr(0, hash));
    const model::Indicator* ind = nullptr;
    if (doc)
      for (const auto& i : doc->indicators)
        if (i.id == r.indicator.substr(hash + 1)) ind = &i;
    if (!ind) {  // an unknown indicator is reported by check::references; its undecided figures stay unread
      for (auto& uv : r.values)
        if (uv.value.undecided) uv.value.invalid = true;
      if (r.area && r.area->undecided) r.area->invalid = true;
      continue;
    }
    for (auto& uv : r.values) convert(uv.value, i18n::trf("result for '{}'", uv.unit), r, *ind, sink);
    if (r.area) convert(*r.area, i18n::tr("the area result"), r, *ind, sink);
  }
}

}  // namespace campaign::load
