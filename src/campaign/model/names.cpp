// Names of bodies and documents as clerks write them (see names.hpp).

#include "campaign/model/names.hpp"

#include <algorithm>

#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::model {
namespace {

// The labels a body answers to, lower-cased NFC, each with how it names the body.
std::vector<std::pair<std::string, NameMatch>> labels_of(const Body& body) {
  std::vector<std::pair<std::string, NameMatch>> labels{{text::to_lower(body.name), NameMatch::name}};
  if (!body.full_name.empty()) labels.emplace_back(text::to_lower(body.full_name), NameMatch::full_name);
  for (const std::string& alias : body.aliases) labels.emplace_back(text::to_lower(alias), NameMatch::alias);
  return labels;
}

void add_unique(std::vector<BodyMatch>& matches, BodyMatch match) {
  const bool known = std::any_of(matches.begin(), matches.end(),
                                 [&](const BodyMatch& m) { return m.body == match.body && m.unit == match.unit; });
  if (!known) matches.push_back(match);
}

// The unit `rest` names after a per-unit body's label: "tân lập", "xã tân lập", "(xã tân lập)".
std::optional<std::size_t> unit_named(const Model& model, std::string_view rest) {
  if (rest.size() > 2 && rest.front() == '(' && rest.back() == ')') rest = rest.substr(1, rest.size() - 2);
  for (std::size_t u = 0; u < model.units.size(); ++u) {
    const Unit& unit = model.units[u];
    if (rest == text::to_lower(unit.name) || rest == text::to_lower(short_unit_name(unit))) return u;
  }
  return std::nullopt;
}

// "BCĐ xã Tân Lập": a per-unit body's label, a space, then a unit.
void match_unit_bodies(const Model& model, const std::string& lowered, std::vector<BodyMatch>& matches) {
  for (std::size_t b = 0; b < model.bodies.size(); ++b) {
    if (!model.bodies[b].per_unit) continue;
    for (const auto& [label, how] : labels_of(model.bodies[b])) {
      std::vector<std::string> stems{label};
      // "bcđ xã" also reads as "bcđ" + "thị trấn đăk rve" (the unit's own kind word).
      for (const Unit& unit : model.units) {
        const std::string kind = " " + std::string(vietnamese_name(unit.kind));
        if (label.ends_with(kind)) stems.push_back(label.substr(0, label.size() - kind.size()));
      }
      for (const std::string& stem : stems) {
        if (!lowered.starts_with(stem + " ")) continue;
        if (auto unit = unit_named(model, std::string_view(lowered).substr(stem.size() + 1)))
          add_unique(matches, {b, unit, how});
      }
    }
  }
}

}  // namespace

std::string short_unit_name(const Unit& unit) {
  const std::string lowered = text::to_lower(unit.name);
  const std::string kind = std::string(vietnamese_name(unit.kind)) + " ";
  if (!lowered.starts_with(kind)) return unit.name;
  // Lower-casing keeps the byte length of Vietnamese letters, so the offset carries over.
  const std::string nfc = text::to_nfc(unit.name);
  return nfc.size() == lowered.size() ? nfc.substr(kind.size()) : unit.name;
}

BodyResolution resolve_body(const Model& model, std::string_view text) {
  BodyResolution out;
  const std::string nfc = text::to_nfc(text);
  if (auto b = model.body_index(nfc)) {
    out.matches.push_back({*b, std::nullopt, NameMatch::id});
    return out;
  }
  if (const std::size_t at = nfc.find('@'); at != std::string::npos) {
    const auto b = model.body_index(std::string_view(nfc).substr(0, at));
    const auto u = model.unit_index(std::string_view(nfc).substr(at + 1));
    if (b && u && model.bodies[*b].per_unit) out.matches.push_back({*b, u, NameMatch::id});
    return out;
  }
  const std::string lowered = text::to_lower(nfc);
  for (std::size_t b = 0; b < model.bodies.size(); ++b)
    for (const auto& [label, how] : labels_of(model.bodies[b]))
      if (label == lowered) add_unique(out.matches, {b, std::nullopt, how});
  if (out.matches.empty()) match_unit_bodies(model, lowered, out.matches);
  return out;
}

std::string match_id(const Model& model, const BodyMatch& match) {
  std::string id = model.bodies[match.body].id;
  if (match.unit) id += "@" + model.units[*match.unit].id;
  return id;
}

std::string suggest_body(const Model& model, std::string_view text) {
  std::vector<std::string> folded;
  std::vector<const Body*> owner;
  for (const Body& body : model.bodies) {
    for (const std::string* label : {&body.id, &body.name, &body.full_name}) {
      if (label->empty()) continue;
      folded.push_back(text::fold(*label));
      owner.push_back(&body);
    }
    for (const std::string& alias : body.aliases) {
      folded.push_back(text::fold(alias));
      owner.push_back(&body);
    }
  }
  const std::string best = text::suggest(text::fold(text), folded);
  if (best.empty()) return {};
  const Body* body = owner[static_cast<std::size_t>(std::find(folded.begin(), folded.end(), best) - folded.begin())];
  return body->name == body->id ? body->id : body->id + " (" + body->name + ")";
}

const Document* resolve_document(const Model& model, std::string_view number) {
  const std::string nfc = text::to_nfc(number);
  if (const Document* d = model.find_document(nfc)) return d;
  const Document* found = nullptr;
  const std::string lowered = text::to_lower(nfc);
  for (const Document& d : model.documents) {
    if (text::to_lower(d.number) != lowered) continue;
    if (found) return nullptr;  // two numbers differing in case only: refuse to pick
    found = &d;
  }
  return found;
}

std::string suggest_document(const Model& model, std::string_view number) {
  std::vector<std::string> folded;
  for (const Document& d : model.documents) folded.push_back(text::fold(d.number));
  const std::string best = text::suggest(text::fold(number), folded);
  if (best.empty()) return {};
  return model.documents[static_cast<std::size_t>(std::find(folded.begin(), folded.end(), best) - folded.begin())]
      .number;
}

}  // namespace campaign::model
