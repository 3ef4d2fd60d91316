#include "campaign/targets/effective.hpp"

#include <algorithm>

#include "campaign/text/unicode.hpp"

namespace campaign::targets {
namespace {

bool same_indicator(const IndicatorRef& a, const IndicatorRef& b) {
  return a.indicator == b.indicator;
}

std::optional<model::Decimal> target_of(const model::Indicator& ind, const std::string& unit) {
  for (const auto& t : ind.targets)
    if (t.unit == unit) return t.value.number;
  return std::nullopt;
}

// A change worded from texts (name, unit, better, year, or a subject alone).
Change text_change(ChangeKind kind, std::string subject, std::string before, std::string after) {
  Change c;
  c.kind = kind;
  c.subject = std::move(subject);
  c.before = std::move(before);
  c.after = std::move(after);
  return c;
}

// What changed from `before` to `after`.
std::vector<Change> changes(const model::Model& model, const model::Indicator& before, const model::Indicator& after) {
  std::vector<Change> out;
  if (before.name != after.name) out.push_back(text_change(ChangeKind::name, "", before.name, after.name));
  if (before.unit != after.unit) out.push_back(text_change(ChangeKind::unit, "", before.unit, after.unit));
  if (before.better != after.better)
    out.push_back(text_change(ChangeKind::better, "", std::string(model::to_string(before.better)),
                              std::string(model::to_string(after.better))));
  if (before.year != after.year)
    out.push_back(text_change(ChangeKind::year, "", std::to_string(before.year), std::to_string(after.year)));
  bool total_same =
      before.total.has_value() == after.total.has_value() && (!before.total || *before.total == *after.total);
  if (!total_same)
    out.push_back({ChangeKind::total, "", "", "", before.total, after.total, before.is_percent(), after.is_percent()});
  for (const auto& u : model.units) {
    auto b = target_of(before, u.id), a = target_of(after, u.id);
    if (b.has_value() == a.has_value() && (!b || *b == *a) && before.unit == after.unit) continue;
    out.push_back({ChangeKind::target, u.name, "", "", b, a, before.is_percent(), after.is_percent()});
  }
  if (out.empty()) out.push_back(text_change(ChangeKind::none, "", "", ""));
  return out;
}

// The stub version of an amended indicator whose document is not loaded.
Version stub_for(const IndicatorRef& amending) {
  const model::Amendment& am = *amending.indicator->amends;
  Version v;
  v.document = am.document;
  v.name = am.was;
  for (const auto& r : amending.document->references)
    if (text::to_nfc(r.number) == text::to_nfc(am.document)) v.issued = r.issued;
  v.changes.push_back(text_change(ChangeKind::not_loaded, amending.document->number, "", ""));
  return v;
}

}  // namespace

std::string IndicatorRef::ref() const {
  return document->number + "#" + indicator->id;
}

Indicators::Indicators(const model::Model& model) {
  for (const auto& d : model.documents)
    for (const auto& i : d.indicators) all_.push_back({&d, &i});
  std::stable_sort(all_.begin(), all_.end(), [](const IndicatorRef& a, const IndicatorRef& b) {
    if (a.document->issued != b.document->issued) return a.document->issued < b.document->issued;
    return a.document != b.document && a.document->number < b.document->number;
  });
  for (std::size_t i = 0; i < all_.size(); ++i) by_ref_.try_emplace(text::to_nfc(all_[i].ref()), i);
  for (const auto& r : all_) {
    std::optional<IndicatorRef> parent;
    if (const auto& am = r.indicator->amends) parent = find(am->document + "#" + am->indicator);
    parent_.emplace(r.indicator, parent);
    if (parent) children_[parent->indicator].push_back(r);
  }
}

std::optional<IndicatorRef> Indicators::find(std::string_view ref) const {
  const auto it = by_ref_.find(text::to_nfc(ref));
  return it == by_ref_.end() ? std::nullopt : std::optional<IndicatorRef>(all_[it->second]);
}

std::optional<IndicatorRef> Indicators::amended_by(const IndicatorRef& amending) const {
  const auto it = parent_.find(amending.indicator);
  return it == parent_.end() ? std::nullopt : it->second;
}

const std::vector<IndicatorRef>& Indicators::amendments_of(const IndicatorRef& target) const {
  static const std::vector<IndicatorRef> kNone;
  const auto it = children_.find(target.indicator);
  return it == children_.end() ? kNone : it->second;
}

bool Indicators::descends_from(const IndicatorRef& e, const IndicatorRef& ancestor) const {
  std::optional<IndicatorRef> cur = e;
  for (int guard = 0; cur && guard < 64; ++guard) {  // amendment chains are short; cycles stop
    if (same_indicator(*cur, ancestor)) return true;
    cur = amended_by(*cur);
  }
  return false;
}

std::vector<IndicatorRef> all_indicators(const model::Model& model) {
  return Indicators(model).all();
}

std::optional<IndicatorRef> find_indicator(const model::Model& model, std::string_view ref) {
  return Indicators(model).find(ref);
}

std::optional<IndicatorRef> amended_by(const model::Model& model, const IndicatorRef& amending) {
  return Indicators(model).amended_by(amending);
}

std::vector<Effective> effective_indicators(const model::Model& model, std::optional<model::Date> as_of) {
  // A document without its date of issue is in force only when no as-of date is asked for.
  auto issued_by = [&](const IndicatorRef& r) {
    return !as_of || (r.document->issued && *r.document->issued <= *as_of);
  };
  const Indicators index(model);
  std::vector<Effective> out;
  for (const auto& r : index.all()) {
    if (!issued_by(r)) continue;
    const auto& later = index.amendments_of(r);
    if (std::any_of(later.begin(), later.end(), issued_by)) continue;
    Effective e{r, index.amended_by(r), {}};
    if (r.indicator->amends && !e.replaces) {
      const model::Amendment& am = *r.indicator->amends;
      bool doc_loaded = model.find_document(am.document) != nullptr;
      e.notes.push_back({doc_loaded ? NoteKind::amended_not_held : NoteKind::amended_not_loaded, r.ref(),
                         am.document + "#" + am.indicator, am.document, std::nullopt});
    } else if (e.replaces) {
      e.notes.push_back(
          {NoteKind::replaces, r.ref(), e.replaces->ref(), e.replaces->document->number, r.document->issued});
    }
    out.push_back(std::move(e));
  }
  return out;
}

bool descends_from(const model::Model& model, const IndicatorRef& e, const IndicatorRef& ancestor) {
  return Indicators(model).descends_from(e, ancestor);
}

std::vector<Version> history(const model::Model& model, const IndicatorRef& ref) {
  const Indicators index(model);
  IndicatorRef root = ref;
  for (int guard = 0; guard < 64; ++guard) {
    auto parent = index.amended_by(root);
    if (!parent) break;
    root = *parent;
  }
  std::vector<Version> out;
  if (root.indicator->amends) out.push_back(stub_for(root));
  std::vector<IndicatorRef> chain{root};
  for (std::size_t i = 0; i < chain.size() && chain.size() < 64; ++i)
    for (const auto& next : index.amendments_of(chain[i])) chain.push_back(next);
  std::stable_sort(chain.begin(), chain.end(), [](const IndicatorRef& a, const IndicatorRef& b) {
    return a.document->issued < b.document->issued;
  });
  for (const auto& r : chain) {
    Version v{r, r.document->number, r.document->issued, r.indicator->name, {}};
    auto parent = index.amended_by(r);
    if (parent) {
      v.changes = changes(model, *parent->indicator, *r.indicator);
    } else if (r.indicator->amends) {
      const model::Amendment& am = *r.indicator->amends;
      if (!am.was.empty() && am.was != r.indicator->name)
        v.changes.push_back(text_change(ChangeKind::name, "", am.was, r.indicator->name));
      v.changes.push_back(text_change(ChangeKind::set_anew, am.document, "", ""));
    } else {
      v.changes.push_back(text_change(ChangeKind::first_version, "", "", ""));
    }
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace campaign::targets
