// Tests of campaign/targets/aggregate.hpp: area figures by total rule, with hand-computed numbers.

#include "campaign/targets/aggregate.hpp"

#include "fixture.hpp"

using namespace campaign;
using namespace campaign::targets;
using test::dec;

namespace {

model::Indicator indicator(const char* unit, model::TotalRule rule) {
  model::Indicator ind;
  // Moved-in strings: assigning literals here trips GCC 12's -Wrestrict false positive at -O3.
  ind.id = std::string("1");
  ind.name = std::string("test");
  ind.unit = std::string(unit);
  ind.total_rule = rule;
  return ind;
}

}  // namespace

TEST_CASE("the appendix total 20.33% is the mean of the seven targets", "[targets][aggregate]") {
  // (22 + 14 + 42 + 16.5 + 15 + 17.5 + 15.3) / 7 = 142.3 / 7 = 20.3285714… -> 20.33
  auto targets =
      test::values({{"a", "22"}, {"b", "14"}, {"c", "42"}, {"d", "16.5"}, {"e", "15"}, {"f", "17.5"}, {"g", "15.3"}});
  auto agg = aggregate(targets, model::TotalRule::mean, {}, 2);
  REQUIRE(agg.value);
  CHECK(agg.value->to_string() == "20.33");
  CHECK(agg.count == 7);
  CHECK(aggregate(targets, model::TotalRule::mean, {}, 4).value->to_string() == "20.3286");
}

TEST_CASE("units left out with ~ do not count", "[targets][aggregate]") {
  auto targets = test::values({{"a", "10"}, {"b", "~"}, {"c", "20"}});
  CHECK(aggregate(targets, model::TotalRule::mean, {}, 1).value->to_string() == "15.0");
  CHECK(aggregate(targets, model::TotalRule::sum, {}, 0).value->to_string() == "30");
}

TEST_CASE("area results: mean of the illustrative 2024 results", "[targets][aggregate]") {
  // examples/results-2024.yaml: 21.4 + 15.2 + 38.5 + 16.5 + 17.1 + 12.8 = 121.5; / 6 = 20.25
  auto ind = indicator("percent", model::TotalRule::mean);
  auto results =
      test::values({{"a", "21.4"}, {"b", "15.2"}, {"c", "38.5"}, {"d", "16.5"}, {"e", "17.1"}, {"g", "12.8"}});
  AreaResult r = aggregate_results(ind, results, {}, 2);
  CHECK(r.method == AreaMethod::mean);
  CHECK(r.count == 6);
  CHECK(r.value->to_string() == "20.25");
}

TEST_CASE("area results: sum of counts", "[targets][aggregate]") {
  // examples/results-135-2024.yaml: 21 + 17 + 15 + 25 + 12 + 16 + 9 = 115
  auto ind = indicator("count", model::TotalRule::sum);
  auto results =
      test::values({{"a", "21"}, {"b", "17"}, {"c", "15"}, {"d", "25"}, {"e", "12"}, {"f", "16"}, {"g", "9"}});
  AreaResult r = aggregate_results(ind, results, {}, 0);
  CHECK(r.method == AreaMethod::sum);
  CHECK(r.value->to_string() == "115");
}

TEST_CASE("area results: weighted mean, with the result's weights or the indicator's", "[targets][aggregate]") {
  auto ind = indicator("percent", model::TotalRule::weighted_mean);
  ind.weights = test::values({{"a", "100"}, {"b", "300"}, {"c", "100"}});
  auto results = test::values({{"a", "12"}, {"b", "18"}, {"c", "16"}});
  // (100·12 + 300·18 + 100·16) / 500 = 8200 / 500 = 16.4
  AreaResult r = aggregate_results(ind, results, {}, 1);
  CHECK(r.method == AreaMethod::weighted_mean);
  CHECK(r.value->to_string() == "16.4");
  // weights of the result set win: (1·12 + 1·18 + 2·16) / 4 = 62 / 4 = 15.5
  AreaResult own = aggregate_results(ind, results, test::values({{"a", "1"}, {"b", "1"}, {"c", "2"}}), 2);
  CHECK(own.value->to_string() == "15.50");
  // a missing weight is a problem, not a silent 0
  AreaResult missing = aggregate_results(ind, results, test::values({{"a", "1"}, {"b", "1"}}), 2);
  CHECK_FALSE(missing.value);
  CHECK(missing.problem == AreaProblem::missing_weight);
  CHECK(missing.problem_unit == "c");
}

