#include "campaign/targets/values.hpp"

#include <fmt/format.h>

namespace campaign::targets {

using model::Decimal;

std::string format_value(const Decimal& value, const model::Indicator& indicator) {
  return indicator.is_percent() ? value.to_string() + "%" : value.to_string();
}

std::string format_value(const std::optional<Decimal>& value, const model::Indicator& indicator) {
  return value ? format_value(*value, indicator) : std::string(kNoValue);
}

std::string format_gap(const Decimal& gap, const model::Indicator& indicator, Lang lang) {
  std::string sign = gap.units > 0 ? "+" : "";
  std::string text = gap.units == 0 ? "0" : sign + gap.to_string();
  if (!indicator.is_percent()) return text;
  return text + (lang == Lang::vi ? " điểm %" : " pp");
}

write::Cell value_cell(const std::optional<Decimal>& value, const model::Indicator& indicator) {
  write::Cell cell;
  cell.text = format_value(value, indicator);
  if (value) {
    cell.number = value->to_double();
    cell.percent = indicator.is_percent();
    cell.decimals = value->scale;
  }
  return cell;
}

write::Cell text_cell(std::string text) {
  write::Cell cell;
  cell.text = std::move(text);
  return cell;
}

namespace {

std::string capitalized(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

std::string total_heading(const std::optional<model::Area>& area, Lang lang) {
  if (!area || area->kind == model::UnitKind::other) return lang == Lang::vi ? "Mục tiêu chung" : "Total";
  if (lang == Lang::vi) return fmt::format("Mục tiêu toàn {}", model::vietnamese_name(area->kind));
  return capitalized(model::english_name(area->kind)) + " total";
}

std::string area_label(const std::optional<model::Area>& area, Lang lang) {
  if (!area || area->kind == model::UnitKind::other) return lang == Lang::vi ? "Toàn địa bàn" : "Whole area";
  if (lang == Lang::vi) return fmt::format("Toàn {}", model::vietnamese_name(area->kind));
  return fmt::format("Whole {}", model::english_name(area->kind));
}

Decimal subtract(const Decimal& a, const Decimal& b) { return add(a, Decimal{-b.units, b.scale}); }

}  // namespace campaign::targets
