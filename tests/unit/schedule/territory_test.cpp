// Obligations of units that ceased in an administrative change (docs/territory.md): carried by
// the successor's body from the change's effective date, kept by the former body before it and
// when the unit was split (no single successor).
#include "campaign/model/territory.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "campaign/schedule/obligation.hpp"
#include "fixture.hpp"

using namespace campaign;
using calendar::Frequency;
using test::d;

namespace {

// one_task_model with a quarterly report of bcd-xa (tan-lap, dak-rve) and a commune formed on
// 1/7/2025; `change` records what became of tan-lap.
model::Model changed_model(model::UnitChange change) {
  model::Model m = test::one_task_model(d(2024, 7, 11), true);
  test::the_task(m).report = test::report(Frequency::quarter);
  m.units.push_back({"kon-braih", "Xã Kon Braih", model::UnitKind::commune, {}, {}, d(2025, 7, 1)});
  m.units.push_back({"dak-moi", "Xã Đăk Mới", model::UnitKind::commune, {}, {}, d(2025, 7, 1)});
  m.changes.push_back(std::move(change));
  return m;
}

model::UnitChange merged(std::vector<std::string> successors, model::ChangeKind kind) {
  model::UnitChange c;
  c.unit = "tan-lap";
  c.kind = kind;
  c.successors = std::move(successors);
  c.effective = d(2025, 7, 1);
  c.by = "Nghị quyết 1677/NQ-UBTVQH15";
  return c;
}

// "PERIOD body_id (former)" of the obligations of tan-lap and its successors, in order.
std::vector<std::string> lines(const model::Model& m, const schedule::Schedule& s) {
  std::vector<std::string> out;
  for (const auto& o : s.obligations) {
    if (o.unit == schedule::kNone || m.units[o.unit].id == "dak-rve") continue;
    std::string former = o.former == schedule::kNone ? "" : " (" + m.units[o.former].id + ")";
    out.push_back(o.period.label() + " " + schedule::body_id(m, o) + former);
  }
  return out;
}

}  // namespace

TEST_CASE("a merged unit's reports fall to its successor's body from the effective date", "[schedule][territory]") {
  const model::Model m = changed_model(merged({"kon-braih"}, model::ChangeKind::merged));
  const auto s = schedule::expand(m, d(2025, 10, 20), 7);
  // Units formed after the notice owe nothing of their own; Q2/2025 (due 30/06) stays tan-lap's.
  CHECK(lines(m, s) == std::vector<std::string>{"Q3/2024 bcd-xa@tan-lap", "Q4/2024 bcd-xa@tan-lap",
                                                "Q1/2025 bcd-xa@tan-lap", "Q2/2025 bcd-xa@tan-lap",
                                                "Q3/2025 bcd-xa@kon-braih (tan-lap)",
                                                "Q4/2025 bcd-xa@kon-braih (tan-lap)"});
  auto carried = std::find_if(s.obligations.begin(), s.obligations.end(),
                              [](const schedule::Obligation& o) { return o.former != schedule::kNone; });
  REQUIRE(carried != s.obligations.end());
  REQUIRE(schedule::transfer_of(m, *carried));
  CHECK(schedule::transfer_of(m, *carried)->by == "Nghị quyết 1677/NQ-UBTVQH15");
}

TEST_CASE("a split unit's obligations stay with the former body, marked", "[schedule][territory]") {
  const model::Model m = changed_model(merged({"kon-braih", "dak-moi"}, model::ChangeKind::split));
  const auto s = schedule::expand(m, d(2025, 10, 20), 7);
  const auto got = lines(m, s);
  REQUIRE(got.size() == 6);
  CHECK(got[4] == "Q3/2025 bcd-xa@tan-lap (tan-lap)");  // no single successor carries it
}

TEST_CASE("a change without an effective date moves nothing", "[schedule][territory]") {
  model::UnitChange c = merged({"kon-braih"}, model::ChangeKind::merged);
  c.effective.reset();  // E052
  const model::Model m = changed_model(c);
  const auto s = schedule::expand(m, d(2025, 10, 20), 7);
  CHECK(lines(m, s).back() == "Q4/2025 bcd-xa@tan-lap");
}

TEST_CASE("a document without its date of issue is read on the latest map the registry records",
          "[schedule][territory]") {
  // A draft (issue 15): no date to choose a map by, none invented; the units no change ended.
  model::Model m = changed_model(merged({"kon-braih"}, model::ChangeKind::merged));
  model::Task& task = test::the_task(m);
  task.report.reset();
  task.due = model::Deadline{"31/12/2025", d(2025, 12, 31), {}, {}, false};
  m.documents[0].issued.reset();
  const auto s = schedule::expand(m, d(2025, 10, 20), 7);
  std::vector<std::string> ids;
  for (const auto& o : s.obligations) ids.push_back(schedule::body_id(m, o));
  CHECK(ids == std::vector<std::string>{"bcd-xa@dak-rve", "bcd-xa@kon-braih", "bcd-xa@dak-moi"});
  const model::Territory territory(m);
  CHECK_FALSE(territory.on_map_of(m.units[0], std::nullopt));  // tan-lap, merged
  CHECK(territory.on_map_of(m.units[0], d(2025, 6, 30)));
  CHECK_FALSE(territory.on_map_of(m.units[2], d(2025, 6, 30)));  // kon-braih, not formed yet
}
