// Unit sets and parents (issue 15, items 2 and 9): what they name exists, and units are used
// inside the set that applies.
#include <fmt/format.h>

#include <algorithm>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::check {
namespace {

using std::string;

// E013 for a set id that names no set; true when `id` is empty or a set.
bool known_set(const model::Model& model, const string& id, diag::Position pos, std::string_view role,
               diag::Sink& sink) {
  if (id.empty() || model.find_unit_set(id)) return true;
  std::vector<string> ids;
  for (const auto& s : model.unit_sets) ids.push_back(s.id);
  sink.error(string(diag::kUnknownReference), pos,
             ids.empty()
                 ? i18n::trf("{}: '{}' is not a unit set defined in the registry; add it under 'unit_sets:'", role, id)
                 : i18n::trf("{}: '{}' is not a unit set defined in the registry; the sets are {}", role, id,
                             fmt::join(ids, ", ")));
  return false;
}

void check_sets(const model::Model& model, diag::Sink& sink) {
  for (const auto& s : model.unit_sets) {
    if (model.find_unit(s.id))
      sink.error(
          string(diag::kDuplicateId), s.position,
          i18n::trf("unit set '{0}' has the id of a unit, so 'ID@{0}' would name both; give the set another id", s.id));
    for (const auto& u : s.units)
      if (!model.find_unit(u))
        sink.error(string(diag::kUnknownReference), s.position,
                   i18n::trf("unit set '{}' lists '{}', which is not a unit defined in the registry", s.id, u));
  }
  for (const auto& u : model.units) {
    if (u.parent.empty()) continue;
    if (u.parent == u.id || !model.find_unit(u.parent))
      sink.error(
          string(diag::kUnknownReference), u.position,
          i18n::trf("unit '{}' has parent '{}', which is not another unit defined in the registry", u.id, u.parent));
  }
  for (const auto& b : model.bodies) {
    if (b.units.empty()) continue;
    if (!b.per_unit)
      sink.error(string(diag::kOutsideUnitSet), b.position,
                 i18n::trf("body '{}' names the unit set '{}' but is not per_unit; add 'per_unit: true' or leave "
                           "'units' out",
                           b.id, b.units));
    known_set(model, b.units, b.position, i18n::trf("'units' of body '{}'", b.id), sink);
  }
}

// E062 for a target of a unit outside the indicator's set.
void check_indicators(const model::Model& model, const model::Document& d, diag::Sink& sink) {
  if (!d.units.empty()) known_set(model, d.units, d.position, i18n::tr("'units' of the document"), sink);
  for (const auto& ind : d.indicators) {
    if (ind.units != d.units &&
        !known_set(model, ind.units, ind.position, i18n::trf("'units' of indicator {}", ind.id), sink))
      continue;
    if (ind.units.empty()) continue;
    for (const auto& uv : ind.targets)
      if (model.find_unit(uv.unit) && !model.in_unit_set(ind.units, uv.unit))
        sink.error(string(diag::kOutsideUnitSet), uv.key_position,
                   i18n::trf("indicator {} is for the units of set '{}', which does not hold '{}'; remove the "
                             "target or add the unit to the set",
                             ind.id, ind.units, uv.unit));
  }
}

// E062 for ID@UNIT where the per-unit body does not exist in that unit.
void check_responsible(const model::Model& model, const std::vector<string>& ids,
                       const std::vector<diag::Position>& positions, diag::Sink& sink) {
  for (std::size_t i = 0; i < ids.size() && i < positions.size(); ++i) {
    const auto at = ids[i].find('@');
    if (at == string::npos) continue;
    const model::Body* b = model.find_body(std::string_view(ids[i]).substr(0, at));
    const string unit = ids[i].substr(at + 1);
    if (!b || b->units.empty() || !model.find_unit(unit) || model.in_unit_set(b->units, unit)) continue;
    sink.error(string(diag::kOutsideUnitSet), positions[i],
               i18n::trf("'{}' names no body: '{}' exists only in the units of set '{}', which does not hold '{}'",
                         ids[i], b->id, b->units, unit));
  }
}

}  // namespace

void unit_sets(const model::Model& model, diag::Sink& sink) {
  check_sets(model, sink);
  for (const model::Document* doc : documents_read(model)) {
    check_indicators(model, *doc, sink);
    for (const auto& dir : doc->directives) {
      check_responsible(model, dir.responsible, dir.responsible_positions, sink);
      for (const auto& t : dir.tasks)
        if (t.responsible_positions != dir.responsible_positions)
          check_responsible(model, t.responsible, t.responsible_positions, sink);
    }
  }
}

}  // namespace campaign::check
