// Rules on administrative changes (registry `changes`, docs/territory.md): E050–E053, W040–W042.

#include "campaign/model/territory.hpp"

#include <fmt/format.h>

#include <unordered_map>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::check {
namespace {

using std::string;

// E050, E052, E053, W040 on each change by itself.
void check_change(const model::Model& model, const model::UnitChange& c, diag::Sink& sink) {
  if (!model.find_unit(c.unit))
    sink.error(string(diag::kUnknownSuccessor), c.position,
               i18n::trf("the change names unit '{}', which the registry does not define; add it to `units` "
                         "(it existed before the change) or correct the id",
                         c.unit));
  for (std::size_t i = 0; i < c.successors.size(); ++i)
    if (!model.find_unit(c.successors[i]))
      sink.error(string(diag::kUnknownSuccessor), c.successor_positions[i],
                 i18n::trf("'{0}' took over '{1}', but the registry defines no unit '{0}'; add the new unit to "
                           "`units` (with `from:` its first day) or correct the id",
                           c.successors[i], c.unit));
  if (c.successors.empty())
    sink.error(string(diag::kBadChange), c.position,
               i18n::trf("the change of '{}' says neither where it went; add `merged_into: UNIT` (merged) or "
                         "`successor: UNIT` (renamed; a list when split)",
                         c.unit));
  if (c.both)
    sink.error(string(diag::kBadChange), c.position,
               i18n::trf("the change of '{}' has both `merged_into` and `successor`; keep `merged_into` for a "
                         "merge, `successor` for a rename or a split",
                         c.unit));
  if (!c.effective)
    sink.error(string(diag::kNoEffectiveDate), c.position,
               i18n::trf("the change of '{}' has no `effective` date, so nobody can tell which map a date "
                         "belongs to; add the first day the successor operates, e.g. `effective: 2025-07-01`",
                         c.unit));
  if (c.by.empty())
    sink.warning(string(diag::kNoResolution), c.position,
                 i18n::trf("the change of '{}' does not name the resolution that made it; add `by:` with its "
                           "number, e.g. `by: Nghị quyết 1677/NQ-UBTVQH15`",
                           c.unit));
}

// E053 for a second change of one unit; E051 for changes leading back to a unit.
void check_chains(const model::Model& model, diag::Sink& sink) {
  std::unordered_map<std::string_view, const model::UnitChange*> first;
  for (const model::UnitChange& c : model.changes) {
    auto [it, inserted] = first.emplace(c.unit, &c);
    if (!inserted)
      sink.error(string(diag::kBadChange), c.position,
                 i18n::trf("unit '{}' has a second change (the first is on line {}); a unit ends once: give a "
                           "later change to its successor",
                           c.unit, it->second->position.line));
  }
  for (const model::UnitChange& c : model.changes) {
    if (first[c.unit] != &c) continue;
    // Walk forward from c's successors; reaching c.unit again is a cycle.
    std::vector<std::string_view> todo(c.successors.begin(), c.successors.end());
    std::size_t steps = 0;
    bool cycle = false;
    while (!todo.empty() && !cycle && steps++ <= model.changes.size()) {
      std::string_view id = todo.back();
      todo.pop_back();
      if (id == c.unit) {
        cycle = true;
        break;
      }
      if (auto it = first.find(id); it != first.end())
        todo.insert(todo.end(), it->second->successors.begin(), it->second->successors.end());
    }
    if (cycle)
      sink.error(string(diag::kSuccessionCycle), c.position,
                 i18n::trf("the changes lead from '{}' back to itself: a unit cannot succeed itself; check "
                           "`merged_into` and `successor` of the changes it leads through",
                           c.unit));
  }
}

// W041: a district-level unit formed on or after 1/7/2025, or taking over a unit from then, or a
// document of that time whose registry's area is a district.
void district_level_after_reform(const model::Model& model, diag::Sink& sink) {
  for (const model::Unit& u : model.units)
    if (model::district_level(u.kind) && u.from && !(*u.from < model::kTwoLevelFrom))
      sink.warning(string(diag::kDistrictAfterReform), u.position,
                   i18n::trf("unit '{}' is of district level ({}) but formed on {}: the district level ended on "
                             "01/07/2025 (Luật 72/2025/QH15); use province, commune, ward or special-zone",
                             u.id, model::to_string(u.kind), calendar::format_vn(*u.from)));
  if (model.area && model::district_level(model.area->kind))
    for (const model::Document& d : model.documents)
      if (d.issued && !(*d.issued < model::kTwoLevelFrom))  // undated: not known (W045)
        sink.warning(
            string(diag::kDistrictAfterReform), d.number_position,
            i18n::trf("{} is issued on {}, but the registry's area is {} ({}), a district-level unit; the "
                      "district level ended on 01/07/2025 (Luật 72/2025/QH15): give the area of the "
                      "two-level system (province or commune) in the registry of documents from then",
                      d.number, calendar::format_vn(*d.issued), model.area->name, model::to_string(model.area->kind)));
  for (const model::UnitChange& c : model.changes) {
    if (!c.effective || *c.effective < model::kTwoLevelFrom) continue;
    for (std::size_t i = 0; i < c.successors.size(); ++i)
      if (const model::Unit* u = model.find_unit(c.successors[i]); u && model::district_level(u->kind))
        sink.warning(string(diag::kDistrictAfterReform), c.successor_positions[i],
                     i18n::trf("'{}' takes over '{}' from {}, but it is of district level ({}), which ended on "
                               "01/07/2025 (Luật 72/2025/QH15)",
                               u->id, c.unit, calendar::format_vn(*c.effective), model::to_string(u->kind)));
  }
}

// W042: a document issued on or after a unit's change giving it targets or naming its body.
void former_units_named(const model::Model& model, diag::Sink& sink) {
  const model::Territory territory(model);
  auto ended = [&](std::string_view unit, const model::Date& on) -> const model::UnitChange* {
    const model::UnitChange* c = territory.change_of(unit);
    return c && !(on < *c->effective) ? c : nullptr;
  };
  // `what`: the sentence, with the unit, the day it ceased and the resolution (marked with N_).
  auto say = [&](const model::UnitChange& c, diag::Position at, const char* what) {
    sink.warning(string(diag::kFormerUnitNamed), at,
                 i18n::trf(what, c.unit, calendar::format_vn(calendar::add_days(*c.effective, -1)),
                           c.by.empty() ? string(i18n::tr("see `changes`")) : c.by));
  };
  for (const model::Document& d : model.documents) {
    if (!d.issued) continue;  // a document without its date: which map it meant is not known (W045)
    for (const auto& ind : d.indicators)
      for (const auto& t : ind.targets)
        if (const auto* c = ended(t.unit, *d.issued))
          say(*c, t.key_position,
              N_("the document gives a target to '{}', which ceased on {} ({}); name its successor instead"));
    for (const auto& dir : d.directives)
      for (const auto& task : dir.tasks)
        for (std::size_t i = 0; i < task.responsible.size(); ++i) {
          const std::string& id = task.responsible[i];
          const std::size_t at = id.find('@');
          if (at == std::string::npos) continue;
          if (const auto* c = ended(std::string_view(id).substr(at + 1), *d.issued))
            say(*c, task.responsible_positions[i],
                N_("the document addresses the body of '{}', which ceased on {} ({}); name its successor instead"));
        }
  }
}

}  // namespace

void territory_changes(const model::Model& model, diag::Sink& sink) {
  for (const model::UnitChange& c : model.changes) check_change(model, c, sink);
  check_chains(model, sink);
  district_level_after_reform(model, sink);
  former_units_named(model, sink);
}

}  // namespace campaign::check
