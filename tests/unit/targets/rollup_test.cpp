// Tests of campaign/targets/rollup.hpp: former units' figures rolled up into their successor
// (sums, weighted means, numerators/denominators) and the ones refused (a mean of rates
// without weights, a part missing), by hand and on the bundled example of the 2025 map.

#include "campaign/targets/rollup.hpp"

#include "campaign/targets/compare.hpp"
#include "campaign/targets/table.hpp"
#include "fixture.hpp"

using namespace campaign;
using namespace campaign::targets;
using test::dec;

namespace {

model::Value number(const char* v) {
  model::Value out;
  out.number = dec(v);
  return out;
}

model::Value fraction(const char* n, const char* d) {
  model::Value out;
  out.numerator = dec(n);
  out.denominator = dec(d);
  return out;
}

}  // namespace

TEST_CASE("sums add up: 18 + 20 + 15 = 53", "[targets][rollup]") {
  model::Value a = number("18"), b = number("20"), c = number("15");
  Rolled r = roll_up({{"tan-lap", &a, nullptr}, {"dak-ruong", &b, nullptr}, {"dak-tore", &c, nullptr}},
                     model::TotalRule::sum, 2);
  REQUIRE(r.value);
  REQUIRE_FALSE(r.refused);
  CHECK(r.value->number->to_string() == "53");
}

TEST_CASE("weighted means take their weights and give the weight on", "[targets][rollup]") {
  // (22·100 + 14·50) / 150 = 2900 / 150 = 19.333… -> 19.33; the successor's weight 150.
  model::Value a = number("22"), b = number("14"), wa = number("100"), wb = number("50");
  Rolled r = roll_up({{"a", &a, &wa}, {"b", &b, &wb}}, model::TotalRule::weighted_mean, 2);
  REQUIRE(r.value);
  CHECK(r.value->number->to_string() == "19.33");
  REQUIRE(r.weight);
  CHECK(r.weight->to_string() == "150");
}

TEST_CASE("a weighted mean without one weight is refused, naming the unit", "[targets][rollup]") {
  model::Value a = number("22"), b = number("14"), wa = number("100");
  Rolled r = roll_up({{"a", &a, &wa}, {"b", &b, nullptr}}, model::TotalRule::weighted_mean, 2);
  CHECK_FALSE(r.value);
  REQUIRE(r.refused);
  CHECK(*r.refused == RefusalReason::missing_weight);
  CHECK(r.problem_unit == "b");
}

TEST_CASE("a mean of rates without weights is refused, never averaged", "[targets][rollup]") {
  // The seed's targets 22%, 14%, 42%: their plain mean 26% is not Kon Braih's rate.
  model::Value a = number("22"), b = number("14"), c = number("42");
  Rolled r = roll_up({{"a", &a, nullptr}, {"b", &b, nullptr}, {"c", &c, nullptr}}, model::TotalRule::mean, 2);
  CHECK_FALSE(r.value);
  REQUIRE(r.refused);
  CHECK(*r.refused == RefusalReason::mean_without_weights);
  Rolled none = roll_up({{"a", &a, nullptr}, {"b", &b, nullptr}}, model::TotalRule::none, 2);
  REQUIRE(none.refused);
  CHECK(*none.refused == RefusalReason::no_rule);
}

TEST_CASE("results as numerator/denominator add their counts under any rule", "[targets][rollup]") {
  model::Value a = fraction("3", "20"), b = fraction("0", "0"), c = fraction("7", "30");
  Rolled r = roll_up({{"a", &a, nullptr}, {"b", &b, nullptr}, {"c", &c, nullptr}}, model::TotalRule::mean, 2);
  REQUIRE(r.value);
  CHECK(r.value->numerator->to_string() == "10");
  CHECK(r.value->denominator->to_string() == "50");
}

TEST_CASE("one part passes unchanged, a missing part refuses the sum", "[targets][rollup]") {
  model::Value a = number("22.5");
  Rolled one = roll_up({{"a", &a, nullptr}}, model::TotalRule::mean, 2);
  REQUIRE(one.value);
  CHECK(one.value->number->to_string() == "22.5");
  model::Value left_out;  // ~
  Rolled missing = roll_up({{"a", &a, nullptr}, {"b", &left_out, nullptr}}, model::TotalRule::sum, 2);
  REQUIRE(missing.refused);
  CHECK(*missing.refused == RefusalReason::part_missing);
  CHECK(missing.problem_unit == "b");
}

