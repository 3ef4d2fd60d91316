#include "campaign/write/target_values.hpp"

#include <fmt/format.h>

namespace campaign::write {

using model::Decimal;

std::string format_number(const std::optional<Decimal>& value, bool percent) {
  if (!value) return std::string(kNoValue);
  return percent ? value->to_string() + "%" : value->to_string();
}

std::string format_value(const Decimal& value, const model::Indicator& indicator) {
  return format_number(value, indicator.is_percent());
}

std::string format_value(const std::optional<Decimal>& value, const model::Indicator& indicator) {
  return format_number(value, indicator.is_percent());
}

std::string format_gap(const Decimal& gap, const model::Indicator& indicator, Language lang) {
  std::string sign = gap.units > 0 ? "+" : "";
  std::string text = gap.units == 0 ? "0" : sign + gap.to_string();
  if (!indicator.is_percent()) return text;
  return text + (lang == Language::vietnamese ? " điểm %" : " pp");
}

Cell value_cell(const std::optional<Decimal>& value, const model::Indicator& indicator) {
  Cell cell;
  cell.text = format_value(value, indicator);
  if (value) {
    cell.number = value->to_double();
    cell.percent = indicator.is_percent();
    cell.decimals = value->scale;
    cell.number_text = true;
    cell.exact = value->to_string();
  } else {
    cell.no_value = true;
  }
  return cell;
}

Cell number_label(std::string text) {
  Cell cell = text_cell(std::move(text));
  const std::string& t = cell.text;
  if (!t.empty() && t.size() < 10 && t.find_first_not_of("0123456789") == std::string::npos) cell.number = std::stod(t);
  return cell;
}

Cell text_cell(std::string text) {
  Cell cell;
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

std::string total_heading(const std::optional<model::Area>& area, Language lang) {
  if (!area || area->kind == model::UnitKind::other) return lang == Language::vietnamese ? "Mục tiêu chung" : "Total";
  if (lang == Language::vietnamese) return fmt::format("Mục tiêu toàn {}", model::vietnamese_name(area->kind));
  return capitalized(model::english_name(area->kind)) + " total";
}

std::string area_label(const std::optional<model::Area>& area, Language lang) {
  if (!area || area->kind == model::UnitKind::other)
    return lang == Language::vietnamese ? "Toàn địa bàn" : "Whole area";
  if (lang == Language::vietnamese) return fmt::format("Toàn {}", model::vietnamese_name(area->kind));
  return fmt::format("Whole {}", model::english_name(area->kind));
}

}  // namespace campaign::write
