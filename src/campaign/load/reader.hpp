#pragma once
// Reading YAML nodes against the schema: each accessor converts one value and reports,
// at its exact position, what is wrong with it. No YAML 1.1 implicit typing: scalars are
// read as the text written, and converted only to the type the schema asks for.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/calendar/period.hpp"
#include "campaign/diag/diagnostic.hpp"
#include "campaign/load/source.hpp"
#include "campaign/load/tree.hpp"
#include "campaign/model/model.hpp"
#include "campaign/schema/schema.hpp"

namespace campaign::load {

/// The file being read: where diagnostics go and how YAML marks become positions.
struct FileContext {
  FileContext(const SourceFile& source_file, std::uint32_t file_index, diag::Sink& diagnostics)
      : source(source_file), file(file_index), sink(diagnostics), columns(source_file) {}

  /// Budgets of reading one file, in proportion to its size (docs/validate.md, "Limits"): the
  /// entries and the bytes of text that can be read before aliases are taken for an alias bomb.
  /// Without aliases a file cannot hold more entries, or more text, than it has bytes.
  [[nodiscard]] std::size_t entry_budget() const { return 2 * source.text.size() + 10'000; }
  [[nodiscard]] std::size_t byte_budget() const { return 2 * source.text.size() + (1u << 20); }

  const SourceFile& source;
  std::uint32_t file;
  diag::Sink& sink;
  bool warned_nfc = false;
  std::size_t visits = 0;                   ///< mapping entries and list items read so far
  std::size_t bytes = 0;                    ///< bytes of the scalars among them (keys and values)
  bool exhausted = false;                   ///< a budget ran out (E025 reported); reading stops
  std::vector<model::FlowList> flow_lists;  ///< see record_flow_list (load/commas.hpp)
  /// When set (by tests), each field a MapReader accessor reads is appended to it, so that a test
  /// can tell that the builder reads every field of the schema table.
  std::vector<const schema::Field*>* fields_read = nullptr;

  /// Counts one list item about to be read, and its text when it is a scalar. Past
  /// entry_budget() entries or byte_budget() bytes, aliases expand the file far beyond its size,
  /// an "alias bomb" (a few aliases of one long scalar are enough): reports E025 once at `node`,
  /// false from then on. Every node is counted before its text is copied anywhere, so reading
  /// time and memory stay proportional to the file's size.
  bool visit(const Node& node);
  /// The same for one mapping entry: counts it, the key's text and the value's when it is a scalar.
  bool visit(const Node& key, const Node& value);

  /// yaml-cpp marks are 0-based with byte columns; positions are 1-based character columns.
  [[nodiscard]] diag::Position position(const YAML::Mark& mark) const;
  [[nodiscard]] diag::Position position(const Node& node) const { return position(node.Mark()); }

  /// The scalar's text in NFC; warns once per file (W001) when the file holds non-NFC text.
  std::string text(const Node& scalar);
  /// True when a null node was written as `~` or `null`, false for an empty value (`key:`),
  /// which yaml-cpp also reads as null but places at the next token.
  [[nodiscard]] bool written_null(const Node& node) const;
  /// Reports a wrong-shape value (E006): "'key' must be <expected>, not <what it is>".
  void wrong_type(const Node& node, std::string_view key, std::string_view expected);

 private:
  bool count(const Node& at, std::size_t text_bytes);
  mutable ColumnCounter columns;  ///< positions are asked in reading order: counted incrementally
};

/// Converters for single scalars, shared by map fields, list items and map values. Each
/// returns nullopt after reporting the problem at the node's position; a node that is not a
/// scalar is E006 with the type's wording (schema::describe).
/// The text of a scalar; anything else is E006 "'key' must be <expected>, not <what it is>".
/// A literal marked with N_ where it is kept (schema::describe, an IdBreaker's name), in the
/// language of messages; `literal` must be a whole string literal (NUL-terminated).
std::string_view translated(std::string_view literal);

std::optional<std::string> read_scalar(FileContext& ctx, const Node& node, std::string_view key,
                                       std::string_view expected);
std::optional<std::string> read_text(FileContext& ctx, const Node& node, std::string_view key);
/// An id: not empty (E006), without the characters of schema::id_breakers() (E020; the id is
/// then kept without them, so that references to it do not all fail too).
std::optional<std::string> read_id(FileContext& ctx, const Node& node, std::string_view key);
std::optional<calendar::Date> read_date(FileContext& ctx, const Node& node, std::string_view key);
/// A body as `responsible` names it: an id (read_id), or, when it holds a space, a name or alias
/// kept as written (the breakers that are spaces read as spaces; the invisible ones are still
/// E020). Names are resolved to ids once every file is loaded (load/resolve.hpp).
std::optional<std::string> read_body(FileContext& ctx, const Node& node, std::string_view key);

/// Items of a list field, each with its position.
using Items = std::vector<std::pair<std::string, diag::Position>>;

/// One mapping of the given record type. On construction it reports duplicate keys (E003),
/// unknown keys with a suggestion (E004) and missing required keys (E005).
class MapReader {
 public:
  MapReader(FileContext& ctx, const Node& node, const schema::Record& record);

