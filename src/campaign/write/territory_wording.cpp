#include "campaign/write/territory_wording.hpp"

#include <fmt/format.h>

namespace campaign::write {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string_view reason_text(const targets::Refusal& r, Language lang) {
  const bool vi = lang == Language::vietnamese;
  using R = targets::RefusalReason;
  switch (r.reason) {
    case R::mean_without_weights:
      return vi ? "chỉ tiêu tính bằng bình quân các tỷ lệ, không có quyền số (hoặc tử số, mẫu số) để cộng dồn; "
                  "không lấy bình quân các tỷ lệ"
                : "the indicator is a mean of rates with no weights (or numerators and denominators) to combine "
                  "them; a mean of the rates would be a wrong number";
    case R::no_rule:
      return vi ? "chỉ tiêu không nêu cách tổng hợp (total_rule: none)"
                : "the indicator does not say how units add up (total_rule: none)";
    case R::missing_weight:
      return vi ? "thiếu quyền số của" : "no weight for";
    case R::zero_weights:
      return vi ? "tổng quyền số bằng 0" : "the weights add up to 0";
    case R::part_missing:
      return vi ? "thiếu số liệu của" : "no figure for";
    case R::split:
      return vi ? "đơn vị cũ đã chia tách, không chia được số liệu cho từng phần"
                : "a former unit was split, and its figure cannot be shared among its parts";
  }
  return "";
}

}  // namespace

std::string_view refusal_key(targets::RefusalReason reason) {
  using R = targets::RefusalReason;
  switch (reason) {
    case R::mean_without_weights:
      return "mean-without-weights";
    case R::no_rule:
      return "no-rule";
    case R::missing_weight:
      return "missing-weight";
    case R::zero_weights:
      return "zero-weights";
    case R::part_missing:
      return "part-missing";
    case R::split:
      return "split";
  }
  return "";
}

std::string carried_body_label(const model::Model& model, const schedule::Obligation& o, Language lang) {
  const std::string label = schedule::body_label(model, o);
  const model::UnitChange* c = schedule::transfer_of(model, o);
  if (!c) return label;
  const bool vi = lang == Language::vietnamese;
  const std::string from = calendar::format_vn(*c->effective);
  std::string by = c->by.empty() ? "" : fmt::format(fmt::runtime(vi ? ", theo {}" : ", by {}"), c->by);
  if (o.former == o.unit)
    return fmt::format(fmt::runtime(vi ? "{} (đã chia tách từ {}{}: chưa xác định đơn vị kế thừa)"
                                       : "{} (split from {}{}: no single successor)"),
                       label, from, by);
  schedule::Obligation former = o;
  former.unit = o.former;
  return fmt::format(fmt::runtime(vi ? "{} → {} (từ {}{})" : "{} → {} (from {}{})"),
                     schedule::body_label(model, former), label, from, by);
}

std::string refusal_text(const targets::Refusal& r, Language lang) {
  const bool vi = lang == Language::vietnamese;
  std::string what = r.target ? (vi ? "chỉ tiêu" : "target") : (vi ? "kết quả " + r.period : "result " + r.period);
  std::string reason(reason_text(r, lang));
  if (!r.problem_unit.empty()) reason += " " + r.problem_unit;
  return fmt::format(
      fmt::runtime(vi ? "{} ({} {}): không cộng dồn được từ {}: {}" : "{} ({} {}): cannot be rolled up from {}: {}"),
      r.unit, what, r.indicator, joined(r.parts), reason);
}

std::string map_note(const targets::UnitMap& map, Language lang) {
  const bool vi = lang == Language::vietnamese;
  std::string out = fmt::format(fmt::runtime(vi ? "Theo địa giới hành chính ngày {}" : "On the map of {}"),
                                calendar::format_vn(map.as_of));
  std::vector<std::string> merges;
  for (const auto& m : map.merges) {
    std::string by = m.by.empty() ? "" : fmt::format(fmt::runtime(vi ? ", theo {}" : ", by {}"), m.by);
    std::string from =
        m.effective ? fmt::format(fmt::runtime(vi ? " từ {}" : " from {}"), calendar::format_vn(*m.effective)) : "";
    merges.push_back(fmt::format(fmt::runtime(vi ? "{} gồm {}{}{}" : "{}: {}{}{}"), m.unit, joined(m.parts), from, by));
  }
  if (!merges.empty()) {
    out += ": ";
    for (std::size_t i = 0; i < merges.size(); ++i) out += (i ? "; " : "") + merges[i];
  }
  return out + ".";
}

}  // namespace campaign::write
