// Reading numbers as clerks write them: targets, totals, weights and results.
#include "campaign/load/value.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/load/amount.hpp"

namespace campaign::load {
namespace {

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return c != ' ' && c != '\t'; };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// What to write instead, by the indicator's unit: a percentage, an amount, a count.
std::string example_for(std::string_view unit) {
  if (unit == "percent") return i18n::tr("20.33 or \"20.33%\"");
  if (auto per_unit = money_unit(unit)) {
    if (*per_unit == 1000000000) return i18n::tr("5.75 or \"5 tỷ 750 triệu đồng\"");
    if (*per_unit == 1000000) return i18n::tr("5750 or \"5 tỷ 750 triệu đồng\"");
    return i18n::tr("5750000000, 5.750.000.000 or \"5 tỷ 750 triệu đồng\"");
  }
  if (unit.empty() || unit == "weight") return "20.33";
  return "1905";
}

std::string digits_of(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

const model::Decimal kAmountLimit{10000000000000000, 0};  // 10^16 đồng: Decimal::parse's 16 digits

// An amount written with its words ("5 tỷ 750 triệu đồng"), in the indicator's money unit; for a
// result whose indicator is not known yet (`unit` empty), in đồng, marked Value::in_dong.
std::optional<model::Value> amount_value(FileContext& ctx, const Amount& amount, diag::Position pos,
                                         std::string_view what, const std::string& written, std::string_view unit) {
  if (amount.kind == Amount::Kind::ambiguous) {
    ctx.sink.error(std::string(diag::kBadNumber), pos, ambiguous_text(what, written, amount.part));
    return std::nullopt;
  }
  if (amount.kind == Amount::Kind::malformed) {
    ctx.sink.error(std::string(diag::kAmountUnit), pos,
                   i18n::trf("{}: '{}' is not read as an amount of money ('{}' is out of place); write the parts "
                             "from the largest, each number followed by tỷ, triệu or nghìn, and đồng after a "
                             "last number of đồng, e.g. \"5 tỷ 750 triệu đồng\", \"1,5 tỷ đồng\", \"250.000 đồng\"",
                             what, written, amount.part));
    return std::nullopt;
  }
  if (amount.dong >= kAmountLimit) {
    ctx.sink.error(
        std::string(diag::kBadNumber), pos,
        i18n::trf("{}: '{}' is too large; campaign reads amounts below 10^16 đồng (10 triệu tỷ đồng)", what, written));
    return std::nullopt;
  }
  if (amount.dong.units < 0) {  // as a plain number: targets and results of money are not negative
    ctx.sink.error(std::string(diag::kOutOfRange), pos, i18n::trf("{}: '{}' is negative", what, written));
    return std::nullopt;
  }
  if (unit.empty()) return model::Value{.number = amount.dong, .position = pos, .in_dong = true};
  auto per_unit = money_unit(unit);
  if (!per_unit) {
    ctx.sink.error(
        std::string(diag::kAmountUnit), pos,
        unit == "weight"
            ? i18n::trf("{}: '{}' is an amount of money but the value is a weight, whose unit is 'a plain "
                        "number'; write a plain number, or give the indicator a money unit (đồng, nghìn đồng, triệu "
                        "đồng, tỷ đồng)",
                        what, written)
            : i18n::trf("{}: '{}' is an amount of money but the indicator's unit is '{}'; write a plain number, or "
                        "give the indicator a money unit (đồng, nghìn đồng, triệu đồng, tỷ đồng)",
                        what, written, unit));
    return std::nullopt;
  }
  auto number = in_money_unit(amount.dong, *per_unit);
  if (!number) {
    ctx.sink.error(std::string(diag::kBadNumber), pos,
                   i18n::trf("{}: '{}' is too precise for the unit '{}'", what, written, unit));
    return std::nullopt;
  }
  return model::Value{.number = number, .position = pos};
}

}  // namespace

std::optional<model::Value> read_fraction(FileContext& ctx, const Node& node, std::string_view what,
                                          const schema::Record& fraction) {
  model::Value value;
  value.position = ctx.position(node);
  std::vector<std::string_view> keys;
  for (const schema::Field& f : fraction.fields) keys.push_back(f.key);
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!ctx.visit(it->first, it->second)) return std::nullopt;
    std::string key(it->first.Scalar());
    const schema::Field* field = fraction.find(key);
    if (!field) {
      ctx.sink.error(
          std::string(diag::kUnknownKey), ctx.position(it->first),
          i18n::trf("unknown key '{}' in {}; a value is a number, or {{{}}}", key, what, fmt::join(keys, ", ")));
      return std::nullopt;
    }
    if (ctx.fields_read) ctx.fields_read->push_back(field);
    auto part = read_number(ctx, it->second, i18n::trf("{} of {}", key, what), "count", field->nullable);
    if (!part) return std::nullopt;
    (key == "numerator" ? value.numerator : value.denominator) = part->number;
  }
  if (!value.numerator || !value.denominator) {
    ctx.sink.error(std::string(diag::kMissingKey), value.position,
                   i18n::trf("{} needs both '{}' and '{}'", what, keys.front(), keys.back()));
    return std::nullopt;
  }
  // {numerator: 0, denominator: 0} is "nothing to count" (a commune without births in the
  // quarter): no data, shown as such by compare. Only a count over nothing is an error.
  if (value.denominator->units == 0 && value.numerator->units != 0) {
    ctx.sink.error(
        std::string(diag::kOutOfRange), value.position,
        i18n::trf("{} has a denominator of 0 under a numerator of {}; write {{numerator: 0, denominator: 0}} "
                  "when there was nothing to count",
                  what, value.numerator->to_string()));
    return std::nullopt;
  }
  return value;
}

