// Status as of a date, missing reports and statistics, on the bundled notice 127-TB/BCĐ and on
// small models (issue 3, "Tests").
#include "campaign/schedule/status.hpp"

#include <catch2/catch.hpp>

#include "campaign/schedule/stats.hpp"
#include "fixture.hpp"

using namespace campaign;
using schedule::Status;
using test::d;

namespace {

struct Run {
  load::Loaded loaded;
  schedule::Schedule schedule;
  std::vector<schedule::Item> items;
};

Run run_bundled(const calendar::Date& as_of, int within, std::vector<std::string> extra = {}) {
  Run r{test::bundled(std::move(extra)), {}, {}};
  REQUIRE(r.loaded.diagnostics.error_count() == 0);
  r.schedule = schedule::expand(r.loaded.model, as_of, within);
  r.items = schedule::assess(r.loaded.model, r.schedule, {as_of, within});
  return r;
}

// The item of task `key` for body `body` (and period `period` for reports).
const schedule::Item& find(const Run& r, const std::string& key, const std::string& body,
                           const std::string& period = "") {
  for (const auto& item : r.items) {
    const auto& o = item.obligation;
    if (r.schedule.tasks[o.task].key() == key && schedule::body_id(r.loaded.model, o) == body &&
        (period.empty() || o.period.label() == period))
      return item;
  }
  FAIL("no item " << key << " " << body << " " << period);
  throw;
}

}  // namespace

TEST_CASE("127-TB/BCĐ task 3.1 as of 20/07/2024: due 31/07/2024, upcoming, due-soon within 14", "[schedule]") {
  Run r = run_bundled(d(2024, 7, 20), 7);
  const auto& item = find(r, "127-TB/BCĐ#3.1", "ubnd-huyen");
  CHECK(item.obligation.due == d(2024, 7, 31));
  CHECK(item.status == Status::upcoming);
  CHECK(item.days == 11);
  Run soon = run_bundled(d(2024, 7, 20), 14);
  CHECK(find(soon, "127-TB/BCĐ#3.1", "ubnd-huyen").status == Status::due_soon);
}

TEST_CASE("127-TB/BCĐ task 3.1 as of 01/08/2024 without a completion: overdue by 1 day", "[schedule]") {
  Run r = run_bundled(d(2024, 8, 1), 7);
  const auto& item = find(r, "127-TB/BCĐ#3.1", "ubnd-huyen");
  CHECK(item.status == Status::overdue);
  CHECK(item.days == 1);
}

TEST_CASE("127-TB/BCĐ task 3.1 with a completion on 25/07/2024: done on time", "[schedule]") {
  Run r = run_bundled(d(2024, 8, 1), 7, {std::string(CAMPAIGN_SOURCE_DIR) + "/examples/submissions-2024.yaml"});
  const auto& item = find(r, "127-TB/BCĐ#3.1", "ubnd-huyen");
  CHECK(item.status == Status::done);
  CHECK(item.done_on == d(2024, 7, 25));
  CHECK_FALSE(item.late);
  // Receipts after the as-of date are not known yet on that date.
  Run before = run_bundled(d(2024, 7, 24), 7, {std::string(CAMPAIGN_SOURCE_DIR) + "/examples/submissions-2024.yaml"});
  CHECK(find(before, "127-TB/BCĐ#3.1", "ubnd-huyen").status == Status::due_soon);
}

TEST_CASE("127-TB/BCĐ as of 05/10/2024 without submissions: every body owing Q3/2024 is missing", "[schedule]") {
  Run r = run_bundled(d(2024, 10, 5), 7);
  const auto missing = schedule::missing_reports(r.items);
  std::vector<std::string> rows;
  for (const auto& report : missing)
    for (const auto& o : report.bodies)
      rows.push_back(r.schedule.tasks[report.task].key() + " " + report.period.label() + " " +
                     calendar::format_vn(report.due) + " " + schedule::body_id(r.loaded.model, o));
  CHECK(rows == std::vector<std::string>{
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 ubnd-huyen",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 ubmttq-huyen",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 tccs-dang",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 co-quan-huyen",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 bcd-xa@tan-lap",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 bcd-xa@dak-ruong",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 bcd-xa@dak-tore",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 bcd-xa@dak-to-lung",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 bcd-xa@dak-koi",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 bcd-xa@dak-pne",
                    "127-TB/BCĐ#2.3 Q3/2024 30/09/2024 bcd-xa@dak-rve",
                    "127-TB/BCĐ#3.2 Q3/2024 30/09/2024 ubnd-huyen",
                    "127-TB/BCĐ#4.1 Q3/2024 30/09/2024 bdv-huyen-uy",
                });
}