TEST_CASE("area results: numerators and denominators give the pooled rate", "[targets][aggregate]") {
  // 3/40, 9/40, 2/10: pooled 14/90 = 15.555…% -> 15.56%; the plain mean of the rates would be 16.67%
  auto ind = indicator("percent", model::TotalRule::mean);
  std::vector<model::UnitValue> results{test::fraction("a", "3", "40"), test::fraction("b", "9", "40"),
                                        test::fraction("c", "2", "10")};
  AreaResult r = aggregate_results(ind, results, {}, 2);
  CHECK(r.method == AreaMethod::fractions);
  CHECK(r.value->to_string() == "15.56");
  CHECK(r.numerator_sum->to_string() == "14");
  CHECK(r.denominator_sum->to_string() == "90");
  CHECK(value_of(results[0].value, true, 2)->to_string() == "7.50");
}

TEST_CASE("area results: mixed fractions and rates fall back to the rule over rates", "[targets][aggregate]") {
  auto ind = indicator("percent", model::TotalRule::mean);
  std::vector<model::UnitValue> results{test::fraction("a", "1", "4")};
  auto plain = test::values({{"b", "35"}});
  results.push_back(plain.front());
  AreaResult r = aggregate_results(ind, results, {}, 1);  // (25 + 35) / 2 = 30.0
  CHECK(r.method == AreaMethod::mean);
  CHECK(r.value->to_string() == "30.0");
}

TEST_CASE("a {0, 0} result is no data: in the pooled rate exactly, in no rule over rates", "[targets][aggregate]") {
  auto ind = indicator("percent", model::TotalRule::mean);
  model::UnitValue empty = test::fraction("d", "0", "0");
  CHECK(no_data(empty.value));
  CHECK_FALSE(no_data(test::fraction("a", "0", "40").value));
  CHECK_FALSE(value_of(empty.value, true, 2));  // no rate, not 0% and not a division by zero
  // pooled: 14/90 with or without the commune that had no births
  std::vector<model::UnitValue> results{test::fraction("a", "3", "40"), test::fraction("b", "9", "40"),
                                        test::fraction("c", "2", "10"), empty};
  AreaResult pooled = aggregate_results(ind, results, {}, 2);
  CHECK(pooled.method == AreaMethod::fractions);
  CHECK(pooled.value->to_string() == "15.56");
  CHECK(pooled.count == 4);
  // over rates: the unit without data does not take part, (25 + 35) / 2 = 30.0
  std::vector<model::UnitValue> mixed{test::fraction("a", "1", "4"), test::values({{"b", "35"}}).front(), empty};
  AreaResult r = aggregate_results(ind, mixed, {}, 1);
  CHECK(r.method == AreaMethod::mean);
  CHECK(r.value->to_string() == "30.0");
  CHECK(r.count == 2);
  // nothing but {0, 0}: no area figure, and why
  AreaResult none = aggregate_results(ind, {empty}, {}, 2);
  CHECK_FALSE(none.value);
  CHECK(none.problem == AreaProblem::zero_denominators);
}

TEST_CASE("no results: no area result", "[targets][aggregate]") {
  auto ind = indicator("percent", model::TotalRule::mean);
  AreaResult r = aggregate_results(ind, {}, {}, 2);
  CHECK_FALSE(r.value);
  CHECK(r.count == 0);
}