std::optional<model::Value> read_value(FileContext& ctx, const Node& node, std::string_view what, std::string_view unit,
                                       bool allow_none) {
  if (node.IsMap() && unit.empty()) return read_fraction(ctx, node, what, *schema::find_record("fraction"));
  return read_number(ctx, node, what, unit, allow_none);
}

std::optional<model::Value> read_number(FileContext& ctx, const Node& node, std::string_view what,
                                        std::string_view unit, bool allow_none) {
  diag::Position pos = ctx.position(node);
  if (node.IsNull()) {
    if (allow_none) return model::Value{.position = pos};
    ctx.sink.error(std::string(diag::kBadNumber), pos, i18n::trf("{}: no value given", what));
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    ctx.wrong_type(node, what, translated(schema::describe(schema::Type::value)));
    return std::nullopt;
  }
  const std::string written = ctx.text(node);
  std::string s = trim(written);
  bool percent = unit == "percent";
  if (!s.empty() && s.back() == '%') {
    if (!percent && !unit.empty()) {
      ctx.sink.error(
          std::string(diag::kBadNumber), pos,
          i18n::trf("{}: '{}' is written as a percentage but the indicator's unit is '{}'", what, written, unit));
      return std::nullopt;
    }
    s = trim(s.substr(0, s.size() - 1));
  }
  if (s.find_first_not_of("+-0123456789., ") != std::string::npos) {
    Amount amount = read_amount(s);
    if (amount.kind != Amount::Kind::none) return amount_value(ctx, amount, pos, what, written, unit);
  }
  // Thousands marks and the decimal mark, by the one rule of issue 15, item 6 (load::read_marks).
  const Marks marks = read_marks(s, reading_of(unit));
  switch (marks.kind) {
    case Marks::Kind::plain:
      if (marks.decimal_comma)
        ctx.sink.warning(std::string(diag::kDecimalComma), pos,
                         i18n::trf("{}: '{}' uses a decimal comma; read as {} (write a decimal point to silence "
                                   "this)",
                                   what, written, marks.text));
      s = marks.text;
      break;
    case Marks::Kind::ambiguous:
      ctx.sink.error(std::string(diag::kBadNumber), pos, ambiguous_text(what, written, written));
      return std::nullopt;
    case Marks::Kind::bad_groups:
      ctx.sink.error(std::string(diag::kBadNumber), pos,
                     i18n::trf("{}: '{}' is not a number: its digit groups are not thousands (1 to 3 digits, "
                               "then groups of 3); write {} without separators, or with a dot every three digits",
                               what, written, digits_of(s)));
      return std::nullopt;
    case Marks::Kind::undecided: {  // a result: its indicator's unit decides (convert_result_amounts)
      model::Value value{.position = pos};
      value.undecided = marks.text;
      return value;
    }
  }
  auto number = model::Decimal::parse(s);
  const bool has_digit = s.find_first_of("0123456789") != std::string::npos;
  if (!number && has_digit && std::count(s.begin(), s.end(), '.') <= 1 && s.back() != '.' &&
      s.find_first_not_of("-+0123456789.") == std::string::npos) {
    ctx.sink.error(std::string(diag::kBadNumber), pos,
                   i18n::trf("{}: '{}' is too large or too precise; campaign reads up to 16 digits, at most 6 "
                             "of them decimals (amounts below 10^16 đồng)",
                             what, written));
    return std::nullopt;
  }
  if (!number) {
    ctx.sink.error(std::string(diag::kBadNumber), pos,
                   i18n::trf("{}: '{}' is not a number; write e.g. {}", what, written, example_for(unit)));
    return std::nullopt;
  }
  if (percent && (number->units < 0 || *number > model::Decimal{100, 0})) {
    ctx.sink.error(std::string(diag::kOutOfRange), pos,
                   i18n::trf("{}: {}% is outside 0–100%", what, number->to_string()));
    return std::nullopt;
  }
  if (!percent && number->units < 0) {
    ctx.sink.error(std::string(diag::kOutOfRange), pos, i18n::trf("{}: {} is negative", what, number->to_string()));
    return std::nullopt;
  }
  return model::Value{.number = number, .position = pos};
}

}  // namespace campaign::load