TEST_CASE("the 2024 targets of seven communes on the map of 1/7/2025", "[targets][rollup]") {
  load::Loaded l = test::load({"data", "examples/another-notice.yaml", "examples/registry-2025.yaml"});
  Redrawn r = redraw(l.model, {2025, 7, 1});
  REQUIRE(r.model.units.size() == 3);
  CHECK(r.model.units[0].id == "xa-dak-rve");
  const model::Document* notice135 = r.model.find_document("135-TB/BCĐ");
  REQUIRE(notice135);
  const model::Indicator& count = notice135->indicators.front();
  CHECK(target_of(count, "xa-dak-rve")->to_string() == "28");  // 12 + 16
  CHECK(target_of(count, "xa-dak-koi")->to_string() == "39");  // 17 + 22
  CHECK(target_of(count, "xa-kon-braih")->to_string() == "53");
  const model::Indicator& rate = r.model.find_document("127-TB/BCĐ")->indicators.front();
  CHECK(refused_target(rate, "xa-kon-braih"));
  CHECK_FALSE(target_of(rate, "xa-kon-braih"));
  REQUIRE(r.refusals.size() == 3);
  CHECK(r.refusals[2].unit == "Xã Kon Braih");
  CHECK(r.refusals[2].reason == RefusalReason::mean_without_weights);
  CHECK(r.refusals[2].parts == std::vector<std::string>{"Xã Tân Lập", "Xã Đăk Ruồng", "Xã Đăk Tôre"});
  REQUIRE(r.map.merges.size() == 3);
  CHECK(r.map.merges[2].by == "Nghị quyết 1677/NQ-UBTVQH15");
}

TEST_CASE("a 2024 table on its own map has no column for the communes of 2025", "[targets][rollup]") {
  load::Loaded l = test::load({"data", "examples/registry-2025.yaml"});
  auto units = document_units(l.model, *l.model.find_document("127-TB/BCĐ"));
  REQUIRE(units.size() == 7);
  CHECK(units.front()->id == "tan-lap");
}

TEST_CASE("old results as rates: a missing commune, then a mean of rates, are refused", "[targets][rollup]") {
  // examples/results-2024.yaml gives rates (no counts) and none for Đăk Pnê.
  load::Loaded l = test::load({"data", "examples/registry-2025.yaml", "examples/results-2024.yaml"});
  Redrawn r = redraw(l.model, {2025, 7, 1});
  std::vector<const Refusal*> results;
  for (const Refusal& x : r.refusals)
    if (!x.target) results.push_back(&x);
  REQUIRE(results.size() == 3);
  CHECK(results[0]->unit == "Xã Đăk Rve");
  CHECK(results[0]->reason == RefusalReason::part_missing);
  CHECK(results[0]->problem_unit == "Xã Đăk Pnê");
  CHECK(results[0]->period == "2024");
  CHECK(results[1]->reason == RefusalReason::mean_without_weights);
  CHECK(results[2]->reason == RefusalReason::mean_without_weights);
}

TEST_CASE("unit sets and parents are redrawn with the map", "[targets][rollup]") {
  load::Loaded l = test::load({"tests/cases/compare/unit-parents-as-of"});
  Redrawn r = redraw(l.model, {2025, 7, 1});
  // The set, written before the merge, holds the successor of two of its communes.
  CHECK(r.model.in_unit_set("cac-xa", "kon-braih"));
  CHECK_FALSE(r.model.in_unit_set("cac-xa", "kon-ray"));
  const model::Indicator& ind = r.model.find_document("45-QĐ/UBND")->indicators.front();
  CHECK(target_of(ind, "kon-braih")->to_string() == "5.5");  // 2.5 + 3
  CHECK(r.refusals.empty());
  Comparison c = compare(r.model, effective_indicators(r.model, std::nullopt).front(), &r.model.results.front());
  REQUIRE(c.groups.size() == 2);
  CHECK(c.groups[0].parent->id == "kon-ray");
  CHECK(c.groups[0].count == 1);
  CHECK(c.groups[0].target->to_string() == "5.5");
  CHECK(c.groups[0].result->to_string() == "5.0");  // 2.6 + 2.4
}

