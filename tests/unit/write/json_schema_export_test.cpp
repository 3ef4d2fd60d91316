// Tests of write/json_schema.cpp: the export is valid JSON Schema draft 2020-12 text whose
// records are exactly those of load/schema.hpp, with their keys, required keys, enumerations
// and references.

#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "campaign/schema/schema.hpp"
#include "campaign/write/json_schema.hpp"

using namespace campaign;
using json = nlohmann::json;
using schema::Type;

namespace {

json exported() {
  std::ostringstream out;
  write::write_json_schema(out);
  REQUIRE(out.str().ends_with("}\n"));
  return json::parse(out.str());
}

// The JSON object that describes `record` (the root for "file").
const json& record_of(const json& root, std::string_view record) {
  return record == "file" ? root : root["$defs"][std::string(record)];
}

}  // namespace

TEST_CASE("json schema: draft 2020-12, the file record at the root", "[write][json-schema]") {
  const json root = exported();
  CHECK(root["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  CHECK(root["$id"] == "https://campaign.invalid/schema/campaign-1.json");
  CHECK(root["type"] == "object");
  CHECK(root["additionalProperties"] == false);
  CHECK(root["required"] == json::array({"format"}));
  CHECK(root["properties"]["format"]["const"] == "campaign/1");
  CHECK(root["properties"]["document"] == json::parse(R"({"$ref": "#/$defs/document",
    "description": "The document this file encodes."})"));
  CHECK(root["properties"]["submissions"]["items"]["$ref"] == "#/$defs/submission");
  CHECK_FALSE(root["$defs"].contains("file"));
}

TEST_CASE("json schema: every record of the schema table in $defs with its keys and required keys",
          "[write][json-schema]") {
  const json root = exported();
  std::set<std::string> names;
  for (const auto& record : schema::all_records()) {
    INFO("record " << record.name);
    names.insert(std::string(record.name));
    const json& j = record_of(root, record.name);
    REQUIRE(j.is_object());
    CHECK(j["type"] == "object");
    CHECK(j["additionalProperties"] == false);
    CHECK(j["description"] == record.description);
    json required = json::array();
    for (const auto& f : record.fields) {
      INFO("key " << f.key);
      const json& p = j["properties"][std::string(f.key)];
      CHECK(p["description"] == f.description);
      if (f.required) required.push_back(f.key);
      if (f.type == Type::enumeration) {  // the exact words for completion, then any letter case
        REQUIRE(p.contains("anyOf"));
        const json& words = p["anyOf"][0]["enum"];
        CHECK(words.size() == f.allowed.size());
        for (std::size_t i = 0; i < f.allowed.size() && i < words.size(); ++i) CHECK(words[i] == f.allowed[i]);
      }
      if (f.type == Type::record) CHECK(p["$ref"] == "#/$defs/" + std::string(f.record));
      if (f.type == Type::record_list) CHECK(p["items"]["$ref"] == "#/$defs/" + std::string(f.record));
      if (f.type == Type::integer) CHECK(p["$ref"] == "#/$defs/integer");
      if (f.type == Type::boolean) CHECK(p["$ref"] == "#/$defs/boolean");
    }
    if (record.name != "file") CHECK(j["properties"].size() == record.fields.size());
    if (required.empty())
      CHECK_FALSE(j.contains("required"));
    else
      CHECK(j["required"] == required);
  }
  names.erase("file");
  std::set<std::string> defs;  // the records, and the value types they share
  for (const auto& [name, value] : root["$defs"].items())
    if (value.contains("type") && value["type"] == "object" && value.contains("properties")) defs.insert(name);
  CHECK(defs == names);
}

TEST_CASE("json schema: every $ref names a definition", "[write][json-schema]") {
  const json root = exported();
  std::vector<std::string> refs;
  std::function<void(const json&)> walk = [&](const json& j) {
    if (j.is_object()) {
      if (j.contains("$ref")) refs.push_back(j["$ref"]);
      for (const auto& [k, v] : j.items()) walk(v);
    } else if (j.is_array()) {
      for (const auto& v : j) walk(v);
    }
  };
  walk(root);
  CHECK(refs.size() > 10);
  for (const auto& ref : refs) {
    INFO(ref);
    REQUIRE(ref.starts_with("#/$defs/"));
    CHECK(root["$defs"].contains(ref.substr(8)));
  }
}

TEST_CASE("json schema: ids, dates and values accept what the loader reads", "[write][json-schema]") {
  const json root = exported();
  const json& defs = root["$defs"];
  CHECK(defs["body"]["properties"]["id"]["$ref"] == "#/$defs/id");
  CHECK(defs["id"]["type"] == json::array({"string", "number", "boolean"}));  // any scalar, read as text
  CHECK(defs["id"].contains("pattern"));
  // A draft's date may be ~ (not known): a date or null.
  CHECK(defs["document"]["properties"]["issued"]["anyOf"] ==
        json::array({{{"$ref", "#/$defs/date"}}, {{"type", "null"}}}));
  CHECK(defs["reference"]["properties"]["issued"]["$ref"] == "#/$defs/date");
  CHECK(defs["indicator"]["properties"]["total"]["$ref"] == "#/$defs/value");
  const json& values = defs["result"]["properties"]["values"];
  CHECK(values["type"] == "object");
  CHECK(values["propertyNames"]["$ref"] == "#/$defs/id");
  CHECK(values["additionalProperties"]["anyOf"][1]["$ref"] == "#/$defs/fraction");
  CHECK(defs["fraction"]["required"] == json::array({"numerator", "denominator"}));
  CHECK(defs["fraction"]["additionalProperties"] == false);
  CHECK(defs["task"]["properties"]["responsible"]["$ref"] == "#/$defs/body-list");
}
