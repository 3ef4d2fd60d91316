#include "campaign/model/territory.hpp"

namespace campaign::model {

bool district_level(UnitKind kind) {
  return kind == UnitKind::district || kind == UnitKind::district_town || kind == UnitKind::city;
}

std::string_view to_string(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::merged:
      return "merged";
    case ChangeKind::renamed:
      return "renamed";
    case ChangeKind::split:
      return "split";
  }
  return "merged";
}

Territory::Territory(const Model& model) : model_(&model) {
  for (const UnitChange& c : model.changes) {
    any_ = true;
    if (c.effective && !c.successors.empty()) changes_.emplace(c.unit, &c);  // the first one counts
  }
  for (const Unit& u : model.units) any_ = any_ || u.from.has_value();
}

const UnitChange* Territory::change_of(std::string_view unit) const {
  auto it = changes_.find(unit);
  return it == changes_.end() ? nullptr : it->second;
}

bool Territory::exists_on(const Unit& unit, const Date& date) const {
  if (unit.from && date < *unit.from) return false;
  const UnitChange* c = change_of(unit.id);
  return !c || date < *c->effective;
}

bool Territory::on_map_of(const Unit& unit, const std::optional<Date>& issued) const {
  if (issued) return exists_on(unit, *issued);
  return change_of(unit.id) == nullptr;
}

std::vector<const Unit*> Territory::units_on(const Date& date) const {
  std::vector<const Unit*> out;
  for (const Unit& u : model_->units)
    if (exists_on(u, date)) out.push_back(&u);
  return out;
}

Succession Territory::successor_on(std::string_view unit, const Date& date) const {
  Succession s;
  std::vector<std::string_view> frontier{unit};
  // Each step follows one change; more steps than units means a cycle (E051): no answer.
  for (std::size_t steps = 0; !frontier.empty(); ++steps) {
    if (steps > model_->units.size() + model_->changes.size()) return Succession{{}, s.changes, s.split};
    std::string_view id = frontier.back();
    frontier.pop_back();
    const UnitChange* c = change_of(id);
    if (!c || date < *c->effective) {
      const Unit* u = model_->find_unit(id);
      if (!u) return Succession{{}, s.changes, s.split};
      bool seen = false;
      for (const Unit* x : s.units) seen = seen || x == u;
      if (!seen) s.units.push_back(u);
      continue;
    }
    s.changes.push_back(c);
    s.split = s.split || c->kind == ChangeKind::split;
    for (auto it = c->successors.rbegin(); it != c->successors.rend(); ++it) frontier.push_back(*it);
  }
  return s;
}

}  // namespace campaign::model
