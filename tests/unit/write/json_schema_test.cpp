// Tests of write/json_schema.cpp: the export is valid JSON Schema draft 2020-12 text whose
// records are exactly those of load/schema.hpp, with their keys, required keys, enumerations
// and references.

#include "campaign/write/json_schema.hpp"

#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "campaign/load/schema.hpp"

using namespace campaign;
using json = nlohmann::json;
using load::schema::Type;

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
  for (const auto& record : load::schema::all_records()) {
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
      if (f.type == Type::enumeration) {
        REQUIRE(p.contains("enum"));
        CHECK(p["enum"].size() == f.allowed.size());
        for (std::size_t i = 0; i < f.allowed.size(); ++i) CHECK(p["enum"][i] == f.allowed[i]);
      }
      if (f.type == Type::record) CHECK(p["$ref"] == "#/$defs/" + std::string(f.record));
      if (f.type == Type::record_list) CHECK(p["items"]["$ref"] == "#/$defs/" + std::string(f.record));
      if (f.type == Type::integer) CHECK(p["type"] == "integer");
      if (f.type == Type::boolean) CHECK(p["type"] == "boolean");
    }
    if (record.name != "file") CHECK(j["properties"].size() == record.fields.size());
    if (required.empty())
      CHECK_FALSE(j.contains("required"));
    else
      CHECK(j["required"] == required);
  }
  names.erase("file");
  std::set<std::string> defs;
  for (const auto& [name, value] : root["$defs"].items()) defs.insert(name);
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
  CHECK(defs["body"]["properties"]["id"]["type"] == "string");
  CHECK(defs["body"]["properties"]["id"].contains("pattern"));
  CHECK(defs["document"]["properties"]["issued"]["pattern"] == "^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})$");
  CHECK(defs["indicator"]["properties"]["total"]["type"] == json::array({"number", "string", "null"}));
  const json& values = defs["result"]["properties"]["values"];
  CHECK(values["type"] == "object");
  const json& fraction = values["additionalProperties"]["oneOf"][1];
  CHECK(fraction["required"] == json::array({"numerator", "denominator"}));
  CHECK(fraction["additionalProperties"] == false);
  CHECK(defs["task"]["properties"]["responsible"]["oneOf"].size() == 2);
}
