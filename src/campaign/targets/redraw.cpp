// A model redrawn on the map of a date (targets/rollup.hpp, Redrawn).

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "campaign/model/territory.hpp"
#include "campaign/targets/effective.hpp"
#include "campaign/targets/rollup.hpp"

namespace campaign::targets {
namespace {

using model::UnitValue;

// Decimals of a weighted mean: the parts' widest, at least 2.
int decimals_of(const std::vector<UnitValue>& values) {
  int d = 2;
  for (const auto& uv : values)
    if (uv.value.number) d = std::max(d, uv.value.number->scale);
  return d;
}

// Unit id -> its value in `values` (the first one written), for lookups in O(1).
std::unordered_map<std::string_view, const model::Value*> index_of(const std::vector<UnitValue>& values) {
  std::unordered_map<std::string_view, const model::Value*> out;
  for (const auto& uv : values) out.emplace(uv.unit, &uv.value);
  return out;
}

const model::Value* find(const std::unordered_map<std::string_view, const model::Value*>& index, std::string_view id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : it->second;
}

// Where each unit went by the map's date is worked out once (Territory::successor_on per unit);
// each roll-up then visits each unit once: O(units) per indicator and result set.
class Redrawer {
 public:
  Redrawer(const model::Model& model, const model::Date& as_of, Redrawn& out)
      : model_(model), territory_(model), as_of_(as_of), out_(out) {
    on_map_ = territory_.units_on(as_of);
    std::unordered_map<const model::Unit*, std::size_t> position;
    for (std::size_t i = 0; i < on_map_.size(); ++i) position.emplace(on_map_[i], i);
    members_.resize(on_map_.size());
    for (const model::Unit& u : model_.units) {
      model::Succession s = territory_.successor_on(u.id, as_of_);
      const bool split = s.split || s.units.size() > 1;
      for (const model::Unit* to : s.units)
        if (auto it = position.find(to); it != position.end()) members_[it->second].push_back({&u, split, s.changes});
    }
  }

  // The units of the map, and the merges its note names.
  void draw_map() {
    out_.map.as_of = as_of_;
    out_.model.units.clear();
    for (const model::Unit* u : on_map_) out_.model.units.push_back(*u);
    for (std::size_t i = 0; i < on_map_.size(); ++i) {
      UnitMap::Merge merge{on_map_[i]->name, {}, {}, {}};
      for (const Member& m : members_[i]) {
        if (m.unit == on_map_[i] || m.split || m.changes.empty()) continue;
        merge.parts.push_back(m.unit->name);
        merge.effective = m.changes.front()->effective;
        merge.by = m.changes.front()->by;
      }
      if (!merge.parts.empty()) out_.map.merges.push_back(std::move(merge));
    }
    // A parent not on the map has no subtotal row on it (compare); the note names it.
    for (model::Unit& u : out_.model.units) {
      if (u.parent.empty() ||
          std::any_of(on_map_.begin(), on_map_.end(), [&](const model::Unit* m) { return m->id == u.parent; }))
        continue;
      const model::Unit* p = model_.find_unit(u.parent);
      const std::string name = p ? p->name : u.parent;
      if (std::find(out_.map.parents_off_map.begin(), out_.map.parents_off_map.end(), name) ==
          out_.map.parents_off_map.end())
        out_.map.parents_off_map.push_back(name);
      u.parent.clear();
    }
  }

  // The unit sets on the map: a unit of the map is in a set when a unit it carries is.
  void draw_sets() {
    for (model::UnitSet& set : out_.model.unit_sets) {
      std::vector<std::string> units;
      for (std::size_t i = 0; i < on_map_.size(); ++i)
        if (std::any_of(members_[i].begin(), members_[i].end(), [&](const Member& m) { return in_set(i, m, set.id); }))
          units.push_back(on_map_[i]->id);
      set.units = std::move(units);
    }
  }

