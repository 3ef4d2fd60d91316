#include "campaign/targets/compare.hpp"

#include <algorithm>

#include "campaign/targets/rollup.hpp"
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
    if (uv.value.number)
      d = std::max(d, uv.value.number->scale);
    else
      d = std::max(d, 2);
  }
  return d;
}

// True when the area result will be Σ numerators / Σ denominators: every usable result is a
// fraction (aggregate_results' rule), so a {0, 0} unit takes part exactly.
bool pooled(const model::Result& result) {
  bool any = false;
  for (const auto& uv : result.values) {
    if (uv.value.invalid) continue;
    if (uv.value.number) return false;
    any = any || (uv.value.numerator && uv.value.denominator);
  }
  return any;
}

void compare_area(Comparison& c, const model::Indicator& ind, bool partial) {
  AreaComparison& area = c.area;
  area.target = ind.total;
  for (const auto& u : c.units) {
    if (!u.target) continue;
    if (u.status == Status::no_data)
      ++area.no_data;
    else if (!u.result)
      ++area.missing;
  }
  if (!c.result) {
    area.reason = AreaReason::no_results;
    return;
  }
  area.incomplete = area.missing + (pooled(*c.result) ? 0 : area.no_data);
  if (area.incomplete > 0 && !partial) {
    area.reason = AreaReason::incomplete;  // a figure on some units only is not the area's
    return;
  }
  area.partial = area.incomplete > 0;
  area.result = aggregate_results(ind, c.result->values, c.result->weights, area_decimals(ind, c.result));
  if (!area.result.value) {
    area.reason = AreaReason::not_computed;
    return;
  }
  if (!area.target) {
    area.reason = AreaReason::no_target;
    return;
  }
  area.gap = model::subtract(*area.result.value, *area.target);
  area.status = meets(*area.result.value, *area.target, ind.better) ? Status::met : Status::not_met;
}

UnitComparison compare_unit(const model::Unit& u, const model::Indicator& ind, const model::Result* result) {
  UnitComparison uc;
  uc.unit = &u;
  const model::Value* t = value_for(ind.targets, u.id);
  if (t) uc.target = t->number;
  const model::Value* v = result ? value_for(result->values, u.id) : nullptr;
  // A value marked invalid in a model that loaded without errors is a figure a roll-up refused
  // (targets/rollup.hpp): the unit is not judged, and the refusal says why.
  uc.refused = (t && t->invalid) || (v && v->invalid);
  bool empty = v && !v->invalid && no_data(*v);
  if (v && !v->invalid) {
    uc.result = value_of(*v, ind.is_percent(), 2);
    uc.numerator = v->numerator;
    uc.denominator = v->denominator;
  }
  if (uc.refused) {
    uc.status = Status::not_evaluated;
  } else if (!uc.target) {
    uc.status = Status::no_target;
  } else if (!result) {
    uc.status = Status::not_evaluated;
    if (ind.total) uc.gap = model::subtract(*uc.target, *ind.total);
  } else if (empty) {
    uc.status = Status::no_data;
  } else if (!uc.result) {
    uc.status = Status::no_result;
  } else {
    uc.gap = model::subtract(*uc.result, *uc.target);
    uc.status = meets(*uc.result, *uc.target, ind.better) ? Status::met : Status::not_met;
  }
  return uc;
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
    auto key = [](const model::Result* x) {
      return std::make_pair(x->period.last_day(), x->as_of.value_or(x->period.last_day()));
    };
    if (key(&r) >= key(best)) best = &r;
  }
  return best;
}

std::vector<calendar::Period> result_periods(const model::Model& model, const IndicatorRef& indicator) {
  std::vector<calendar::Period> out;
  std::string ref = text::to_nfc(indicator.ref());
  for (const auto& r : model.results)
    if (text::to_nfc(r.indicator) == ref && std::find(out.begin(), out.end(), r.period) == out.end())
      out.push_back(r.period);
  std::sort(out.begin(), out.end(), [](const calendar::Period& a, const calendar::Period& b) {
    return std::make_pair(a.last_day(), a.first_day()) < std::make_pair(b.last_day(), b.first_day());
  });
  return out;
}

std::vector<SetAside> set_aside_results(const model::Model& model, const Effective& indicator,
                                        const std::optional<calendar::Period>& period) {
  std::vector<SetAside> out;
  const Indicators index(model);
  IndicatorRef by = indicator.current;
  std::optional<IndicatorRef> replaced = index.amended_by(by);
  for (int guard = 0; replaced && guard < 64; ++guard) {
    std::string ref = text::to_nfc(replaced->ref());
    for (const auto& r : model.results)
      if (text::to_nfc(r.indicator) == ref && (!period || r.period == *period)) out.push_back({&r, *replaced, by});
    by = *replaced;
    replaced = index.amended_by(by);
  }
  return out;
}

Comparison compare(const model::Model& model, const Effective& indicator, const model::Result* result, bool partial) {
  const model::Indicator& ind = *indicator.current.indicator;
  Comparison c{indicator, result, model.area, {}, {}, 0, 0, {}};
  for (const model::Unit* u : document_units(model, *indicator.current.document)) {
    c.units.push_back(compare_unit(*u, ind, result));
    if (c.units.back().target) ++c.with_target;
    if (c.units.back().status == Status::met) ++c.met;
  }
  compare_area(c, ind, partial);
  return c;
}

}  // namespace campaign::targets
