#pragma once
// Format v1 described once, as data: every record, its keys, their types, whether they are
// required, their allowed values and a description. The loader checks unknown, missing and
// mistyped keys and enumerations against this table; docs and a JSON Schema export read it too.

#include <span>
#include <string>
#include <string_view>

namespace campaign::schema {

/// The shape a key's value must have. Each type has one reader accessor (load/reader.hpp), one
/// wording for messages (describe) and one JSON Schema definition (write/json_schema.cpp).
enum class Type {
  text,         ///< a scalar, read as the text written (numbers stay as written: `08` stays "08")
  id,           ///< a scalar naming something, without the characters of id_breakers()
  id_list,      ///< a list of ids, or a single id (a list of one)
  body_list,    ///< bodies by id, ID@UNIT, name or alias (model/names.hpp): one, or a list
  text_list,    ///< a list of texts (a single text is refused: E006)
  paths,        ///< a path, or a list of paths (relative to the file)
  integer,      ///< a whole number, written as digits (quoted or not)
  boolean,      ///< true or false (YAML 1.2: not yes/no/on/off)
  date,         ///< YYYY-MM-DD or DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY (calendar::parse_date)
  date_list,    ///< a list of dates (a single date is refused: E006)
  deadline,     ///< a date or a deadline phrase (calendar::parse_deadline)
  period,       ///< a reporting period ("Q3/2024", "quý III/2024", "07/2024", "2024")
  enumeration,  ///< one of `allowed`, in any letter case
  frequency,    ///< how often a report is due: calendar::frequency_words (`allowed` shows the usual ones)
  value,        ///< a number, "20.33%", or, when `nullable`, ~ (no value on purpose); load/value.hpp
  value_map,    ///< unit id -> value; also -> `record` (a fraction) when `record` is set
  record,       ///< a nested mapping of record type `record`
  record_list,  ///< a list of mappings of record type `record`
};

struct Field {
  std::string_view key;
  Type type;
  bool required = false;
  std::string_view record = {};                    ///< for record, record_list; value_map: its mapping values
  std::span<const std::string_view> allowed = {};  ///< for enumeration and frequency
  std::string_view description = {};
  bool nullable = false;  ///< value, value_map: `~` is a value (none on purpose); text, date: `~` is "not known"
};

struct Record {
  /// The key-like name ("task", "submission"): the docs and JSON Schema use it as is; messages
  /// translate it (i18n::tr: "nhiệm vụ", "báo cáo đã nhận"), so it is marked for the catalog.
  std::string_view name;
  std::span<const Field> fields;
  std::string_view description;
  /// Optional keys of which at least one must be present (a result: `values` or `area`);
  /// exported as the JSON Schema's anyOf, checked by the builder (E005).
  std::span<const std::string_view> any_of = {};

  /// The field named `key`, or nullptr.
  [[nodiscard]] const Field* find(std::string_view key) const;
};

/// The record type named `name` ("file", "document", "task", …); nullptr if unknown.
const Record* find_record(std::string_view name);

/// The top level of every file.
const Record& file_record();

/// All record types, the top level first (for docs and JSON Schema export).
std::span<const Record> all_records();

/// What a value of `type` is, for messages ("'year' must be a whole number, not 'abc'") and
/// the JSON Schema's descriptions: "a list of ids", "a date (YYYY-MM-DD or DD/MM/YYYY)", …
std::string_view describe(Type type);

/// A character an id must not hold (E020): spaces of every kind and invisible ones.
struct IdBreaker {
  std::string_view character;  ///< one code point, UTF-8
  std::string_view name;       ///< for messages: "a zero-width space (U+200B)"
  bool space = false;          ///< a kind of space, read as a space in a body's name (read_body)
};

/// The characters ids must not hold, in the order messages name them: the one list behind
/// read_id, read_body, the unknown-key hint for "issuer\u200B" and the JSON Schema's id
/// patterns. (Control characters are refused in every scalar: text::hidden_control_ranges.)
std::span<const IdBreaker> id_breakers();

/// The first breaker of id_breakers(), in table order, that `text` holds; spaces left out
/// unless `spaces` (for names). nullptr when there is none.
const IdBreaker* find_id_breaker(std::string_view text, bool spaces = true);

/// `text` without the breakers ("issuer\u200B" -> "issuer"); with `keep_spaces`, the ones
/// that are spaces stay (for names).
std::string without_id_breakers(std::string_view text, bool keep_spaces = false);

/// The value `format` must have in format v1.
inline constexpr std::string_view kFormatV1 = "campaign/1";

}  // namespace campaign::schema