  /// False when the node was not a mapping (already reported).
  [[nodiscard]] bool valid() const { return valid_; }
  [[nodiscard]] diag::Position position() const { return ctx_->position(node_); }
  [[nodiscard]] FileContext& context() const { return *ctx_; }

  /// The value node of `key`, or nullptr when absent.
  [[nodiscard]] const Node* find(std::string_view key) const;
  /// The value of `key` when present and not empty; an empty value (`key:` or `key: ~`) is
  /// reported (E006) at the key, since yaml-cpp places empty values at the next token.
  const Node* present(std::string_view key) const;
  [[nodiscard]] diag::Position key_position(std::string_view key) const;
  [[nodiscard]] diag::Position value_position(std::string_view key) const;

  // The accessors, one per schema::Type. Each reads the value of `key` when present and not
  // empty, converts it as the type says and reports what is wrong with it at its position.
  // `key` must be a field of this record with that type: anything else is a programming error
  // (std::logic_error), which tests/unit/load/schema_test.cpp rules out for every field.

  std::optional<std::string> text(std::string_view key) const;
  std::optional<std::string> id(std::string_view key) const;
  /// Digits, quoted or not (`year: "2024"`); E006 otherwise.
  std::optional<int> integer(std::string_view key) const;
  /// `true` or `false`, quoted or not; E006 otherwise (`yes` included).
  std::optional<bool> boolean(std::string_view key) const;
  std::optional<calendar::Date> date(std::string_view key) const;
  /// date_list: the dates with their positions; a single date is E006, a bad one E009 (left out).
  std::vector<std::pair<calendar::Date, diag::Position>> dates(std::string_view key) const;
  /// The phrase as written and its due date; a phrase that cannot be resolved is E010 and its
  /// deadline has no date (the task stays listed, undated). `anchor`: the document's date of
  /// issue; without it a phrase counting from that date is kept undated, without E010
  /// (Deadline::from_issue; W045 names it).
  std::optional<model::Deadline> deadline(std::string_view key,
                                          std::optional<calendar::Date> anchor = std::nullopt) const;
  /// A period (calendar::parse_period); E019 when it cannot be read.
  std::optional<calendar::Period> period(std::string_view key) const;
  /// The allowed value written, compared in lower case (E008 with a suggestion otherwise).
  std::optional<std::string> enumeration(std::string_view key) const;
  /// A frequency as calendar::parse_frequency reads it, or a report without a period as
  /// calendar::parse_irregular reads it; E008 naming the field's `allowed`.
  std::optional<calendar::Every> frequency(std::string_view key) const;
  /// A value of an indicator of unit `unit` (load/value.hpp); `~` only when the field is
  /// nullable. A value written but unreadable (reported) is returned `invalid`.
  std::optional<model::Value> value(std::string_view key, std::string_view unit) const;
  /// Unit id -> value, in the order written (ids read with read_id, duplicates E003). Values as
  /// `value` reads them, or a mapping of the field's `record` (a fraction); an empty value is
  /// E011. `noun` names a value in messages ("target for 'tan-lap'"). Unreadable values are
  /// kept, `invalid`.
  std::vector<model::UnitValue> value_map(std::string_view key, std::string_view unit, std::string_view noun) const;
  /// id_list: the ids, a single id reading as a list of one.
  Items ids(std::string_view key) const;
  /// body_list: the bodies (read_body), a single one reading as a list of one.
  Items bodies(std::string_view key) const;
  /// text_list: the texts; a single text is E006.
  Items texts(std::string_view key) const;
  /// paths: the paths as written, a single path reading as a list of one.
  Items paths(std::string_view key) const;
  /// record_list: the items, each checked as the field's record type.
  std::vector<MapReader> records(std::string_view key) const;
  /// record: the nested record, or nullopt when absent or not a mapping.
  std::optional<MapReader> record(std::string_view key) const;

 private:
  struct Entry {
    std::string key;
    Node key_node;
    Node value;
    std::string cut_hint;  ///< when the key may be the rest of a value a comma cut (CutValues::hint)
  };
  // The field `key` of this record, checked to have type `type`; recorded in ctx.fields_read.
  const schema::Field& field(std::string_view key, schema::Type type) const;
  Items list(std::string_view key, schema::Type type) const;
  // The (key node, value node) pairs of a mapping value, duplicates reported.
  std::vector<std::pair<Node, Node>> entries(std::string_view key) const;

  FileContext* ctx_;
  Node node_;
  const schema::Record* record_;
  std::vector<Entry> entries_;
  bool valid_ = false;
};

}  // namespace campaign::load
