#include "campaign/targets/select.hpp"

#include <fmt/format.h>

#include "campaign/i18n/translate.hpp"
#include "campaign/model/names.hpp"
#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::targets {
namespace {

std::string known_refs(const std::vector<IndicatorRef>& all) {
  std::string out;
  for (const auto& r : all) out += (out.empty() ? "" : ", ") + r.ref();
  return out.empty() ? "none" : out;
}

}  // namespace

Resolved resolve(const model::Model& model, const std::vector<std::string>& refs) {
  Resolved out;
  const Indicators index(model);
  const auto& all = index.all();
  for (const auto& ref : refs) {
    if (auto r = index.find(ref)) {
      out.indicators.push_back(*r);
      continue;
    }
    // The document number as clerks type it: case does not matter ("127-tb/bcđ#1").
    if (const std::size_t hash = ref.find('#'); hash != std::string::npos) {
      if (const model::Document* d = model::resolve_document(model, ref.substr(0, hash))) {
        if (auto r = index.find(d->number + ref.substr(hash))) {
          out.indicators.push_back(*r);
          continue;
        }
      }
    }
    std::vector<IndicatorRef> by_id;
    if (ref.find('#') == std::string::npos)
      for (const auto& r : all)
        if (text::to_nfc(r.indicator->id) == text::to_nfc(ref)) by_id.push_back(r);
    if (by_id.size() == 1) {
      out.indicators.push_back(by_id.front());
      continue;
    }
    if (by_id.size() > 1) {
      out.error = i18n::trf("indicator '{}' is ambiguous: {}; write DOCUMENT#INDICATOR", ref, known_refs(by_id));
      return out;
    }
    std::vector<std::string> folded;  // suggestions ignore case and tone marks: "127-TB/BCD#1"
    for (const auto& r : all) folded.push_back(text::fold(r.ref()));
    const std::string best = text::suggest(text::fold(ref), folded);
    std::string close;
    for (std::size_t i = 0; i < all.size() && !best.empty(); ++i)
      if (folded[i] == best) close = all[i].ref();
    out.error = close.empty() ? i18n::trf("no indicator '{}'; the loaded indicators are: {}", ref, known_refs(all))
                              : i18n::trf("no indicator '{}' (did you mean '{}'?); the loaded indicators are: {}", ref,
                                          close, known_refs(all));

    return out;
  }
  return out;
}

std::vector<Effective> select(const model::Model& model, const std::vector<Effective>& effective,
                              const std::vector<IndicatorRef>& named) {
  if (named.empty()) return effective;
  const Indicators index(model);
  std::vector<Effective> out;
  for (const auto& e : effective)
    for (const auto& n : named)
      if (index.descends_from(e.current, n)) {
        out.push_back(e);
        break;
      }
  return out;
}

}  // namespace campaign::targets
