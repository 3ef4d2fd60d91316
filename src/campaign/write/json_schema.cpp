#include "campaign/write/json_schema.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "campaign/calendar/deadline.hpp"
#include "campaign/calendar/period.hpp"
#include "campaign/schema/schema.hpp"
#include "campaign/text/regex.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

using nlohmann::ordered_json;
using schema::describe;
using schema::Field;
using schema::Type;

ordered_json ref(std::string_view def) {
  return {{"$ref", "#/$defs/" + std::string(def)}};
}

// A character class of what a scalar must not hold: the hidden controls every scalar is
// refused for (E020; FileContext::text allows tab, line feed and carriage return), and, when
// `ids`, the id breakers (those that are spaces only when `spaces`).
std::string forbidden(bool ids, bool spaces) {
  std::vector<text::CodeRange> ranges;
  for (text::CodeRange r : text::hidden_control_ranges()) {
    for (char32_t allowed : {U'\t', U'\n', U'\r'}) {  // cut the allowed ones out of the range
      if (allowed < r.first || allowed > r.last) continue;
      if (allowed > r.first) ranges.push_back({r.first, allowed - 1});
      r.first = allowed + 1;
    }
    if (r.first <= r.last) ranges.push_back(r);
  }
  std::vector<std::string_view> chars;
  if (ids)
    for (const auto& b : schema::id_breakers())
      if (spaces || !b.space) chars.push_back(b.character);
  return text::regex_class(ranges, chars, true);
}

// A scalar as the loader reads it: written as text, a number or true/false, all read as the
// text written.
ordered_json scalar(std::string_view description) {
  return {{"description", description},
          {"type", ordered_json::array({"string", "number", "boolean"})},
          {"pattern", "^" + forbidden(false, false) + "*$"}};
}

// One of `allowed` in any letter case (the loader compares in lower case), or, when
// `pattern` is given, anything it matches; the enum is there for editors' completion.
ordered_json one_of(std::span<const std::string_view> allowed, std::string pattern = {}) {
  ordered_json values = ordered_json::array();
  std::vector<std::string> either_case;
  for (std::string_view v : allowed) {
    values.push_back(v);
    either_case.push_back(text::regex_either_case(v));
  }
  if (pattern.empty()) pattern = fmt::format("^(?:{})$", fmt::join(either_case, "|"));
  return {{"anyOf", {{{"enum", values}}, {{"type", "string"}, {"pattern", pattern}}}}};
}

// One or a list of `item`.
ordered_json one_or_list(std::string_view description, std::string_view item) {
  return {{"description", description}, {"anyOf", {ref(item), {{"type", "array"}, {"items", ref(item)}}}}};
}

// The definitions of the scalar and list types, shared by the fields ($defs, named as here).
ordered_json type_defs() {
  const std::string id_pattern = "^" + forbidden(true, true) + "+$";
  ordered_json defs = ordered_json::object();
  defs["text"] = scalar(describe(Type::text));
  defs["id"] = scalar(describe(Type::id));
  defs["id"]["pattern"] = id_pattern;
  const std::string not_invisible = forbidden(true, false);  // a name: spaces allowed, at least one ' '
  defs["body-ref"] = {
      {"description", "a body: its id, ID@UNIT, or its name or alias (which holds a space)"},
      {"anyOf", {ref("id"), {{"type", "string"}, {"pattern", "^" + not_invisible + "* " + not_invisible + "*$"}}}}};
  defs["id-list"] = one_or_list(describe(Type::id_list), "id");
  defs["body-list"] = one_or_list("a body, or a list of bodies (ids or names)", "body-ref");
  defs["text-list"] = {{"description", describe(Type::text_list)}, {"type", "array"}, {"items", ref("text")}};
  defs["paths"] = one_or_list(describe(Type::paths), "text");
  defs["integer"] = {{"description", std::string(describe(Type::integer)) + ", written as digits, quoted or not"},
                     {"anyOf", {{{"type", "integer"}}, {{"type", "string"}, {"pattern", "^-?[0-9]+$"}}}}};
  defs["boolean"] = {{"description", describe(Type::boolean)},
                     {"anyOf", {{{"type", "boolean"}}, {{"enum", {"true", "false"}}}}}};
  defs["date"] = {
      {"description", describe(Type::date)}, {"type", "string"}, {"pattern", std::string(calendar::kDatePattern)}};
  defs["date-list"] = {{"description", describe(Type::date_list)}, {"type", "array"}, {"items", ref("date")}};
  defs["deadline"] = scalar(describe(Type::deadline));
  defs["period"] = scalar(describe(Type::period));
  defs["value"] = scalar(describe(Type::value));
  defs["value"]["type"] = ordered_json::array({"number", "string"});
  return defs;
}

