#pragma once
// Format v1 described once, as data: every record, its keys, their types, whether they are
// required, their allowed values and a description. The loader checks unknown, missing and
// mistyped keys and enumerations against this table; docs and a JSON Schema export read it too.

#include <span>
#include <string_view>

namespace campaign::load::schema {

/// The shape a key's value must have.
enum class Type {
  text,         ///< a string scalar (numbers are read as written: `08` stays "08")
  id,           ///< a string scalar naming something: no spaces, no zero-width or no-break spaces
  id_list,      ///< a list of ids (a single id reads as a list of one)
  body_list,    ///< bodies by id, ID@UNIT, name or alias (model/names.hpp): one, or a list
  text_list,    ///< a list of strings
  paths,        ///< a path, or a list of paths (relative to the file)
  integer,      ///< a whole number
  boolean,      ///< true or false (YAML 1.2: not yes/no/on/off)
  date,         ///< YYYY-MM-DD or DD/MM/YYYY
  deadline,     ///< a deadline phrase (see calendar/deadline.hpp)
  period,       ///< a reporting period ("Q3/2024", "quý III/2024", "07/2024", "2024")
  enumeration,  ///< one of `allowed`
  value,        ///< a number, "20.33%", or ~ (no target on purpose)
  value_map,    ///< unit id -> value
  record,       ///< a nested mapping of record type `record`
  record_list,  ///< a list of mappings of record type `record`
};

struct Field {
  std::string_view key;
  Type type;
  bool required = false;
  std::string_view record = {};                  ///< for record and record_list
  std::span<const std::string_view> allowed = {};  ///< for enumeration
  std::string_view description = {};
};

struct Record {
  std::string_view name;
  std::span<const Field> fields;
  std::string_view description;

  /// The field named `key`, or nullptr.
  [[nodiscard]] const Field* find(std::string_view key) const;
};

/// The record type named `name` ("file", "document", "task", …); nullptr if unknown.
const Record* find_record(std::string_view name);

/// The top level of every file.
const Record& file_record();

/// All record types, the top level first (for docs and JSON Schema export).
std::span<const Record> all_records();

/// Name of a type for messages: "a list of ids", "a date", …
std::string_view describe(Type type);

/// The value `format` must have in format v1.
inline constexpr std::string_view kFormatV1 = "campaign/1";

}  // namespace campaign::load::schema
