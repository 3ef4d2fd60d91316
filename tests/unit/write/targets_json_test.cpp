// Tests of write/targets_json.cpp: the targets, history and compare JSON parsed back with
// nlohmann::json; values both as JSON numbers (integers when written without decimals) and as
// text, nulls where nothing applies.

#include "campaign/write/targets_json.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

#include "targets_fixture.hpp"

using namespace campaign;
using json = nlohmann::ordered_json;
using write::Language;

namespace {

std::vector<std::string> keys(const json& j) {
  std::vector<std::string> out;
  for (const auto& [k, v] : j.items()) out.push_back(k);
  return out;
}

json targets_json(const model::Model& m, std::optional<model::Date> as_of, Language lang = Language::vietnamese) {
  std::ostringstream out;
  write::write_targets_json(
      out, targets::build_target_table(m, targets::effective_indicators(m, as_of), targets::UnitOrder::registry, as_of),
      lang);
  REQUIRE(out.str().ends_with("}\n"));
  return json::parse(out.str());
}

}  // namespace

TEST_CASE("targets json: the area, the units and each indicator with its targets", "[write][json]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const json j = targets_json(l.model, std::nullopt);
  CHECK(keys(j) == std::vector<std::string>{"format", "as_of", "area", "units", "indicators"});
  CHECK(j["format"] == "campaign/targets/1");
  CHECK(j["as_of"].is_null());
  CHECK(j["area"] == json::parse(R"({"name": "huyện Thử", "kind": "district", "heading": "Mục tiêu toàn huyện"})"));
  CHECK(j["units"][1] == json::parse(R"({"id": "dak-rve", "name": "Thị trấn Đăk Rve", "kind": "town"})"));
  REQUIRE(j["indicators"].size() == 2);
  const json& one = j["indicators"][0];
  CHECK(keys(one) == std::vector<std::string>{"ref", "document", "issued", "id", "name", "unit", "better", "year",
                                              "total_rule", "total", "targets", "amends", "replaces", "notes"});
  CHECK(one["ref"] == "01-TB/BCĐ#1");
  CHECK(one["issued"] == "2024-07-11");
  CHECK(one["better"] == "lower");
  CHECK(one["year"] == 2024);
  CHECK(one["total_rule"] == "mean");
  CHECK(one["total"]["value"] == 20.33);
  CHECK(one["total"]["text"] == "20.33%");
  CHECK(one["targets"][0] == json::parse(R"({"unit": "tan-lap", "value": 22, "text": "22%"})"));
  CHECK(one["targets"][0]["value"].is_number_integer());
  CHECK(one["targets"][1]["value"] == 15.3);
  CHECK(one["targets"][2] == json::parse(R"({"unit": "dak-koi", "value": null, "text": "–"})"));
  CHECK(one["amends"].is_null());
  CHECK(one["replaces"].is_null());
  CHECK(one["notes"] == json::array());
  CHECK(j["indicators"][1]["unit"] == "hộ");
  CHECK(j["indicators"][1]["total"]["text"] == "30");
  CHECK(targets_json(l.model, model::Date{2024, 10, 5})["as_of"] == "2024-10-05");
}

