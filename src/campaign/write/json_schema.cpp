#include "campaign/write/json_schema.hpp"

#include <nlohmann/json.hpp>

#include "campaign/load/schema.hpp"

namespace campaign::write {
namespace {

using nlohmann::ordered_json;
using load::schema::Field;
using load::schema::Type;

ordered_json ref(std::string_view record) { return {{"$ref", "#/$defs/" + std::string(record)}}; }

// A scalar written as text or as a YAML number (yaml-cpp gives both as text; so does the loader).
ordered_json scalar() { return {{"type", ordered_json::array({"string", "number"})}}; }

ordered_json field_schema(const Field& f) {
  ordered_json j;
  switch (f.type) {
    case Type::text:
    case Type::deadline:
    case Type::period: j = scalar(); break;
    case Type::id: j = {{"type", "string"}, {"pattern", "^[^\\s\\u200B\\u200C\\u200D\\u2060\\uFEFF]+$"}}; break;
    case Type::id_list: j = {{"type", "array"}, {"items", {{"type", "string"}}}}; break;
    case Type::body_list:
      j = {{"oneOf", {{{"type", "string"}}, {{"type", "array"}, {"items", {{"type", "string"}}}}}}};
      break;
    case Type::text_list: j = {{"type", "array"}, {"items", scalar()}}; break;
    case Type::paths: j = {{"oneOf", {{{"type", "string"}}, {{"type", "array"}, {"items", {{"type", "string"}}}}}}}; break;
    case Type::integer: j = {{"type", "integer"}}; break;
    case Type::boolean: j = {{"type", "boolean"}}; break;
    case Type::date: j = {{"type", "string"}, {"pattern", "^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})$"}}; break;
    case Type::enumeration: {
      ordered_json values = ordered_json::array();
      for (auto v : f.allowed) values.push_back(v);
      j = {{"enum", values}};
      break;
    }
    case Type::value: j = {{"type", ordered_json::array({"number", "string", "null"})}}; break;
    case Type::value_map:
      j = {{"type", "object"},
           {"additionalProperties",
            {{"oneOf",
              {{{"type", ordered_json::array({"number", "string", "null"})}},
               {{"type", "object"},
                {"properties", {{"numerator", {{"type", "number"}}}, {"denominator", {{"type", "number"}}}}},
                {"required", {"numerator", "denominator"}},
                {"additionalProperties", false}}}}}}};
      break;
    case Type::record: j = ref(f.record); break;
    case Type::record_list: j = {{"type", "array"}, {"items", ref(f.record)}}; break;
  }
  j["description"] = f.description;
  return j;
}

ordered_json record_schema(const load::schema::Record& r) {
  ordered_json properties = ordered_json::object(), required = ordered_json::array();
  for (const Field& f : r.fields) {
    properties[std::string(f.key)] = field_schema(f);
    if (f.required) required.push_back(f.key);
  }
  ordered_json j = {{"type", "object"}, {"description", r.description}, {"properties", properties}};
  if (!required.empty()) j["required"] = required;
  j["additionalProperties"] = false;
  return j;
}

}  // namespace

void write_json_schema(std::ostream& out) {
  ordered_json defs = ordered_json::object();
  for (const auto& r : load::schema::all_records())
    if (r.name != "file") defs[std::string(r.name)] = record_schema(r);
  ordered_json root = record_schema(load::schema::file_record());
  ordered_json doc = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                      {"$id", "https://campaign.invalid/schema/campaign-1.json"},
                      {"title", "campaign format v1"}};
  for (auto& [k, v] : root.items()) doc[k] = v;
  doc["properties"]["format"] = {{"const", std::string(load::schema::kFormatV1)},
                                 {"description", "Format and version of the file: always `campaign/1`."}};
  doc["$defs"] = defs;
  out << doc.dump(2) << '\n';
}

}  // namespace campaign::write
