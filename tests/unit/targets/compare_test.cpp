// Tests of campaign/targets/compare.hpp on the bundled data and the illustrative results.

#include "campaign/targets/compare.hpp"

#include "campaign/write/targets_wording.hpp"
#include "fixture.hpp"

using namespace campaign;
using namespace campaign::targets;
using namespace campaign::write;  // the wording of analysis results (write/targets_wording.hpp)
using test::dec;

namespace {

const UnitComparison& unit(const Comparison& c, std::string_view id) {
  for (const auto& u : c.units)
    if (u.unit->id == id) return u;
  FAIL("no unit " << id);
  return c.units.front();
}

Comparison compare_ref(const model::Model& m, std::string_view ref, bool partial = false) {
  auto r = find_indicator(m, ref);
  REQUIRE(r);
  for (const auto& e : effective_indicators(m, std::nullopt))
    if (e.current.indicator == r->indicator) return compare(m, e, pick_result(m, e.current, std::nullopt), partial);
  FAIL("not in effect: " << ref);
  return {};
}

}  // namespace

TEST_CASE("meets follows `better` in both directions, at the target counting as met", "[targets][compare]") {
  CHECK(meets(dec("21.4"), dec("22"), model::Better::lower));
  CHECK(meets(dec("16.5"), dec("16.50"), model::Better::lower));
  CHECK_FALSE(meets(dec("15.2"), dec("14"), model::Better::lower));
  CHECK(meets(dec("21"), dec("18"), model::Better::higher));
  CHECK(meets(dec("15"), dec("15"), model::Better::higher));
  CHECK_FALSE(meets(dec("17"), dec("20"), model::Better::higher));
}

TEST_CASE("compare: third-birth rate, lower is better (examples/results-2024.yaml)", "[targets][compare]") {
  auto loaded = test::load({"data", "examples/results-2024.yaml"});
  Comparison c = compare_ref(loaded.model, "127-TB/BCĐ#1");
  REQUIRE(c.result);
  CHECK(unit(c, "tan-lap").status == Status::met);  // 21.4 <= 22
  CHECK(unit(c, "tan-lap").gap->to_string() == "-0.6");
  CHECK(unit(c, "dak-ruong").status == Status::not_met);  // 15.2 > 14
  CHECK(unit(c, "dak-ruong").gap->to_string() == "1.2");
  CHECK(unit(c, "dak-tore").status == Status::met);       // 38.5 <= 42
  CHECK(unit(c, "dak-to-lung").status == Status::met);    // 16.5 = 16.5
  CHECK(unit(c, "dak-koi").status == Status::not_met);    // 17.1 > 15
  CHECK(unit(c, "dak-pne").status == Status::no_result);  // never taken as 0
  CHECK_FALSE(unit(c, "dak-pne").result);
  CHECK(unit(c, "dak-rve").status == Status::met);  // 12.8 <= 15.3
  CHECK(c.met == 4);
  CHECK(c.with_target == 7);
  CHECK(c.area.missing == 1);
  // Đăk Pnê has no result: the district is not judged on 6 of 7 communes, and says so
  CHECK(c.area.incomplete == 1);
  CHECK(c.area.status == Status::not_evaluated);
  CHECK(c.area.reason == AreaReason::incomplete);
  CHECK_FALSE(c.area.result.value);
  CHECK_FALSE(c.area.gap);
  CHECK(area_status_text(c, Language::vietnamese) == "chưa đánh giá: thiếu kết quả của 1/7 đơn vị");
  CHECK(area_status_text(c, Language::english) == "not evaluated: 1/7 units without a result");
  CHECK(method_text(c, Language::english) ==
        "not computed; 1/7 units without a result (Xã Đăk Pnê); --partial computes it on the 6 units with a result");
  std::vector<const model::Unit*> units;
  for (const auto& u : loaded.model.units) units.push_back(&u);
  CHECK(summary(c, units, Language::english) == "4/7 communes met (1 without a result)");
  CHECK(summary(c, units, Language::vietnamese) == "4/7 xã, thị trấn đạt (1 chưa có kết quả)");
  // --partial: judged on the six that reported, and the words say so
  Comparison p = compare_ref(loaded.model, "127-TB/BCĐ#1", true);
  CHECK(p.area.partial);
  CHECK(p.area.result.value->to_string() == "20.25");  // mean of six, at the total's 2 decimals
  CHECK(p.area.gap->to_string() == "-0.08");
  CHECK(p.area.status == Status::met);
  CHECK(area_status_text(p, Language::vietnamese) == "đạt, tính trên 6/7 đơn vị có kết quả");
  CHECK(method_text(p, Language::english) == "mean of the results of 6 units, on 6/7 units with a result (--partial)");
}