TEST_CASE("a submission after the due date is done, late, due today, statistics", "[schedule]") {
  model::Model m = test::one_task_model(d(2024, 7, 11), true);
  test::the_task(m).report = test::report(calendar::Frequency::quarter);
  m.submissions.push_back({"04-TB/BCĐ#1.1",
                           "bcd-xa@tan-lap",
                           {calendar::Frequency::quarter, 2024, 3},
                           d(2024, 9, 28),
                           {},
                           {},
                           {},
                           "",
                           "",
                           true});
  m.submissions.push_back({"04-TB/BCĐ#1.1",
                           "bcd-xa@dak-rve",
                           {calendar::Frequency::quarter, 2024, 3},
                           d(2024, 10, 3),
                           {},
                           {},
                           {},
                           "",
                           "",
                           true});
  const auto s = schedule::expand(m, d(2024, 10, 5), 7);
  const auto items = schedule::assess(m, s, {d(2024, 10, 5), 7});
  REQUIRE(items.size() == 4);  // Q3 and Q4 for each unit
  CHECK(items[0].status == Status::done);
  CHECK_FALSE(items[0].late);
  CHECK(items[2].status == Status::done);
  CHECK(items[2].late);
  CHECK(items[2].days == 3);
  const auto stats = schedule::statistics(m, s, items);
  REQUIRE(stats.bodies.size() == 2);
  CHECK(stats.bodies[0].key == "bcd-xa@tan-lap");
  CHECK(stats.total.done_on_time == 1);
  CHECK(stats.total.done_late == 1);
  CHECK(stats.total.not_yet_due == 2);
  CHECK(stats.total.share_on_time() == Approx(50.0));
  const auto today = schedule::assess(m, s, {d(2024, 9, 30), 7});
  CHECK(today[2].status == Status::due_today);
}

TEST_CASE("status keys round-trip", "[schedule]") {
  for (auto status :
       {Status::done, Status::overdue, Status::due_today, Status::due_soon, Status::upcoming, Status::ongoing})
    CHECK(schedule::parse_status(schedule::status_key(status)) == status);
  CHECK_FALSE(schedule::parse_status("late"));
}

TEST_CASE("assess with `keep` returns the kept items only, in schedule order, as assessed alone", "[schedule]") {
  Run r = run_bundled(d(2024, 10, 5), 7, {std::string(CAMPAIGN_SOURCE_DIR) + "/examples/submissions-2024.yaml"});
  std::vector<schedule::Item> overdue;
  for (const auto& item : r.items)
    if (item.status == Status::overdue) overdue.push_back(item);
  REQUIRE(!overdue.empty());
  REQUIRE(overdue.size() < r.items.size());
  schedule::AssessOptions options{d(2024, 10, 5), 7,
                                  [](const schedule::Item& i) { return i.status == Status::overdue; }};
  const auto kept = schedule::assess(r.loaded.model, r.schedule, options);
  REQUIRE(kept.size() == overdue.size());
  for (std::size_t i = 0; i < kept.size(); ++i) {
    CHECK(kept[i].obligation.task == overdue[i].obligation.task);
    CHECK(kept[i].obligation.body == overdue[i].obligation.body);
    CHECK(kept[i].obligation.period == overdue[i].obligation.period);
    CHECK(kept[i].days == overdue[i].days);
  }
}

TEST_CASE("sort_by_due: by due date, body, task and period, stable, every item kept", "[schedule][status]") {
  // Items in a scrambled order, with few distinct keys so that many are equal; `days` is the
  // position each had, so that stability and the whole set can be checked after the sort.
  std::vector<schedule::Item> items;
  std::uint32_t seed = 12345;
  auto next = [&seed](std::uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  const schedule::Kind kinds[] = {schedule::Kind::report, schedule::Kind::one_off, schedule::Kind::ongoing,
                                  schedule::Kind::undated};
  for (long i = 0; i < 5000; ++i) {
    schedule::Obligation o;
    o.kind = kinds[next(4)];
    o.due = d(2024, 1 + static_cast<int>(next(3)), 1 + static_cast<int>(next(2)));
    o.body = next(3);
    o.unit = next(2) == 0 ? schedule::kNone : next(2);
    o.task = next(4);
    o.period = calendar::Period{calendar::Frequency::quarter, 2024, 1 + static_cast<int>(next(2))};
    items.push_back(schedule::Item{o, Status::upcoming, {}, false, i, nullptr});
  }
  schedule::sort_by_due(items);
  REQUIRE(items.size() == 5000);
  auto rank = [](schedule::Kind k) {
    return k == schedule::Kind::ongoing ? 2 : (k == schedule::Kind::undated ? 1 : 0);
  };
  auto key = [&](const schedule::Item& item) {
    const schedule::Obligation& o = item.obligation;
    const calendar::Date due = rank(o.kind) == 0 ? o.due : calendar::Date{};
    return std::tuple{rank(o.kind), due, o.body, o.unit, o.task, o.period};
  };
  std::vector<bool> seen(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto at = static_cast<std::size_t>(items[i].days);
    REQUIRE(at < seen.size());
    CHECK_FALSE(seen[at]);  // each item once
    seen[at] = true;
    if (i == 0) continue;
    const auto a = key(items[i - 1]);
    const auto b = key(items[i]);
    REQUIRE_FALSE(b < a);                                  // in order
    if (a == b) CHECK(items[i - 1].days < items[i].days);  // equal keys keep their order
  }
}