  // `values` (and their `weights`) of the units existing on `drawn_on`, rolled up onto the map;
  // with `drawn_on` not known (a document without its date) only the units given a value.
  // Refusals are added with `base` filled in; `weights_out` receives the successors' weights.
  // `set`: the indicator's unit set (empty: every unit); `partial`: its breakdown is partial.
  std::vector<UnitValue> redraw(const std::vector<UnitValue>& values, const std::vector<UnitValue>& weights,
                                model::TotalRule rule, const std::optional<model::Date>& drawn_on, const Refusal& base,
                                std::vector<UnitValue>& weights_out, std::string_view set = {}, bool partial = false) {
    const auto value_index = index_of(values);
    const auto weight_index = index_of(weights);
    std::vector<UnitValue> out;
    for (std::size_t i = 0; i < on_map_.size(); ++i) {
      std::vector<Part> parts;
      std::vector<std::string> names;
      bool split = false, given = false;
      std::string outside;  // a unit carried outside the indicator's set
      for (const Member& m : members_[i]) {
        const model::Value* v = find(value_index, m.unit->id);
        if (!v && (!drawn_on || !territory_.exists_on(*m.unit, *drawn_on)))
          continue;  // neither on the figures' map nor given
        if (!in_set(i, m, set)) {
          if (outside.empty()) outside = m.unit->id;
          continue;
        }
        split = split || m.split;
        given = given || v;
        parts.push_back({m.unit->id, v, find(weight_index, m.unit->id)});
        names.push_back(m.unit->name);
      }
      if (parts.empty() || (partial && !given)) continue;  // not a unit of the indicator's set or list
      Rolled r = split              ? Rolled{{}, {}, RefusalReason::split, {}}
                 : !outside.empty() ? Rolled{{}, {}, RefusalReason::outside_set, outside}
                                    : roll_up(parts, rule, decimals_of(values));
      UnitValue uv{on_map_[i]->id, {}, {}};
      if (r.value) {
        uv.value = *r.value;
      } else {
        uv.value.invalid = true;  // present, not usable: a refused roll-up
        Refusal refusal = base;
        refusal.unit = on_map_[i]->name;
        refusal.parts = names;
        refusal.reason = *r.refused;
        if (const model::Unit* p = model_.find_unit(r.problem_unit)) refusal.problem_unit = p->name;
        out_.refusals.push_back(std::move(refusal));
      }
      if (r.weight) weights_out.push_back({on_map_[i]->id, model::Value{.number = r.weight}, {}});
      out.push_back(std::move(uv));
    }
    return out;
  }

 private:
  struct Member {  // a unit carried by a unit of the map
    const model::Unit* unit;
    bool split;  // it was split: its figure cannot go to one of its parts
    std::vector<const model::UnitChange*> changes;
  };

  // True when member `m` of map unit `i` is in unit set `set` (empty: every unit). A successor
  // the set does not list (formed after it was written) is in it when every unit it carries is.
  [[nodiscard]] bool in_set(std::size_t i, const Member& m, std::string_view set) const {
    if (model_.in_unit_set(set, m.unit->id)) return true;
    if (m.unit != on_map_[i]) return false;
    bool formers = false;
    for (const Member& f : members_[i]) {
      if (f.unit == on_map_[i]) continue;
      if (!model_.in_unit_set(set, f.unit->id)) return false;
      formers = true;
    }
    return formers;
  }
  const model::Model& model_;
  model::Territory territory_;
  model::Date as_of_;
  Redrawn& out_;
  std::vector<const model::Unit*> on_map_;
  std::vector<std::vector<Member>> members_;  // per unit of on_map_, in registry order
};

}  // namespace

Redrawn redraw(const model::Model& model, const model::Date& as_of) {
  Redrawn out;
  out.model = model;
  Redrawer redrawer(model, as_of, out);
  redrawer.draw_map();
  redrawer.draw_sets();
  for (std::size_t d = 0; d < model.documents.size(); ++d) {
    const model::Document& doc = model.documents[d];
    for (std::size_t i = 0; i < doc.indicators.size(); ++i) {
      const model::Indicator& ind = doc.indicators[i];
      model::Indicator& drawn = out.model.documents[d].indicators[i];
      Refusal base{doc.number + "#" + ind.id, true, {}, {}, {}, {}, {}};
      std::vector<UnitValue> weights;
      drawn.targets =
          redrawer.redraw(ind.targets, ind.weights, ind.total_rule, doc.issued, base, weights, ind.units, ind.partial);
      drawn.weights = std::move(weights);
    }
  }
  const Indicators index(model);
  for (std::size_t k = 0; k < model.results.size(); ++k) {
    const model::Result& res = model.results[k];
    const auto ind = index.find(res.indicator);
    const model::TotalRule rule = ind ? ind->indicator->total_rule : model::TotalRule::none;
    const std::vector<UnitValue>& weights =
        res.weights.empty() && ind ? ind->indicator->weights : res.weights;  // as aggregate_results takes them
    Refusal base{res.indicator, false, res.period.label(), {}, {}, {}, {}};
    std::vector<UnitValue> drawn_weights;
    out.model.results[k].values = redrawer.redraw(
        res.values, weights, rule, res.as_of.value_or(res.period.last_day()), base, drawn_weights,
        ind ? std::string_view(ind->indicator->units) : std::string_view{}, ind && ind->indicator->partial);
    out.model.results[k].weights = std::move(drawn_weights);
  }
  // The map is drawn: every unit of the redrawn model is on it, for every document.
  out.model.changes.clear();
  for (model::Unit& u : out.model.units) u.from.reset();
  return out;
}

std::vector<const model::Unit*> document_units(const model::Model& model, const model::Document& document) {
  const model::Territory territory(model);
  std::vector<const model::Unit*> out;
  for (const model::Unit& u : model.units)
    if (!territory.any() || territory.on_map_of(u, document.issued)) out.push_back(&u);
  return out;
}

}  // namespace campaign::targets
