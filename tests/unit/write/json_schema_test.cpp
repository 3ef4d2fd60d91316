// Tests of campaign/write/json_schema.hpp: the patterns of the exported schema refuse what the
// loader refuses (ids, bodies, enumerations), from the same lists (schema::id_breakers,
// text::hidden_control_ranges). tests/schema/conformance.py compares whole files.

#include "campaign/write/json_schema.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "../text/icu_regex.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/load/reader.hpp"
#include "campaign/load/source.hpp"
#include "campaign/load/tree.hpp"
#include "campaign/schema/schema.hpp"

using namespace campaign;
using campaign::test::regex_search;

namespace {

nlohmann::json exported() {
  std::ostringstream out;
  write::write_json_schema(out);
  return nlohmann::json::parse(out.str());
}

// Whether the loader reads `text` as an id (`body`: as a body) without an error.
bool loader_accepts(const std::string& text, bool body) {
  load::SourceSet sources;
  const std::uint32_t index = sources.add("t.yaml", "");
  diag::Sink sink;
  load::FileContext ctx{sources[index], index, sink};
  const std::unique_ptr<load::Tree> tree = load::Tree::scalar(text);
  const load::Node node = tree->root();
  const auto read = body ? load::read_body(ctx, node, "k") : load::read_id(ctx, node, "k");
  return read && sink.error_count() == 0;
}

// The characters the schema and the loader must agree on, in an id and in a name.
std::vector<std::string> samples() {
  std::vector<std::string> out = {"ubnd-huyen", "bcd-xa@tan-lap", "1", "UBND huyện", "Ủy ban MTTQ Việt Nam huyện", ""};
  for (const auto& b : schema::id_breakers()) {
    out.push_back("ubnd" + std::string(b.character) + "huyen");
    out.push_back("UBND huyện" + std::string(b.character) + "x");
  }
  for (const char* c : {"\x01", "\x1B", "\x7F", "\u0085", "\u202E", "\u2066", "\n"}) {
    out.push_back("ubnd" + std::string(c) + "huyen");
    out.push_back("UBND huyện" + std::string(c));
  }
  return out;
}

}  // namespace

TEST_CASE("the schema's id pattern refuses what read_id refuses", "[write][json-schema]") {
  const std::string pattern = exported()["$defs"]["id"]["pattern"];
  for (const std::string& text : samples()) {
    CAPTURE(text);
    CHECK(regex_search(pattern, text) == loader_accepts(text, false));
  }
}

TEST_CASE("the schema's body pattern refuses what read_body refuses", "[write][json-schema]") {
  const nlohmann::json defs = exported()["$defs"];
  const std::string id = defs["id"]["pattern"];
  const std::string name = defs["body-ref"]["anyOf"][1]["pattern"];
  for (const std::string& text : samples()) {
    CAPTURE(text);
    CHECK((regex_search(id, text) || regex_search(name, text)) == loader_accepts(text, true));
  }
}

TEST_CASE("every field of the table is in the schema, required as in the table", "[write][json-schema]") {
  const nlohmann::json schema = exported();
  for (const schema::Record& record : schema::all_records()) {
    const nlohmann::json& def = record.name == "file" ? schema : schema["$defs"][std::string(record.name)];
    CAPTURE(record.name);
    CHECK(def["additionalProperties"] == false);
    std::vector<std::string> required;
    for (const schema::Field& field : record.fields) {
      CAPTURE(field.key);
      CHECK(def["properties"].contains(std::string(field.key)));
      if (field.required) required.emplace_back(field.key);
    }
    CHECK(def["properties"].size() == record.fields.size());
    CHECK(def.value("required", std::vector<std::string>{}) == required);
  }
  // The definitions of types never take the name of a record.
  for (const char* type : {"text", "id", "body-ref", "id-list", "body-list", "text-list", "paths", "integer", "boolean",
                           "date", "deadline", "period", "value"}) {
    CAPTURE(type);
    CHECK(schema::find_record(type) == nullptr);
    CHECK(schema["$defs"].contains(type));
  }
}

TEST_CASE("enumerations in any letter case, as the loader compares them", "[write][json-schema]") {
  const nlohmann::json kind = exported()["$defs"]["document"]["properties"]["kind"];
  const std::string pattern = kind["anyOf"][1]["pattern"];
  for (const char* written : {"notice", "Notice", "NOTICE", "decision"}) CHECK(regex_search(pattern, written));
  for (const char* written : {"notise", "notices", " notice", "thông báo"}) CHECK_FALSE(regex_search(pattern, written));
  CHECK(kind["anyOf"][0]["enum"][0] == "notice");
}
