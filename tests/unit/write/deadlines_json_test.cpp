// Tests of write/deadlines_json.cpp: the output parsed back with nlohmann::json; keys in their
// documented order, nulls where a value does not apply, and the same bytes as dump(2).

#include "campaign/write/deadlines_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "deadlines_fixture.hpp"

using namespace campaign;
using json = nlohmann::ordered_json;

namespace {

std::string written(const write::DeadlinesView& view) {
  std::ostringstream out;
  write::write_deadlines_json(out, view);
  return out.str();
}

std::vector<std::string> keys(const json& j) {
  std::vector<std::string> out;
  for (const auto& [k, v] : j.items()) out.push_back(k);
  return out;
}

// The obligation of task `task` (and body `body`, and period `period` when given).
const json& obligation(const json& root, std::string_view task, std::string_view body = "",
                       std::string_view period = "") {
  for (const auto& o : root["obligations"])
    if (o["task"] == task && (body.empty() || o["body"] == body) && (period.empty() || o["period"] == period)) return o;
  FAIL("no obligation " << task << " " << body << " " << period);
  return root;
}

}  // namespace

TEST_CASE("deadlines json: the root keys, and the bytes of dump(2) with a final newline", "[write][json]") {
  write::test::Deadlines dl;
  const std::string text = written(dl.view);
  const json root = json::parse(text);
  CHECK(keys(root) == std::vector<std::string>{"format", "as_of", "within", "obligations", "missing", "not_yet_issued",
                                               "skipped", "summary"});
  CHECK(text == root.dump(2) + "\n");
  CHECK(root["format"] == "campaign/check-deadlines/1");
  CHECK(root["as_of"] == "2024-10-05");
  CHECK(root["within"] == 7);
  CHECK(root["obligations"].size() == 11);
  CHECK(root["skipped"] == json::array());
  CHECK(root["not_yet_issued"] == json::parse(R"([{"document": "05-TB/BCĐ", "issued": "2024-10-10"}])"));
}

TEST_CASE("deadlines json: a one-off task done on time", "[write][json]") {
  write::test::Deadlines dl;
  const json root = json::parse(written(dl.view));
  const json& o = obligation(root, "1.1");
  CHECK(keys(o) == std::vector<std::string>{"document",  "directive",  "task",      "task_key",     "text",
                                            "kind",      "body",       "body_id",   "body_name",    "unit",
                                            "unit_name", "body_label", "due",       "due_written",  "due_text",
                                            "every",     "period",     "period_vn", "period_start", "period_end",
                                            "via",       "via_name",   "status",    "status_text",  "status_vn",
                                            "done_on",   "late",       "days_late", "days_overdue", "days_left"});
  CHECK(o["document"] == "04-TB/BCĐ");
  CHECK(o["directive"] == 1);
  CHECK(o["task_key"] == "04-TB/BCĐ#1.1");
  CHECK(o["kind"] == "one-off");
  CHECK(o["body"] == "ubnd-huyen");
  CHECK(o["unit"].is_null());
  CHECK(o["unit_name"].is_null());
  CHECK(o["due"] == "2024-07-31");
  CHECK(o["due_written"] == "trong tháng 7/2024");
  CHECK(o["due_text"] == "trong tháng 7/2024 → 31/07/2024");
  for (const char* key : {"every", "period", "period_vn", "period_start", "period_end", "via", "via_name", "days_left"})
    CHECK(o[key].is_null());
  CHECK(o["status"] == "done");
  CHECK(o["status_text"] == "done 25/07/2024");
  CHECK(o["status_vn"] == "Đã hoàn thành 25/07/2024");
  CHECK(o["done_on"] == "2024-07-25");
  CHECK(o["late"] == false);
  CHECK(o["days_late"] == 0);
  CHECK(o["days_overdue"] == 0);
}

