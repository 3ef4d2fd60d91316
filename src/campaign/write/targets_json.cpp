#include "campaign/write/targets_json.hpp"

#include <nlohmann/json.hpp>

#include "campaign/write/json_format.hpp"
#include "campaign/write/targets_table.hpp"
#include "campaign/write/targets_wording.hpp"
#include "campaign/write/territory_wording.hpp"

namespace campaign::write {
namespace {

using nlohmann::ordered_json;

ordered_json number(const std::optional<model::Decimal>& d) {
  if (!d) return nullptr;
  if (d->scale == 0) return d->units;
  return d->to_double();
}

ordered_json value(const std::optional<model::Decimal>& d, const model::Indicator& ind) {
  return {{"value", number(d)}, {"text", format_value(d, ind)}};
}

ordered_json unit_value(const std::string& unit, const std::optional<model::Decimal>& d, const model::Indicator& ind) {
  return {{"unit", unit}, {"value", number(d)}, {"text", format_value(d, ind)}};
}

ordered_json date(const std::optional<model::Date>& d) {
  return d ? ordered_json(calendar::format_iso(*d)) : ordered_json(nullptr);
}

ordered_json gap(const std::optional<model::Decimal>& d, const model::Indicator& ind) {
  if (!d) return nullptr;
  return {{"value", number(d)}, {"text", format_gap(*d, ind, Language::english)}};
}

ordered_json indicator_head(const targets::IndicatorRef& r) {
  const model::Indicator& ind = *r.indicator;
  ordered_json j{{"ref", r.ref()},
                 {"document", r.document->number},
                 {"issued", date(r.document->issued)},
                 {"id", ind.id},
                 {"name", ind.name},
                 {"unit", ind.unit},
                 {"better", model::to_string(ind.better)},
                 {"year", ind.year},
                 {"total_rule", model::to_string(ind.total_rule)}};
  return j;
}

ordered_json amends(const targets::Effective& e) {
  const auto& am = e.current.indicator->amends;
  if (!am) return nullptr;
  return {
      {"document", am->document}, {"indicator", am->indicator}, {"was", am->was}, {"loaded", e.replaces.has_value()}};
}

void put_map(ordered_json& j, const targets::Redrawn* redrawn, Language lang) {
  if (!redrawn) return;
  ordered_json merges = ordered_json::array();
  for (const auto& m : redrawn->map.merges)
    merges.push_back({{"unit", m.unit}, {"parts", m.parts}, {"effective", date(m.effective)}, {"by", m.by}});
  j["units_map"] = {
      {"as_of", calendar::format_iso(redrawn->map.as_of)}, {"merges", merges}, {"note", map_note(redrawn->map, lang)}};
  if (!redrawn->map.parents_off_map.empty()) j["units_map"]["parents_off_map"] = redrawn->map.parents_off_map;
  ordered_json refusals = ordered_json::array();
  for (const auto& r : redrawn->refusals)
    refusals.push_back({{"indicator", r.indicator},
                        {"what", r.target ? "target" : "result"},
                        {"period", r.target ? ordered_json(nullptr) : ordered_json(r.period)},
                        {"unit", r.unit},
                        {"parts", r.parts},
                        {"reason", refusal_key(r.reason)},
                        {"text", refusal_text(r, lang)}});
  j["refusals"] = refusals;
}

ordered_json unit_json(const model::Unit& u) {
  return {{"id", u.id}, {"name", u.name}, {"kind", model::to_string(u.kind)}};
}

ordered_json notes(const std::vector<targets::Note>& notes, Language lang) {
  ordered_json out = ordered_json::array();
  for (const auto& n : notes) out.push_back(note_text(n, lang));
  return out;
}

ordered_json reason(targets::AreaReason r) {
  switch (r) {
    case targets::AreaReason::none:
      return nullptr;
    case targets::AreaReason::no_results:
      return "no results";
    case targets::AreaReason::incomplete:
      return "incomplete";
    case targets::AreaReason::no_target:
      return "no target";
    case targets::AreaReason::breakdown:
      return "partial breakdown";
    case targets::AreaReason::refused:
      return "refused";
    case targets::AreaReason::not_computed:
      return "not computed";
  }
  return nullptr;
}

ordered_json set_aside(const std::vector<targets::SetAside>& set_aside) {
  ordered_json out = ordered_json::array();
  for (const auto& s : set_aside)
    out.push_back({{"indicator", s.replaced.ref()},
                   {"period", s.result->period.label()},
                   {"replaced_by", s.by.ref()},
                   {"from", date(s.by.document->issued)}});
  return out;
}

ordered_json area_json(const targets::Comparison& c) {
  const model::Indicator& ind = *c.indicator.current.indicator;
  ordered_json area{{"target", value(c.area.target, ind)}};
  area["result"] = c.area.result.value ? value(c.area.result.value, ind) : ordered_json(nullptr);
  area["gap"] = gap(c.area.gap, ind);
  area["status"] = status_text(c.area.status, Language::english);
  area["reason"] = reason(c.area.reason);
  area["method"] = c.result ? ordered_json(method_text(c, Language::english)) : ordered_json(nullptr);
  area["units_without_result"] = c.area.missing;
  area["units_without_data"] = c.area.no_data;
  area["partial"] = c.area.partial;
  if (c.shares) area["share"] = number(c.area.share);
  return area;
}

}  // namespace

void write_targets_json(std::ostream& out, const targets::TargetTable& table, Language lang,
                        const targets::Redrawn* redrawn) {
  ordered_json j;
  j["format"] = json_format("targets");
  j["as_of"] = date(table.as_of);
  j["area"] = table.area ? ordered_json{{"name", table.area->name},
                                        {"kind", model::to_string(table.area->kind)},
                                        {"heading", total_heading(table.area, Language::vietnamese)}}
                         : ordered_json(nullptr);
  j["units"] = ordered_json::array();
  for (const auto* u : table.units) j["units"].push_back(unit_json(*u));
  j["indicators"] = ordered_json::array();
  for (const auto& row : table.rows) {
    const model::Indicator& ind = *row.effective.current.indicator;
    ordered_json i = indicator_head(row.effective.current);
    i["total"] = value(row.total, ind);
    i["targets"] = ordered_json::array();
    for (std::size_t k = 0; k < table.units.size(); ++k) {
      i["targets"].push_back(unit_value(table.units[k]->id, row.targets[k], ind));
      if (k < row.refused.size() && row.refused[k]) {
        i["targets"].back()["text"] = "?";
        i["targets"].back()["refused"] = true;
      }
    }
    i["amends"] = amends(row.effective);
    i["replaces"] = row.effective.replaces ? ordered_json(row.effective.replaces->ref()) : ordered_json(nullptr);
    i["notes"] = notes(row.effective.notes, lang);
    j["indicators"].push_back(i);
  }
  put_map(j, redrawn, lang);
  out << j.dump(2) << '\n';
}

void write_history_json(std::ostream& out, const model::Model& model, const std::vector<targets::Version>& versions,
                        Language lang) {
  ordered_json j{{"format", json_format("targets")}, {"view", "history"}, {"versions", ordered_json::array()}};
  for (const auto& v : versions) {
    ordered_json e{
        {"document", v.document}, {"issued", date(v.issued)}, {"name", v.name}, {"loaded", v.indicator.has_value()}};
    if (v.indicator) {
      const model::Indicator& ind = *v.indicator->indicator;
      e["ref"] = v.indicator->ref();
      e["total"] = value(ind.total, ind);
      e["targets"] = ordered_json::array();
      for (const auto& u : model.units) {
        std::optional<model::Decimal> t;
        for (const auto& uv : ind.targets)
          if (uv.unit == u.id) t = uv.value.number;
        e["targets"].push_back(unit_value(u.id, t, ind));
      }
    }
    e["changes"] = ordered_json::array();
    for (const auto& change : v.changes) e["changes"].push_back(change_text(change, model.area, lang));
    j["versions"].push_back(e);
  }
  out << j.dump(2) << '\n';
}

void write_compare_json(std::ostream& out, const std::vector<targets::Comparison>& comparisons,
                        const std::vector<const model::Unit*>& units, Language lang, const targets::Redrawn* redrawn) {
  ordered_json j{{"format", json_format("compare")}, {"comparisons", ordered_json::array()}};
  for (const auto& c : comparisons) {
    const model::Indicator& ind = *c.indicator.current.indicator;
    ordered_json e{{"indicator", indicator_head(c.indicator.current)}};
    e["view"] = c.result ? "results" : "allocation";
    e["period"] = c.result ? ordered_json(c.result->period.label()) : ordered_json(nullptr);
    e["as_of"] = c.result ? date(c.result->as_of) : ordered_json(nullptr);
    e["units"] = ordered_json::array();
    for (const auto& u : c.units) {
      ordered_json uj{{"unit", u.unit->id}, {"name", u.unit->name}, {"target", value(u.target, ind)}};
      uj["result"] = u.result ? value(u.result, ind) : ordered_json(nullptr);
      if (u.numerator) uj["numerator"] = number(u.numerator), uj["denominator"] = number(u.denominator);
      uj["gap"] = gap(u.gap, ind);
      uj["status"] = status_text(u.status, Language::english);
      if (c.shares) uj["share"] = number(u.share);
      if (u.refused) uj["refused"] = true;
      if (u.refused && !u.target) uj["target"]["text"] = "?";
      e["units"].push_back(uj);
    }
    for (const auto& g : c.groups) {
      ordered_json gj{{"parent", g.parent->id}, {"units", g.count}, {"target", value(g.target, ind)}};
      gj["result"] = g.result ? value(g.result, ind) : ordered_json(nullptr);
      gj["gap"] = gap(g.gap, ind);
      gj["status"] = status_text(g.status, Language::english);
      if (c.shares) gj["share"] = number(g.share);
      e["subtotals"].push_back(gj);
    }
    if (c.remainder) {
      e["remainder"] = {{"target", value(c.remainder->target, ind)},
                        {"result", c.remainder->result ? value(c.remainder->result, ind) : ordered_json(nullptr)}};
    }
    e["area"] = area_json(c);
    e["met"] = c.met;
    e["with_target"] = c.with_target;
    e["set_aside"] = set_aside(c.set_aside);
    e["summary"] = summary(c, units, lang);
    e["notes"] = notes(c.indicator.notes, lang);
    j["comparisons"].push_back(e);
  }
  put_map(j, redrawn, lang);
  out << j.dump(2) << '\n';
}

}  // namespace campaign::write