TEST_CASE("a successor partly outside an indicator's unit set is refused, and so is its subtotal",
          "[targets][rollup]") {
  load::Loaded l = test::load({"tests/cases/compare/unit-set-as-of-refused"});
  Redrawn r = redraw(l.model, {2025, 7, 1});
  REQUIRE(r.refusals.size() == 2);  // the target and the result of Kon Braih
  CHECK(r.refusals[0].reason == RefusalReason::outside_set);
  CHECK(r.refusals[0].problem_unit == "Xã Đăk Ruồng");
  Comparison c = compare(r.model, effective_indicators(r.model, std::nullopt).front(), &r.model.results.front());
  REQUIRE(c.groups.size() == 2);
  CHECK_FALSE(c.groups[0].target.has_value());  // never the sum without the refused child
  CHECK(c.groups[0].status == Status::not_evaluated);
}

TEST_CASE("a parent not on the map loses its subtotal, and the map says so", "[targets][rollup]") {
  load::Loaded l = test::load({"tests/cases/compare/unit-parents-as-of"});
  model::UnitChange district;
  district.unit = "kon-ray";
  district.successors = {"dak-ha"};
  district.effective = model::Date{2025, 7, 1};
  l.model.changes.push_back(district);
  Redrawn r = redraw(l.model, {2025, 7, 1});
  CHECK(r.map.parents_off_map == std::vector<std::string>{"Huyện Kon Rẫy"});
  CHECK(r.model.find_unit("kon-braih")->parent.empty());
  Comparison c = compare(r.model, effective_indicators(r.model, std::nullopt).front(), &r.model.results.front());
  REQUIRE(c.groups.size() == 1);
  CHECK(c.groups[0].parent->id == "dak-ha");
}

TEST_CASE("an area is not judged without a result a roll-up refused", "[targets][rollup]") {
  load::Loaded l = test::load({"tests/cases/compare/unit-set-as-of-refused"});
  Redrawn r = redraw(l.model, {2025, 7, 1});
  Comparison c = compare(r.model, effective_indicators(r.model, std::nullopt).front(), &r.model.results.front());
  CHECK(c.area.refused == 1);  // Kon Braih: 2.6 of Tân Lập is a part of the province's result
  CHECK(c.area.reason == AreaReason::refused);
  CHECK(compare(r.model, effective_indicators(r.model, std::nullopt).front(), &r.model.results.front(), true)
            .area.reason == AreaReason::refused);  // --partial does not make the sum of the others the area's
  CHECK_FALSE(c.area.result.value.has_value());
}

TEST_CASE("a partial breakdown leaves out a successor none of whose units it lists", "[targets][rollup]") {
  load::Loaded l = test::load({"tests/cases/compare/unit-parents-as-of"});
  model::Indicator& ind = l.model.documents.front().indicators.front();
  ind.partial = true;
  auto drop = [&](const char* unit) {
    std::erase_if(ind.targets, [&](const model::UnitValue& uv) { return uv.unit == unit; });
  };
  drop("tan-lap");
  Redrawn some = redraw(l.model, {2025, 7, 1});
  CHECK(refused_target(some.model.find_document("45-QĐ/UBND")->indicators.front(), "kon-braih"));
  REQUIRE(some.refusals.size() == 1);  // Đăk Ruồng is listed, Tân Lập is not: no figure for the whole
  CHECK(some.refusals[0].reason == RefusalReason::part_missing);
  drop("dak-ruong");
  Redrawn none = redraw(l.model, {2025, 7, 1});
  const model::Indicator& drawn = none.model.find_document("45-QĐ/UBND")->indicators.front();
  CHECK(std::none_of(drawn.targets.begin(), drawn.targets.end(),
                     [](const model::UnitValue& uv) { return uv.unit == "kon-braih"; }));
  CHECK(none.refusals.empty());
}
