// Tests of check/targets.cpp: E017 (a unit without a target), E023 (weighted-mean without
// usable weights), E015 (a total disagreeing with its rule, compared at the total's written
// precision), E016 (percent results outside 0–100%) and W009 (results filed under an indicator
// that a loaded amendment replaced).

#include "campaign/diag/codes.hpp"
#include "fixture.hpp"

using namespace campaign;
using check::test::kHead;
using check::test::where;

namespace {

// One indicator "1" of notice 01-TB/BCĐ written as `fields` (a flow mapping's inside).
check::test::Checked indicator(std::string_view fields, std::string_view rest = "") {
  return check::test::run(std::string(kHead) + "indicators:\n  - {id: \"1\", name: Tỷ lệ, better: lower, year: 2024, " +
                              std::string(fields) + "}\n" + std::string(rest),
                          check::indicator_targets);
}

}  // namespace

TEST_CASE("E017: a registry unit without a target, at the indicator, '~' leaves it out on purpose",
          "[check][targets]") {
  auto c = indicator("unit: percent, targets: {tan-lap: 22}");
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].code == diag::kMissingTarget);
  CHECK(c.found[0].severity == diag::Severity::error);
  CHECK(c.found[0].position == where(c.yaml, "{id: \"1\""));
  CHECK(c.found[0].message ==
        "indicator 1 has no target for unit 'dak-rve' (Thị trấn Đăk Rve); write 'dak-rve: ~' "
        "to leave it out on purpose");
  CHECK(indicator("unit: percent, targets: {tan-lap: 22, dak-rve: ~}").found.empty());
}

TEST_CASE("E023: weighted-mean without weights, with a weight missing, with weights adding up to 0",
          "[check][targets]") {
  auto none = indicator("unit: percent, total: 20, total_rule: weighted-mean, targets: {tan-lap: 22, dak-rve: 14}");
  REQUIRE(none.found.size() == 1);
  CHECK(none.found[0].code == diag::kMissingWeights);
  CHECK(none.found[0].position == where(none.yaml, "{id: \"1\""));
  CHECK(none.found[0].message == "indicator 1 has total_rule: weighted-mean but no 'weights'");

  auto missing = indicator(
      "unit: percent, total: 20, total_rule: weighted-mean, targets: {tan-lap: 22, dak-rve: 14}, "
      "weights: {tan-lap: 3}");
  REQUIRE(missing.found.size() == 1);
  CHECK(missing.found[0].code == diag::kMissingWeights);
  CHECK(missing.found[0].position == where(missing.yaml, "20, total_rule"));
  CHECK(missing.found[0].message ==
        "total_rule is weighted-mean but no weight for 'dak-rve'; give 'weights' for "
        "every unit with a target");

  auto zero = indicator(
      "unit: percent, total: 20, total_rule: weighted-mean, targets: {tan-lap: 22, dak-rve: 14}, "
      "weights: {tan-lap: 0, dak-rve: 0}");
  REQUIRE(zero.found.size() == 1);
  CHECK(zero.found[0].message ==
        "total_rule is weighted-mean but the weights add up to 0; give 'weights' for every "
        "unit with a target");
}

TEST_CASE("E015: the total against the mean of the targets, at the total", "[check][targets]") {
  auto c = indicator("unit: percent, total: 20, total_rule: mean, targets: {tan-lap: 22, dak-rve: 14}");
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].code == diag::kTotalMismatch);
  CHECK(c.found[0].severity == diag::Severity::error);
  CHECK(c.found[0].position == where(c.yaml, "20, total_rule"));
  CHECK(c.found[0].message ==
        "the mean of the 2 targets is 18%, not 20%; compared at 0 decimals as the total is "
        "written. Correct the total or a target, or set total_rule: none");
  CHECK(indicator("unit: percent, total: 18, total_rule: mean, targets: {tan-lap: 22, dak-rve: 14}").found.empty());
  CHECK(indicator("unit: percent, total: 20, total_rule: none, targets: {tan-lap: 22, dak-rve: 14}").found.empty());
  CHECK(indicator("unit: percent, total: 20, targets: {tan-lap: 22, dak-rve: 14}").found.empty());  // default none
}

TEST_CASE("E015: compared at the decimals the total is written with", "[check][targets]") {
  // 22 and 14.1: the mean is 18.05, which is 18 at 0 decimals and 18.1 at 1 (rounded half up).
  CHECK(indicator("unit: percent, total: 18, total_rule: mean, targets: {tan-lap: 22, dak-rve: 14.1}").found.empty());
  CHECK(indicator("unit: percent, total: 18.1, total_rule: mean, targets: {tan-lap: 22, dak-rve: 14.1}").found.empty());
  auto c = indicator("unit: percent, total: 18.0, total_rule: mean, targets: {tan-lap: 22, dak-rve: 14.1}");
  REQUIRE(c.found.size() == 1);
  CHECK(c.found[0].message ==
        "the mean of the 2 targets is 18.1%, not 18.0%; compared at 1 decimal as the total is "
        "written. Correct the total or a target, or set total_rule: none");
}