TEST_CASE("one rule for every total_rule: sum and weighted-mean are not judged on partial data", "[targets][compare]") {
  model::Model m;
  m.units = {{"a", "Xã A", model::UnitKind::commune, {}, {}},
             {"b", "Xã B", model::UnitKind::commune, {}, {}},
             {"c", "Xã C", model::UnitKind::commune, {}, {}}};
  model::Document d;
  d.number = "1-TB/BCĐ";
  model::Indicator ind;
  ind.id = "1";
  ind.unit = "count";
  ind.better = model::Better::higher;
  ind.total = test::dec("30");
  ind.targets = test::values({{"a", "10"}, {"b", "10"}, {"c", "10"}});
  ind.weights = test::values({{"a", "1"}, {"b", "1"}, {"c", "1"}});
  d.indicators.push_back(ind);
  m.documents.push_back(d);
  model::Result r;
  r.indicator = "1-TB/BCĐ#1";
  r.values = test::values({{"a", "20"}, {"b", "20"}});  // c has not reported
  m.results.push_back(r);
  for (auto rule : {model::TotalRule::sum, model::TotalRule::mean, model::TotalRule::weighted_mean}) {
    m.documents[0].indicators[0].total_rule = rule;
    Effective e{{&m.documents[0], &m.documents[0].indicators[0]}, std::nullopt, {}};
    Comparison c = compare(m, e, &m.results[0]);
    INFO(model::to_string(rule));
    CHECK(c.area.status == Status::not_evaluated);
    CHECK(c.area.reason == AreaReason::incomplete);
    CHECK_FALSE(c.area.gap);
    Comparison p = compare(m, e, &m.results[0], true);
    CHECK(p.area.partial);
    CHECK(p.area.gap);
    CHECK(p.area.status != Status::not_evaluated);
  }
}

TEST_CASE("a unit with {numerator: 0, denominator: 0} has no data, and the pooled rate stays exact",
          "[targets][compare]") {
  model::Model m;
  m.units = {{"a", "Xã A", model::UnitKind::commune, {}, {}}, {"b", "Xã B", model::UnitKind::commune, {}, {}}};
  model::Document d;
  d.number = "1-TB/BCĐ";
  model::Indicator ind;
  ind.id = "1";
  ind.unit = "percent";
  ind.better = model::Better::lower;
  ind.total = test::dec("20.00");
  ind.total_rule = model::TotalRule::mean;
  ind.targets = test::values({{"a", "20"}, {"b", "20"}});
  d.indicators.push_back(ind);
  m.documents.push_back(d);
  model::Result r;
  r.indicator = "1-TB/BCĐ#1";
  r.values = {test::fraction("a", "3", "20"), test::fraction("b", "0", "0")};
  m.results.push_back(r);
  Effective e{{&m.documents[0], &m.documents[0].indicators[0]}, std::nullopt, {}};
  Comparison c = compare(m, e, &m.results[0]);
  CHECK(unit(c, "b").status == Status::no_data);
  CHECK_FALSE(unit(c, "b").result);
  CHECK(c.area.no_data == 1);
  CHECK(c.area.missing == 0);
  CHECK(c.area.incomplete == 0);  // Σ 3 / Σ 20: the commune without births adds nothing to either
  CHECK(c.area.result.value->to_string() == "15.00");
  CHECK(c.area.status == Status::met);
  std::vector<const model::Unit*> units{&m.units[0], &m.units[1]};
  CHECK(summary(c, units, Language::vietnamese) == "1/2 xã đạt (1 không có số liệu)");
  CHECK(status_text(unit(c, "b").status, Language::english) == "no data");
  // over rates (a plain number beside it), the unit without data cannot take part: not judged
  m.results[0].values[0] = test::values({{"a", "15"}}).front();
  Comparison rates = compare(m, e, &m.results[0]);
  CHECK(rates.area.incomplete == 1);
  CHECK(rates.area.reason == AreaReason::incomplete);
  CHECK(area_status_text(rates, Language::vietnamese) == "chưa đánh giá: 1/2 đơn vị không có số liệu (0/0)");
  CHECK(compare(m, e, &m.results[0], true).area.status == Status::met);
}

