#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/model/territory.hpp"
#include "campaign/targets/aggregate.hpp"
#include "campaign/targets/effective.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::check {
namespace {

using std::string;

string with_unit(const model::Decimal& d, const model::Indicator& ind) {
  return ind.is_percent() ? d.to_string() + "%" : d.to_string();
}

void check_total(const model::Indicator& ind, diag::Sink& sink) {
  if (!ind.total || ind.total_rule == model::TotalRule::none) return;
  auto unusable = [](const model::UnitValue& uv) { return uv.value.invalid; };
  if (std::any_of(ind.targets.begin(), ind.targets.end(), unusable) ||
      std::any_of(ind.weights.begin(), ind.weights.end(), unusable))
    return;  // an unreadable target is reported already; a total check now would only mislead
  int decimals = ind.total->scale;
  auto agg = targets::aggregate(ind.targets, ind.total_rule, ind.weights, decimals);
  if (agg.problem != targets::AreaProblem::none) {
    sink.error(string(diag::kMissingWeights), ind.total_position,
               agg.problem == targets::AreaProblem::missing_weight
                   ? i18n::trf("total_rule is weighted-mean but no weight for '{}'; give 'weights' for every unit "
                               "with a target",
                               agg.problem_unit)
                   : string(i18n::tr("total_rule is weighted-mean but the weights add up to 0; give 'weights' for "
                                     "every unit with a target")));
    return;
  }
  if (!agg.value || *agg.value == *ind.total) return;
  const char* rule = ind.total_rule == model::TotalRule::sum    ? i18n::tr("sum")
                     : ind.total_rule == model::TotalRule::mean ? i18n::tr("mean")
                                                                : i18n::tr("weighted mean");
  const string plain = ind.total_rule == model::TotalRule::weighted_mean && agg.plain_mean
                           ? i18n::trf(" (their plain mean is {})", with_unit(*agg.plain_mean, ind))
                           : "";
  // One sentence per number of targets and of decimals (English plurals; one Vietnamese wording).
  const char* sentence =
      agg.count == 1
          ? (decimals == 1 ? N_("the {} of the {} target is {}, not {}{}; compared at {} decimal as the total is "
                                "written. Correct the total or a target, or set total_rule: none")
                           : N_("the {} of the {} target is {}, not {}{}; compared at {} decimals as the total is "
                                "written. Correct the total or a target, or set total_rule: none"))
          : (decimals == 1 ? N_("the {} of the {} targets is {}, not {}{}; compared at {} decimal as the total is "
                                "written. Correct the total or a target, or set total_rule: none")
                           : N_("the {} of the {} targets is {}, not {}{}; compared at {} decimals as the total is "
                                "written. Correct the total or a target, or set total_rule: none"));
  sink.error(
      string(diag::kTotalMismatch), ind.total_position,
      i18n::trf(sentence, rule, agg.count, with_unit(*agg.value, ind), with_unit(*ind.total, ind), plain, decimals));
}

}  // namespace

// E016 for results of percent indicators outside 0–100, numbers or fractions (units are known
// only once the indicator the result names is found).
void result_ranges(const model::Model& model, diag::Sink& sink) {
  for (const auto& r : model.results) {
    auto hash = r.indicator.find('#');
    if (hash == string::npos) continue;
    const model::Document* doc = find_document_read(model, r.indicator.substr(0, hash));
    if (!doc) continue;
    auto ind = std::find_if(doc->indicators.begin(), doc->indicators.end(),
                            [&](const auto& i) { return i.id == r.indicator.substr(hash + 1); });
    if (ind == doc->indicators.end() || !ind->is_percent()) continue;
    for (const auto& uv : r.values) {
      const auto& n = uv.value.number;
      if (n && (n->units < 0 || *n > model::Decimal{100, 0}))
        sink.error(string(diag::kOutOfRange), uv.value.position,
                   i18n::trf("result for '{}': {}% is outside 0–100% ({} is a percentage)", uv.unit, n->to_string(),
                             r.indicator));
      const auto &num = uv.value.numerator, &den = uv.value.denominator;
      if (num && den && *num > *den)
        sink.error(string(diag::kOutOfRange), uv.value.position,
                   i18n::trf("result for '{}': numerator {} is larger than denominator {}, a rate above 100% ({} is a "
                             "percentage); check that the two were not swapped",
                             uv.unit, num->to_string(), den->to_string(), r.indicator));
    }
  }
}

