// Reading numbers as clerks write them: targets, totals, weights and results.
#include "campaign/load/value.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "campaign/diag/codes.hpp"

namespace campaign::load {
namespace {

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return c != ' ' && c != '\t'; };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// "1.905", "12.345.678", "1,905": digit groups of three after a separator, as a thousands
// separator would write them.
bool looks_like_thousands(const std::string& s, char separator) {
  std::size_t first = s.find(separator);
  if (first == std::string::npos || first == 0 || first > 3) return false;
  std::size_t i = first;
  while (i < s.size()) {
    if (s[i] != separator || i + 4 > s.size()) return false;
    for (std::size_t k = i + 1; k < i + 4; ++k)
      if (s[k] < '0' || s[k] > '9') return false;
    i += 4;
  }
  return std::all_of(s.begin(), s.begin() + static_cast<long>(first), [](char c) { return c >= '0' && c <= '9'; });
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
          fmt::format("unknown key '{}' in {}; a value is a number, or {{{}}}", key, what, fmt::join(keys, ", ")));
      return std::nullopt;
    }
    if (ctx.fields_read) ctx.fields_read->push_back(field);
    auto part = read_number(ctx, it->second, fmt::format("{} of {}", key, what), "count", field->nullable);
    if (!part) return std::nullopt;
    (key == "numerator" ? value.numerator : value.denominator) = part->number;
  }
  if (!value.numerator || !value.denominator) {
    ctx.sink.error(std::string(diag::kMissingKey), value.position,
                   fmt::format("{} needs both '{}'", what, fmt::join(keys, "' and '")));
    return std::nullopt;
  }
  // {numerator: 0, denominator: 0} is "nothing to count" (a commune without births in the
  // quarter): no data, shown as such by compare. Only a count over nothing is an error.
  if (value.denominator->units == 0 && value.numerator->units != 0) {
    ctx.sink.error(
        std::string(diag::kOutOfRange), value.position,
        fmt::format("{} has a denominator of 0 under a numerator of {}; write {{numerator: 0, denominator: 0}} "
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
    if (allow_none) return model::Value{std::nullopt, std::nullopt, std::nullopt, false, pos};
    ctx.sink.error(std::string(diag::kBadNumber), pos, fmt::format("{}: no value given", what));
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    ctx.wrong_type(node, what, schema::describe(schema::Type::value));
    return std::nullopt;
  }
  const std::string written = ctx.text(node);
  std::string s = trim(written);
  bool percent = unit == "percent";
  bool count_like = !percent && unit != "weight" && !unit.empty();
  if (!s.empty() && s.back() == '%') {
    if (!percent && !unit.empty()) {
      ctx.sink.error(
          std::string(diag::kBadNumber), pos,
          fmt::format("{}: '{}' is written as a percentage but the indicator's unit is '{}'", what, written, unit));
      return std::nullopt;
    }
    s = trim(s.substr(0, s.size() - 1));
  }
  if (count_like && (looks_like_thousands(s, '.') || looks_like_thousands(s, ','))) {
    ctx.sink.error(std::string(diag::kBadNumber), pos,
                   fmt::format("{}: '{}' is ambiguous: a thousands separator or a decimal? Write whole numbers "
                               "without separators (e.g. {})",
                               what, written, std::string(s).erase(s.find_first_of(".,"), 1)));
    return std::nullopt;
  }
  if (std::count(s.begin(), s.end(), ',') == 1 && s.find('.') == std::string::npos) {
    std::replace(s.begin(), s.end(), ',', '.');
    ctx.sink.warning(std::string(diag::kDecimalComma), pos,
                     fmt::format("{}: '{}' uses a decimal comma; read as {} (write a decimal point to silence this)",
                                 what, written, s));
  }
  auto number = model::Decimal::parse(s);
  const bool has_digit = s.find_first_of("0123456789") != std::string::npos;
  if (!number && has_digit && std::count(s.begin(), s.end(), '.') <= 1 && s.back() != '.' &&
      s.find_first_not_of("-+0123456789.") == std::string::npos) {
    ctx.sink.error(std::string(diag::kBadNumber), pos,
                   fmt::format("{}: '{}' is too large or too precise; campaign reads up to 10 whole digits and 6 "
                               "decimals",
                               what, written));
    return std::nullopt;
  }
  if (!number) {
    ctx.sink.error(
        std::string(diag::kBadNumber), pos,
        fmt::format("{}: '{}' is not a number; write e.g. 20.33{}", what, written, percent ? " or \"20.33%\"" : ""));
    return std::nullopt;
  }
  if (percent && (number->units < 0 || *number > model::Decimal{100, 0})) {
    ctx.sink.error(std::string(diag::kOutOfRange), pos,
                   fmt::format("{}: {}% is outside 0–100%", what, number->to_string()));
    return std::nullopt;
  }
  if (!percent && number->units < 0) {
    ctx.sink.error(std::string(diag::kOutOfRange), pos, fmt::format("{}: {} is negative", what, number->to_string()));
    return std::nullopt;
  }
  return model::Value{number, std::nullopt, std::nullopt, false, pos};
}

}  // namespace campaign::load