TEST_CASE("deadlines json: a report period of one unit's body, done late and overdue", "[write][json]") {
  write::test::Deadlines dl;
  const json root = json::parse(written(dl.view));
  const json& late = obligation(root, "1.2", "bcd-xa@tan-lap", "Q3/2024");
  CHECK(late["kind"] == "report");
  CHECK(late["body_id"] == "bcd-xa");
  CHECK(late["body_name"] == "BCĐ Cuộc vận động xã");
  CHECK(late["unit"] == "tan-lap");
  CHECK(late["unit_name"] == "Xã Tân Lập");
  CHECK(late["body_label"] == "BCĐ Cuộc vận động xã (Xã Tân Lập)");
  CHECK(late["due"] == "2024-09-30");
  CHECK(late["due_written"].is_null());
  CHECK(late["due_text"] == "30/09/2024");
  CHECK(late["every"] == "quarter");
  CHECK(late["period_vn"] == "quý III/2024");
  CHECK(late["period_start"] == "2024-07-01");
  CHECK(late["period_end"] == "2024-09-30");
  CHECK(late["via"] == "ubmttq-huyen");
  CHECK(late["via_name"] == "Ủy ban MTTQ Việt Nam huyện");
  CHECK(late["status"] == "done");
  CHECK(late["late"] == true);
  CHECK(late["days_late"] == 3);
  CHECK(late["done_on"] == "2024-10-03");
  const json& overdue = obligation(root, "1.2", "bcd-xa@dak-rve", "Q3/2024");
  CHECK(overdue["status"] == "overdue");
  CHECK(overdue["status_vn"] == "Quá hạn 5 ngày");
  CHECK(overdue["days_overdue"] == 5);
  CHECK(overdue["done_on"].is_null());
  CHECK(overdue["days_left"].is_null());
  const json& upcoming = obligation(root, "1.2", "bcd-xa@dak-rve", "Q4/2024");
  CHECK(upcoming["status"] == "upcoming");
  CHECK(upcoming["days_left"] == 87);
}

TEST_CASE("deadlines json: undated and ongoing tasks have no due date", "[write][json]") {
  write::test::Deadlines dl;
  const json root = json::parse(written(dl.view));
  const json& undated = obligation(root, "1.5");
  CHECK(undated["kind"] == "undated");
  CHECK(undated["due"].is_null());
  CHECK(undated["due_written"] == "khi có chỉ đạo");
  CHECK(undated["due_text"] == "khi có chỉ đạo → ?");
  CHECK(undated["status"] == "no-date");
  CHECK(undated["days_left"].is_null());
  const json& ongoing = obligation(root, "1.6");
  CHECK(ongoing["kind"] == "ongoing");
  CHECK(ongoing["due"].is_null());
  CHECK(ongoing["due_written"].is_null());
  CHECK(ongoing["due_text"] == "–");
  CHECK(ongoing["status"] == "ongoing");
  const json& soon = obligation(root, "1.3");
  CHECK(soon["due_text"] == "08/10/2024");  // the phrase is the date: written once
  CHECK(soon["days_left"] == 3);
}

TEST_CASE("deadlines json: missing reports and the summary with counts and shares", "[write][json]") {
  write::test::Deadlines dl;
  const json root = json::parse(written(dl.view));
  REQUIRE(root["missing"].size() == 1);
  CHECK(root["missing"][0] == json::parse(R"J({
    "document": "04-TB/BCĐ", "task": "1.2", "task_key": "04-TB/BCĐ#1.2", "period": "Q3/2024",
    "period_vn": "quý III/2024", "once": false, "due": "2024-09-30", "via": "ubmttq-huyen", "via_name": "Ủy ban MTTQ Việt Nam huyện",
    "count": 2,
    "bodies": [{"body": "bcd-xa@dak-rve", "body_label": "BCĐ Cuộc vận động xã (Thị trấn Đăk Rve)"},
               {"body": "bcd-xa@dak-koi", "body_label": "BCĐ Cuộc vận động xã (Xã Đăk Kôi)"}]})J"));
  const json& summary = root["summary"];
  CHECK(keys(summary) == std::vector<std::string>{"bodies", "documents", "total"});
  REQUIRE(summary["bodies"].size() == 5);
  CHECK(summary["bodies"][0] == json::parse(R"({"body": "ubnd-huyen", "label": "UBND huyện", "done_on_time": 1,
    "done_late": 0, "not_yet_due": 1, "overdue": 0, "no_date": 1, "total": 2, "share_on_time": 100.0})"));
  CHECK(summary["bodies"][2]["body"] == "bcd-xa@tan-lap");
  CHECK(summary["documents"][0]["document"] == "04-TB/BCĐ");
  CHECK(summary["total"]["total"] == 9);
  CHECK(summary["total"]["share_on_time"] == 20.0);
}

TEST_CASE("deadlines json: nothing assessed yet gives a null share, skipped parts are listed", "[write][json]") {
  write::test::Deadlines dl(write::test::skipped(), write::test::d(2024, 7, 12));
  const json root = json::parse(written(dl.view));
  CHECK(root["summary"]["total"]["share_on_time"].is_null());
  CHECK(root["missing"] == json::array());
  REQUIRE(root["skipped"].size() == 2);
  CHECK(root["skipped"][0] == json::parse(R"({"file": "a.yaml", "line": 40, "what": "task 04-TB/BCĐ#2.1",
    "effect": "left out", "code": "E013", "message": "responsible body 'x' is not a body"})"));
  CHECK(root["skipped"][1]["effect"] == "listed without a date");
}
