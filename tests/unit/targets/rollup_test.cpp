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

TEST_CASE("one part passes unchanged; a missing part refuses the sum", "[targets][rollup]") {
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