TEST_CASE("E015: sums of counts, units left out with '~' do not count", "[check][targets]") {
  auto sum = indicator("unit: count, total: 8, total_rule: sum, targets: {tan-lap: 3, dak-rve: 4}");
  REQUIRE(sum.found.size() == 1);
  CHECK(sum.found[0].message.starts_with("the sum of the 2 targets is 7, not 8; compared at 0 decimals"));
  auto one = indicator("unit: percent, total: 20, total_rule: mean, targets: {tan-lap: 22, dak-rve: ~}");
  REQUIRE(one.found.size() == 1);
  CHECK(one.found[0].message.starts_with("the mean of the 1 target is 22%, not 20%;"));
}

TEST_CASE("E015: a weighted mean names the plain mean too", "[check][targets]") {
  auto c = indicator(
      "unit: percent, total: 15, total_rule: weighted-mean, targets: {tan-lap: 10, dak-rve: 20}, "
      "weights: {tan-lap: 1, dak-rve: 3}");
  REQUIRE(c.found.size() == 1);
  CHECK(
      c.found[0].message.starts_with("the weighted mean of the 2 targets is 18%, not 15% (their plain mean is 15%); "
                                     "compared at 0 decimals"));
  CHECK(indicator("unit: percent, total: 17.5, total_rule: weighted-mean, targets: {tan-lap: 10, dak-rve: 20}, "
                  "weights: {tan-lap: 1, dak-rve: 3}")
            .found.empty());
}

TEST_CASE("E016: percent results above 100%, or a numerator above its denominator", "[check][targets]") {
  auto c = indicator("unit: percent, targets: {tan-lap: 22, dak-rve: 14}", R"(results:
  - indicator: "01-TB/BCĐ#1"
    period: "2024"
    as_of: 2024-12-31
    values: {tan-lap: 120, dak-rve: {numerator: 5, denominator: 3}}
)");
  REQUIRE(c.found.size() == 2);
  for (const auto& d : c.found) CHECK(d.code == diag::kOutOfRange);
  CHECK(c.found[0].position == where(c.yaml, "120"));
  CHECK(c.found[0].message == "result for 'tan-lap': 120% is outside 0–100% (01-TB/BCĐ#1 is a percentage)");
  CHECK(c.found[1].position == where(c.yaml, "{numerator: 5"));
  CHECK(c.found[1].message ==
        "result for 'dak-rve': numerator 5 is larger than denominator 3, a rate above 100% "
        "(01-TB/BCĐ#1 is a percentage); check that the two were not swapped");
}

TEST_CASE("E016: counts may exceed 100, and percent results within 0–100% are fine", "[check][targets]") {
  auto count = indicator("unit: count, targets: {tan-lap: 22, dak-rve: 14}", R"(results:
  - {indicator: "01-TB/BCĐ#1", period: "2024", as_of: 2024-12-31, values: {tan-lap: 120}}
)");
  CHECK(count.found.empty());
  auto percent = indicator("unit: percent, targets: {tan-lap: 22, dak-rve: 14}", R"(results:
  - indicator: "01-TB/BCĐ#1"
    period: "2024"
    as_of: 2024-12-31
    values: {tan-lap: 100, dak-rve: {numerator: 3, denominator: 3}}
)");
  CHECK(percent.found.empty());
}

TEST_CASE("W009: results filed under an indicator a loaded notice replaced from a date their period reaches",
          "[check][targets]") {
  check::test::TempDir dir;
  const std::string old_notice = std::string(kHead) +
                                 "indicators:\n  - {id: \"1\", name: Cũ, unit: count, better: higher, year: 2024, "
                                 "targets: {tan-lap: 1, dak-rve: 2}}\n";
  const std::string new_notice = R"(format: campaign/1
document: {number: 02-TB/BCĐ, kind: notice, issued: 2024-08-01, issuer: ubnd-huyen, title: Điều chỉnh}
indicators:
  - id: "1"
    name: Mới
    unit: count
    better: higher
    year: 2024
    targets: {tan-lap: 2, dak-rve: 3}
    amends: {document: 01-TB/BCĐ, indicator: "1"}
results:
  - {indicator: "01-TB/BCĐ#1", period: Q2/2024, as_of: 2024-06-30, values: {tan-lap: 1}}
  - {indicator: "01-TB/BCĐ#1", period: Q3/2024, as_of: 2024-09-30, values: {tan-lap: 1}}
  - {indicator: "02-TB/BCĐ#1", period: Q3/2024, as_of: 2024-09-30, values: {tan-lap: 1}}
)";
  load::Loaded l = load::load_paths({dir.write("a.yaml", old_notice), dir.write("b.yaml", new_notice)});
  REQUIRE(l.diagnostics.error_count() == 0);
  diag::Sink sink;
  check::indicator_targets(l.model, sink);
  const auto found = sink.sorted();
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == diag::kResultOfReplaced);
  CHECK(found[0].severity == diag::Severity::warning);
  CHECK(found[0].position == diag::Position{1, 13, 17});
  CHECK(found[0].message ==
        "the results for Q3/2024 name 01-TB/BCĐ#1, which 02-TB/BCĐ#1 replaced from 01/08/2024: "
        "compare sets them aside; file them under 02-TB/BCĐ#1 if they answer its targets");
}
