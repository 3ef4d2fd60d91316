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

// result / target × 100 at 1 decimal (đạt … % kế hoạch), for indicators that are not percentages.
std::optional<Decimal> share_of(const std::optional<Decimal>& result, const std::optional<Decimal>& target,
                                const model::Indicator& ind) {
  if (ind.is_percent() || !result || !target || target->units <= 0) return std::nullopt;
  return model::divide(model::multiply(*result, Decimal{100, 0}), *target, 1);
}

Status judge(const Decimal& result, const Decimal& target, const model::Indicator& ind) {
  if (ind.better == model::Better::none) return Status::not_judged;
  return meets(result, target, ind.better) ? Status::met : Status::not_met;
}

// The area figure the result set reports itself (`area`): AreaMethod::reported.
bool reported_area(Comparison& c, const model::Indicator& ind) {
  if (!c.result || !c.result->area) return false;
  AreaComparison& area = c.area;
  area.result.method = AreaMethod::reported;
  area.result.value = c.result->area->number;
  if (!area.result.value) {
    area.reason = AreaReason::not_computed;
  } else if (!area.target) {
    area.reason = AreaReason::no_target;
  } else {
    area.gap = model::subtract(*area.result.value, *area.target);
    area.status = judge(*area.result.value, *area.target, ind);
    area.share = share_of(area.result.value, area.target, ind);
  }
  return true;
}

void compare_area(Comparison& c, const model::Indicator& ind, bool partial) {
  AreaComparison& area = c.area;
  area.target = ind.total;
  for (const auto& u : c.units) {
    if (!u.target) {
      // A result a roll-up refused (its target refused too) is still a part of the area: the
      // area result without it would be a wrong figure.
      const model::Value* v = c.result ? value_for(c.result->values, u.unit->id) : nullptr;
      if (u.refused && v && v->invalid) ++area.refused;
      continue;
    }
    if (u.status == Status::no_data)
      ++area.no_data;
    else if (!u.result)
      ++area.missing;
  }
  if (!c.result) {
    area.reason = AreaReason::no_results;
    return;
  }
  if (reported_area(c, ind)) return;
  if (area.refused > 0) {  // a part of the area could not be rolled up onto the map
    area.reason = AreaReason::refused;
    return;
  }
  if (ind.partial) {  // the units listed are part of the area: their figures are not the area's
    area.reason = AreaReason::breakdown;
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
  area.status = judge(*area.result.value, *area.target, ind);
  area.share = share_of(area.result.value, area.target, ind);
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
    uc.numerator = v->numerator.get();
    uc.denominator = v->denominator.get();
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
    // A result set with the area figure only (`area`, no `values`) has no unit figures to judge.
    uc.status = result->values.empty() && result->area ? Status::not_evaluated : Status::no_result;
  } else {
    uc.gap = model::subtract(*uc.result, *uc.target);
    uc.status = judge(*uc.result, *uc.target, ind);
    uc.share = share_of(uc.result, uc.target, ind);
  }
  return uc;
}

// The values of `values` for the units of `units` (indexes into c.units).
std::vector<model::UnitValue> values_of(const std::vector<model::UnitValue>& values, const Comparison& c,
                                        const std::vector<std::size_t>& units) {
  std::vector<model::UnitValue> out;
  for (const auto& uv : values)
    for (std::size_t i : units)
      if (c.units[i].unit->id == uv.unit) out.push_back(uv);
  return out;
}

std::vector<GroupComparison> compare_groups(const model::Model& model, const Comparison& c,
                                            const model::Indicator& ind) {
  std::vector<GroupComparison> out;
  if (ind.total_rule == model::TotalRule::none) return out;
  for (const auto& parent : model.units) {
    std::vector<std::size_t> children;
    for (std::size_t i = 0; i < c.units.size(); ++i)
      if (c.units[i].unit->parent == parent.id) children.push_back(i);
    if (children.empty()) continue;
    GroupComparison g{&parent, children.back(), children.size(), {}, {}, {}, {}, Status::not_evaluated};
    const auto targets = values_of(ind.targets, c, children);
    int decimals = 0;
    for (const auto& t : targets)
      if (t.value.number) decimals = std::max(decimals, t.value.number->scale);
    if (ind.total_rule != model::TotalRule::sum) decimals = std::max(decimals, 2);
    // A child whose figure a roll-up refused (targets/rollup.hpp) leaves the subtotal unknown.
    const bool refused =
        std::any_of(children.begin(), children.end(), [&](std::size_t i) { return c.units[i].refused; });
    if (!refused) g.target = aggregate(targets, ind.total_rule, ind.weights, decimals).value;
    bool complete = std::all_of(children.begin(), children.end(),
                                [&](std::size_t i) { return !c.units[i].target || c.units[i].result; });
    if (c.result && complete && !refused && !c.result->values.empty()) {
      const auto weights = c.result->weights.empty() ? ind.weights : c.result->weights;
      g.result = aggregate_results(ind, values_of(c.result->values, c, children), weights, decimals).value;
    }
    if (g.result && g.target) {
      g.gap = model::subtract(*g.result, *g.target);
      g.status = judge(*g.result, *g.target, ind);
      g.share = share_of(g.result, g.target, ind);
    }
    out.push_back(g);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.after < b.after; });
  return out;
}

// What a `breakdown: partial` indicator's listed units leave of its total (total_rule: sum).
std::optional<Remainder> remainder(const Comparison& c, const model::Indicator& ind) {
  if (!ind.partial || !ind.total || ind.total_rule != model::TotalRule::sum) return std::nullopt;
  // A listed unit whose figure a roll-up refused: what the others leave is not known (its
  // refusal says why), so there is no remainder row rather than a wrong one.
  if (std::any_of(c.units.begin(), c.units.end(), [](const UnitComparison& u) { return u.refused; }))
    return std::nullopt;
  Remainder r;
  Decimal listed_targets, listed_results;
  bool all_results = true;
  for (const auto& u : c.units) {
    if (u.target) listed_targets = model::add(listed_targets, *u.target);
    if (u.result)
      listed_results = model::add(listed_results, *u.result);
    else if (u.target)
      all_results = false;
  }
  r.target = model::subtract(*ind.total, listed_targets);
  if (c.area.result.method == AreaMethod::reported && c.area.result.value && all_results)
    r.result = model::subtract(*c.area.result.value, listed_results);
  return r;
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
  Comparison c{indicator, result, model.area, {}, {}, 0, 0, {}, {}, std::nullopt, false};
  c.shares = !ind.is_percent();
  for (const model::Unit* u : document_units(model, *indicator.current.document)) {
    if (!model.in_unit_set(ind.units, u->id)) continue;           // not a unit of the indicator's set
    if (ind.partial && !value_for(ind.targets, u->id)) continue;  // a partial breakdown lists some units
    c.units.push_back(compare_unit(*u, ind, result));
    if (c.units.back().target) ++c.with_target;
    if (c.units.back().status == Status::met) ++c.met;
  }
  compare_area(c, ind, partial);
  c.groups = compare_groups(model, c, ind);
  c.remainder = remainder(c, ind);
  return c;
}

}  // namespace campaign::targets