TEST_CASE("targets json: an amendment of a document not loaded, with its note in the language asked", "[write][json]") {
  std::string yaml(write::test::kDistrict);
  yaml += "    amends: {document: 120-CV/BCĐ, indicator: \"1\", was: Số cặp vợ chồng}\n";
  const load::Loaded l = write::test::load_text(yaml);
  const json root = targets_json(l.model, std::nullopt, Language::english);
  const json& two = root["indicators"][1];
  CHECK(two["amends"] ==
        json::parse(R"({"document": "120-CV/BCĐ", "indicator": "1", "was": "Số cặp vợ chồng", "loaded": false})"));
  CHECK(two["replaces"].is_null());
  CHECK(two["notes"] ==
        json::parse(R"(["01-TB/BCĐ#2 amends 120-CV/BCĐ#1; 120-CV/BCĐ is not loaded, so the amendment stands alone"])"));
}

TEST_CASE("history json: a stub without values, then a loaded version", "[write][json]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  targets::Version stub;
  stub.document = "120-CV/BCĐ";
  stub.name = "Số cặp vợ chồng";
  stub.changes = {{targets::ChangeKind::not_loaded, "01-TB/BCĐ", "", "", {}, {}, false, false}};
  targets::Version loaded;
  loaded.indicator = targets::find_indicator(l.model, "01-TB/BCĐ#1");
  loaded.document = "01-TB/BCĐ";
  loaded.issued = model::Date{2024, 7, 11};
  loaded.name = "Tỷ lệ sinh con thứ 3 trở lên";
  loaded.changes = {{targets::ChangeKind::set_anew, "120-CV/BCĐ", "", "", {}, {}, false, false}};
  std::ostringstream out;
  write::write_history_json(out, l.model, {stub, loaded}, Language::english);
  const json j = json::parse(out.str());
  CHECK(j["format"] == "campaign/targets/1");
  CHECK(j["view"] == "history");
  REQUIRE(j["versions"].size() == 2);
  CHECK(j["versions"][0] == json::parse(R"({"document": "120-CV/BCĐ", "issued": null, "name": "Số cặp vợ chồng",
    "loaded": false, "changes": ["not loaded; name as quoted by 01-TB/BCĐ"]})"));
  const json& v = j["versions"][1];
  CHECK(keys(v) ==
        std::vector<std::string>{"document", "issued", "name", "loaded", "ref", "total", "targets", "changes"});
  CHECK(v["issued"] == "2024-07-11");
  CHECK(v["loaded"] == true);
  CHECK(v["ref"] == "01-TB/BCĐ#1");
  CHECK(v["total"] == json::parse(R"({"value": 20.33, "text": "20.33%"})"));
  CHECK(v["targets"][2] == json::parse(R"({"unit": "dak-koi", "value": null, "text": "–"})"));
  CHECK(v["changes"] == json::array({"targets set anew (120-CV/BCĐ not loaded)"}));
}

TEST_CASE("compare json: results, units with fractions, the area line", "[write][json]") {
  const load::Loaded l = write::test::load_text(
      std::string(write::test::kDistrict) +
      "results:\n  - {indicator: \"01-TB/BCĐ#1\", period: Q3/2024, as_of: 2024-10-10, values: {tan-lap: {numerator: "
      "3, denominator: 40}}}\n");
  const auto units = targets::ordered_units(l.model, targets::UnitOrder::registry);
  std::ostringstream out;
  write::write_compare_json(out, {write::test::compare_ref(l.model, "01-TB/BCĐ#1")}, units, Language::vietnamese);
  const json j = json::parse(out.str());
  CHECK(j["format"] == "campaign/compare/1");
  REQUIRE(j["comparisons"].size() == 1);
  const json& c = j["comparisons"][0];
  CHECK(keys(c) == std::vector<std::string>{"indicator", "view", "period", "as_of", "units", "area", "met",
                                            "with_target", "set_aside", "summary", "notes"});
  CHECK(c["indicator"]["ref"] == "01-TB/BCĐ#1");
  CHECK(c["view"] == "results");
  CHECK(c["period"] == "Q3/2024");
  CHECK(c["as_of"] == "2024-10-10");
  CHECK(c["units"][0] ==
        json::parse(R"({"unit": "tan-lap", "name": "Xã Tân Lập", "target": {"value": 22, "text": "22%"},
    "result": {"value": 7.5, "text": "7.50%"}, "numerator": 3, "denominator": 40,
    "gap": {"value": -14.5, "text": "-14.50 pp"}, "status": "met"})"));
  CHECK(c["units"][1] == json::parse(R"({"unit": "dak-rve", "name": "Thị trấn Đăk Rve",
    "target": {"value": 15.3, "text": "15.3%"}, "result": null, "gap": null, "status": "no result"})"));
  CHECK(c["units"][2]["status"] == "no target");
  json area = c["area"];
  CHECK(area["method"].get<std::string>().starts_with(
      "not computed; 1/2 units without a result (Thị trấn Đăk Rve); --partial computes it on the 1 unit"));
  area["method"] = nullptr;  // its end reads "on the 1 units" (reported as a wording bug), so not pinned
  CHECK(area == json::parse(R"J({"target": {"value": 20.33, "text": "20.33%"}, "result": null, "gap": null,
    "status": "not evaluated", "reason": "incomplete", "method": null,
    "units_without_result": 1, "units_without_data": 0, "partial": false})J"));
  CHECK(c["met"] == 1);
  CHECK(c["with_target"] == 2);
  CHECK(c["set_aside"] == json::array());
  CHECK(c["summary"] == "1/2 xã, thị trấn đạt (1 chưa có kết quả)");
}

TEST_CASE("compare json: the allocation view without results", "[write][json]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const auto units = targets::ordered_units(l.model, targets::UnitOrder::registry);
  std::ostringstream out;
  write::write_compare_json(out, {write::test::compare_ref(l.model, "01-TB/BCĐ#2")}, units, Language::english);
  const json root = json::parse(out.str());
  const json& c = root["comparisons"][0];
  CHECK(c["view"] == "allocation");
  CHECK(c["period"].is_null());
  CHECK(c["as_of"].is_null());
  CHECK(c["units"][0]["result"].is_null());
  CHECK(c["units"][0]["gap"] == json::parse(R"({"value": -20, "text": "-20"})"));
  CHECK_FALSE(c["units"][0].contains("numerator"));
  CHECK(c["area"]["reason"] == "no results");
  CHECK(c["area"]["method"].is_null());
  CHECK(c["summary"] == "no results; targets: 0 above, 3 below, 0 equal to the district total");
}