TEST_CASE("compare: households out of poverty, higher is better (examples/results-135-2024.yaml)",
          "[targets][compare]") {
  auto loaded = test::load({"data", "examples/another-notice.yaml", "examples/results-135-2024.yaml"});
  Comparison c = compare_ref(loaded.model, "135-TB/BCĐ#1");
  REQUIRE(c.result);
  CHECK(unit(c, "tan-lap").status == Status::met);        // 21 >= 18
  CHECK(unit(c, "dak-ruong").status == Status::not_met);  // 17 < 20
  CHECK(unit(c, "dak-tore").status == Status::met);       // 15 = 15
  CHECK(unit(c, "dak-to-lung").status == Status::met);    // 25 >= 22
  CHECK(unit(c, "dak-koi").status == Status::not_met);    // 12 < 17
  CHECK(unit(c, "dak-pne").status == Status::met);        // 16 = 16
  CHECK(unit(c, "dak-rve").status == Status::not_met);    // 9 < 12
  CHECK(unit(c, "dak-rve").gap->to_string() == "-3");
  CHECK(c.met == 4);
  CHECK(c.area.result.method == AreaMethod::sum);
  CHECK(c.area.result.value->to_string() == "115");
  CHECK(c.area.status == Status::not_met);  // 115 < 120
}

TEST_CASE("compare without results: each target against the district total", "[targets][compare]") {
  auto loaded = test::load({"data"});
  Comparison c = compare_ref(loaded.model, "127-TB/BCĐ#1");
  CHECK_FALSE(c.result);
  CHECK(unit(c, "dak-tore").gap->to_string() == "21.67");  // 42 - 20.33
  CHECK(unit(c, "dak-ruong").gap->to_string() == "-6.33");
  CHECK(unit(c, "dak-tore").status == Status::not_evaluated);
  std::vector<const model::Unit*> units;
  for (const auto& u : loaded.model.units) units.push_back(&u);
  CHECK(summary(c, units, Language::english) == "no results; targets: 2 above, 5 below, 0 equal to the district total");
}

TEST_CASE("the summary word follows the units' kinds", "[targets][compare]") {
  model::Unit commune{"a", "Xã A", model::UnitKind::commune, {}, {}};
  model::Unit town{"b", "Thị trấn B", model::UnitKind::town, {}, {}};
  model::Unit ward{"c", "Phường C", model::UnitKind::ward, {}, {}};
  model::Unit district{"d", "Huyện D", model::UnitKind::district, {}, {}};
  model::Unit other{"e", "Đảng ủy Khối", model::UnitKind::other, {}, {}};
  CHECK(units_word({&commune}, Language::english) == "communes");
  CHECK(units_word({&ward, &ward}, Language::english) == "wards");
  CHECK(units_word({&commune, &town, &ward}, Language::english) == "communes");
  CHECK(units_word({&commune, &town}, Language::vietnamese) == "xã, thị trấn");
  CHECK(units_word({&district, &other}, Language::english) == "units");
  CHECK(units_word({&district, &other}, Language::vietnamese) == "huyện, đơn vị");
}
