#include "campaign/targets/compare.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "campaign/text/unicode.hpp"

namespace campaign::targets {
namespace {

using model::Decimal;

const model::Value* value_for(const std::vector<model::UnitValue>& values, const std::string& unit) {
  for (const auto& uv : values)
    if (uv.unit == unit) return &uv.value;
  return nullptr;
}

// Decimals of the area result: the total's, as written; else 2 (rates) or the widest result.
int area_decimals(const model::Indicator& ind, const model::Result* result) {
  if (ind.total) return ind.total->scale;
  int d = 0;
  for (const auto& uv : result->values) {
    if (uv.value.number) d = std::max(d, uv.value.number->scale);
    else d = std::max(d, 2);
  }
  return d;
}

void compare_area(Comparison& c, const model::Indicator& ind) {
  AreaComparison& area = c.area;
  area.target = ind.total;
  for (const auto& u : c.units)
    if (u.target && !u.result) ++area.missing;
  if (!c.result) return;
  area.result = aggregate_results(ind, c.result->values, c.result->weights, area_decimals(ind, c.result));
  if (!area.result.value || !area.target) return;
  area.gap = subtract(*area.result.value, *area.target);
  // A sum over some units only says nothing about the area; a mean or a rate still does.
  if (area.missing > 0 && area.result.method == AreaMethod::sum) return;
  area.status = meets(*area.result.value, *area.target, ind.better) ? Status::met : Status::not_met;
}

bool commune_level(model::UnitKind k) {
  return k == model::UnitKind::commune || k == model::UnitKind::ward || k == model::UnitKind::town ||
         k == model::UnitKind::special_zone;
}

}  // namespace

bool meets(const Decimal& result, const Decimal& target, model::Better better) {
  return better == model::Better::lower ? result <= target : result >= target;
}

const model::Result* pick_result(const model::Model& model, const IndicatorRef& indicator,
                                 const std::optional<calendar::Period>& period) {
  const model::Result* best = nullptr;
  std::string ref = text::to_nfc(indicator.ref());
  for (const auto& r : model.results) {
    if (text::to_nfc(r.indicator) != ref) continue;
    if (period && r.period != *period) continue;
    if (!best) {
      best = &r;
      continue;
    }
    auto key = [](const model::Result* x) { return std::make_pair(x->period.last_day(), x->as_of.value_or(x->period.last_day())); };
    if (key(&r) >= key(best)) best = &r;
  }
  return best;
}

Comparison compare(const model::Model& model, const Effective& indicator, const model::Result* result) {
  const model::Indicator& ind = *indicator.current.indicator;
  Comparison c{indicator, result, model.area, {}, {}, 0, 0};
  for (const auto& u : model.units) {
    UnitComparison uc;
    uc.unit = &u;
    if (const model::Value* t = value_for(ind.targets, u.id)) uc.target = t->number;
    const model::Value* v = result ? value_for(result->values, u.id) : nullptr;
    if (v && !v->invalid) {
      uc.result = value_of(*v, ind.is_percent(), 2);
      uc.numerator = v->numerator;
      uc.denominator = v->denominator;
    }
    if (uc.target) ++c.with_target;
    if (!uc.target) {
      uc.status = Status::no_target;
    } else if (!result) {
      uc.status = Status::not_evaluated;
      if (ind.total) uc.gap = subtract(*uc.target, *ind.total);
    } else if (!uc.result) {
      uc.status = Status::no_result;
    } else {
      uc.gap = subtract(*uc.result, *uc.target);
      uc.status = meets(*uc.result, *uc.target, ind.better) ? Status::met : Status::not_met;
      if (uc.status == Status::met) ++c.met;
    }
    c.units.push_back(uc);
  }
  compare_area(c, ind);
  return c;
}

std::string units_word(const std::vector<const model::Unit*>& units, Lang lang) {
  std::vector<model::UnitKind> kinds;
  for (const auto* u : units)
    if (std::find(kinds.begin(), kinds.end(), u->kind) == kinds.end()) kinds.push_back(u->kind);
  if (kinds.empty()) return lang == Lang::vi ? "đơn vị" : "units";
  if (lang == Lang::vi) {
    if (kinds.size() > 3) return "đơn vị";
    std::string out;
    for (auto k : kinds) out += (out.empty() ? "" : ", ") + std::string(model::vietnamese_name(k));
    return out;
  }
  if (kinds.size() == 1) return std::string(model::english_plural(kinds.front()));
  bool all_commune_level = std::all_of(kinds.begin(), kinds.end(), commune_level);
  return all_commune_level ? "communes" : "units";
}

std::string lowered_heading(const std::optional<model::Area>& area, Lang lang) {
  std::string h = total_heading(area, lang);
  if (!h.empty() && h[0] >= 'A' && h[0] <= 'Z') h[0] = static_cast<char>(h[0] - 'A' + 'a');
  return h;
}

std::string summary(const Comparison& c, const std::vector<const model::Unit*>& units, Lang lang) {
  std::string word = units_word(units, lang);
  bool vi = lang == Lang::vi;
  if (!c.result) {
    std::size_t above = 0, below = 0, equal = 0;
    for (const auto& u : c.units) {
      if (!u.gap) continue;
      (u.gap->units > 0 ? above : u.gap->units < 0 ? below : equal)++;
    }
    std::string total = lowered_heading(c.registry_area, lang);
    if (!c.area.target) return vi ? "chưa có kết quả; không có " + total + " để so sánh" : "no results; no " + total + " to compare with";
    return vi ? fmt::format("chưa có kết quả; chỉ tiêu giao: {} cao hơn, {} thấp hơn, {} bằng {}", above, below, equal, total)
              : fmt::format("no results; targets: {} above, {} below, {} equal to the {}", above, below, equal, total);
  }
  std::string out = vi ? fmt::format("{}/{} {} đạt", c.met, c.with_target, word)
                       : fmt::format("{}/{} {} met", c.met, c.with_target, word);
  if (c.area.missing > 0)
    out += vi ? fmt::format(" ({} chưa có kết quả)", c.area.missing) : fmt::format(" ({} without a result)", c.area.missing);
  return out;
}

std::string method_text(const Comparison& c, Lang lang) {
  bool vi = lang == Lang::vi;
  const AreaResult& r = c.area.result;
  if (!c.result) return "";
  if (!r.problem.empty()) return vi ? "không tính được: " + r.problem : "cannot be computed: " + r.problem;
  switch (r.method) {
    case AreaMethod::fractions:
      return vi ? fmt::format("tổng tử số / tổng mẫu số của {} đơn vị ({} / {})", r.count, r.numerator_sum->to_string(),
                              r.denominator_sum->to_string())
                : fmt::format("sum of numerators / sum of denominators of {} units ({} / {})", r.count,
                              r.numerator_sum->to_string(), r.denominator_sum->to_string());
    case AreaMethod::mean:
      return vi ? fmt::format("trung bình cộng kết quả của {} đơn vị", r.count) : fmt::format("mean of {} unit results", r.count);
    case AreaMethod::sum:
      return vi ? fmt::format("tổng kết quả của {} đơn vị", r.count) : fmt::format("sum of {} unit results", r.count);
    case AreaMethod::weighted_mean:
      return vi ? fmt::format("trung bình có trọng số của {} đơn vị", r.count)
                : fmt::format("weighted mean of {} unit results", r.count);
    case AreaMethod::none:
      return vi ? "total_rule: none, không tổng hợp" : "total_rule: none, not aggregated";
  }
  return "";
}

std::string_view status_text(Status status, Lang lang) {
  bool vi = lang == Lang::vi;
  switch (status) {
    case Status::met: return vi ? "đạt" : "met";
    case Status::not_met: return vi ? "không đạt" : "not met";
    case Status::no_result: return vi ? "chưa có kết quả" : "no result";
    case Status::no_target: return vi ? "không giao" : "no target";
    case Status::not_evaluated: return vi ? "chưa đánh giá" : "not evaluated";
  }
  return "";
}

}  // namespace campaign::targets