// The $defs entry of a field's type, for the types type_defs() defines.
std::string_view def_of(Type type) {
  switch (type) {
    case Type::text:
      return "text";
    case Type::id:
      return "id";
    case Type::id_list:
      return "id-list";
    case Type::body_list:
      return "body-list";
    case Type::text_list:
      return "text-list";
    case Type::paths:
      return "paths";
    case Type::integer:
      return "integer";
    case Type::boolean:
      return "boolean";
    case Type::date:
      return "date";
    case Type::date_list:
      return "date-list";
    case Type::deadline:
      return "deadline";
    case Type::period:
      return "period";
    case Type::value:
      return "value";
    default:
      return {};
  }
}

ordered_json value_map(const Field& f) {
  ordered_json value = ref("value");
  if (f.nullable) value = {{"anyOf", {ref("value"), {{"type", "null"}}}}};
  if (!f.record.empty()) value = {{"anyOf", {ref("value"), ref(f.record)}}};
  return {{"type", "object"}, {"propertyNames", ref("id")}, {"additionalProperties", value}};
}

ordered_json field_schema(const Field& f) {
  ordered_json j;
  switch (f.type) {
    case Type::enumeration:
      j = one_of(f.allowed);
      break;
    case Type::frequency:
      j = one_of(f.allowed, calendar::frequency_pattern());
      break;
    case Type::value_map:
      j = value_map(f);
      break;
    case Type::record:
      j = ref(f.record);
      break;
    case Type::record_list:
      j = {{"type", "array"}, {"items", ref(f.record)}};
      break;
    default:
      j = ref(def_of(f.type));
      break;
  }
  if (f.nullable && (f.type == Type::text || f.type == Type::date))  // `~`: not known (a draft's number)
    j = {{"anyOf", {j, {{"type", "null"}}}}};
  j["description"] = f.description;
  return j;
}

ordered_json record_schema(const schema::Record& r) {
  ordered_json properties = ordered_json::object(), required = ordered_json::array();
  for (const Field& f : r.fields) {
    properties[std::string(f.key)] = field_schema(f);
    if (f.required) required.push_back(f.key);
  }
  ordered_json j = {{"type", "object"}, {"description", r.description}, {"properties", properties}};
  if (!required.empty()) j["required"] = required;
  if (!r.any_of.empty()) {
    j["anyOf"] = ordered_json::array();
    for (std::string_view key : r.any_of) j["anyOf"].push_back({{"required", {key}}});
  }
  j["additionalProperties"] = false;
  return j;
}

}  // namespace

void write_json_schema(std::ostream& out) {
  ordered_json defs = ordered_json::object();
  for (const auto& r : schema::all_records())
    if (r.name != "file") defs[std::string(r.name)] = record_schema(r);
  const ordered_json types = type_defs();
  for (const auto& [name, def] : types.items()) defs[name] = def;
  ordered_json root = record_schema(schema::file_record());
  ordered_json doc = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                      {"$id", "https://campaign.invalid/schema/campaign-1.json"},
                      {"title", "campaign format v1"}};
  for (auto& [k, v] : root.items()) doc[k] = v;
  // The loader reports a missing or other `format` as E007: the one value is a constant.
  doc["properties"]["format"] = {{"const", std::string(schema::kFormatV1)},
                                 {"description", schema::file_record().find("format")->description}};
  doc["$defs"] = defs;
  out << doc.dump(2) << '\n';
}

}  // namespace campaign::write