// W009 for a result set filed under an indicator that a loaded notice replaced (`amends`) from
// a date its period reaches: compare uses the indicator in effect, so it sets such results
// aside. A period that ends before the amending notice's issue date is the old indicator's own.
void results_of_replaced(const model::Model& model, diag::Sink& sink) {
  // The replaced indicators, by ref after NFC, with the amendments of each in issue order: one
  // pass over the indicators, then one lookup per result set.
  std::unordered_map<string, std::pair<string, std::vector<targets::IndicatorRef>>> replaced;
  const targets::Indicators index(model);
  for (const auto& r : index.all()) {
    if (!r.indicator->amends) continue;
    auto old = index.amended_by(r);
    if (!old) continue;
    auto& [old_ref, amendments] = replaced[text::to_nfc(old->ref())];
    old_ref = old->ref();
    amendments.push_back(r);
  }
  if (replaced.empty()) return;
  for (const auto& res : model.results) {
    auto it = replaced.find(text::to_nfc(res.indicator));
    if (it == replaced.end()) continue;
    const auto& [old_ref, amendments] = it->second;
    for (const auto& by : amendments) {
      if (!by.document->issued || res.period.last_day() < *by.document->issued) continue;  // from when: unknown
      sink.warning(
          string(diag::kResultOfReplaced), res.indicator_position,
          i18n::trf("the results for {} name {}, which {} replaced from {}: compare sets them aside; file "
                    "them under {} if they answer its targets",
                    res.period.label(), old_ref, by.ref(), calendar::format_vn(*by.document->issued), by.ref()));
      break;
    }
  }
}

namespace {

// E061: a subtotal row (`sum_of`) whose total or a unit's target is not the sum of its parts'.
void subtotal(const model::Document& d, const model::Indicator& ind, diag::Sink& sink) {
  if (ind.sum_of.empty()) return;
  std::vector<const model::Indicator*> parts;
  for (const auto& id : ind.sum_of) {
    auto it = std::find_if(d.indicators.begin(), d.indicators.end(), [&](const auto& i) { return i.id == id; });
    if (it == d.indicators.end() || &*it == &ind) {
      sink.error(string(diag::kSubtotalMismatch), ind.sum_of_position,
                 i18n::trf("indicator {} sums '{}', which is not another indicator of {}", ind.id, id, d.number));
      return;
    }
    parts.push_back(&*it);
  }
  auto sum_of = [&](auto value_of) -> std::optional<model::Decimal> {
    model::Decimal sum;
    bool any = false;
    for (const auto* p : parts)
      if (auto v = value_of(*p)) sum = model::add(sum, *v), any = true;
    return any ? std::optional(sum) : std::nullopt;
  };
  auto mismatch = [&](const std::string& what, const model::Decimal& written, const model::Decimal& sum,
                      diag::Position pos) {
    sink.error(string(diag::kSubtotalMismatch), pos,
               i18n::trf("indicator {} is the sum of {} (sum_of), but its {} is {} where they add up to {}; correct "
                         "the subtotal or a part",
                         ind.id, fmt::join(ind.sum_of, ", "), what, written.to_string(), sum.to_string()));
  };
  if (ind.total)
    if (auto sum = sum_of([](const model::Indicator& p) { return p.total; }); sum && *sum != *ind.total)
      mismatch(i18n::tr("total"), *ind.total, *sum, ind.total_position);
  for (const auto& uv : ind.targets) {
    if (!uv.value.number) continue;
    auto sum = sum_of([&](const model::Indicator& p) -> std::optional<model::Decimal> {
      for (const auto& t : p.targets)
        if (t.unit == uv.unit) return t.value.number;
      return std::nullopt;
    });
    if (sum && *sum != *uv.value.number)
      mismatch(i18n::trf("target for '{}'", uv.unit), *uv.value.number, *sum, uv.value.position);
  }
}

}  // namespace

void indicator_targets(const model::Model& model, diag::Sink& sink) {
  result_ranges(model, sink);
  results_of_replaced(model, sink);
  const model::Territory territory(model);
  for (const model::Document* doc : documents_read(model)) {
    const model::Document& d = *doc;
    for (const auto& ind : d.indicators) {
      subtotal(d, ind, sink);
      for (const auto& u : model.units) {
        if (ind.partial || !model.in_unit_set(ind.units, u.id)) continue;  // a partial breakdown lists some units
        if (!territory.on_map_of(u, d.issued)) continue;  // not on the document's map (docs/territory.md)
        bool has = std::any_of(ind.targets.begin(), ind.targets.end(), [&](const auto& t) { return t.unit == u.id; });
        if (!has)
          sink.error(
              string(diag::kMissingTarget), ind.position,
              i18n::trf("indicator {0} has no target for unit '{1}' ({2}); write '{1}: ~' to leave it out on purpose",
                        ind.id, u.id, u.name));
      }
      if (ind.total_rule == model::TotalRule::weighted_mean && ind.weights.empty()) {
        sink.error(string(diag::kMissingWeights), ind.position,
                   i18n::trf("indicator {} has total_rule: weighted-mean but no 'weights'", ind.id));

        continue;
      }
      if (!ind.partial) check_total(ind, sink);  // "trong đó" 3 of N: the rest is not written
    }
  }
}

}  // namespace campaign::check
